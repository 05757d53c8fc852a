package dev.jguard.mcp.api;

/**
 * A policy rejected the message. Retrying the same message is pointless: change the policy or the request.
 *
 * <pre>{@code
 * catch (GuardRejectedException e) { System.out.println(e.ruleId() + " " + e.incidentId()); }
 * }</pre>
 */
public class GuardRejectedException extends McpGuardException {

    private static final long serialVersionUID = 1L;

    private final String guardId;
    private final String ruleId;

    /**
     * @param errorCode the stable code
     * @param guardId the interceptor that decided
     * @param ruleId the rule that fired
     * @param incidentId the incident id
     * @param message a value-free message that says how to fix things
     */
    public GuardRejectedException(GuardErrorCode errorCode, String guardId, String ruleId, String incidentId, String message) {
        super(errorCode, incidentId, message, null);
        this.guardId = guardId;
        this.ruleId = ruleId;
    }

    /** @return the interceptor that blocked */
    public String guardId() {
        return guardId;
    }

    /** @return the rule that fired */
    public String ruleId() {
        return ruleId;
    }
}
