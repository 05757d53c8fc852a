package dev.jguard.mcp.core.auth.token;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.Htu;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An access token tagged with the resource it was issued for (its audience) and the issuer that issued it, so it can
 * only ever be attached to requests for that resource. If the value is a JWT, its {@code aud}, {@code cnf.jkt} and
 * {@code cnf.x5t#S256} claims are read (without verifying the signature: they are used only for client-side
 * self-checks that refuse to send a token, never to trust one).
 *
 * <pre>{@code
 * AccessToken token = AccessToken.builder(Secret.of(value), URI.create("https://hotel.example/mcp"))
 *         .type("DPoP").issuer("https://as.example").scopes(Set.of("hotel:book")).expiresAt(expiry).build();
 * token.isDPoP();          // true
 * token.toString();        // AccessToken[DPoP, resource=https://hotel.example/mcp, sha256:3q2+7w.., ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe. The value never appears in {@code toString}.
 */
public final class AccessToken {

    private static final int MAX_JWT_PAYLOAD = 16 * 1024;

    private final Secret value;
    private final String type;
    private final URI resource;
    private final String issuer;
    private final Instant expiresAt;
    private final Set<String> scopes;
    private final List<String> audiences;
    private final String jkt;
    private final String x5tS256;
    private final boolean jwt;

    private AccessToken(Builder b) {
        this.value = Objects.requireNonNull(b.value, "value");
        this.resource = Objects.requireNonNull(b.resource, "resource");
        Htu.origin(resource); // validates http(s)
        this.type = b.type;
        this.issuer = b.issuer;
        this.expiresAt = b.expiresAt;
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(b.scopes));
        List<String> aud = List.of();
        String cnfJkt = null;
        String cnfX5t = null;
        Map<String, Object> claims = jwtClaims(value.reveal());
        if (claims != null) {
            Object a = claims.get("aud");
            if (a instanceof String s) {
                aud = List.of(s);
            } else if (a instanceof List<?> l) {
                List<String> out = new ArrayList<>();
                for (Object o : l) {
                    if (o instanceof String s) {
                        out.add(s);
                    }
                }
                aud = List.copyOf(out);
            }
            if (claims.get("cnf") instanceof Map<?, ?> cnf) {
                cnfJkt = cnf.get("jkt") instanceof String s ? s : null;
                cnfX5t = cnf.get("x5t#S256") instanceof String s ? s : null;
            }
        }
        this.audiences = aud;
        this.jkt = cnfJkt;
        this.x5tS256 = cnfX5t;
        this.jwt = claims != null;
    }

    private static Map<String, Object> jwtClaims(String v) {
        int first = v.indexOf('.');
        int second = first < 0 ? -1 : v.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || v.indexOf('.', second + 1) >= 0 || second - first > MAX_JWT_PAYLOAD) {
            return null;
        }
        try {
            String json = new Base64URL(v.substring(first + 1, second)).decodeToString();
            return JSONObjectUtils.parse(json, MAX_JWT_PAYLOAD);
        } catch (java.text.ParseException | RuntimeException e) {
            return null; // opaque token
        }
    }

    /**
     * @param value the token value
     * @param resource the protected resource (audience) it was issued for
     * @return a builder
     */
    public static Builder builder(Secret value, URI resource) {
        return new Builder(value, resource);
    }

    /** @return the token value; reveal only to put it on the wire */
    public Secret value() {
        return value;
    }

    /** @return the token type from the token response, e.g. {@code DPoP} or {@code Bearer} */
    public String type() {
        return type;
    }

    /** @return true if the token type is {@code DPoP} (case-insensitive) */
    public boolean isDPoP() {
        return "DPoP".equalsIgnoreCase(type);
    }

    /** @return the resource (audience) this token may be sent to */
    public URI resource() {
        return resource;
    }

    /** @return the issuer (authorization server) or null if unknown */
    public String issuer() {
        return issuer;
    }

    /** @return when it expires, or null if unknown */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** @return the granted scopes (may be empty if the server did not say) */
    public Set<String> scopes() {
        return scopes;
    }

    /** @return the {@code aud} claim of a JWT token (empty for opaque tokens) */
    public List<String> audiences() {
        return audiences;
    }

    /** @return true if the value is a JWT whose claims could be read (unverified) */
    public boolean isJwt() {
        return jwt;
    }

    /** @return the {@code cnf.jkt} of a JWT token, or null */
    public String jkt() {
        return jkt;
    }

    /** @return the {@code cnf.x5t#S256} of a JWT token, or null */
    public String certificateThumbprint() {
        return x5tS256;
    }

    /**
     * @param now the current time
     * @param skew how long before expiry the token counts as expired already
     * @return true if it is expired (or about to be)
     */
    public boolean isExpired(Instant now, Duration skew) {
        return expiresAt != null && !now.plus(skew).isBefore(expiresAt);
    }

    /**
     * @param required scopes a request needs
     * @return true if all are granted (an empty grant list means "unknown" and counts as covering)
     */
    public boolean covers(Set<String> required) {
        return scopes.isEmpty() || scopes.containsAll(required);
    }

    @Override
    public String toString() {
        return "AccessToken[" + type + ", resource=" + resource + ", " + value + ", issuer=" + issuer + ", scopes="
                + scopes + ", expiresAt=" + expiresAt + (jkt != null ? ", jkt=" + jkt : "")
                + (x5tS256 != null ? ", x5t#S256=" + x5tS256 : "") + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private final Secret value;
        private final URI resource;
        private String type = "Bearer";
        private String issuer;
        private Instant expiresAt;
        private Set<String> scopes = Set.of();

        private Builder(Secret value, URI resource) {
            this.value = value;
            this.resource = resource;
        }

        /** @param type the token type ({@code DPoP}, {@code Bearer})  @return this */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** @param issuer the issuing authorization server  @return this */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** @param expiresAt the expiry, or null  @return this */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** @param scopes the granted scopes  @return this */
        public Builder scopes(Set<String> scopes) {
            this.scopes = new LinkedHashSet<>(scopes);
            return this;
        }

        /** @return the token */
        public AccessToken build() {
            return new AccessToken(this);
        }
    }
}
