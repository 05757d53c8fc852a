package dev.jguard.mcp.core.auth.token;

import dev.jguard.mcp.api.secret.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful, checked token response: the access token (tagged with its resource and issuer) and, if issued, the
 * refresh token.
 *
 * <pre>{@code
 * TokenResponse r = tokenClient.clientCredentials(resource, Set.of("hotel:read"));
 * r.refreshToken().ifPresent(rt -> store.save(key, StoredToken.of(rt, r.accessToken().scopes(), now)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code toString} never shows token values.
 */
public final class TokenResponse {

    private final AccessToken accessToken;
    private final Secret refreshToken;

    /**
     * @param accessToken the access token
     * @param refreshToken the refresh token, or null
     */
    public TokenResponse(AccessToken accessToken, Secret refreshToken) {
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.refreshToken = refreshToken;
    }

    /** @return the access token */
    public AccessToken accessToken() {
        return accessToken;
    }

    /** @return the refresh token, if the server issued one */
    public Optional<Secret> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public String toString() {
        return "TokenResponse[" + accessToken + ", refreshToken=" + (refreshToken == null ? "none" : refreshToken) + "]";
    }
}
