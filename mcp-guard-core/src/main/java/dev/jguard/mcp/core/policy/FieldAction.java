package dev.jguard.mcp.core.policy;

import java.util.Locale;

/**
 * What the argument policy does with a value at a JSON pointer (or with a detector finding). When several rules
 * apply to the same value the strongest wins, in this order: {@code ALLOW < MASK < HASH < REDACT < DROP < BLOCK}
 * (deny wins).
 *
 * <pre>{@code
 * ToolRule.builder().field("/passenger/email", FieldAction.HASH).field("/passenger/ssn", FieldAction.BLOCK).build();
 * }</pre>
 */
public enum FieldAction {
    /** Keep the value as it is and exempt it from detector-based redaction. */
    ALLOW,
    /** Replace letters and digits by {@code *}, keeping separators and, for long values, the last four characters. */
    MASK,
    /** Replace the value by a keyed-hash token {@code <HASH:...>} (equal values give equal tokens within one guard). */
    HASH,
    /** Replace the value by {@code <REDACTED>} (or, for detector findings, the span by {@code <TYPE>}). */
    REDACT,
    /** Remove the member (or array element) from the arguments. */
    DROP,
    /** Reject the whole call. */
    BLOCK;

    /**
     * @param other another action
     * @return the stronger of the two
     */
    public FieldAction strongest(FieldAction other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }

    /**
     * @param text a name as written in a policy file, case-insensitive
     * @return the action
     * @throws IllegalArgumentException listing the accepted names
     */
    public static FieldAction parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action '" + text + "' (use allow, mask, hash, redact, drop or block)");
        }
    }

    /** @return the lower-case name used in policy files */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
