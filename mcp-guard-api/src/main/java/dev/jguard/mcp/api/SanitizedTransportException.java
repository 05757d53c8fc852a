package dev.jguard.mcp.api;

/**
 * Replaces an exception raised by the wrapped MCP transport (for example the SDK's {@code McpTransportException} or
 * {@code McpHttpClientTransportAuthorizationException}, whose messages and fields carry raw HTTP response bodies and
 * the {@code Authorization}/{@code DPoP} request headers). It keeps only what is safe: a stable code, an incident id,
 * the server, the operation and the original exception's class name. It has no cause. The full detail, redacted, goes
 * to the configured {@code AuditSink} under the same incident id.
 *
 * <pre>{@code
 * try { client.listTools(); }
 * catch (SanitizedTransportException e) {
 *     log.warn("transport failed: type={} incident={}", e.originalType(), e.incidentId());
 * }
 * }</pre>
 *
 * <p>Immutable. Like every {@link McpGuardException} it does not extend the SDK's transport exception.
 */
public class SanitizedTransportException extends McpGuardException {

    private static final long serialVersionUID = 1L;

    private final String originalType;
    private final String server;
    private final String operation;

    /**
     * @param incidentId the incident id that correlates this exception with events and the audit record
     * @param originalType the class name of the replaced exception
     * @param server the logical server name
     * @param operation {@code connect}, {@code send}, {@code close} or {@code async}
     * @param message a value-free message
     */
    public SanitizedTransportException(String incidentId, String originalType, String server, String operation, String message) {
        super(GuardErrorCode.SANITIZED_ERROR, incidentId, message, null);
        this.originalType = originalType;
        this.server = server;
        this.operation = operation;
    }

    /** @return the class name of the exception this one replaced */
    public String originalType() {
        return originalType;
    }

    /** @return the logical name of the server */
    public String server() {
        return server;
    }

    /** @return the transport operation that failed */
    public String operation() {
        return operation;
    }

    /** Sanitized exceptions carry no stack trace of their own beyond the throw site; nothing else is recorded. */
    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage();
    }
}
