package dev.jguard.mcp.examples.travelbot;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HotelAPI, a real HTTP resource server on a loopback port that accepts plain Bearer access tokens, as most APIs do:
 * whoever holds the token is the agent. Chapters 2 and 5 steal and replay such a token.
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

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        boolean ok = auth != null && auth.startsWith("Bearer ") && tokens.contains(auth.substring(7));
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
