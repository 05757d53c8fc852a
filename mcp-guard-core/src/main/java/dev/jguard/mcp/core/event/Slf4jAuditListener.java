package dev.jguard.mcp.core.event;

import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import dev.jguard.mcp.api.event.Severity;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one stable {@code key=value} audit line per event to the SLF4J logger {@code mcpguard.audit}: WARN for HIGH
 * and CRITICAL events, INFO otherwise. Values are quoted when they contain spaces, and control characters, quotes and
 * backslashes are escaped, so a hostile tool name cannot forge a log line (CWE-117).
 *
 * <pre>{@code
 * // event=message.blocked severity=HIGH server=airline incident=inc-3f9a0c direction=OUTBOUND method=tools/call
 * //   tool=book_flight guard=tool-pinning rule=pin.unapproved reason="tool is not approved"
 * McpGuard.builder().addListener(new Slf4jAuditListener()).build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Slf4jAuditListener implements SecurityEventListener {

    /** The logger name audit lines are written to. */
    public static final String LOGGER_NAME = "mcpguard.audit";

    private static final int MAX_VALUE_LENGTH = 200;

    private final Logger logger;

    /** Writes to the {@value #LOGGER_NAME} logger. */
    public Slf4jAuditListener() {
        this(LoggerFactory.getLogger(LOGGER_NAME));
    }

    /**
     * @param logger the logger to write to
     */
    public Slf4jAuditListener(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void onEvent(SecurityEvent event) {
        boolean warn = event.severity().compareTo(Severity.HIGH) >= 0;
        if (warn ? !logger.isWarnEnabled() : !logger.isInfoEnabled()) {
            return;
        }
        String line = format(event);
        if (warn) {
            logger.warn(line);
        } else {
            logger.info(line);
        }
    }

    /**
     * @param event an event
     * @return its audit line
     */
    public static String format(SecurityEvent event) {
        StringBuilder sb = new StringBuilder(160);
        append(sb, "event", event.type());
        append(sb, "severity", event.severity().name());
        append(sb, "server", event.server());
        append(sb, "incident", event.incidentId());
        for (Map.Entry<String, String> e : event.attributes().entrySet()) {
            append(sb, e.getKey(), e.getValue());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (value == null) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(key).append('=');
        String v = value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) + "..." : value;
        boolean quote = v.isEmpty();
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ' ' || c == '"' || c == '=' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c);
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
