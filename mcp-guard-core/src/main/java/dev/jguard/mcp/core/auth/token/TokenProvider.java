package dev.jguard.mcp.core.auth.token;

import java.util.Objects;

/**
 * Supplies access tokens to {@link dev.jguard.mcp.core.auth.SenderConstrainedAuth}. {@link OAuthTokenProvider} is the
 * built-in implementation (client credentials, refresh tokens, authorization code with PKCE); implement this SPI when
 * the application obtains tokens another way. A provider must return a token issued for
 * {@link TokenRequest#resource()}: the guard checks and refuses to send any other.
 *
 * <pre>{@code
 * TokenProvider fixed = TokenProvider.of(accessToken);
 * TokenProvider custom = request -> myVault.tokenFor(request.resource(), request.scopes());
 * }</pre>
 *
 * <p>Implementations must be thread-safe. {@link #token} may block (it is called off the HTTP client's threads).
 */
@FunctionalInterface
public interface TokenProvider {

    /**
     * @param request the resource and scopes needed
     * @return a valid token for that resource
     * @throws TokenRequestFailedException if no token can be obtained
     */
    AccessToken token(TokenRequest request);

    /**
     * Called when a server rejected the token as invalid or expired; a caching provider drops it.
     *
     * @param token the rejected token
     */
    default void invalidate(AccessToken token) {
    }

    /**
     * @param token a token obtained elsewhere
     * @return a provider that always returns it
     */
    static TokenProvider of(AccessToken token) {
        Objects.requireNonNull(token, "token");
        return request -> token;
    }
}
