package dev.jguard.mcp.api.audit;

/**
 * Receives the redacted detail of something the guard replaced (a server error message, a failing tool's output, a
 * transport exception), correlated with the exception and events by incident id. This is where an operator can look
 * when an application only saw {@code MCPG-SANITIZED incident inc-...}. The detail has already been neutralised and run
 * through the configured PII/secret detectors, but it is still server-controlled text: store it where only operators
 * can read it.
 *
 * <pre>{@code
 * AuditSink toFile = record -> auditWriter.println(record.incidentId() + " " + record.kind() + " " + record.detail());
 * McpGuard.builder().errorSanitizer(ErrorSanitizer.builder().auditSink(toFile).build()).build();
 * }</pre>
 *
 * <p>Called synchronously on the thread that sanitized the error; keep it fast. Whatever it throws is ignored and
 * never changes what the application sees. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AuditSink {

    /** A sink that drops every record (the default). */
    AuditSink NONE = record -> {
    };

    /**
     * @param record the redacted detail
     */
    void record(AuditRecord record);
}
