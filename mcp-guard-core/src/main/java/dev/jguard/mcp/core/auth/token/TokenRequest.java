package dev.jguard.mcp.core.auth.token;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link TokenProvider} is asked for: a token for one resource with at least some scopes.
 *
 * <pre>{@code
 * AccessToken t = provider.token(new TokenRequest(URI.create("https://hotel.example/mcp"), Set.of("hotel:read")));
 * }</pre>
 *
 * @param resource the protected resource (RFC 8707 {@code resource}); the token must be issued for it
 * @param scopes the scopes needed (the narrowest set; step-up adds to it)
 */
public record TokenRequest(URI resource, Set<String> scopes) {
    /** @param resource resource  @param scopes scopes */
    public TokenRequest {
        Objects.requireNonNull(resource, "resource");
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }
}
