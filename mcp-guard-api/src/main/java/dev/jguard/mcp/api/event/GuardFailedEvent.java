package dev.jguard.mcp.api.event;

import dev.jguard.mcp.api.Direction;
import java.time.Instant;
import java.util.Map;

/**
 * A guard threw while inspecting a message; the message was blocked (fail closed). Only the exception type is
 * recorded, never its message.
 *
 * <pre>{@code
 * if (event instanceof GuardFailedEvent f) alert(f.guardId(), f.exceptionType());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param direction which way the message travelled
 * @param method the JSON-RPC method, may be null
 * @param guardId the interceptor that failed
 * @param exceptionType the class name of the exception
 * @param incidentId the incident id
 */
public record GuardFailedEvent(Instant timestamp, String server, Direction direction, String method, String guardId,
        String exceptionType, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "guard.failed";
    }

    @Override
    public Severity severity() {
        return Severity.CRITICAL;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("direction", direction == null ? null : direction.name(), "method", method, "guard", guardId,
                "exception", exceptionType);
    }
}
