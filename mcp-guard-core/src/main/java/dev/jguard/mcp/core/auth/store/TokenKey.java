package dev.jguard.mcp.core.auth.store;

import java.net.URI;
import java.util.Objects;

/**
 * Identifies stored tokens by authorization server, client and resource, so a token is never handed to another
 * resource or used with another authorization server (MCP 2026-07-28 AS-binding rule).
 *
 * <pre>{@code
 * TokenKey key = new TokenKey("https://as.example", "travelbot", URI.create("https://hotel.example/mcp"));
 * }</pre>
 *
 * @param issuer the authorization server's issuer (or token endpoint if the issuer is unknown)
 * @param clientId the client id
 * @param resource the protected resource
 */
public record TokenKey(String issuer, String clientId, URI resource) {
    /** @param issuer issuer  @param clientId client id  @param resource resource */
    public TokenKey {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(resource, "resource");
    }

    /** @return a stable string form used for file names and payload binding */
    public String canonical() {
        return issuer + "\n" + clientId + "\n" + resource;
    }
}
