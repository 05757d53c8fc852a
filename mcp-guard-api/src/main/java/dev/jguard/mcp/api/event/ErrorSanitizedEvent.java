package dev.jguard.mcp.api.event;

import dev.jguard.mcp.api.Direction;
import java.time.Instant;
import java.util.Map;

/**
 * An error was replaced by a sanitized one: a JSON-RPC error from the server, a failing tool result, an error the
 * client sent to the server, or a transport exception. Names what and where, never the message.
 *
 * <pre>{@code
 * if (event instanceof ErrorSanitizedEvent e) metrics.increment("sanitized." + e.kind());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param direction which way the error travelled
 * @param method the JSON-RPC method, may be null
 * @param tool the tool name, may be null
 * @param guardId the guard that replaced it
 * @param kind {@code jsonrpc-error}, {@code tool-error}, {@code outbound-error} or {@code transport}
 * @param code the JSON-RPC code kept, or null
 * @param originalType the replaced exception's class name (transport failures), or null
 * @param incidentId the incident id
 */
public record ErrorSanitizedEvent(Instant timestamp, String server, Direction direction, String method, String tool,
        String guardId, String kind, Integer code, String originalType, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "error.sanitized";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("direction", direction == null ? null : direction.name(), "method", method, "tool", tool,
                "guard", guardId, "kind", kind, "code", code == null ? null : code.toString(), "exception", originalType);
    }
}
