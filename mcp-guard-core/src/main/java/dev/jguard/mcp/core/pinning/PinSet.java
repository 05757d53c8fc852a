package dev.jguard.mcp.core.pinning;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pins of every server, keyed by server location: the content of a lockfile or of a signed manifest.
 *
 * <pre>{@code
 * PinSet pins = Lockfile.read(Path.of("mcp-guard.lock.json"));
 * pins.server("stdio:npx -y @modelcontextprotocol/server-everything").ifPresent(p -> ...);
 * PinSet updated = pins.with(newServerPins);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PinSet {

    private static final PinSet EMPTY = new PinSet(new TreeMap<>());

    private final SortedMap<String, ServerPins> servers;

    private PinSet(SortedMap<String, ServerPins> servers) {
        this.servers = Collections.unmodifiableSortedMap(servers);
    }

    /** @return a pin set with no servers */
    public static PinSet empty() {
        return EMPTY;
    }

    /**
     * @param servers server pins (later entries for the same location replace earlier ones)
     * @return the pin set
     */
    public static PinSet of(Collection<ServerPins> servers) {
        SortedMap<String, ServerPins> m = new TreeMap<>();
        for (ServerPins p : servers) {
            m.put(p.location(), Objects.requireNonNull(p, "server pins"));
        }
        return new PinSet(m);
    }

    /**
     * @param pins the pins of one server
     * @return a copy in which that server's entry is replaced by {@code pins}
     */
    public PinSet with(ServerPins pins) {
        SortedMap<String, ServerPins> m = new TreeMap<>(servers);
        m.put(pins.location(), pins);
        return new PinSet(m);
    }

    /**
     * @param location a server location
     * @return the pins of that server, or empty
     */
    public Optional<ServerPins> server(String location) {
        return Optional.ofNullable(servers.get(location));
    }

    /** @return server location to pins, sorted by location */
    public SortedMap<String, ServerPins> servers() {
        return servers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinSet p && servers.equals(p.servers);
    }

    @Override
    public int hashCode() {
        return servers.hashCode();
    }

    @Override
    public String toString() {
        return "PinSet[" + servers.size() + " servers]";
    }
}
