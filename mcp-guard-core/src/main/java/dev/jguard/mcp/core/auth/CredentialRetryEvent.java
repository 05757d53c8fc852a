package dev.jguard.mcp.core.auth;

import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * A request is re-sent with a new proof because the server asked: a DPoP nonce ({@code dpop-nonce}), more scopes
 * ({@code step-up}) or a rejected token ({@code token-rejected}).
 *
 * <pre>{@code
 * if (event instanceof CredentialRetryEvent r && r.reason().equals("step-up")) metrics.increment("stepup");
 * }</pre>
 *
 * @param timestamp when
 * @param server logical server name
 * @param status the HTTP status that triggered it
 * @param reason {@code dpop-nonce}, {@code step-up} or {@code token-rejected}
 * @param scopeCount the number of scopes requested after a step-up (0 otherwise)
 */
public record CredentialRetryEvent(Instant timestamp, String server, int status, String reason, int scopeCount)
        implements SecurityEvent {

    @Override
    public String type() {
        return "credential.retry";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public String incidentId() {
        return null;
    }

    @Override
    public Map<String, String> attributes() {
        return Map.of("status", Integer.toString(status), "reason", reason, "scopes", Integer.toString(scopeCount));
    }
}
