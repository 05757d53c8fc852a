package dev.jguard.mcp.core.pinning;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The approved tool set of one server: tool name to {@link ToolFingerprint}, plus the fingerprint of the server's
 * {@code instructions} when it sends any. Keyed by the server's secret-free location
 * ({@link dev.jguard.mcp.api.ServerIdentity#location()}).
 *
 * <pre>{@code
 * ServerPins pins = ServerPins.builder("stdio:npx -y @modelcontextprotocol/server-everything", "everything")
 *     .tool("echo", ToolFingerprint.of(rawEcho))
 *     .build();
 * pins.tool("echo");   // Optional[sha256:...]
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class ServerPins {

    private final String location;
    private final String name;
    private final ToolFingerprint instructions;
    private final SortedMap<String, ToolFingerprint> tools;

    private ServerPins(Builder b) {
        this.location = b.location;
        this.name = b.name;
        this.instructions = b.instructions;
        this.tools = Collections.unmodifiableSortedMap(new TreeMap<>(b.tools));
    }

    /**
     * @param location the server's canonical, secret-free location
     * @param name its logical name (informational, for humans reading the lockfile)
     * @return a builder
     */
    public static Builder builder(String location, String name) {
        return new Builder(location, name);
    }

    /** @return a builder initialised with these pins */
    public Builder toBuilder() {
        Builder b = new Builder(location, name);
        b.instructions = instructions;
        b.tools.putAll(tools);
        return b;
    }

    /** @return the canonical server location this entry is keyed by */
    public String location() {
        return location;
    }

    /** @return the logical server name */
    public String name() {
        return name;
    }

    /** @return the pinned instructions fingerprint, empty when the server was pinned without instructions */
    public Optional<ToolFingerprint> instructions() {
        return Optional.ofNullable(instructions);
    }

    /** @return tool name to fingerprint, sorted by name */
    public SortedMap<String, ToolFingerprint> tools() {
        return tools;
    }

    /**
     * @param toolName a tool name
     * @return its pinned fingerprint, or empty when the tool is not pinned
     */
    public Optional<ToolFingerprint> tool(String toolName) {
        return Optional.ofNullable(tools.get(toolName));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerPins p && location.equals(p.location) && name.equals(p.name)
                && Objects.equals(instructions, p.instructions) && tools.equals(p.tools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, name, instructions, tools);
    }

    @Override
    public String toString() {
        return "ServerPins[" + name + " @ " + location + ", " + tools.size() + " tools]";
    }

    /** Builds {@link ServerPins}. Not thread-safe. */
    public static final class Builder {
        private final String location;
        private final String name;
        private ToolFingerprint instructions;
        private final Map<String, ToolFingerprint> tools = new TreeMap<>();

        private Builder(String location, String name) {
            this.location = requireText(location, "location");
            this.name = requireText(name, "name");
        }

        /**
         * @param toolName the tool name exactly as listed by the server
         * @param fingerprint its approved fingerprint
         * @return this builder
         */
        public Builder tool(String toolName, ToolFingerprint fingerprint) {
            tools.put(Objects.requireNonNull(toolName, "toolName"), Objects.requireNonNull(fingerprint, "fingerprint"));
            return this;
        }

        /**
         * @param toolName a tool to drop from the pins
         * @return this builder
         */
        public Builder removeTool(String toolName) {
            tools.remove(toolName);
            return this;
        }

        /**
         * @param fingerprint the approved instructions fingerprint, or null for "no instructions"
         * @return this builder
         */
        public Builder instructions(ToolFingerprint fingerprint) {
            this.instructions = fingerprint;
            return this;
        }

        /** @return the immutable pins */
        public ServerPins build() {
            return new ServerPins(this);
        }

        private static String requireText(String s, String what) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("Server pins need a non-blank " + what);
            }
            return s;
        }
    }
}
