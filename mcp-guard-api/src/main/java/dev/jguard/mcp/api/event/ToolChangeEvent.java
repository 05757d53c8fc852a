package dev.jguard.mcp.api.event;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The tool set or a tool definition of a server differs from its pins, or a tool was pinned: a tool was added,
 * removed or changed, a definition could not be fingerprinted, the server instructions changed, or trust on first use
 * recorded a tool. Carries fingerprints (hashes), never definitions.
 *
 * <pre>{@code
 * if (event instanceof ToolChangeEvent c && c.change() == ToolChangeEvent.Change.CHANGED) alert(c.tool());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param tool the tool name (made safe for logs), or {@code "-"} for server instructions
 * @param change what differs
 * @param action what the guard did: {@code removed}, {@code recorded}, {@code reported} or {@code stripped}
 * @param expected the pinned fingerprint, or null
 * @param actual the current fingerprint, or null
 * @param incidentId the incident id
 */
public record ToolChangeEvent(Instant timestamp, String server, String tool, Change change, String action, String expected,
        String actual, String incidentId) implements SecurityEvent {

    /** The kind of difference. */
    public enum Change {
        /** A tool that is not pinned appeared (including a renamed tool). */
        ADDED,
        /** A pinned tool is no longer listed (including a renamed tool). */
        REMOVED,
        /** A pinned tool's definition changed (a rug pull or an update). */
        CHANGED,
        /** A definition could not be fingerprinted (no name, too large or too deep). */
        INVALID,
        /** The server's instructions changed or appeared without a pin. */
        INSTRUCTIONS_CHANGED,
        /** Trust on first use recorded a tool. */
        PINNED
    }

    @Override
    public String type() {
        return "tool." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Severity severity() {
        return switch (change) {
            case PINNED -> Severity.INFO;
            case REMOVED -> Severity.MEDIUM;
            default -> "removed".equals(action) || "stripped".equals(action) ? Severity.HIGH : Severity.MEDIUM;
        };
    }

    @Override
    public Map<String, String> attributes() {
        return Events.attrs("tool", tool, "action", action, "expected", expected, "actual", actual);
    }
}
