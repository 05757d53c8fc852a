package dev.jguard.mcp.api.event;

import dev.jguard.mcp.api.Direction;
import java.time.Instant;
import java.util.Map;

/**
 * Part of a message was changed before forwarding: a value redacted, masked, hashed or dropped, or a span fenced.
 * Names the JSON pointer and what was found there, never the value.
 *
 * <pre>{@code
 * if (event instanceof MessageRedactedEvent r) System.out.println(r.pointer() + " " + r.findingType());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param direction which way the message travelled
 * @param method the JSON-RPC method, may be null
 * @param tool the tool name, may be null
 * @param guardId the interceptor that changed it
 * @param ruleId the rule or action, e.g. {@code args.redact}
 * @param pointer the RFC 6901 JSON pointer of the changed value, e.g. {@code /arguments/email}
 * @param findingType the detector finding type, e.g. {@code EMAIL}, or null for a policy action
 * @param incidentId the incident id
 */
public record MessageRedactedEvent(Instant timestamp, String server, Direction direction, String method, String tool,
        String guardId, String ruleId, String pointer, String findingType, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "message.redacted";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("direction", direction == null ? null : direction.name(), "method", method, "tool", tool,
                "guard", guardId, "rule", ruleId, "pointer", pointer, "finding", findingType);
    }
}
