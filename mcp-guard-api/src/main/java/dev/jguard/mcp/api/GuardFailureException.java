package dev.jguard.mcp.api;

/**
 * A guard failed while inspecting a message, so the message was blocked (fail closed). This is a bug or a
 * misconfiguration in a guard, not a policy decision; the original exception's type is kept, its message is not
 * (it may quote payload).
 *
 * <pre>{@code
 * catch (GuardFailureException e) { alert("guard " + e.guardId() + " failed: " + e.causeType()); }
 * }</pre>
 */
public class GuardFailureException extends McpGuardException {

    private static final long serialVersionUID = 1L;

    private final String guardId;
    private final String causeType;

    /**
     * @param guardId the interceptor that failed
     * @param causeType the class name of what it threw
     * @param incidentId the incident id
     * @param message a value-free message
     */
    public GuardFailureException(String guardId, String causeType, String incidentId, String message) {
        super(GuardErrorCode.GUARD_FAILURE, incidentId, message, null);
        this.guardId = guardId;
        this.causeType = causeType;
    }

    /** @return the interceptor that failed */
    public String guardId() {
        return guardId;
    }

    /** @return the class name of the original exception */
    public String causeType() {
        return causeType;
    }
}
