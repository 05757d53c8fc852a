package dev.jguard.mcp.core.pinning;

import java.util.Optional;

/**
 * Where approved tool pins live. The tool-pinning guard reads a server's pins on every {@code tools/list} and, in
 * {@link PinMode#TRUST_ON_FIRST_USE}, records a server's first tool set.
 *
 * <pre>{@code
 * PinStore store = LockfilePinStore.open(Path.of("mcp-guard.lock.json"));   // file-backed
 * PinStore memory = InMemoryPinStore.of(PinSet.empty());                    // tests, ephemeral agents
 * PinStore org = SignedManifest.verifier(trustedKeys).load(Path.of("pins.jws")); // read-only, signed
 * }</pre>
 *
 * <p>Implementations must be thread-safe. A store that cannot read its pins throws {@link PinStoreException}; it must
 * never answer "no pins" for a store it failed to read.
 */
public interface PinStore {

    /**
     * @param location a server location ({@link dev.jguard.mcp.api.ServerIdentity#location()})
     * @return that server's pins, or empty when the server has never been pinned
     * @throws PinStoreException if the store cannot be read
     */
    Optional<ServerPins> load(String location);

    /**
     * Records (replaces) one server's pins.
     *
     * @param pins the pins to store
     * @throws PinStoreException if they cannot be stored
     * @throws UnsupportedOperationException if the store is read-only (a signed manifest)
     */
    void save(ServerPins pins);

    /** @return every server's pins */
    PinSet snapshot();

    /** @return false for read-only stores (signed manifests), which cannot record trust on first use */
    default boolean writable() {
        return true;
    }
}
