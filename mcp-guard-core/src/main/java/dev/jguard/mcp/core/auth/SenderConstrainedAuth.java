package dev.jguard.mcp.core.auth;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPNonceStore;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.dpop.Htu;
import dev.jguard.mcp.core.auth.http.ObservingHttpClient;
import dev.jguard.mcp.core.auth.http.WwwAuthenticate;
import dev.jguard.mcp.core.auth.mtls.MtlsCredentials;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import dev.jguard.mcp.core.auth.token.TokenRequest;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.HttpRequestSnapshot;
import io.modelcontextprotocol.client.transport.customizer.McpAsyncHttpClientRequestCustomizer;
import io.modelcontextprotocol.client.transport.customizer.McpHttpClientTransportAuthorizationErrorHandler;
import io.modelcontextprotocol.common.McpTransportContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sender-constrained, audience-bound tokens for the MCP SDK's HTTP transports. Applied to a transport builder, it
 * attaches {@code Authorization: DPoP <token>} with a fresh DPoP proof (RFC 9449) to every HTTP request and every retry,
 * presents the client certificate (RFC 8705) when mTLS is configured, learns server nonces from {@code DPoP-Nonce} on
 * every response (also 2xx) and retries once on {@code use_dpop_nonce}, and steps up scopes on
 * {@code 403 insufficient_scope} (or a 401 challenge naming scopes) a bounded number of times.
 *
 * <p>Before any token leaves the process it is checked, and the request fails with a
 * {@link GuardRejectedException} ({@link GuardErrorCode#CREDENTIAL_REFUSED}) plus a {@link CredentialRefusedEvent} if:
 * the request URL is not the token's resource or below it (same origin, path under the resource path:
 * {@code wrong-audience}; use the origin as resource for the SSE transport, whose message endpoint the server picks); the token was issued for another resource
 * ({@code token-resource-mismatch}) or names other audiences ({@code wrong-audience}); DPoP is configured but the token
 * is not a DPoP token ({@code token-not-dpop}) or is bound to another key ({@code dpop-key-mismatch}); the token is
 * certificate-bound to another certificate or mTLS is not configured ({@code mtls-binding-mismatch}); the token is
 * not sender-constrained at all and unbound tokens were not allowed ({@code unbound-token}); the origin is plain
 * {@code http} outside loopback ({@code insecure-transport}); or the message body contains a token known to the
 * {@link CredentialLedger} ({@code token-in-body}). Messages and events carry origins and rule ids, never tokens.
 *
 * <pre>{@code
 * DPoPKey key = DPoPKey.generate();
 * OAuthTokenClient as = OAuthTokenClient.builder(URI.create("https://as.example/oauth2/token"))
 *         .clientAuthentication(ClientAuthentication.clientSecretBasic("travelbot", secret))
 *         .dpop(new DPoPProofGenerator(key, Clock.systemUTC())).build();
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder()
 *         .resource(URI.create("https://hotel.example/mcp"))
 *         .dpop(key)
 *         .tokenProvider(OAuthTokenProvider.builder(as).clientCredentials(true).scopes(Set.of("hotel:book")).build())
 *         .build();
 * McpClientTransport transport = auth.applyTo(HttpClientStreamableHttpTransport.builder("https://hotel.example")).build();
 * }</pre>
 *
 * <p>Immutable configuration, thread-safe; it keeps per-server nonces and step-up state. Use one instance per
 * protected resource. With the deprecated SSE transport, nonces and checks work but the SDK offers no retry hook, so a
 * {@code use_dpop_nonce} answer fails that request and the nonce is used from the next one on.
 */
public final class SenderConstrainedAuth {

    /** The guard id in exceptions. */
    public static final String GUARD_ID = "sender-constrained-auth";

    private static final Logger LOG = LoggerFactory.getLogger(SenderConstrainedAuth.class);

    private final URI resource;
    private final String resourceOrigin;
    private final String resourcePath;
    private final String serverName;
    private final TokenProvider tokenProvider;
    private final DPoPProofGenerator proofs;
    private final MtlsCredentials mtls;
    private final boolean allowUnboundTokens;
    private final Set<String> baseScopes;
    private final int maxStepUps;
    private final Clock clock;
    private final List<SecurityEventListener> listeners;
    private final CredentialLedger ledger;

    private final DPoPNonceStore nonces = new DPoPNonceStore();
    private final AtomicReference<Set<String>> stepUpScopes = new AtomicReference<>(Set.of());
    private final AtomicInteger stepUps = new AtomicInteger();
    private final AtomicReference<AccessToken> lastToken = new AtomicReference<>();

    private SenderConstrainedAuth(Builder b) {
        this.resource = Objects.requireNonNull(b.resource, "Set resource(URI): the protected resource (audience)");
        this.resourceOrigin = Htu.origin(resource);
        this.resourcePath = resource.getRawPath() == null || resource.getRawPath().isEmpty() ? "/" : resource.getRawPath();
        this.tokenProvider = Objects.requireNonNull(b.tokenProvider, "Set tokenProvider(..)");
        this.clock = b.clock;
        this.proofs = b.dpopKey == null ? null : new DPoPProofGenerator(b.dpopKey, clock);
        this.mtls = b.mtls;
        this.allowUnboundTokens = b.allowUnboundTokens;
        this.baseScopes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.scopes));
        this.maxStepUps = b.maxStepUps;
        this.listeners = List.copyOf(b.listeners);
        this.ledger = b.ledger;
        this.serverName = b.serverName != null ? b.serverName : resource.getHost();
        if (proofs == null && mtls == null && !allowUnboundTokens) {
            throw new IllegalStateException("Configure dpop(DPoPKey) and/or mtls(MtlsCredentials) for sender-constrained "
                    + "tokens, or call allowUnboundTokens(true) to send plain audience-bound Bearer tokens");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the protected resource (audience) of this binding */
    public URI resource() {
        return resource;
    }

    /** @return the DPoP proof generator, or null if DPoP is not configured */
    public DPoPProofGenerator proofs() {
        return proofs;
    }

    /** @return the server nonces learned so far (keyed by origin) */
    public DPoPNonceStore nonces() {
        return nonces;
    }

    /**
     * Installs the request customizer, the 401/403 handler and an observing {@code HttpClient} (with the mTLS context,
     * if configured) on a Streamable HTTP transport builder. Call it after any other {@code clientBuilder(..)} call, or
     * use {@link #applyTo(HttpClientStreamableHttpTransport.Builder, HttpClient.Builder)} to pass your own base.
     *
     * @param builder the transport builder
     * @return the same builder
     */
    public HttpClientStreamableHttpTransport.Builder applyTo(HttpClientStreamableHttpTransport.Builder builder) {
        return applyTo(builder, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    /**
     * @param builder the transport builder
     * @param base the HTTP client builder to start from (its SSL context is replaced when mTLS is configured)
     * @return the same builder
     */
    public HttpClientStreamableHttpTransport.Builder applyTo(HttpClientStreamableHttpTransport.Builder builder,
            HttpClient.Builder base) {
        return builder.clientBuilder(httpClientBuilder(base))
                .addAsyncHttpRequestCustomizer(requestCustomizer())
                .authorizationErrorHandler(authorizationErrorHandler());
    }

    /**
     * Same for the deprecated SSE transport (no retry hook there; see the class comment).
     *
     * @param builder the SSE transport builder
     * @return the same builder
     */
    @SuppressWarnings("deprecation")
    public HttpClientSseClientTransport.Builder applyTo(HttpClientSseClientTransport.Builder builder) {
        return builder.clientBuilder(httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                .addAsyncHttpRequestCustomizer(requestCustomizer());
    }

    /**
     * @param base a builder to start from
     * @return a builder whose clients present the mTLS certificate (if configured) and feed {@code DPoP-Nonce} headers
     *         of all responses into this binding's nonce store
     */
    public HttpClient.Builder httpClientBuilder(HttpClient.Builder base) {
        if (mtls != null) {
            base.sslContext(mtls.sslContext());
        }
        return ObservingHttpClient.builder(base, this::observe);
    }

    /** @return the per-request hook (exposed for custom transports) */
    public McpAsyncHttpClientRequestCustomizer requestCustomizer() {
        return (requestBuilder, method, endpoint, body, context) -> Mono
                .fromCallable(() -> attach(requestBuilder, method, endpoint, body))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** @return the 401/403 hook (exposed for custom transports) */
    public McpHttpClientTransportAuthorizationErrorHandler authorizationErrorHandler() {
        return new McpHttpClientTransportAuthorizationErrorHandler() {
            @Override
            public Publisher<Boolean> handle(HttpRequestSnapshot request, HttpResponse.ResponseInfo response,
                    McpTransportContext context) {
                return Mono.fromCallable(() -> shouldRetry(request, response)).subscribeOn(Schedulers.boundedElastic());
            }

            @Override
            public int maxRetries() {
                return 2; // one nonce retry plus one step-up; each rule bounds itself further
            }
        };
    }

    private void observe(java.net.http.HttpRequest request, HttpResponse.ResponseInfo response) {
        response.headers().firstValue("DPoP-Nonce").ifPresent(n -> {
            if (Htu.origin(request.uri()).equals(resourceOrigin)) {
                nonces.update(request.uri(), n, sentNonce(request.headers()));
            }
        });
    }

    /**
     * Checks and attaches the credential to any {@code java.net.http} request (the core of the transport hook, usable
     * for plain REST calls to the same resource): {@code Authorization} plus a fresh {@code DPoP} proof.
     *
     * <pre>{@code
     * URI uri = URI.create("https://hotel.example/mcp/reservations");
     * HttpRequest req = auth.authorize(HttpRequest.newBuilder(uri).POST(BodyPublishers.noBody()), "POST", uri, null).build();
     * }</pre>
     *
     * @param request the request being built
     * @param method its HTTP method
     * @param endpoint its URI
     * @param body its body (checked for leaked tokens), or null
     * @return the same request builder
     * @throws GuardRejectedException if the credential must not be sent
     */
    public HttpRequest.Builder authorize(HttpRequest.Builder request, String method, URI endpoint, String body) {
        return attach(request, method, endpoint, body);
    }

    private HttpRequest.Builder attach(HttpRequest.Builder request, String method, URI endpoint, String body) {
        String origin;
        try {
            origin = Htu.origin(endpoint);
        } catch (IllegalArgumentException e) {
            throw refuse(method, "<not http>", "wrong-audience", "the request URI is not an http(s) URL");
        }
        if (!origin.equals(resourceOrigin) || !underResourcePath(endpoint)) {
            throw refuse(method, origin, "wrong-audience", "the request URL is not the token's resource (or below it)");
        }
        if (!origin.startsWith("https://") && !OAuthTokenClient.isLoopback(endpoint.getHost())) {
            throw refuse(method, origin, "insecure-transport", "tokens are sent over https only (plain http on loopback)");
        }
        AccessToken token = tokenProvider.token(new TokenRequest(resource, currentScopes()));
        if (token == null || !Htu.origin(token.resource()).equals(resourceOrigin)) {
            throw refuse(method, origin, "token-resource-mismatch", "the token provider returned a token for another resource");
        }
        if (!audienceMatches(token)) {
            throw refuse(method, origin, "wrong-audience", "the token's aud claim names other resources");
        }
        if (proofs != null) {
            if (!token.isDPoP()) {
                throw refuse(method, origin, "token-not-dpop", "DPoP is required but the token type is " + safe(token.type()));
            }
            if (token.jkt() != null && !token.jkt().equals(proofs.key().thumbprint())) {
                throw refuse(method, origin, "dpop-key-mismatch", "the token is bound to another DPoP key");
            }
        } else if (token.isDPoP()) {
            throw refuse(method, origin, "dpop-key-missing", "the token is a DPoP token but no DPoP key is configured");
        }
        String x5t = token.certificateThumbprint();
        if (x5t != null && (mtls == null || !x5t.equals(mtls.certificateThumbprint()))) {
            throw refuse(method, origin, "mtls-binding-mismatch", mtls == null
                    ? "the token is certificate-bound but no client certificate is configured"
                    : "the token is bound to another client certificate (cnf.x5t#S256)");
        }
        if (proofs == null && mtls == null && !allowUnboundTokens) {
            throw refuse(method, origin, "unbound-token", "the token is not sender-constrained");
        }
        ledger.record(token);
        Optional<AccessToken> leaked = ledger.findIn(body);
        if (leaked.isPresent()) {
            throw refuse(method, origin, "token-in-body", "the message body contains an access token (for "
                    + Htu.origin(leaked.get().resource()) + "); tokens are never forwarded");
        }
        lastToken.set(token);
        if (proofs != null) {
            request.setHeader("Authorization", "DPoP " + token.value().reveal());
            request.setHeader("DPoP", proofs.proof(method, endpoint, token.value(), nonces.get(endpoint).orElse(null)));
        } else {
            request.setHeader("Authorization", "Bearer " + token.value().reveal());
        }
        return request;
    }

    private boolean underResourcePath(URI endpoint) {
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        return resourcePath.equals("/") || path.equals(resourcePath) || path.startsWith(resourcePath.endsWith("/")
                ? resourcePath : resourcePath + "/");
    }

    private boolean audienceMatches(AccessToken token) {
        boolean anyUrl = false;
        for (String aud : token.audiences()) {
            try {
                URI u = URI.create(aud);
                if (u.getScheme() == null || u.getHost() == null) {
                    continue;
                }
                anyUrl = true;
                if (Htu.origin(u).equals(resourceOrigin)) {
                    return true;
                }
            } catch (IllegalArgumentException notAUrl) {
                // a non-URL audience (e.g. a client id) cannot be compared
            }
        }
        return !anyUrl;
    }

    private Set<String> currentScopes() {
        Set<String> s = new LinkedHashSet<>(baseScopes);
        s.addAll(stepUpScopes.get());
        return s;
    }

    boolean shouldRetry(HttpRequestSnapshot request, HttpResponse.ResponseInfo response) {
        int status = response.statusCode();
        WwwAuthenticate challenge = WwwAuthenticate.parse(response.headers().allValues("WWW-Authenticate"));
        URI uri = request.requestUri();
        if (!Htu.origin(uri).equals(resourceOrigin)) {
            return false;
        }
        String sent = sentNonce(request.headers());
        response.headers().firstValue("DPoP-Nonce").ifPresent(n -> nonces.update(uri, n, sent));
        if (status == 401 && proofs != null && challenge.hasError("use_dpop_nonce")) {
            Optional<String> current = nonces.get(uri);
            if (current.isPresent() && !current.get().equals(sent)) {
                emit(new CredentialRetryEvent(clock.instant(), serverName, status, "dpop-nonce", 0));
                return true;
            }
            return false;
        }
        boolean scopeChallenge = status == 401 && challenge.param("scope").isPresent() && !challenge.hasError("use_dpop_nonce");
        if (status == 403 && challenge.hasError("insufficient_scope") || scopeChallenge) {
            Set<String> wanted = new LinkedHashSet<>(currentScopes());
            challenge.param("scope").ifPresent(s -> wanted.addAll(scopeList(s)));
            if (wanted.equals(currentScopes())) {
                if (!scopeChallenge) {
                    return false; // nothing new to ask for
                }
                return retryWithNewToken(status);
            }
            if (stepUps.incrementAndGet() > maxStepUps) {
                LOG.warn("mcp-guard step-up limit reached: server={} maxStepUps={}", serverName, maxStepUps);
                return false;
            }
            Set<String> extra = new LinkedHashSet<>(wanted);
            extra.removeAll(baseScopes);
            stepUpScopes.set(java.util.Collections.unmodifiableSet(extra));
            emit(new CredentialRetryEvent(clock.instant(), serverName, status, "step-up", wanted.size()));
            return true;
        }
        if (status == 401 && challenge.hasError("invalid_token")) {
            return retryWithNewToken(status);
        }
        return false;
    }

    private boolean retryWithNewToken(int status) {
        AccessToken used = lastToken.get();
        if (used == null) {
            return false;
        }
        tokenProvider.invalidate(used);
        emit(new CredentialRetryEvent(clock.instant(), serverName, status, "token-rejected", 0));
        return true;
    }

    private static List<String> scopeList(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.trim().split(" +")) {
            if (!p.isEmpty() && p.length() <= 128 && out.size() < 32) {
                out.add(p);
            }
        }
        return out;
    }

    private static String sentNonce(java.net.http.HttpHeaders requestHeaders) {
        String proof = requestHeaders.firstValue("DPoP").orElse(null);
        if (proof == null) {
            return null;
        }
        String[] parts = proof.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            Map<String, Object> claims = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString(), 16 * 1024);
            return claims.get("nonce") instanceof String n ? n : null;
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    private GuardRejectedException refuse(String method, String origin, String rule, String reason) {
        String incident = UUID.randomUUID().toString();
        emit(new CredentialRefusedEvent(clock.instant(), serverName, method, origin, resourceOrigin, rule, incident));
        return new GuardRejectedException(GuardErrorCode.CREDENTIAL_REFUSED, GUARD_ID, rule, incident,
                "Refused to attach the credential for " + resourceOrigin + " to " + method + " " + origin + ": " + reason
                        + " (rule " + rule + ", incident " + incident + "). Check the transport URL and the token provider.");
    }

    private void emit(SecurityEvent event) {
        for (SecurityEventListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("mcp-guard listener failed: listener={} event={} error={}", l.getClass().getName(), event.type(),
                        e.getClass().getName());
            }
        }
    }

    private static String safe(String s) {
        return s != null && s.matches("[A-Za-z0-9_-]{1,20}") ? s : "<other>";
    }

    @Override
    public String toString() {
        return "SenderConstrainedAuth[resource=" + resourceOrigin + ", dpop=" + (proofs == null ? "off" : proofs.key())
                + ", mtls=" + (mtls == null ? "off" : mtls) + ", scopes=" + currentScopes() + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private URI resource;
        private TokenProvider tokenProvider;
        private DPoPKey dpopKey;
        private MtlsCredentials mtls;
        private boolean allowUnboundTokens;
        private Set<String> scopes = Set.of();
        private int maxStepUps = 2;
        private Clock clock = Clock.systemUTC();
        private final List<SecurityEventListener> listeners = new ArrayList<>();
        private CredentialLedger ledger = new CredentialLedger();
        private String serverName;

        private Builder() {
        }

        /** @param resource the protected resource (audience) the tokens are for, e.g. {@code https://hotel.example/mcp}  @return this */
        public Builder resource(URI resource) {
            this.resource = resource;
            return this;
        }

        /** @param provider where tokens come from  @return this */
        public Builder tokenProvider(TokenProvider provider) {
            this.tokenProvider = provider;
            return this;
        }

        /** @param key the DPoP key: makes DPoP tokens mandatory  @return this */
        public Builder dpop(DPoPKey key) {
            this.dpopKey = key;
            return this;
        }

        /** @param credentials client certificate for mTLS (RFC 8705)  @return this */
        public Builder mtls(MtlsCredentials credentials) {
            this.mtls = credentials;
            return this;
        }

        /** @param allow send plain Bearer tokens when neither DPoP nor mTLS is configured (default false)  @return this */
        public Builder allowUnboundTokens(boolean allow) {
            this.allowUnboundTokens = allow;
            return this;
        }

        /** @param scopes the narrowest scopes every request needs  @return this */
        public Builder scopes(Set<String> scopes) {
            this.scopes = new LinkedHashSet<>(scopes);
            return this;
        }

        /** @param max how many times {@code 403 insufficient_scope} may widen the scopes (default 2)  @return this */
        public Builder maxStepUps(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxStepUps must be >= 0");
            }
            this.maxStepUps = max;
            return this;
        }

        /** @param clock the clock for proofs' {@code iat} and events  @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param listener receives {@link CredentialRefusedEvent}s and {@link CredentialRetryEvent}s  @return this */
        public Builder addListener(SecurityEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @param ledger a ledger shared with the application's other bindings  @return this */
        public Builder ledger(CredentialLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** @param name the logical server name in events (default: the resource host)  @return this */
        public Builder serverName(String name) {
            this.serverName = name;
            return this;
        }

        /** @return the binding */
        public SenderConstrainedAuth build() {
            return new SenderConstrainedAuth(this);
        }
    }
}
