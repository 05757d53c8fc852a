package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decision about a request the server sent to the client ({@code roots/list}, {@code sampling/createMessage},
 * {@code elicitation/create}) that let it through, possibly limited or filtered. Denials are reported as
 * {@code MessageBlockedEvent}s by the chain. Carries counts and rule ids only.
 *
 * <pre>{@code
 * if (event instanceof ServerRequestEvent e && e.decision() == ServerRequestEvent.Decision.FILTERED) {
 *     log.info("{} roots hidden from {}", e.removed(), e.server());
 * }
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param method the server's request method
 * @param decision what was done
 * @param ruleId the rule, e.g. {@code server.roots.filtered}
 * @param removed how many items were removed or values lowered
 * @param incidentId the incident id
 */
public record ServerRequestEvent(Instant timestamp, String server, String method, Decision decision, String ruleId, int removed,
        String incidentId) implements SecurityEvent {

    /** What the guard did with the request. */
    public enum Decision {
        /** Passed unchanged. */
        ALLOWED,
        /** Passed with limits applied (tokens lowered, context narrowed). */
        LIMITED,
        /** The answer was filtered (roots hidden). */
        FILTERED
    }

    @Override
    public String type() {
        return "server-request.decision";
    }

    @Override
    public Severity severity() {
        return decision == Decision.ALLOWED ? Severity.INFO : Severity.LOW;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("decision", decision.name());
        m.put("rule", ruleId);
        m.put("removed", Integer.toString(removed));
        return java.util.Collections.unmodifiableMap(m);
    }
}
