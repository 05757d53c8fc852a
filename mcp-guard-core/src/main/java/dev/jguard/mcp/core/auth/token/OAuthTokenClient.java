package dev.jguard.mcp.core.auth.token;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.DPoPNonceStore;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.dpop.Htu;
import dev.jguard.mcp.core.auth.mtls.MtlsCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2 token-endpoint client for sender-constrained tokens. Every token request carries a fresh DPoP proof
 * (RFC 9449 section 5) so the issued token is bound to the key ({@code cnf.jkt}), and the RFC 8707 {@code resource}
 * of the protected resource, with only the scopes asked for. Grants: {@code client_credentials},
 * {@code refresh_token} and {@code authorization_code} with PKCE {@code S256}. An authorization server's
 * {@code use_dpop_nonce} answer is retried exactly once with its nonce; a {@code DPoP-Nonce} on any answer is used for
 * the next request.
 *
 * <p>Fails closed: if DPoP is configured and the answer's {@code token_type} is not {@code DPoP}, or a JWT access token
 * is bound to another key ({@code cnf.jkt}) or another certificate ({@code cnf.x5t#S256}), or the server echoes
 * another {@code resource}, the token is discarded and {@link TokenRequestFailedException} is thrown. The endpoint
 * must be {@code https} (plain {@code http} only on loopback).
 *
 * <pre>{@code
 * OAuthTokenClient client = OAuthTokenClient.builder(URI.create("https://as.example/oauth2/token"))
 *         .issuer("https://as.example")
 *         .clientAuthentication(ClientAuthentication.clientSecretBasic("travelbot", secret))
 *         .dpop(new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC()))
 *         .build();
 * TokenResponse r = client.clientCredentials(URI.create("https://hotel.example/mcp"), Set.of("hotel:read"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OAuthTokenClient {

    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final URI tokenEndpoint;
    private final String issuer;
    private final ClientAuthentication clientAuthentication;
    private final DPoPProofGenerator dpop;
    private final boolean requireDPoP;
    private final MtlsCredentials mtls;
    private final boolean requireCertificateBound;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final DPoPNonceStore nonces = new DPoPNonceStore();

    private OAuthTokenClient(Builder b) {
        this.tokenEndpoint = b.tokenEndpoint;
        this.issuer = b.issuer;
        this.clientAuthentication = Objects.requireNonNull(b.clientAuthentication,
                "Set clientAuthentication(..), e.g. ClientAuthentication.none(clientId)");
        this.dpop = b.dpop;
        this.requireDPoP = b.requireDPoP == null ? b.dpop != null : b.requireDPoP;
        if (requireDPoP && dpop == null) {
            throw new IllegalStateException("requireDPoP(true) needs dpop(DPoPProofGenerator)");
        }
        this.mtls = b.mtls;
        this.requireCertificateBound = b.requireCertificateBound;
        if (requireCertificateBound && mtls == null) {
            throw new IllegalStateException("requireCertificateBound(true) needs mtls(MtlsCredentials)");
        }
        if (clientAuthentication.method() == ClientAuthentication.Method.TLS_CLIENT_AUTH && mtls == null) {
            throw new IllegalStateException("tls_client_auth needs mtls(MtlsCredentials)");
        }
        this.clock = b.clock;
        this.timeout = b.timeout;
        this.http = b.http != null ? b.http
                : (mtls != null ? mtls.httpClientBuilder() : HttpClient.newBuilder()).connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
        requireSecureEndpoint(tokenEndpoint, "token endpoint");
    }

    /**
     * @param tokenEndpoint the authorization server's token endpoint ({@code https}, or {@code http} on loopback)
     * @return a builder
     */
    public static Builder builder(URI tokenEndpoint) {
        return new Builder(tokenEndpoint);
    }

    /**
     * Refuses non-{@code https} URLs except on loopback addresses.
     *
     * @param uri the URL
     * @param what what it is, for the message
     * @throws IllegalArgumentException if it is not https and not loopback
     */
    public static void requireSecureEndpoint(URI uri, String what) {
        String origin = Htu.origin(uri);
        if (origin.startsWith("https://")) {
            return;
        }
        if (!isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("The " + what + " must use https (plain http is allowed on loopback only): "
                    + origin);
        }
    }

    /**
     * @param host a host name or literal
     * @return true for {@code localhost} and loopback literals (no DNS lookup for other names)
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolve
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** @return the token endpoint */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** @return the issuer, or the token endpoint's origin if no issuer was configured */
    public String issuer() {
        return issuer != null ? issuer : Htu.origin(tokenEndpoint);
    }

    /** @return the client id */
    public String clientId() {
        return clientAuthentication.clientId();
    }

    /** @return the DPoP proof generator, or null */
    public DPoPProofGenerator dpop() {
        return dpop;
    }

    /**
     * {@code grant_type=client_credentials}.
     *
     * @param resource the protected resource (RFC 8707)
     * @param scopes the narrowest scopes needed (empty: omit {@code scope})
     * @return the checked response
     */
    public TokenResponse clientCredentials(URI resource, Set<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        putScopes(form, scopes);
        return exchange(form, resource, scopes);
    }

    /**
     * {@code grant_type=refresh_token}. A public client's refresh token is bound to the DPoP key: use the same key.
     *
     * @param refreshToken the refresh token
     * @param resource the protected resource (RFC 8707)
     * @param scopes scopes to request (empty: the original grant)
     * @return the checked response
     */
    public TokenResponse refresh(Secret refreshToken, URI resource, Set<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.reveal());
        putScopes(form, scopes);
        return exchange(form, resource, scopes);
    }

    /**
     * {@code grant_type=authorization_code} with the PKCE verifier.
     *
     * @param code the authorization code from the redirect
     * @param redirectUri the redirect URI used in the authorization request
     * @param pkce the PKCE pair whose challenge was sent
     * @param resource the protected resource (RFC 8707)
     * @return the checked response
     */
    public TokenResponse authorizationCode(String code, URI redirectUri, Pkce pkce, URI resource) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", Objects.requireNonNull(code, "code"));
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", pkce.verifier());
        return exchange(form, resource, Set.of());
    }

    private static void putScopes(Map<String, String> form, Set<String> scopes) {
        if (!scopes.isEmpty()) {
            form.put("scope", String.join(" ", new LinkedHashSet<>(scopes)));
        }
    }

    private TokenResponse exchange(Map<String, String> grant, URI resource, Set<String> requestedScopes) {
        Objects.requireNonNull(resource, "resource");
        Htu.origin(resource);
        HttpResponse<byte[]> response = send(grant, resource);
        if (isNonceChallenge(response)) {
            response = send(grant, resource); // exactly one retry, with the nonce just stored
        }
        int status = response.statusCode();
        Map<String, Object> json = parse(response, status);
        if (status != 200) {
            String error = safeErrorCode(json.get("error"));
            throw new TokenRequestFailedException(status, error, "Token request to " + Htu.of(tokenEndpoint)
                    + " failed: HTTP " + status + (error == null ? "" : ", error=" + error)
                    + ". Check the client registration, grant type and scopes");
        }
        return toResponse(json, resource, requestedScopes);
    }

    private HttpResponse<byte[]> send(Map<String, String> grant, URI resource) {
        Map<String, String> form = new LinkedHashMap<>(grant);
        form.put("resource", resource.toString());
        HttpRequest.Builder req = HttpRequest.newBuilder(tokenEndpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        clientAuthentication.apply(req, form);
        String sentNonce = nonces.get(tokenEndpoint).orElse(null);
        if (dpop != null) {
            req.header("DPoP", dpop.proof("POST", tokenEndpoint, null, sentNonce));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        req.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            HttpResponse<byte[]> r = http.send(req.build(), info -> bounded());
            r.headers().firstValue("DPoP-Nonce").ifPresent(n -> nonces.update(tokenEndpoint, n, sentNonce));
            return r;
        } catch (IOException e) {
            throw new TokenRequestFailedException(0, null, "Token endpoint " + Htu.of(tokenEndpoint) + " unreachable: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRequestFailedException(0, null, "Interrupted while requesting a token");
        }
    }

    private static HttpResponse.BodySubscriber<byte[]> bounded() {
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> {
            try (InputStream s = in) {
                byte[] b = s.readNBytes(MAX_RESPONSE_BYTES + 1);
                return b.length > MAX_RESPONSE_BYTES ? null : b;
            } catch (IOException e) {
                return null;
            }
        });
    }

    private boolean isNonceChallenge(HttpResponse<byte[]> r) {
        if (dpop == null || (r.statusCode() != 400 && r.statusCode() != 401) || r.headers().firstValue("DPoP-Nonce").isEmpty()) {
            return false;
        }
        try {
            byte[] body = r.body();
            return body != null && "use_dpop_nonce".equals(JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8),
                    MAX_RESPONSE_BYTES).get("error"));
        } catch (ParseException e) {
            return false;
        }
    }

    private Map<String, Object> parse(HttpResponse<byte[]> response, int status) {
        byte[] body = response.body();
        if (body == null) {
            throw new TokenRequestFailedException(status, null, "Token endpoint " + Htu.of(tokenEndpoint)
                    + " answered more than " + MAX_RESPONSE_BYTES + " bytes; refusing to read it");
        }
        try {
            return JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8), MAX_RESPONSE_BYTES);
        } catch (ParseException e) {
            throw new TokenRequestFailedException(status, null, "Token endpoint " + Htu.of(tokenEndpoint)
                    + " answered HTTP " + status + " without a JSON object");
        }
    }

    private TokenResponse toResponse(Map<String, Object> json, URI resource, Set<String> requestedScopes) {
        if (!(json.get("access_token") instanceof String at) || at.isEmpty()) {
            throw fail("the response has no access_token");
        }
        String type = json.get("token_type") instanceof String t ? t : "";
        if (requireDPoP && !"DPoP".equalsIgnoreCase(type)) {
            throw fail("token_type is " + safeTokenType(type) + ", not DPoP: the token is not bound to the DPoP key. "
                    + "Enable DPoP for this client at the authorization server, or build the client with "
                    + "requireDPoP(false) if unbound tokens are acceptable");
        }
        if (json.get("resource") instanceof String echoed && !echoed.equals(resource.toString())) {
            throw fail("the authorization server issued the token for another resource than the one requested");
        }
        Set<String> scopes = new LinkedHashSet<>(requestedScopes);
        if (json.get("scope") instanceof String s && !s.isBlank()) {
            scopes = new LinkedHashSet<>(Arrays.asList(s.trim().split(" +")));
        }
        Instant expiresAt = null;
        if (json.get("expires_in") instanceof Number n && n.longValue() > 0) {
            expiresAt = clock.instant().plusSeconds(n.longValue());
        }
        AccessToken token = AccessToken.builder(Secret.of(at), resource)
                .type("DPoP".equalsIgnoreCase(type) ? "DPoP" : "Bearer").issuer(issuer()).scopes(scopes)
                .expiresAt(expiresAt).build();
        if (dpop != null && token.isDPoP() && token.jkt() != null && !token.jkt().equals(dpop.key().thumbprint())) {
            throw fail("the access token is bound to another DPoP key (cnf.jkt mismatch)");
        }
        if (requireDPoP && token.jkt() == null && token.isJwt()) {
            throw fail("the JWT access token carries no cnf.jkt, so it is not bound to the DPoP key");
        }
        String x5t = token.certificateThumbprint();
        if (mtls != null && x5t != null && !x5t.equals(mtls.certificateThumbprint())) {
            throw fail("the access token is bound to another client certificate (cnf.x5t#S256 mismatch)");
        }
        if (requireCertificateBound && x5t == null) {
            throw fail("the access token carries no cnf.x5t#S256; enable certificate-bound tokens for this client");
        }
        Secret refresh = json.get("refresh_token") instanceof String rt && !rt.isEmpty() ? Secret.of(rt) : null;
        return new TokenResponse(token, refresh);
    }

    private TokenRequestFailedException fail(String why) {
        return new TokenRequestFailedException(200, null, "Token from " + Htu.of(tokenEndpoint) + " discarded: " + why);
    }

    private static String safeTokenType(String t) {
        return t.matches("[A-Za-z0-9_-]{1,20}") ? t : "<unprintable>";
    }

    /**
     * @param error an {@code error} member from a server
     * @return it if it is a valid RFC 6749 error code of at most 64 characters, else null
     */
    static String safeErrorCode(Object error) {
        if (!(error instanceof String s) || s.isEmpty() || s.length() > 64) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return null;
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OAuthTokenClient[" + Htu.of(tokenEndpoint) + ", " + clientAuthentication + ", dpop=" + (dpop != null)
                + ", mtls=" + (mtls != null) + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private final URI tokenEndpoint;
        private String issuer;
        private ClientAuthentication clientAuthentication;
        private DPoPProofGenerator dpop;
        private Boolean requireDPoP;
        private MtlsCredentials mtls;
        private boolean requireCertificateBound;
        private HttpClient http;
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofSeconds(15);

        private Builder(URI tokenEndpoint) {
            this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        }

        /** @param issuer the AS issuer identifier (keys stored tokens)  @return this */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** @param auth how the client authenticates  @return this */
        public Builder clientAuthentication(ClientAuthentication auth) {
            this.clientAuthentication = auth;
            return this;
        }

        /** @param proofs the DPoP proof generator; makes DPoP required unless {@link #requireDPoP(boolean)}  @return this */
        public Builder dpop(DPoPProofGenerator proofs) {
            this.dpop = proofs;
            return this;
        }

        /** @param require whether a non-DPoP token is discarded (default: true when DPoP is configured)  @return this */
        public Builder requireDPoP(boolean require) {
            this.requireDPoP = require;
            return this;
        }

        /** @param credentials client certificate for the token endpoint connection  @return this */
        public Builder mtls(MtlsCredentials credentials) {
            this.mtls = credentials;
            return this;
        }

        /** @param require whether tokens without a matching {@code cnf.x5t#S256} are discarded  @return this */
        public Builder requireCertificateBound(boolean require) {
            this.requireCertificateBound = require;
            return this;
        }

        /** @param client the HTTP client to use (default: a new one, with the mTLS context if set)  @return this */
        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        /** @param clock the clock for token expiry (proofs use the generator's own clock)  @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param timeout connect and request timeout (default 15 s)  @return this */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** @return the client */
        public OAuthTokenClient build() {
            return new OAuthTokenClient(this);
        }
    }
}
