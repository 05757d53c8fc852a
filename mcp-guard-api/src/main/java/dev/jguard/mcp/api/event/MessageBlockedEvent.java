package dev.jguard.mcp.api.event;

import dev.jguard.mcp.api.Direction;
import java.time.Instant;
import java.util.Map;

/**
 * A message was blocked by a policy.
 *
 * <pre>{@code
 * if (event instanceof MessageBlockedEvent b) System.out.println(b.ruleId());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param direction which way the message travelled
 * @param method the JSON-RPC method (or the method a response answers), may be null
 * @param tool the tool name for tool calls, may be null
 * @param guardId the interceptor that blocked
 * @param ruleId the rule that fired
 * @param reason the value-free reason
 * @param incidentId the incident id
 */
public record MessageBlockedEvent(Instant timestamp, String server, Direction direction, String method, String tool,
        String guardId, String ruleId, String reason, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "message.blocked";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("direction", direction == null ? null : direction.name(), "method", method, "tool", tool,
                "guard", guardId, "rule", ruleId, "reason", reason);
    }
}
