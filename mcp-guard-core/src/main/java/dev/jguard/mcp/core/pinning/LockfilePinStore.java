package dev.jguard.mcp.core.pinning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A pin store backed by a {@link Lockfile}. The file is read once when the store is opened (a corrupt file fails
 * {@link #open} at once) and rewritten atomically on every {@link #save}.
 *
 * <pre>{@code
 * PinStore store = LockfilePinStore.open(Path.of("mcp-guard.lock.json"));
 * McpGuard guard = McpGuard.builder()
 *     .toolPinning(ToolPinning.builder(store).mode(PinMode.TRUST_ON_FIRST_USE).build())
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe within one process; do not let two processes record into the same lockfile at once.
 */
public final class LockfilePinStore implements PinStore {

    private final Path file;
    private volatile PinSet pins;

    private LockfilePinStore(Path file, PinSet pins) {
        this.file = file;
        this.pins = pins;
    }

    /**
     * Opens a lockfile; a file that does not exist yet is an empty store and is created on the first save.
     *
     * @param file the lockfile path
     * @return the store
     * @throws PinStoreException if the file exists but cannot be read or is corrupt
     */
    public static LockfilePinStore open(Path file) {
        Objects.requireNonNull(file, "file");
        return new LockfilePinStore(file, Files.exists(file) ? Lockfile.read(file) : PinSet.empty());
    }

    /**
     * Opens a lockfile that must exist.
     *
     * @param file the lockfile path
     * @return the store
     * @throws PinStoreException if the file is missing, unreadable or corrupt
     */
    public static LockfilePinStore openExisting(Path file) {
        Objects.requireNonNull(file, "file");
        return new LockfilePinStore(file, Lockfile.read(file));
    }

    /** @return the lockfile path */
    public Path file() {
        return file;
    }

    @Override
    public Optional<ServerPins> load(String location) {
        return pins.server(location);
    }

    @Override
    public synchronized void save(ServerPins serverPins) {
        PinSet next = pins.with(Objects.requireNonNull(serverPins, "pins"));
        Lockfile.write(file, next);
        pins = next;
    }

    @Override
    public PinSet snapshot() {
        return pins;
    }

    @Override
    public String toString() {
        return "LockfilePinStore[" + file + "]";
    }
}
