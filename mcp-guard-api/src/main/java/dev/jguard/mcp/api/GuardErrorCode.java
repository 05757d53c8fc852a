package dev.jguard.mcp.api;

/**
 * Stable error codes carried by {@link McpGuardException}s and by the JSON-RPC errors the guard substitutes for
 * blocked responses. The string code is for programs and dashboards; the JSON-RPC code is in the
 * implementation-defined range -32000..-32099.
 *
 * <pre>{@code
 * catch (GuardRejectedException e) {
 *     if (e.errorCode() == GuardErrorCode.BLOCKED_BY_POLICY) { ... }
 * }
 * }</pre>
 */
public enum GuardErrorCode {
    /** A policy rejected the message; retrying the same message will be rejected again. */
    BLOCKED_BY_POLICY("MCPG-POLICY", -32090),
    /** A guard failed internally; the message was blocked (fail closed). */
    GUARD_FAILURE("MCPG-INTERNAL", -32091),
    /** The tool is not (or no longer) approved by tool pinning. */
    TOOL_NOT_APPROVED("MCPG-TOOL", -32092),
    /** A server error or transport failure was replaced by a sanitized one. */
    SANITIZED_ERROR("MCPG-SANITIZED", -32093),
    /** A credential could not be attached or was refused for this destination. */
    CREDENTIAL_REFUSED("MCPG-CREDENTIAL", -32094);

    private final String code;
    private final int jsonRpcCode;

    GuardErrorCode(String code, int jsonRpcCode) {
        this.code = code;
        this.jsonRpcCode = jsonRpcCode;
    }

    /** @return the stable string code, e.g. {@code MCPG-POLICY} */
    public String code() {
        return code;
    }

    /** @return the JSON-RPC error code used on the wire */
    public int jsonRpcCode() {
        return jsonRpcCode;
    }
}
