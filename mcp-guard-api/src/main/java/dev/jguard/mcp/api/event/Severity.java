package dev.jguard.mcp.api.event;

/**
 * How serious an event or finding is.
 *
 * <pre>{@code
 * if (event.severity().compareTo(Severity.HIGH) >= 0) page(event);
 * }</pre>
 */
public enum Severity {
    /** Informational (e.g. a tool was pinned on first use). */
    INFO,
    /** Worth a look (e.g. a value was redacted). */
    LOW,
    /** Suspicious (e.g. an injection-like span was fenced). */
    MEDIUM,
    /** An attack or a policy violation was stopped (e.g. a message was blocked). */
    HIGH,
    /** The guard itself failed and blocked to stay safe. */
    CRITICAL
}
