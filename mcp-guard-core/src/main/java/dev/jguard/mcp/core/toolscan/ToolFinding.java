package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.event.Severity;
import java.util.Objects;

/**
 * One explainable detection on a tool definition: which rule fired, how serious it is, where in the tool (an RFC 6901
 * JSON pointer into the raw tool object) and a short message that quotes no more of the definition than needed
 * (at most a few dozen characters, with invisible characters escaped).
 *
 * <pre>{@code
 * for (ToolFinding f : report.findings()) {
 *     System.out.println(f.severity() + " " + f.ruleId() + " at " + f.pointer() + ": " + f.message());
 * }
 * }</pre>
 *
 * @param ruleId stable rule id, e.g. {@code unicode.tag-characters}
 * @param severity how serious it is; {@link Severity#HIGH} and above block by default
 * @param pointer JSON pointer into the raw tool, e.g. {@code /inputSchema/properties/note/description}
 * @param message human-readable explanation
 */
public record ToolFinding(String ruleId, Severity severity, String pointer, String message) {

    /**
     * @param ruleId stable rule id
     * @param severity severity
     * @param pointer JSON pointer
     * @param message explanation
     */
    public ToolFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
