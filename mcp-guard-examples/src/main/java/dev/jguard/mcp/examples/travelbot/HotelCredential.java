package dev.jguard.mcp.examples.travelbot;

import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.auth.SenderConstrainedAuth;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The guarded agent's HotelAPI credential: a DPoP-bound token (RFC 9449) whose key never leaves the agent, attached by
 * mcp-guard's {@link SenderConstrainedAuth} with a fresh proof on every request and only ever to HotelAPI.
 *
 * <pre>{@code
 * HotelCredential cred = HotelCredential.issue(guard, hotel);
 * int status = cred.call("/reservations");   // 200: the agent holds the key
 * }</pre>
 *
 * <p>Thread-safe.
 */
final class HotelCredential {

    private final SenderConstrainedAuth auth;
    private final AccessToken token;
    private final HotelApi hotel;

    private HotelCredential(SenderConstrainedAuth auth, AccessToken token, HotelApi hotel) {
        this.auth = auth;
        this.token = token;
        this.hotel = hotel;
    }

    /**
     * @param guard the agent's guard
     * @param hotel the HotelAPI instance that issues the bound token
     * @return the credential
     */
    static HotelCredential issue(McpGuard guard, HotelApi hotel) {
        DPoPKey key = DPoPKey.generate();
        URI resource = hotel.uri("/");
        AccessToken token = AccessToken.builder(Secret.of(hotel.issueDPoPToken(key.thumbprint())), resource)
                .type("DPoP").issuer("hotel-as").build();
        SenderConstrainedAuth auth = guard.senderConstrainedAuth().serverName("hotel").resource(resource).dpop(key)
                .tokenProvider(TokenProvider.of(token)).build();
        return new HotelCredential(auth, token, hotel);
    }

    /** @return the token value, as a careless model could copy it into a tool call */
    String leakableValue() {
        return token.value().reveal();
    }

    /**
     * The agent calls HotelAPI through the guard.
     *
     * @param path e.g. {@code /reservations}
     * @return the HTTP status
     * @throws IOException on I/O failure
     * @throws InterruptedException if interrupted
     */
    int call(String path) throws IOException, InterruptedException {
        URI uri = hotel.uri(path);
        return HotelApi.send(auth.authorize(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()),
                "POST", uri, null).build());
    }
}
