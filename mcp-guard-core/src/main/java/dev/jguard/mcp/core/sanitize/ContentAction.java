package dev.jguard.mcp.core.sanitize;

/**
 * What the result guard does with a finding in a tool result.
 *
 * <pre>{@code
 * ResultPolicy.builder().injectionAction(ContentAction.BLOCK).build();
 * }</pre>
 */
public enum ContentAction {
    /** Report an event, change nothing. */
    FLAG,
    /** Wrap the whole string in clearly marked untrusted-content delimiters (with a per-message nonce). */
    FENCE,
    /** Replace the span with a marker ({@code [instruction-like text removed by mcp-guard]}, {@code <EMAIL>}, ...). */
    REDACT,
    /** Block the whole result: the caller gets a JSON-RPC error with a guard code and incident id. */
    BLOCK
}
