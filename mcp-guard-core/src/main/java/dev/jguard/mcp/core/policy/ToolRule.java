package dev.jguard.mcp.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one tool of one server may receive: whether it may be called at all, an optional allowlist of argument
 * pointers (everything else is dropped), per-field actions, and whether arguments its input schema does not declare
 * are dropped.
 *
 * <pre>{@code
 * ToolRule search = ToolRule.builder()
 *     .allow("/origin", "/destination", "/date", "/passengers")
 *     .field("/passengers/*" + "/email", FieldAction.HASH)
 *     .build();
 * ToolRule never = ToolRule.denied();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class ToolRule {

    private static final ToolRule DENIED = new ToolRule(true, List.of(), Map.of(), null);
    private static final ToolRule ALLOWED = new ToolRule(false, List.of(), Map.of(), null);

    private final boolean denied;
    private final List<PointerPattern> allowlist;
    private final Map<PointerPattern, FieldAction> fields;
    private final Boolean dropUndeclared;

    private ToolRule(boolean denied, List<PointerPattern> allowlist, Map<PointerPattern, FieldAction> fields, Boolean dropUndeclared) {
        this.denied = denied;
        this.allowlist = allowlist;
        this.fields = fields;
        this.dropUndeclared = dropUndeclared;
    }

    /** @return a rule that denies every call of the tool */
    public static ToolRule denied() {
        return DENIED;
    }

    /** @return a rule that allows the tool with the server's defaults */
    public static ToolRule allowed() {
        return ALLOWED;
    }

    /** @return a builder of an allowing rule */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether calls are rejected */
    public boolean isDenied() {
        return denied;
    }

    /** @return the argument allowlist; empty means "no projection" */
    public List<PointerPattern> allowlist() {
        return allowlist;
    }

    /** @return the per-field actions */
    public Map<PointerPattern, FieldAction> fields() {
        return fields;
    }

    /** @return whether undeclared arguments are dropped, or null to use the server's setting */
    public Boolean dropUndeclared() {
        return dropUndeclared;
    }

    @Override
    public String toString() {
        return denied ? "ToolRule[denied]" : "ToolRule[allow=" + allowlist + ", fields=" + fields + "]";
    }

    /** Builds a {@link ToolRule}. Not thread-safe. */
    public static final class Builder {
        private final List<PointerPattern> allowlist = new ArrayList<>();
        private final Map<PointerPattern, FieldAction> fields = new LinkedHashMap<>();
        private Boolean dropUndeclared;

        private Builder() {
        }

        /**
         * Adds pointers to the allowlist: once any is given, only these values (and what is below them) are sent.
         *
         * @param pointers JSON pointers, {@code *} matches one segment
         * @return this builder
         */
        public Builder allow(String... pointers) {
            for (String p : pointers) {
                allowlist.add(PointerPattern.parse(p));
            }
            return this;
        }

        /**
         * Sets the action for the value at {@code pointer} and below. Given twice for one pointer, the stronger wins.
         *
         * @param pointer a JSON pointer, {@code *} matches one segment
         * @param action the action
         * @return this builder
         */
        public Builder field(String pointer, FieldAction action) {
            Objects.requireNonNull(action, "action");
            fields.merge(PointerPattern.parse(pointer), action, FieldAction::strongest);
            return this;
        }

        /**
         * @param drop whether arguments not declared by the tool's input schema are dropped (default: the server's
         *     setting, itself true by default)
         * @return this builder
         */
        public Builder dropUndeclared(boolean drop) {
            this.dropUndeclared = drop;
            return this;
        }

        /** @return the rule */
        public ToolRule build() {
            return new ToolRule(false, List.copyOf(allowlist), Collections.unmodifiableMap(new LinkedHashMap<>(fields)), dropUndeclared);
        }
    }
}
