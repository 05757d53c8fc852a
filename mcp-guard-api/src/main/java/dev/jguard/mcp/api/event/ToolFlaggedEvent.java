package dev.jguard.mcp.api.event;

import java.time.Instant;
import java.util.Map;

/**
 * A tool-definition scanner rule fired on a listed tool (poisoned description, hidden Unicode, look-alike name, ...).
 * Names the rule and the JSON pointer inside the definition, never the text.
 *
 * <pre>{@code
 * if (event instanceof ToolFlaggedEvent f) System.out.println(f.ruleId() + " at " + f.pointer());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param tool the tool name (made safe for logs)
 * @param ruleId the scanner rule, e.g. {@code poison.conceal-from-user}
 * @param findingSeverity the finding's severity
 * @param pointer JSON pointer into the tool definition
 * @param action what the guard did: {@code removed} or {@code reported}
 * @param incidentId the incident id
 */
public record ToolFlaggedEvent(Instant timestamp, String server, String tool, String ruleId, Severity findingSeverity,
        String pointer, String action, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "tool.flagged";
    }

    @Override
    public Severity severity() {
        return findingSeverity;
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("tool", tool, "rule", ruleId, "pointer", pointer, "action", action);
    }
}
