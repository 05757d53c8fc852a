package dev.jguard.mcp.api;

import java.util.Objects;

/**
 * Base of every exception mcp-guard raises. It deliberately does not extend the SDK's transport exception, so
 * retry logic written for transport failures does not retry a policy decision. The message never contains payload
 * values or tokens; it names the server, the method, the rule and an incident id that correlates it with events.
 *
 * <pre>{@code
 * try { client.callTool(request); }
 * catch (GuardRejectedException rejected) { // policy said no: do not retry
 *     log.warn("blocked: code={} incident={}", rejected.errorCode().code(), rejected.incidentId()); }
 * catch (GuardFailureException failed) {    // the guard itself failed: blocked, fail closed
 *     ... }
 * }</pre>
 */
public abstract class McpGuardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GuardErrorCode errorCode;
    private final String incidentId;

    /**
     * @param errorCode the stable code
     * @param incidentId the incident id
     * @param message a value-free message
     * @param cause an optional cause (must itself be safe to log; sanitized exceptions pass none)
     */
    protected McpGuardException(GuardErrorCode errorCode, String incidentId, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.incidentId = incidentId;
    }

    /** @return the stable error code */
    public GuardErrorCode errorCode() {
        return errorCode;
    }

    /** @return the incident id that correlates this exception with events and audit records (may be null) */
    public String incidentId() {
        return incidentId;
    }
}
