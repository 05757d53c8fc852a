package dev.jguard.mcp.core.pinning;

/**
 * How the tool-pinning guard treats tools that do not match their pins.
 *
 * <pre>{@code
 * ToolPinning.builder(store).mode(PinMode.ENFORCE).build();
 * }</pre>
 */
public enum PinMode {
    /**
     * Only tools whose current definition matches their pin are shown to the client and callable. New, changed and
     * flagged tools are removed from {@code tools/list} and calls to them are blocked.
     */
    ENFORCE,
    /**
     * The first tool set seen from a server that has no pins yet is recorded (minus tools the scanner blocks); from
     * then on the server is enforced exactly as in {@link #ENFORCE}: later additions, renames and changes are not
     * trusted.
     */
    TRUST_ON_FIRST_USE,
    /** Nothing is removed or blocked; every mismatch and finding is reported as an event. */
    AUDIT
}
