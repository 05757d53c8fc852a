package dev.jguard.mcp.core.auth.token;

import dev.jguard.mcp.core.auth.store.InMemoryTokenStore;
import dev.jguard.mcp.core.auth.store.StoredToken;
import dev.jguard.mcp.core.auth.store.TokenKey;
import dev.jguard.mcp.core.auth.store.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in {@link TokenProvider}: caches access tokens in memory per resource, refreshes them shortly before they
 * expire (refresh token from the {@link TokenStore} first, then the {@code client_credentials} grant if enabled), and
 * asks only for the scopes configured plus those a step-up requested. New refresh tokens go to the store (rotation
 * safe). Seed the store after an authorization-code login with {@link #accept(TokenResponse)}.
 *
 * <pre>{@code
 * OAuthTokenProvider tokens = OAuthTokenProvider.builder(tokenClient)
 *         .clientCredentials(true)
 *         .scopes(Set.of("hotel:read"))
 *         .store(EncryptedFileTokenStore.fromKeyStore(dir, keyStore, "mcp-guard-tokens", pw))
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe; concurrent misses for one resource may fetch twice, the last token wins.
 */
public final class OAuthTokenProvider implements TokenProvider {

    private final OAuthTokenClient client;
    private final boolean clientCredentials;
    private final Set<String> scopes;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshSkew;
    private final ConcurrentHashMap<String, AccessToken> cache = new ConcurrentHashMap<>();

    private OAuthTokenProvider(Builder b) {
        this.client = b.client;
        this.clientCredentials = b.clientCredentials;
        this.scopes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.scopes));
        this.store = b.store;
        this.clock = b.clock;
        this.refreshSkew = b.refreshSkew;
    }

    /** @param client the token client  @return a builder */
    public static Builder builder(OAuthTokenClient client) {
        return new Builder(client);
    }

    /** @param request the resource  @return the store key of its refresh token */
    TokenKey keyFor(TokenRequest request) {
        return new TokenKey(client.issuer(), client.clientId(), request.resource());
    }

    @Override
    public AccessToken token(TokenRequest request) {
        Set<String> wanted = new LinkedHashSet<>(scopes);
        wanted.addAll(request.scopes());
        String cacheKey = request.resource().toString();
        AccessToken cached = cache.get(cacheKey);
        if (cached != null && !cached.isExpired(clock.instant(), refreshSkew) && cached.covers(wanted)) {
            return cached;
        }
        TokenResponse response = null;
        TokenKey key = keyFor(request);
        StoredToken stored = store.load(key).orElse(null);
        if (stored != null && (stored.scopes().isEmpty() || stored.scopes().containsAll(wanted))) {
            try {
                response = client.refresh(stored.refreshToken(), request.resource(), wanted);
            } catch (TokenRequestFailedException e) {
                if (e.status() == 400 || e.status() == 401) {
                    store.delete(key); // revoked or expired refresh token: forget it
                }
                if (!clientCredentials) {
                    throw e;
                }
            }
        }
        if (response == null) {
            if (!clientCredentials) {
                throw new TokenRequestFailedException(0, null, "No usable refresh token for " + request.resource()
                        + " and the client_credentials grant is disabled; run the authorization-code flow and pass its "
                        + "response to OAuthTokenProvider.accept(..)");
            }
            response = client.clientCredentials(request.resource(), wanted);
        }
        return accept(response);
    }

    /**
     * Caches a token response's access token and stores its refresh token (for example after the authorization-code
     * flow).
     *
     * @param response a checked token response
     * @return its access token
     */
    public AccessToken accept(TokenResponse response) {
        AccessToken token = response.accessToken();
        cache.put(token.resource().toString(), token);
        response.refreshToken().ifPresent(rt -> store.save(new TokenKey(client.issuer(), client.clientId(), token.resource()),
                new StoredToken(rt, token.scopes(), clock.instant())));
        return token;
    }

    @Override
    public void invalidate(AccessToken token) {
        cache.remove(token.resource().toString(), token);
    }

    @Override
    public String toString() {
        return "OAuthTokenProvider[" + client + ", scopes=" + scopes + ", store=" + store + ", cached=" + cache.size() + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private final OAuthTokenClient client;
        private boolean clientCredentials;
        private Set<String> scopes = Set.of();
        private TokenStore store = new InMemoryTokenStore();
        private Clock clock = Clock.systemUTC();
        private Duration refreshSkew = Duration.ofSeconds(30);

        private Builder(OAuthTokenClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** @param enabled use {@code client_credentials} when no refresh token is stored  @return this */
        public Builder clientCredentials(boolean enabled) {
            this.clientCredentials = enabled;
            return this;
        }

        /** @param scopes the narrowest scopes every token needs  @return this */
        public Builder scopes(Set<String> scopes) {
            this.scopes = new LinkedHashSet<>(scopes);
            return this;
        }

        /** @param store where refresh tokens are kept (default: in memory)  @return this */
        public Builder store(TokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param clock the clock for expiry  @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param skew refresh this long before expiry (default 30 s)  @return this */
        public Builder refreshSkew(Duration skew) {
            this.refreshSkew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /** @return the provider */
        public OAuthTokenProvider build() {
            return new OAuthTokenProvider(this);
        }
    }
}
