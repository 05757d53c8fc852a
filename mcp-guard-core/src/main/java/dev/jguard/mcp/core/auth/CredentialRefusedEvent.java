package dev.jguard.mcp.core.auth;

import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guard refused to attach a credential to an HTTP request (wrong audience, token bound to another key or
 * certificate, unbound token, token inside a message body, ...). Carries origins and rule ids, never a token.
 *
 * <pre>{@code
 * if (event instanceof CredentialRefusedEvent r) alert(r.ruleId() + " " + r.requestOrigin());
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param httpMethod the HTTP method of the refused request
 * @param requestOrigin the origin the request was going to
 * @param tokenResource the resource the token belongs to
 * @param ruleId the rule that fired, e.g. {@code wrong-audience}
 * @param incidentId correlates with the {@link dev.jguard.mcp.api.GuardRejectedException}
 */
public record CredentialRefusedEvent(Instant timestamp, String server, String httpMethod, String requestOrigin,
        String tokenResource, String ruleId, String incidentId) implements SecurityEvent {

    @Override
    public String type() {
        return "credential.refused";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("http_method", httpMethod);
        m.put("request_origin", requestOrigin);
        m.put("token_resource", tokenResource);
        m.put("rule", ruleId);
        m.values().removeIf(v -> v == null);
        return java.util.Collections.unmodifiableMap(m);
    }
}
