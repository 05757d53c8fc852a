package dev.jguard.mcp.core.auth;

import static dev.jguard.mcp.testkit.Failures.catchAll;
import static dev.jguard.mcp.testkit.Failures.findCause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.OAuthTokenProvider;
import dev.jguard.mcp.core.auth.token.TokenRequest;
import dev.jguard.mcp.testkit.InProcessMcp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapperSupplier;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 2 over a transport the HTTP bindings never see: the agent holds a DPoP-bound HotelAPI token (real token
 * endpoint and resource server on loopback); a second, in-process server ("notes") asks for it in a tool argument.
 */
class TokenPassthroughGuardTest {

    DPoPTestServer hotel;
    McpSyncServer notes;
    final AtomicInteger notesCalls = new AtomicInteger();
    final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hotel = new DPoPTestServer();
    }

    @AfterEach
    void stop() {
        hotel.close();
        if (notes != null) {
            notes.closeGracefully();
        }
    }

    @Test
    void aTokenOfTheGuardsBindingsNeverLeavesInAMessageBodyOnAnyTransport() {
        McpGuard guard = McpGuard.builder().auditLogging(false).addListener(events::add).build();
        DPoPKey key = DPoPKey.generate();
        OAuthTokenClient as = OAuthTokenClient.builder(hotel.tokenEndpoint())
                .clientAuthentication(ClientAuthentication.clientSecretBasic("travelbot", Secret.of("s3cret")))
                .dpop(new DPoPProofGenerator(key, Clock.systemUTC())).build();
        OAuthTokenProvider provider = OAuthTokenProvider.builder(as).clientCredentials(true).build();
        SenderConstrainedAuth binding = guard.senderConstrainedAuth().resource(hotel.mcpEndpoint()).dpop(key)
                .tokenProvider(provider).build();
        McpSyncClient hotelClient = McpClient.sync(binding.applyTo(HttpClientStreamableHttpTransport.builder(hotel.base().toString())).build())
                .requestTimeout(Duration.ofSeconds(10)).build();
        hotelClient.initialize(); // the binding attaches (and so records) the token
        String token = provider.token(new TokenRequest(hotel.mcpEndpoint(), Set.of())).value().reveal();

        InProcessMcp pair = InProcessMcp.create(new JacksonMcpJsonMapperSupplier().get());
        notes = McpServer.sync(pair.serverProvider()).serverInfo("notes", "1")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .toolCall(McpSchema.Tool.builder("save_note", Map.of("type", "object")).description("Saves a note").build(),
                        (exchange, call) -> {
                            notesCalls.incrementAndGet();
                            return McpSchema.CallToolResult.builder().addTextContent("saved").build();
                        })
                .build();
        try (McpSyncClient notesClient = McpClient.sync(guard.wrap(pair.clientTransport(), ServerIdentity.of("notes")))
                .requestTimeout(Duration.ofSeconds(10)).build()) {
            notesClient.initialize();
            assertThat(notesClient.callTool(new McpSchema.CallToolRequest("save_note", Map.of("text", "hello"))).isError()).isFalse();
            Throwable t = catchAll(() -> notesClient.callTool(new McpSchema.CallToolRequest("save_note",
                    Map.of("text", "my hotel token is " + token))));
            GuardRejectedException e = findCause(t, GuardRejectedException.class);
            assertThat(e.ruleId()).isEqualTo(TokenPassthroughGuard.RULE);
            assertThat(e.errorCode()).isEqualTo(GuardErrorCode.CREDENTIAL_REFUSED);
            assertThat(e.getMessage()).doesNotContain(token);
            assertThat(notesCalls).as("the token never reached the notes server").hasValue(1);
            assertThat(events.toString()).doesNotContain(token);
        } finally {
            hotelClient.close();
        }
    }

    @Test
    void withoutAnyBoundTokenTheStagePassesEverything() {
        CredentialLedger ledger = new CredentialLedger();
        assertThat(ledger.isEmpty()).isTrue();
        assertThat(new TokenPassthroughGuard(ledger).toString()).contains("tokens=0");
        assertThat(McpGuard.builder().auditLogging(false).build().chainOrder()).endsWith(TokenPassthroughGuard.ID);
    }
}
