package dev.jguard.mcp.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What servers may ask of the client, per server: roots, sampling and elicitation. Servers without their own rules
 * get the default rules, which deny everything (no roots shown, sampling and elicitation refused).
 *
 * <pre>{@code
 * ServerRequestPolicy policy = ServerRequestPolicy.builder()
 *     .server("files", ServerRequestRules.builder().allowRoot("file:///home/me/project").build())
 *     .build();
 * McpGuard guard = McpGuard.builder().serverRequestPolicy(policy).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class ServerRequestPolicy {

    private final Map<String, ServerRequestRules> servers;
    private final ServerRequestRules defaultRules;

    private ServerRequestPolicy(Builder b) {
        this.servers = Collections.unmodifiableMap(new LinkedHashMap<>(b.servers));
        this.defaultRules = b.defaultRules;
    }

    /** @return a builder whose default denies everything */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a policy that denies every server everything */
    public static ServerRequestPolicy denyAll() {
        return builder().build();
    }

    /**
     * @param server a logical server name
     * @return its rules, or the default rules
     */
    public ServerRequestRules rulesFor(String server) {
        return servers.getOrDefault(server, defaultRules);
    }

    /** @return the rules by server name */
    public Map<String, ServerRequestRules> servers() {
        return servers;
    }

    /** @return the rules of servers without their own */
    public ServerRequestRules defaultRules() {
        return defaultRules;
    }

    @Override
    public String toString() {
        return "ServerRequestPolicy[servers=" + servers.keySet() + "]";
    }

    /** Builds a {@link ServerRequestPolicy}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, ServerRequestRules> servers = new LinkedHashMap<>();
        private ServerRequestRules defaultRules = ServerRequestRules.denyAll();

        private Builder() {
        }

        /**
         * @param name the logical server name
         * @param rules its rules
         * @return this builder
         * @throws IllegalStateException when the server already has rules
         */
        public Builder server(String name, ServerRequestRules rules) {
            Objects.requireNonNull(name, "name");
            if (servers.putIfAbsent(name, Objects.requireNonNull(rules, "rules")) != null) {
                throw new IllegalStateException("Server '" + name + "' already has server-request rules; give them once");
            }
            return this;
        }

        /**
         * @param rules rules for servers without their own (default: {@link ServerRequestRules#denyAll()})
         * @return this builder
         */
        public Builder defaultRules(ServerRequestRules rules) {
            this.defaultRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** @return the policy */
        public ServerRequestPolicy build() {
            return new ServerRequestPolicy(this);
        }
    }
}
