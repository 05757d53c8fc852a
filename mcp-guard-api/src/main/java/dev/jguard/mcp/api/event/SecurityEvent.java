package dev.jguard.mcp.api.event;

import java.time.Instant;
import java.util.Map;

/**
 * A security-relevant fact observed by the guard. Implementations are immutable records whose every component is an
 * identifier or a count, never a payload value or a credential.
 *
 * <pre>{@code
 * McpGuard.builder().addListener(event -> metrics.increment(event.type())).build();
 * }</pre>
 */
public interface SecurityEvent {

    /** @return a stable, dotted event type, e.g. {@code message.blocked} */
    String type();

    /** @return when it happened (from the guard's clock) */
    Instant timestamp();

    /** @return how serious it is */
    Severity severity();

    /** @return the logical name of the server involved, or {@code "-"} */
    String server();

    /** @return the incident id that correlates this event with an exception or audit record, or null */
    String incidentId();

    /**
     * The event as ordered {@code key -> value} pairs for audit lines (keys are stable, values are identifiers).
     *
     * @return the attributes, excluding type, timestamp, severity, server and incident id
     */
    Map<String, String> attributes();
}
