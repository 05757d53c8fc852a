package dev.jguard.mcp.api.event;

import dev.jguard.mcp.api.Direction;
import java.time.Instant;
import java.util.Map;

/**
 * Hostile or sensitive content was found in a message and handled: hidden characters removed, an instruction-like span
 * flagged, fenced or redacted, PII redacted. Names the JSON pointer, the finding type, how many spans and the action,
 * never the text.
 *
 * <pre>{@code
 * if (event instanceof ContentFlaggedEvent f && "PROMPT_INJECTION".equals(f.findingType())) alert(f.pointer());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param direction which way the message travelled
 * @param method the JSON-RPC method, may be null
 * @param tool the tool name, may be null
 * @param guardId the guard that found it
 * @param pointer the RFC 6901 pointer of the string inside the result, e.g. {@code /content/0/text}
 * @param findingType the finding type, e.g. {@code PROMPT_INJECTION} or {@code HIDDEN_UNICODE}
 * @param count how many spans of that type
 * @param action what was done: {@code flag}, {@code fence}, {@code redact}, {@code neutralize} or {@code block}
 * @param incidentId the incident id
 */
public record ContentFlaggedEvent(Instant timestamp, String server, Direction direction, String method, String tool,
        String guardId, String pointer, String findingType, int count, String action, String incidentId)
        implements SecurityEvent {

    @Override
    public String type() {
        return "content.flagged";
    }

    @Override
    public Severity severity() {
        return "PROMPT_INJECTION".equals(findingType) || "block".equals(action) ? Severity.MEDIUM : Severity.LOW;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("direction", direction == null ? null : direction.name(), "method", method, "tool", tool,
                "guard", guardId, "pointer", pointer, "finding", findingType, "count", Integer.toString(count),
                "action", action);
    }
}
