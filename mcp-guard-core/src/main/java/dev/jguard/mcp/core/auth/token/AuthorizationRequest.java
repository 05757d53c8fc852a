package dev.jguard.mcp.core.auth.token;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The front-channel half of the authorization-code grant: builds the authorization URL (PKCE {@code S256},
 * {@code state}, RFC 8707 {@code resource}, narrowest {@code scope}, RFC 9449 {@code dpop_jkt}) and checks the
 * redirect that comes back ({@code state}, RFC 9207 {@code iss}) before the code is redeemed with
 * {@link OAuthTokenClient#authorizationCode}.
 *
 * <pre>{@code
 * AuthorizationRequest auth = AuthorizationRequest.builder(authorizeEndpoint, "travelbot", redirectUri)
 *         .resource(URI.create("https://hotel.example/mcp")).scopes(Set.of("hotel:read"))
 *         .dpopJkt(key.thumbprint()).build();
 * browser.open(auth.uri());
 * String code = auth.codeFrom(redirectedTo, "https://as.example");   // checks state and iss
 * TokenResponse r = tokenClient.authorizationCode(code, redirectUri, auth.pkce(), auth.resource());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AuthorizationRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI uri;
    private final String state;
    private final Pkce pkce;
    private final URI resource;

    private AuthorizationRequest(Builder b) {
        this.pkce = b.pkce;
        this.resource = Objects.requireNonNull(b.resource, "resource (RFC 8707) is required");
        byte[] s = new byte[16];
        RANDOM.nextBytes(s);
        this.state = Base64.getUrlEncoder().withoutPadding().encodeToString(s);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", b.clientId);
        q.put("redirect_uri", b.redirectUri.toString());
        if (!b.scopes.isEmpty()) {
            q.put("scope", String.join(" ", b.scopes));
        }
        q.put("state", state);
        q.put("code_challenge", pkce.challenge());
        q.put("code_challenge_method", pkce.method());
        q.put("resource", resource.toString());
        if (b.dpopJkt != null) {
            q.put("dpop_jkt", b.dpopJkt);
        }
        StringBuilder sb = new StringBuilder(b.endpoint.toString());
        sb.append(b.endpoint.getRawQuery() == null ? '?' : '&');
        boolean first = true;
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (!first) {
                sb.append('&');
            }
            first = false;
            sb.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        this.uri = URI.create(sb.toString());
    }

    /**
     * @param authorizationEndpoint the AS authorization endpoint
     * @param clientId the client id
     * @param redirectUri the registered redirect URI
     * @return a builder
     */
    public static Builder builder(URI authorizationEndpoint, String clientId, URI redirectUri) {
        return new Builder(authorizationEndpoint, clientId, redirectUri);
    }

    /** @return the URL to send the user agent to */
    public URI uri() {
        return uri;
    }

    /** @return the PKCE pair (its verifier goes into the token request) */
    public Pkce pkce() {
        return pkce;
    }

    /** @return the resource requested */
    public URI resource() {
        return resource;
    }

    /**
     * Checks the redirect and returns the authorization code.
     *
     * @param redirect the URI the user agent was redirected to
     * @param expectedIssuer the AS issuer; if the redirect carries {@code iss} it must equal this (RFC 9207), or null
     * @return the code
     * @throws TokenRequestFailedException on an error response, a wrong {@code state} or a wrong {@code iss}
     */
    public String codeFrom(URI redirect, String expectedIssuer) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = redirect.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(k, v);
            }
        }
        if (!state.equals(params.get("state"))) {
            throw new TokenRequestFailedException(0, null, "Authorization response has a wrong or missing state; ignoring it");
        }
        String iss = params.get("iss");
        if (iss != null && expectedIssuer != null && !iss.equals(expectedIssuer)) {
            throw new TokenRequestFailedException(0, null, "Authorization response came from another issuer (RFC 9207 iss mismatch)");
        }
        if (params.containsKey("error")) {
            String error = OAuthTokenClient.safeErrorCode(params.get("error"));
            throw new TokenRequestFailedException(0, error, "Authorization was refused" + (error == null ? "" : ": " + error));
        }
        String code = params.get("code");
        if (code == null || code.isEmpty()) {
            throw new TokenRequestFailedException(0, null, "Authorization response has no code");
        }
        return code;
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[resource=" + resource + ", " + pkce + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private final URI endpoint;
        private final String clientId;
        private final URI redirectUri;
        private Set<String> scopes = Set.of();
        private URI resource;
        private String dpopJkt;
        private Pkce pkce = Pkce.generate();

        private Builder(URI endpoint, String clientId, URI redirectUri) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            OAuthTokenClient.requireSecureEndpoint(endpoint, "authorization endpoint");
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        }

        /** @param scopes the narrowest scopes  @return this */
        public Builder scopes(Set<String> scopes) {
            this.scopes = new LinkedHashSet<>(scopes);
            return this;
        }

        /** @param resource the protected resource (RFC 8707)  @return this */
        public Builder resource(URI resource) {
            this.resource = resource;
            return this;
        }

        /** @param jkt the DPoP key thumbprint to bind the code to (RFC 9449 section 10)  @return this */
        public Builder dpopJkt(String jkt) {
            this.dpopJkt = jkt;
            return this;
        }

        /** @param pkce a specific PKCE pair (default: a fresh one)  @return this */
        public Builder pkce(Pkce pkce) {
            this.pkce = Objects.requireNonNull(pkce, "pkce");
            return this;
        }

        /** @return the request */
        public AuthorizationRequest build() {
            return new AuthorizationRequest(this);
        }
    }
}
