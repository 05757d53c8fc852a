package dev.jguard.mcp.api;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * What an interceptor decided about one message: let it {@link #pass() pass}, {@link #replace(McpSchema.JSONRPCMessage)
 * replace} it (for example with redacted arguments, keeping the id), or {@link #block(String, String) block} it.
 *
 * <pre>{@code
 * return Verdict.block("args.undeclared", "argument not declared by the tool's input schema");
 * }</pre>
 *
 * <p>Immutable. {@code reason} must be a fixed, value-free explanation: it reaches exceptions, events and logs.
 */
public final class Verdict {

    /** The kind of decision. */
    public enum Action {
        /** Forward the message unchanged. */
        PASS,
        /** Forward a replacement message. */
        REPLACE,
        /** Do not forward the message. */
        BLOCK
    }

    private static final Verdict PASS = new Verdict(Action.PASS, null, null, null, null);

    private final Action action;
    private final GuardErrorCode errorCode;
    private final McpSchema.JSONRPCMessage replacement;
    private final String ruleId;
    private final String reason;

    private Verdict(Action action, McpSchema.JSONRPCMessage replacement, GuardErrorCode errorCode, String ruleId,
            String reason) {
        this.action = action;
        this.errorCode = errorCode;
        this.replacement = replacement;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    /** @return the verdict that forwards the message unchanged */
    public static Verdict pass() {
        return PASS;
    }

    /**
     * Forwards {@code replacement} instead of the inspected message. A replacement of a request or response must keep
     * the original id; the chain refuses (blocks) a replacement that changes it.
     *
     * @param replacement the message to forward
     * @return the verdict
     */
    public static Verdict replace(McpSchema.JSONRPCMessage replacement) {
        return new Verdict(Action.REPLACE, Objects.requireNonNull(replacement, "replacement"), null, null, null);
    }

    /**
     * Blocks the message.
     *
     * @param ruleId a stable rule identifier, e.g. {@code "pin.changed"}
     * @param reason a value-free explanation that tells the user what to change
     * @return the verdict
     */
    public static Verdict block(String ruleId, String reason) {
        return block(GuardErrorCode.BLOCKED_BY_POLICY, ruleId, reason);
    }

    /**
     * Blocks the message with a specific error code (e.g. {@link GuardErrorCode#TOOL_NOT_APPROVED}).
     *
     * @param errorCode the stable code the caller will see
     * @param ruleId a stable rule identifier
     * @param reason a value-free explanation that tells the user what to change
     * @return the verdict
     */
    public static Verdict block(GuardErrorCode errorCode, String ruleId, String reason) {
        return new Verdict(Action.BLOCK, null, Objects.requireNonNull(errorCode, "errorCode"),
                Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(reason, "reason"));
    }

    /** @return the error code of a block, or null */
    public GuardErrorCode errorCode() {
        return errorCode;
    }

    /** @return the decision */
    public Action action() {
        return action;
    }

    /** @return the replacement message, or null unless {@link Action#REPLACE} */
    public McpSchema.JSONRPCMessage replacement() {
        return replacement;
    }

    /** @return the rule id of a block, or null */
    public String ruleId() {
        return ruleId;
    }

    /** @return the value-free reason of a block, or null */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return action == Action.BLOCK ? "Verdict[BLOCK " + ruleId + "]" : "Verdict[" + action + "]";
    }
}
