package dev.jguard.mcp.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPIssuer;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPProtectedResourceRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPTokenRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DefaultDPoPSingleUseChecker;
import com.nimbusds.oauth2.sdk.dpop.verifiers.InvalidDPoPProofException;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small authorization server + MCP resource server on a loopback JDK HttpServer that verifies every DPoP proof with
 * oauth2-oidc-sdk's independent verifiers, can demand server nonces (AS 400 / RS 401 {@code use_dpop_nonce}), rotates
 * nonces on 200s, issues ES256 JWT access tokens with {@code cnf.jkt}, and answers a minimal MCP JSON-RPC dialogue.
 */
final class DPoPTestServer implements AutoCloseable {

    /** One DPoP proof the server received. */
    /** One proof the server saw; {@code method} tells the client's POSTs from the SDK's background GET stream. */
    record SeenProof(String path, String method, String jti, String htu, String nonce, boolean hadAth, int status) {
    }

    final HttpServer server;
    final ECKey asKey;
    final List<SeenProof> proofs = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> tokenForms = new CopyOnWriteArrayList<>();
    final AtomicInteger mcpRequests = new AtomicInteger();
    /** POSTs whose body is a {@code tools/call}: unlike {@link #mcpRequests}, not moved by the SDK's background GET. */
    final AtomicInteger toolCallRequests = new AtomicInteger();
    final AtomicInteger mcpRequestsWithAuthorization = new AtomicInteger();
    final AtomicInteger asUnauthorized = new AtomicInteger();
    /**
     * 401s answered to POSTs (the client's requests). The SDK's background GET stream runs concurrently and may carry
     * a nonce a POST's answer has just rotated; its 401s are counted apart in {@link #rsUnauthorizedOther}.
     */
    final AtomicInteger rsUnauthorized = new AtomicInteger();
    final AtomicInteger rsUnauthorizedOther = new AtomicInteger();
    final AtomicInteger forbidden = new AtomicInteger();

    volatile boolean asRequiresNonce;
    volatile boolean asAlwaysNewNonce;
    volatile boolean rsRequiresNonce;
    volatile boolean rotateNonceOnSuccess;
    volatile String tokenType = "DPoP";
    volatile boolean issueRefreshToken = true;
    volatile String audience; // default: this server's /mcp
    volatile String scopeRequiredForCall;
    volatile long tokenLifetimeSeconds = 300;

    private volatile String asNonce = "as-" + UUID.randomUUID();
    private volatile String rsNonce = "rs-" + UUID.randomUUID();
    private final Set<String> rsNonceHistory = new HashSet<>();
    private final DPoPTokenRequestVerifier tokenVerifier;
    private final DPoPProtectedResourceRequestVerifier resourceVerifier;

    DPoPTestServer() throws Exception {
        asKey = new ECKeyGenerator(Curve.P_256).keyID("as").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/mcp", this::mcp);
        server.start();
        tokenVerifier = new DPoPTokenRequestVerifier(Set.of(JWSAlgorithm.ES256), tokenEndpoint(), 30,
                new DefaultDPoPSingleUseChecker(60, 60));
        resourceVerifier = new DPoPProtectedResourceRequestVerifier(Set.of(JWSAlgorithm.ES256), 30,
                new DefaultDPoPSingleUseChecker(60, 60));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI tokenEndpoint() {
        return base().resolve("/token");
    }

    URI mcpEndpoint() {
        return base().resolve("/mcp");
    }

    String currentRsNonce() {
        return rsNonce;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenForms.add(form);
        String proofHeader = ex.getRequestHeaders().getFirst("DPoP");
        if (proofHeader == null) {
            send(ex, 400, Map.of(), "{\"error\":\"invalid_dpop_proof\"}");
            return;
        }
        try {
            SignedJWT proof = SignedJWT.parse(proofHeader);
            String sentNonce = proof.getJWTClaimsSet().getStringClaim("nonce");
            if (asRequiresNonce && (asAlwaysNewNonce || !asNonce.equals(sentNonce))) {
                recordProof("/token", proof, 400);
                asUnauthorized.incrementAndGet();
                if (asAlwaysNewNonce) {
                    asNonce = "as-" + UUID.randomUUID();
                }
                send(ex, 400, Map.of("DPoP-Nonce", asNonce), "{\"error\":\"use_dpop_nonce\"}");
                return;
            }
            JWKThumbprintConfirmation cnf = asRequiresNonce
                    ? tokenVerifier.verify(new DPoPIssuer("client"), proof, new Nonce(asNonce))
                    : tokenVerifier.verify(new DPoPIssuer("client"), proof);
            recordProof("/token", proof, 200);
            String scope = form.getOrDefault("scope", "");
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(base().toString()).subject("client")
                    .audience(audience != null ? audience : mcpEndpoint().toString())
                    .claim("scope", scope).claim("cnf", Map.of("jkt", cnf.getValue().toString()))
                    .expirationTime(Date.from(Instant.now().plusSeconds(tokenLifetimeSeconds)))
                    .jwtID(UUID.randomUUID().toString()).build();
            SignedJWT at = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("as").build(), claims);
            at.sign(new ECDSASigner(asKey));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", at.serialize());
            body.put("token_type", tokenType);
            body.put("expires_in", tokenLifetimeSeconds);
            if (!scope.isEmpty()) {
                body.put("scope", scope);
            }
            if (issueRefreshToken) {
                body.put("refresh_token", "rt-" + UUID.randomUUID());
            }
            send(ex, 200, asRequiresNonce ? Map.of("DPoP-Nonce", asNonce) : Map.of(), JSONObjectUtils.toJSONString(body));
        } catch (InvalidDPoPProofException | java.text.ParseException | JOSEException e) {
            send(ex, 400, Map.of(), "{\"error\":\"invalid_dpop_proof\"}");
        }
    }

    private void recordProof(String path, SignedJWT proof, int status) throws java.text.ParseException {
        recordProof(path, "POST", proof, status);
    }

    private void recordProof(String path, String method, SignedJWT proof, int status) throws java.text.ParseException {
        JWTClaimsSet c = proof.getJWTClaimsSet();
        proofs.add(new SeenProof(path, method, c.getJWTID(), c.getStringClaim("htu"), c.getStringClaim("nonce"),
                c.getClaim("ath") != null, status));
    }

    private void unauthorized(HttpExchange ex) {
        (ex.getRequestMethod().equals("POST") ? rsUnauthorized : rsUnauthorizedOther).incrementAndGet();
    }

    private void mcp(HttpExchange ex) throws IOException {
        mcpRequests.incrementAndGet();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (body.contains("\"tools/call\"")) {
            toolCallRequests.incrementAndGet();
        }
        if (auth == null) {
            send(ex, 401, Map.of("WWW-Authenticate", "DPoP algs=\"ES256\""), "");
            return;
        }
        mcpRequestsWithAuthorization.incrementAndGet();
        if (!auth.startsWith("DPoP ")) {
            unauthorized(ex);
            send(ex, 401, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), "");
            return;
        }
        String token = auth.substring(5);
        try {
            SignedJWT at = SignedJWT.parse(token);
            if (!at.verify(new ECDSAVerifier(asKey.toECPublicKey()))
                    || !at.getJWTClaimsSet().getAudience().contains(mcpEndpoint().toString())) {
                unauthorized(ex);
                send(ex, 401, Map.of("WWW-Authenticate", "DPoP error=\"invalid_token\""), "");
                return;
            }
            Map<String, Object> cnf = at.getJWTClaimsSet().getJSONObjectClaim("cnf");
            JWKThumbprintConfirmation jkt = new JWKThumbprintConfirmation(new com.nimbusds.jose.util.Base64URL((String) cnf.get("jkt")));
            String proofHeader = ex.getRequestHeaders().getFirst("DPoP");
            SignedJWT proof = SignedJWT.parse(proofHeader);
            String sentNonce = proof.getJWTClaimsSet().getStringClaim("nonce");
            if (rsRequiresNonce && !rsNonce.equals(sentNonce)) {
                recordProof("/mcp", ex.getRequestMethod(), proof, 401);
                unauthorized(ex);
                send(ex, 401, Map.of("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\", error_description=\"nonce\"",
                        "DPoP-Nonce", rsNonce), "");
                return;
            }
            // htu as the server sees it: the request URI without query and fragment
            URI requestUri = URI.create(base() + ex.getRequestURI().getRawPath());
            resourceVerifier.verify(ex.getRequestMethod(), requestUri, new DPoPIssuer("client"), proof,
                    new DPoPAccessToken(token), jkt, rsRequiresNonce ? Set.of(new Nonce(rsNonce)) : null, null);
            recordProof("/mcp", ex.getRequestMethod(), proof, 200);
            String scope = (String) at.getJWTClaimsSet().getClaim("scope");
            Set<String> scopes = new HashSet<>(Arrays.asList(scope == null ? new String[0] : scope.split(" ")));
            Map<String, String> extra = new LinkedHashMap<>();
            // Only answers the client waits for rotate the nonce: the SDK's background GET stream (answered 405 here)
            // runs concurrently with calls, and rotating on it would race every in-flight POST into a 401.
            if (rotateNonceOnSuccess && ex.getRequestMethod().equals("POST")) {
                synchronized (rsNonceHistory) {
                    rsNonceHistory.add(rsNonce);
                }
                rsNonce = "rs-" + UUID.randomUUID();
                extra.put("DPoP-Nonce", rsNonce);
            }
            answerMcp(ex, body, scopes, extra);
        } catch (InvalidDPoPProofException | java.text.ParseException | JOSEException
                | com.nimbusds.oauth2.sdk.dpop.verifiers.AccessTokenValidationException e) {
            unauthorized(ex);
            send(ex, 401, Map.of("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\""), "");
        }
    }

    private void answerMcp(HttpExchange ex, String body, Set<String> scopes, Map<String, String> extra) throws IOException {
        if (ex.getRequestMethod().equals("GET")) {
            send(ex, 405, extra, "");
            return;
        }
        if (ex.getRequestMethod().equals("DELETE")) {
            send(ex, 200, extra, "");
            return;
        }
        Map<String, Object> msg;
        try {
            msg = JSONObjectUtils.parse(body);
        } catch (java.text.ParseException e) {
            send(ex, 400, extra, "");
            return;
        }
        Object id = msg.get("id");
        String method = (String) msg.get("method");
        if (id == null) {
            send(ex, 202, extra, "");
            return;
        }
        Object result;
        switch (method) {
            case "initialize" -> {
                Map<?, ?> params = (Map<?, ?>) msg.get("params");
                result = Map.of("protocolVersion", params.get("protocolVersion"), "capabilities", Map.of("tools", Map.of()),
                        "serverInfo", Map.of("name", "dpop-test-rs", "version", "1"));
                extra = new LinkedHashMap<>(extra);
                extra.put("Mcp-Session-Id", "s-" + UUID.randomUUID());
            }
            case "tools/list" -> result = Map.of("tools", List.of(Map.of("name", "echo", "description", "echoes",
                    "inputSchema", Map.of("type", "object"))));
            case "tools/call" -> {
                if (scopeRequiredForCall != null && !scopes.contains(scopeRequiredForCall)) {
                    forbidden.incrementAndGet();
                    Map<String, String> h = new LinkedHashMap<>(extra);
                    h.put("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scopeRequiredForCall + "\"");
                    send(ex, 403, h, "");
                    return;
                }
                result = Map.of("content", List.of(Map.of("type", "text", "text", "ok")), "isError", false);
            }
            default -> result = Map.of();
        }
        Map<String, Object> resp = new LinkedHashMap<>();
        resp.put("jsonrpc", "2.0");
        resp.put("id", id);
        resp.put("result", result);
        Map<String, String> h = new LinkedHashMap<>(extra);
        h.put("Content-Type", "application/json");
        send(ex, 200, h, JSONObjectUtils.toJSONString(resp));
    }

    private static void send(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        }
        ex.close();
    }
}
