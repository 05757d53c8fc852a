package dev.jguard.mcp.examples.auth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.SenderConstrainedAuth;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.dpop.Htu;
import dev.jguard.mcp.core.auth.http.WwwAuthenticate;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.AuthorizationRequest;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import dev.jguard.mcp.core.auth.token.TokenRequest;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A headless MCP OAuth client built on mcp-guard's token client, for the official MCP conformance suite's client auth
 * scenarios ({@code scripts/conformance-auth.sh}): RFC 9728 resource metadata discovery, RFC 8414 / OIDC metadata with
 * issuer validation, dynamic client registration or pre-registration, authorization code + PKCE S256 with RFC 8707
 * {@code resource}, RFC 9207 {@code iss} check, DPoP-bound tokens when the AS advertises DPoP, and re-authorization
 * with the union of scopes on {@code 403 insufficient_scope}. The conformance AS approves authorization requests
 * without a user, so the redirect is read from the {@code Location} header.
 *
 * <pre>{@code
 * java -cp ... dev.jguard.mcp.examples.auth.ConformanceAuthClient http://localhost:3000/mcp
 * }</pre>
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class ConformanceAuthClient {

    private static final URI REDIRECT = URI.create("http://localhost:8976/callback");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private URI resource;
    private final DPoPKey key = DPoPKey.generate();
    private Map<String, Object> asMetadata;
    private String issuer;
    private ClientAuthentication clientAuth;
    private boolean dpop;
    private final Set<String> grantedScopes = new LinkedHashSet<>();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    private ConformanceAuthClient(URI server) {
        this.server = server;
        this.resource = server;
    }

    /**
     * @param args the server URL as the last argument (as the conformance harness passes it)
     * @throws Exception on failure (exit code 1)
     */
    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[args.length - 1]);
        new ConformanceAuthClient(server).run();
        System.exit(0);
    }

    private void run() throws Exception {
        HttpResponse<String> probe = probe("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"probe\",\"version\":\"1\"}}}");
        if (probe.statusCode() != 401) {
            // initialize may be open; the first protected method tells which scopes it needs
            probe = probe("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        }
        WwwAuthenticate challenge = WwwAuthenticate.parse(probe.headers().allValues("WWW-Authenticate"));
        Map<String, Object> prm = protectedResourceMetadata(challenge.param("resource_metadata").orElse(null));
        if (prm != null && prm.get("resource") instanceof String published) {
            URI r = URI.create(published);
            String rp = r.getRawPath() == null || r.getRawPath().isEmpty() ? "/" : r.getRawPath();
            String sp = server.getRawPath() == null || server.getRawPath().isEmpty() ? "/" : server.getRawPath();
            if (!Htu.origin(r).equals(Htu.origin(server)) || !(sp.equals(rp) || sp.startsWith(rp.endsWith("/") ? rp : rp + "/"))) {
                throw new IllegalStateException("The protected resource metadata names another resource than this server; "
                        + "refusing to authorize (RFC 9728)");
            }
            resource = r; // RFC 8707 resource exactly as published
        }
        List<String> servers = prm == null ? List.of() : JSONObjectUtils.getStringList(prm, "authorization_servers");
        issuer = servers == null || servers.isEmpty() ? Htu.origin(server) : servers.get(0);
        asMetadata = authorizationServerMetadata(issuer);
        List<String> methods = JSONObjectUtils.getStringList(asMetadata, "code_challenge_methods_supported");
        if (methods == null || !methods.contains("S256")) {
            throw new IllegalStateException("The authorization server does not advertise PKCE S256; refusing to continue");
        }
        dpop = asMetadata.get("dpop_signing_alg_values_supported") != null;
        Set<String> scopes = new LinkedHashSet<>();
        challenge.param("scope").ifPresentOrElse(s -> scopes.addAll(List.of(s.trim().split(" +"))), () -> {
            try {
                List<String> supported = prm == null ? null : JSONObjectUtils.getStringList(prm, "scopes_supported");
                if (supported != null) {
                    scopes.addAll(supported);
                }
            } catch (java.text.ParseException ignored) {
                // no scopes_supported
            }
        });
        register();
        grantedScopes.addAll(scopes);
        TokenProvider provider = new TokenProvider() {
            @Override
            public AccessToken token(TokenRequest request) {
                Set<String> wanted = new LinkedHashSet<>(grantedScopes);
                wanted.addAll(request.scopes());
                String cacheKey = String.join(" ", wanted);
                return tokens.computeIfAbsent(cacheKey, k -> authorize(wanted));
            }
        };
        SenderConstrainedAuth.Builder auth = SenderConstrainedAuth.builder().resource(resource).tokenProvider(provider).maxStepUps(2);
        SenderConstrainedAuth binding = (dpop ? auth.dpop(key) : auth.allowUnboundTokens(true)).build();
        var transport = binding.applyTo(HttpClientStreamableHttpTransport.builder(Htu.origin(server))
                .endpoint(server.getRawPath())).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            for (McpSchema.Tool tool : tools) {
                try {
                    client.callTool(new McpSchema.CallToolRequest(tool.name(), Map.of()));
                } catch (RuntimeException e) {
                    System.err.println("tool " + tool.name() + " failed: " + e.getClass().getSimpleName());
                }
            }
            System.out.println("connected; tools=" + tools.size() + " dpop=" + dpop);
        }
    }

    private HttpResponse<String> probe(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(server).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private AccessToken authorize(Set<String> scopes) {
        try {
            AuthorizationRequest.Builder b = AuthorizationRequest.builder(
                    URI.create(JSONObjectUtils.getString(asMetadata, "authorization_endpoint")), clientAuth.clientId(), REDIRECT)
                    .resource(resource).scopes(scopes);
            if (dpop) {
                b.dpopJkt(key.thumbprint());
            }
            AuthorizationRequest req = b.build();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(req.uri()).GET().build(), HttpResponse.BodyHandlers.discarding());
            URI location = URI.create(r.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("The authorization endpoint did not redirect (HTTP " + r.statusCode() + ")")));
            String code = req.codeFrom(location, issuer);
            boolean issRequired = Boolean.TRUE.equals(asMetadata.get("authorization_response_iss_parameter_supported"));
            if (issRequired && (location.getRawQuery() == null || !location.getRawQuery().contains("iss="))) {
                throw new IllegalStateException("The authorization server promised an iss parameter (RFC 9207) but sent none");
            }
            OAuthTokenClient.Builder tc = OAuthTokenClient.builder(URI.create(JSONObjectUtils.getString(asMetadata, "token_endpoint")))
                    .issuer(issuer).clientAuthentication(clientAuth);
            if (dpop) {
                tc.dpop(new DPoPProofGenerator(key, Clock.systemUTC()));
            }
            AccessToken token = tc.build().authorizationCode(code, REDIRECT, req.pkce(), resource).accessToken();
            grantedScopes.addAll(scopes);
            return token;
        } catch (java.io.IOException | java.text.ParseException e) {
            throw new IllegalStateException("Authorization failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void register() throws Exception {
        String ctx = System.getenv("MCP_CONFORMANCE_CONTEXT");
        Map<String, Object> context = ctx == null || ctx.isBlank() ? Map.of() : JSONObjectUtils.parse(ctx);
        if (context.get("client_id") instanceof String id) {
            clientAuth = context.get("client_secret") instanceof String secret
                    ? authFor(id, secret, JSONObjectUtils.getStringList(asMetadata, "token_endpoint_auth_methods_supported"))
                    : ClientAuthentication.none(id);
            return;
        }
        String registration = JSONObjectUtils.getString(asMetadata, "registration_endpoint");
        if (registration == null) {
            throw new IllegalStateException("No registration endpoint and no pre-registered client");
        }
        String body = "{\"client_name\":\"mcp-guard conformance client\",\"redirect_uris\":[\"" + REDIRECT + "\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"],\"application_type\":\"native\","
                + "\"token_endpoint_auth_method\":\"none\"" + (dpop ? ",\"dpop_bound_access_tokens\":true" : "") + "}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(registration)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> reg = JSONObjectUtils.parse(r.body());
        String id = JSONObjectUtils.getString(reg, "client_id");
        String secret = reg.get("client_secret") instanceof String s ? s : null;
        String method = reg.get("token_endpoint_auth_method") instanceof String m ? m : (secret == null ? "none" : "client_secret_basic");
        clientAuth = secret == null ? ClientAuthentication.none(id) : authFor(id, secret, List.of(method));
    }

    private static ClientAuthentication authFor(String id, String secret, List<String> methods) {
        if (methods != null && !methods.contains("client_secret_basic") && methods.contains("client_secret_post")) {
            return ClientAuthentication.clientSecretPost(id, Secret.of(secret));
        }
        return ClientAuthentication.clientSecretBasic(id, Secret.of(secret));
    }

    private Map<String, Object> protectedResourceMetadata(String fromChallenge) throws Exception {
        List<URI> candidates = new ArrayList<>();
        if (fromChallenge != null) {
            candidates.add(URI.create(fromChallenge));
        }
        String path = server.getRawPath() == null ? "" : server.getRawPath();
        candidates.add(URI.create(Htu.origin(server) + "/.well-known/oauth-protected-resource" + path));
        candidates.add(URI.create(Htu.origin(server) + "/.well-known/oauth-protected-resource"));
        for (URI u : candidates) {
            Map<String, Object> doc = getJson(u);
            if (doc != null) {
                return doc;
            }
        }
        return null;
    }

    private Map<String, Object> authorizationServerMetadata(String issuerId) throws Exception {
        URI iss = URI.create(issuerId);
        String origin = Htu.origin(iss);
        String path = iss.getRawPath() == null || iss.getRawPath().equals("/") ? "" : iss.getRawPath();
        List<URI> candidates = path.isEmpty()
                ? List.of(URI.create(origin + "/.well-known/oauth-authorization-server"), URI.create(origin + "/.well-known/openid-configuration"))
                : List.of(URI.create(origin + "/.well-known/oauth-authorization-server" + path),
                        URI.create(origin + "/.well-known/openid-configuration" + path),
                        URI.create(origin + path + "/.well-known/openid-configuration"));
        for (URI u : candidates) {
            Map<String, Object> doc = getJson(u);
            if (doc != null) {
                if (!issuerId.equals(doc.get("issuer"))) {
                    throw new IllegalStateException("Authorization server metadata names another issuer; refusing to use it");
                }
                return doc;
            }
        }
        throw new IllegalStateException("No authorization server metadata found for the issuer");
    }

    private Map<String, Object> getJson(URI u) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(u).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return null;
        }
        try {
            return JSONObjectUtils.parse(r.body(), 64 * 1024);
        } catch (java.text.ParseException e) {
            return null;
        }
    }
}
