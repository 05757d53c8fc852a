package dev.jguard.mcp.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The argument rules for one server: whether tools without a rule are allowed or denied, the rule of each tool
 * (a tool denied anywhere is denied: deny wins), and whether undeclared arguments are dropped.
 *
 * <pre>{@code
 * ServerArgumentRules airline = ServerArgumentRules.builder()
 *     .defaultDecision(Decision.DENY)
 *     .tool("search_flights", ToolRule.builder().allow("/origin", "/destination", "/date").build())
 *     .denyTool("delete_booking")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class ServerArgumentRules {

    /** Whether a tool without a rule may be called. */
    public enum Decision {
        /** Tools without a rule are allowed (with the server's defaults). */
        ALLOW,
        /** Tools without a rule are rejected. */
        DENY
    }

    private static final ServerArgumentRules DENY_ALL = builder().build();

    private final Decision defaultDecision;
    private final Map<String, ToolRule> tools;
    private final boolean dropUndeclared;

    private ServerArgumentRules(Builder b) {
        this.defaultDecision = b.defaultDecision;
        this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(b.tools));
        this.dropUndeclared = b.dropUndeclared;
    }

    /** @return rules that deny every tool */
    public static ServerArgumentRules denyAll() {
        return DENY_ALL;
    }

    /** @return rules that allow every tool, dropping undeclared arguments and redacting detector findings */
    public static ServerArgumentRules allowAll() {
        return builder().defaultDecision(Decision.ALLOW).build();
    }

    /** @return a builder (default decision: deny) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the decision for tools without a rule */
    public Decision defaultDecision() {
        return defaultDecision;
    }

    /** @return the tool rules by tool name */
    public Map<String, ToolRule> tools() {
        return tools;
    }

    /** @return whether arguments the input schema does not declare are dropped (default true) */
    public boolean dropUndeclared() {
        return dropUndeclared;
    }

    /**
     * @param tool a tool name
     * @return the tool's rule: its own, or {@link ToolRule#allowed()} / {@link ToolRule#denied()} by default
     */
    public ToolRule ruleFor(String tool) {
        ToolRule r = tools.get(tool);
        if (r != null) {
            return r;
        }
        return defaultDecision == Decision.ALLOW ? ToolRule.allowed() : ToolRule.denied();
    }

    @Override
    public String toString() {
        return "ServerArgumentRules[default=" + defaultDecision + ", tools=" + tools.keySet() + "]";
    }

    /** Builds {@link ServerArgumentRules}. Not thread-safe. */
    public static final class Builder {
        private Decision defaultDecision = Decision.DENY;
        private final Map<String, ToolRule> tools = new LinkedHashMap<>();
        private boolean dropUndeclared = true;

        private Builder() {
        }

        /**
         * @param decision whether tools without a rule are allowed (default: {@link Decision#DENY})
         * @return this builder
         */
        public Builder defaultDecision(Decision decision) {
            this.defaultDecision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets a tool's rule. If the tool is already denied, it stays denied (deny wins).
         *
         * @param name the tool name
         * @param rule the rule
         * @return this builder
         */
        public Builder tool(String name, ToolRule rule) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            ToolRule before = tools.get(name);
            if (before == null || !before.isDenied()) {
                tools.put(name, rule);
            }
            return this;
        }

        /**
         * Denies a tool, whatever else is configured for it.
         *
         * @param names tool names
         * @return this builder
         */
        public Builder denyTool(String... names) {
            for (String n : names) {
                tools.put(Objects.requireNonNull(n, "name"), ToolRule.denied());
            }
            return this;
        }

        /**
         * @param drop whether arguments the tool's input schema does not declare are dropped (default true)
         * @return this builder
         */
        public Builder dropUndeclared(boolean drop) {
            this.dropUndeclared = drop;
            return this;
        }

        /** @return the rules */
        public ServerArgumentRules build() {
            return new ServerArgumentRules(this);
        }
    }
}
