package dev.jguard.mcp.examples.travelbot;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPIssuer;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPProtectedResourceRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DefaultDPoPSingleUseChecker;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HotelAPI, a real HTTP resource server on a loopback port. It accepts plain Bearer access tokens, as most APIs do
 * (whoever holds the token is the agent), and DPoP-bound tokens (RFC 9449), which it accepts only with a fresh proof
 * signed by the key the token is bound to, checked by oauth2-oidc-sdk's verifier ({@code ath}, {@code htm},
 * {@code htu}, {@code iat}, single-use {@code jti}); a bound token presented as Bearer is refused. Chapters 2 and 5
 * steal and replay tokens.
 *
 * <pre>{@code
 * try (HotelApi api = HotelApi.start()) {
 *     String token = api.issueToken();
 *     int status = HotelApi.call(api.uri("/reservations"), "Bearer " + token);
 * }
 * }</pre>
 */
public final class HotelApi implements AutoCloseable {

    private final HttpServer server;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> boundTokens = new ConcurrentHashMap<>();
    private final DPoPProtectedResourceRequestVerifier verifier = new DPoPProtectedResourceRequestVerifier(
            Set.of(JWSAlgorithm.ES256), 30, new DefaultDPoPSingleUseChecker(60, 60));

    private HotelApi(HttpServer server) {
        this.server = server;
    }

    /**
     * @return a started server on 127.0.0.1 and a free port
     * @throws IOException if the port cannot be bound
     */
    public static HotelApi start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HotelApi api = new HotelApi(server);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    /** @return a new opaque Bearer access token for the agent */
    public String issueToken() {
        String token = "hotel-at-" + java.util.UUID.randomUUID();
        tokens.add(token);
        return token;
    }

    /**
     * Issues a token bound to a DPoP key, as an authorization server would after a token request with a proof.
     *
     * @param jkt the RFC 7638 thumbprint of the agent's DPoP key ({@code cnf.jkt})
     * @return a new opaque DPoP access token
     */
    public String issueDPoPToken(String jkt) {
        String token = "hotel-dpop-at-" + java.util.UUID.randomUUID();
        boundTokens.put(token, jkt);
        return token;
    }

    /**
     * @param path a path such as {@code /reservations}
     * @return the absolute URL on this server
     */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /**
     * Sends a request with the given Authorization header value.
     *
     * @param uri the URL
     * @param authorization the header value
     * @return the HTTP status
     * @throws IOException on I/O failure
     * @throws InterruptedException if interrupted
     */
    public static int call(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Sends a request with an Authorization header and a DPoP proof.
     *
     * @param uri the URL
     * @param authorization the header value
     * @param proof the DPoP header value, or null
     * @return the HTTP status
     * @throws IOException on I/O failure
     * @throws InterruptedException if interrupted
     */
    public static int call(URI uri, String authorization, String proof) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (proof != null) {
            b.header("DPoP", proof);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * @param request a prepared request (for example authorised by {@code SenderConstrainedAuth.authorize})
     * @return the HTTP status
     * @throws IOException on I/O failure
     * @throws InterruptedException if interrupted
     */
    public static int send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private boolean dpopValid(HttpExchange exchange, String token) {
        String jkt = boundTokens.get(token);
        String proof = exchange.getRequestHeaders().getFirst("DPoP");
        if (jkt == null || proof == null) {
            return false;
        }
        try {
            URI htu = uri(exchange.getRequestURI().getRawPath());
            verifier.verify(exchange.getRequestMethod(), htu, new DPoPIssuer("agent"), SignedJWT.parse(proof),
                    new DPoPAccessToken(token), new JWKThumbprintConfirmation(new Base64URL(jkt)));
            return true;
        } catch (Exception e) {
            return false; // invalid, replayed, for another key, URL or token
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        boolean ok = auth != null && (auth.startsWith("Bearer ") && tokens.contains(auth.substring(7))
                || auth.startsWith("DPoP ") && dpopValid(exchange, auth.substring(5)));
        byte[] body = (ok ? "{\"status\":\"ok\"}" : "{\"error\":\"invalid_token\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
