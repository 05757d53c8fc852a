package dev.jguard.mcp.authit;

import static dev.jguard.mcp.testkit.Failures.catchAll;
import static dev.jguard.mcp.testkit.Failures.findCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.auth.CredentialRefusedEvent;
import dev.jguard.mcp.core.auth.SenderConstrainedAuth;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.OAuthTokenProvider;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import dev.jguard.mcp.core.auth.token.TokenRequestFailedException;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** DPoP against the real peer: Spring Authorization Server + Spring Security resource server + SDK servlet MCP server. */
class SpringPeerDPoPTest {

    static ConfigurableApplicationContext peer;
    static URI base;
    static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

    @BeforeAll
    static void start() {
        peer = new SpringApplicationBuilder(PeerApp.class).properties("server.address=127.0.0.1", "server.port=0",
                "spring.main.banner-mode=off", "logging.level.root=WARN").run();
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) peer).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        peer.close();
    }

    static OAuthTokenClient tokenClient(DPoPKey key) {
        OAuthTokenClient.Builder b = OAuthTokenClient.builder(base.resolve("/oauth2/token"))
                .clientAuthentication(ClientAuthentication.clientSecretBasic("mcp-client", Secret.of("mcp-secret")));
        return (key == null ? b : b.dpop(new DPoPProofGenerator(key, Clock.systemUTC()))).build();
    }

    static URI mcp() {
        return base.resolve("/mcp");
    }

    @Test
    void guardedClientGetsADPoPBoundTokenAndCallsTools() {
        DPoPKey key = DPoPKey.generate();
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder().addListener(events::add).build();
        SenderConstrainedAuth auth = guard.senderConstrainedAuth().resource(mcp()).dpop(key).scopes(Set.of("mcp:tools"))
                .tokenProvider(OAuthTokenProvider.builder(tokenClient(key)).clientCredentials(true).build()).build();
        var transport = guard.wrap(auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString())).build(),
                ServerIdentity.http("hotel", mcp()));
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("book_room");
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("book_room", Map.of("city", "Paris")));
            assertThat(r.isError()).isFalse();
            assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("booked in Paris");
        }
        assertThat(events).noneMatch(e -> e instanceof CredentialRefusedEvent);
    }

    @Test
    void issuedTokenIsBoundToTheProofKey() {
        DPoPKey key = DPoPKey.generate();
        AccessToken token = tokenClient(key).clientCredentials(mcp(), Set.of("mcp:tools")).accessToken();
        assertThat(token.isDPoP()).isTrue();
        assertThat(token.jkt()).isEqualTo(key.thumbprint());
        assertThat(token.audiences()).containsExactly(mcp().toString());
    }

    static int post(String authorization, String proof, URI target) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(INIT));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (proof != null) {
            b.header("DPoP", proof);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void stolenTokenIsUselessWithoutTheKeyAndReplaysAreRejected() throws Exception {
        DPoPKey key = DPoPKey.generate();
        Secret token = tokenClient(key).clientCredentials(mcp(), Set.of("mcp:tools")).accessToken().value();
        DPoPProofGenerator owner = new DPoPProofGenerator(key, Clock.systemUTC());
        DPoPProofGenerator attacker = new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC());
        String dpop = "DPoP " + token.reveal();

        String valid = owner.proof("POST", mcp(), token, null);
        assertThat(post(dpop, valid, mcp())).as("the owner with its key").isEqualTo(200);
        assertThat(post(dpop, valid, mcp())).as("replayed proof").isEqualTo(401);
        assertThat(post(dpop, null, mcp())).as("stolen token without any key").isEqualTo(401);
        assertThat(post(dpop, attacker.proof("POST", mcp(), token, null), mcp())).as("stolen token, another key").isEqualTo(401);
        assertThat(post("Bearer " + token.reveal(), null, mcp())).as("downgraded to Bearer").isEqualTo(401);
        assertThat(post(dpop, owner.proof("POST", base.resolve("/other"), token, null), mcp()))
                .as("proof made for another URL").isEqualTo(401);
        assertThat(post(dpop, owner.proof("POST", mcp(), Secret.of("another-token"), null), mcp()))
                .as("proof for another token (ath)").isEqualTo(401);
    }

    @Test
    void guardNeverSendsTheTokenToAnotherUrl() {
        DPoPKey key = DPoPKey.generate();
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(mcp()).dpop(key).addListener(events::add)
                .tokenProvider(OAuthTokenProvider.builder(tokenClient(key)).clientCredentials(true)
                        .scopes(Set.of("mcp:tools")).build()).build();
        int before = PeerApp.MCP_REQUESTS.get();
        var transport = auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString()).endpoint("/admin/mcp")).build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
        Throwable t = catchAll(client::initialize);
        client.close();
        GuardRejectedException e = findCause(t, GuardRejectedException.class);
        assertThat(e.errorCode()).isEqualTo(GuardErrorCode.CREDENTIAL_REFUSED);
        assertThat(e.ruleId()).isEqualTo("wrong-audience");
        assertThat(PeerApp.MCP_REQUESTS.get()).isEqualTo(before);
        assertThat(events).hasSize(1);
    }

    @Test
    void bearerTokenIsRefusedWhenDPoPIsRequired() {
        AccessToken bearer = tokenClient(null).clientCredentials(mcp(), Set.of("mcp:tools")).accessToken();
        assertThat(bearer.isDPoP()).isFalse();
        int before = PeerApp.MCP_REQUESTS.get();
        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(mcp()).dpop(DPoPKey.generate())
                .tokenProvider(TokenProvider.of(bearer)).build();
        McpSyncClient client = McpClient.sync(auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString())).build())
                .requestTimeout(Duration.ofSeconds(20)).build();
        assertThat(findCause(catchAll(client::initialize), GuardRejectedException.class).ruleId()).isEqualTo("token-not-dpop");
        client.close();
        assertThat(PeerApp.MCP_REQUESTS.get()).isEqualTo(before);
        assertThatThrownBy(() -> OAuthTokenClient.builder(base.resolve("/oauth2/token"))
                .clientAuthentication(ClientAuthentication.clientSecretBasic("mcp-client", Secret.of("wrong")))
                .dpop(new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC())).build()
                .clientCredentials(mcp(), Set.of("mcp:tools")))
                .isInstanceOf(TokenRequestFailedException.class).hasMessageContaining("401").hasMessageNotContaining("wrong");
    }

}
