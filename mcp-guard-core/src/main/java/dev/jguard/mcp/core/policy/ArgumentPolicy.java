package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.core.detect.Detectors;
import dev.jguard.mcp.core.detect.Redactor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The least-privilege policy for outbound {@code tools/call} arguments, per server and per tool:
 * <ol>
 *   <li>the tool must be allowed for the server (rules per server; servers without rules use the default rules,
 *       which deny every tool unless configured otherwise; a denied tool stays denied: deny wins);</li>
 *   <li>the arguments must fit the size, depth and string-length limits;</li>
 *   <li>arguments the tool's input schema does not declare are dropped (the schema comes from the
 *       {@code tools/list} responses the guard saw, or from a {@link ToolSchemaSource}; an unknown schema blocks the
 *       call unless {@link Builder#blockUnknownSchema(boolean)} is off);</li>
 *   <li>with an allowlist, only the allowlisted pointers are kept;</li>
 *   <li>per-field actions apply (allow, mask, hash, redact, drop, block; the strongest wins);</li>
 *   <li>every remaining string leaf is scanned by the detectors and the findings are redacted (or blocked, per
 *       finding type); values of password/secret/token-named members are redacted whole.</li>
 * </ol>
 * A rejected call fails at once with a {@code GuardRejectedException}; every change is a {@code MessageRedactedEvent}
 * naming the rule and the JSON pointer, never the value.
 *
 * <pre>{@code
 * ArgumentPolicy policy = ArgumentPolicy.builder()
 *     .server("airline", ServerArgumentRules.builder()
 *         .tool("search_flights", ToolRule.builder().allow("/origin", "/destination", "/date").build())
 *         .build())
 *     .onFinding(FindingTypes.PRIVATE_KEY, FieldAction.BLOCK)
 *     .build();
 * McpGuard guard = McpGuard.builder().argumentPolicy(policy).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class ArgumentPolicy {

    private final Map<String, ServerArgumentRules> servers;
    private final ServerArgumentRules defaultRules;
    private final Detector detector;
    private final Map<String, FieldAction> findingActions;
    private final FieldAction defaultFindingAction;
    private final boolean secretNames;
    private final int maxBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final boolean blockUnknownSchema;
    private final Redactor spanRedactor;
    private final Redactor hasher;
    private final ToolSchemaSource schemaSource;

    private ArgumentPolicy(Builder b) {
        this.servers = Collections.unmodifiableMap(new LinkedHashMap<>(b.servers));
        this.defaultRules = b.defaultRules;
        this.detector = b.detector;
        this.findingActions = Map.copyOf(b.findingActions);
        this.defaultFindingAction = b.defaultFindingAction;
        this.secretNames = b.secretNames;
        this.maxBytes = b.maxBytes;
        this.maxDepth = b.maxDepth;
        this.maxStringLength = b.maxStringLength;
        this.blockUnknownSchema = b.blockUnknownSchema;
        this.spanRedactor = b.spanRedactor;
        this.hasher = b.hashKey == null ? Redactor.keyedHash() : Redactor.keyedHash(b.hashKey);
        this.schemaSource = b.schemaSource;
    }

    /** @return a builder with secure defaults (deny every tool of every server until rules allow it) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param server a logical server name
     * @return its rules, or the default rules
     */
    public ServerArgumentRules rulesFor(String server) {
        return servers.getOrDefault(server, defaultRules);
    }

    /** @return the rules by server name */
    public Map<String, ServerArgumentRules> servers() {
        return servers;
    }

    /** @return the rules of servers without their own */
    public ServerArgumentRules defaultRules() {
        return defaultRules;
    }

    /** @return the detector run over string leaves, or null when detection is off */
    public Detector detector() {
        return detector;
    }

    /**
     * @param findingType a finding type
     * @return what to do with it
     */
    public FieldAction actionFor(String findingType) {
        return findingActions.getOrDefault(findingType, defaultFindingAction);
    }

    /** @return whether values of members named like passwords, secrets, tokens or keys are redacted whole */
    public boolean redactsSecretNames() {
        return secretNames;
    }

    /** @return the maximum size of the arguments, in characters of their JSON text (estimated) */
    public int maxBytes() {
        return maxBytes;
    }

    /** @return the maximum nesting depth of the arguments */
    public int maxDepth() {
        return maxDepth;
    }

    /** @return the maximum length of one string value */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return whether a call is blocked when the tool's input schema is unknown and undeclared arguments must be dropped */
    public boolean blocksUnknownSchema() {
        return blockUnknownSchema;
    }

    Redactor spanRedactor() {
        return spanRedactor;
    }

    Redactor hasher() {
        return hasher;
    }

    /** @return the schema source, or null to learn schemas from {@code tools/list} */
    public ToolSchemaSource schemaSource() {
        return schemaSource;
    }

    @Override
    public String toString() {
        return "ArgumentPolicy[servers=" + servers.keySet() + ", default=" + defaultRules.defaultDecision() + "]";
    }

    /** Builds an {@link ArgumentPolicy}. Not thread-safe; throw it away after {@link #build()}. */
    public static final class Builder {
        private final Map<String, ServerArgumentRules> servers = new LinkedHashMap<>();
        private ServerArgumentRules defaultRules = ServerArgumentRules.denyAll();
        private Detector detector = Detectors.all();
        private final Map<String, FieldAction> findingActions = new LinkedHashMap<>();
        private FieldAction defaultFindingAction = FieldAction.REDACT;
        private boolean secretNames = true;
        private int maxBytes = 256 * 1024;
        private int maxDepth = 32;
        private int maxStringLength = 64 * 1024;
        private boolean blockUnknownSchema = true;
        private Redactor spanRedactor = Redactor.typeTags();
        private byte[] hashKey;
        private ToolSchemaSource schemaSource;

        private Builder() {
        }

        /**
         * @param name the logical server name (as in {@code ServerIdentity.of(name)})
         * @param rules its rules
         * @return this builder
         * @throws IllegalStateException when the server already has rules
         */
        public Builder server(String name, ServerArgumentRules rules) {
            Objects.requireNonNull(name, "name");
            if (servers.putIfAbsent(name, Objects.requireNonNull(rules, "rules")) != null) {
                throw new IllegalStateException("Server '" + name + "' already has argument rules; give them once");
            }
            return this;
        }

        /**
         * @param rules the rules of servers without their own (default: {@link ServerArgumentRules#denyAll()})
         * @return this builder
         */
        public Builder defaultRules(ServerArgumentRules rules) {
            this.defaultRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * @param detector the detector run over every string leaf (default: {@code Detectors.all()}), or null for none
         * @return this builder
         */
        public Builder detector(Detector detector) {
            this.detector = detector;
            return this;
        }

        /**
         * @param findingType a finding type, e.g. {@code PRIVATE_KEY}
         * @param action what to do with such findings (ALLOW keeps them; MASK, HASH, REDACT replace the span; DROP
         *     removes the member; BLOCK rejects the call)
         * @return this builder
         */
        public Builder onFinding(String findingType, FieldAction action) {
            findingActions.put(Objects.requireNonNull(findingType, "findingType"), Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * @param action what to do with findings of types without their own action (default {@link FieldAction#REDACT})
         * @return this builder
         */
        public Builder defaultFindingAction(FieldAction action) {
            this.defaultFindingAction = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * @param enabled whether values of members named like passwords/secrets/tokens/keys are redacted whole
         *     (default true)
         * @return this builder
         */
        public Builder redactSecretNames(boolean enabled) {
            this.secretNames = enabled;
            return this;
        }

        /**
         * @param maxBytes maximum size of the arguments as JSON text (default 256 KiB)
         * @param maxDepth maximum nesting depth (default 32)
         * @param maxStringLength maximum length of one string (default 64 Ki characters)
         * @return this builder
         */
        public Builder limits(int maxBytes, int maxDepth, int maxStringLength) {
            if (maxBytes < 2 || maxDepth < 1 || maxDepth > 1000 || maxStringLength < 1) {
                throw new IllegalArgumentException("Limits must be positive (maxBytes >= 2, 1 <= maxDepth <= 1000, maxStringLength >= 1)");
            }
            this.maxBytes = maxBytes;
            this.maxDepth = maxDepth;
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * @param block whether a call is blocked when undeclared arguments must be dropped but the tool's schema is
         *     unknown, e.g. because the client never listed tools (default true); false lets such calls through
         *     without the schema step
         * @return this builder
         */
        public Builder blockUnknownSchema(boolean block) {
            this.blockUnknownSchema = block;
            return this;
        }

        /**
         * @param redactor how detector findings are replaced (default {@link Redactor#typeTags()}: {@code <EMAIL>})
         * @return this builder
         */
        public Builder spanRedactor(Redactor redactor) {
            this.spanRedactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /**
         * @param key the HMAC key of {@link FieldAction#HASH} tokens, at least 16 bytes (default: random per policy)
         * @return this builder
         */
        public Builder hashKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length < 16) {
                throw new IllegalArgumentException("The hash key must have at least 16 bytes (use 32 random bytes)");
            }
            this.hashKey = key.clone();
            return this;
        }

        /**
         * @param source where input schemas come from (default: learned from {@code tools/list} responses)
         * @return this builder
         */
        public Builder schemaSource(ToolSchemaSource source) {
            this.schemaSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /** @return the policy */
        public ArgumentPolicy build() {
            return new ArgumentPolicy(this);
        }
    }
}
