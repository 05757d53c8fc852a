package dev.jguard.mcp.core.auth.store;

import dev.jguard.mcp.api.secret.Secret;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A refresh token (the long-lived credential worth persisting) with the scopes it was granted and when it was saved.
 * Access tokens are short-lived and stay in memory.
 *
 * <pre>{@code
 * StoredToken t = new StoredToken(Secret.of(refreshToken), Set.of("hotel:read"), clock.instant());
 * }</pre>
 *
 * @param refreshToken the refresh token
 * @param scopes the granted scopes
 * @param savedAt when it was saved
 */
public record StoredToken(Secret refreshToken, Set<String> scopes, Instant savedAt) {
    /** @param refreshToken token  @param scopes scopes  @param savedAt time */
    public StoredToken {
        Objects.requireNonNull(refreshToken, "refreshToken");
        scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
