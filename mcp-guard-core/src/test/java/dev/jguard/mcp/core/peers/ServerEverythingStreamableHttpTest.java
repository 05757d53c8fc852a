package dev.jguard.mcp.core.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The guard over {@link HttpClientStreamableHttpTransport} against the real server-everything in Streamable HTTP mode,
 * started once for the class as a child process on a free loopback port (every client is a session of it).
 */
class ServerEverythingStreamableHttpTest extends EverythingTransparencyContract {

    private Path workDir;
    private StreamableHttpPeer peer;

    @Override
    protected void startPeer() throws Exception {
        EverythingPeer.entryPoint();
        workDir = Files.createTempDirectory("mcpguard-everything-http");
        peer = StreamableHttpPeer.start(workDir);
    }

    @Override
    protected void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    @Override
    protected McpClientTransport newTransport(McpJsonMapper mapper) {
        return HttpClientStreamableHttpTransport.builder(peer.baseUrl()).jsonMapper(mapper)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The HTTP transport reads the negotiated protocol version and the application's {@code McpTransportContext} from
     * the Reactor context of {@code sendMessage}; the guard must keep that chain intact, so a guarded {@code tools/call}
     * POST carries the same {@code MCP-Protocol-Version} header and context as an unguarded one.
     */
    @Test
    void reactorContextReachesTheHttpTransportThroughTheGuard() {
        Map<String, String> guardedSeen = new ConcurrentHashMap<>();
        Map<String, String> plainSeen = new ConcurrentHashMap<>();
        McpGuard guard = McpGuard.builder().auditLogging(false).build();
        McpSyncClient guarded = contextClient(guard.wrap(capturing(guardedSeen), ServerIdentity.of("everything-http")));
        McpSyncClient plain = contextClient(capturing(plainSeen));
        String negotiated;
        try {
            negotiated = guarded.initialize().protocolVersion();
            plain.initialize();
            McpSchema.CallToolResult viaGuard = guarded.callTool(call("echo", Map.of("message", "context")));
            assertThat(viaGuard).isEqualTo(plain.callTool(call("echo", Map.of("message", "context"))));
        } finally {
            guarded.closeGracefully();
            plain.closeGracefully();
        }
        assertThat(guardedSeen).containsEntry("tenant", "acme")
                .containsEntry("protocol", negotiated)
                .isEqualTo(plainSeen);
    }

    private McpClientTransport capturing(Map<String, String> seen) {
        return HttpClientStreamableHttpTransport.builder(peer.baseUrl()).jsonMapper(mapper("jackson3"))
                .addHttpRequestCustomizer((request, method, uri, body, context) -> {
                    if ("POST".equals(method) && body != null && body.contains("\"tools/call\"")) {
                        request.copy().build().headers().firstValue("MCP-Protocol-Version")
                                .ifPresent(v -> seen.put("protocol", v));
                        Object tenant = context == null ? null : context.get("tenant");
                        if (tenant != null) {
                            seen.put("tenant", tenant.toString());
                        }
                    }
                })
                .build();
    }

    private static McpSyncClient contextClient(McpClientTransport transport) {
        return McpClient.sync(transport).requestTimeout(TIMEOUT)
                .transportContextProvider(() -> McpTransportContext.create(Map.of("tenant", "acme"))).build();
    }

    /**
     * When the server forgets the session (here: the session is deleted behind the client's back), the SDK
     * re-initialises and calls {@code connect} again on the same guarded transport; the guard keeps working.
     */
    @Test
    void guardSurvivesSessionLossAndReinitialisation() throws Exception {
        AtomicReference<String> sessionId = new AtomicReference<>();
        McpClientTransport raw = HttpClientStreamableHttpTransport.builder(peer.baseUrl()).jsonMapper(mapper("jackson3"))
                .addHttpRequestCustomizer((request, method, uri, body, context) -> request.copy().build().headers()
                        .firstValue("mcp-session-id").ifPresent(sessionId::set))
                .build();
        RecordingInterceptor recorder = new RecordingInterceptor();
        McpGuard guard = McpGuard.builder().auditLogging(false).addInterceptor(recorder).build();
        McpSyncClient client = client(guard.wrap(raw, ServerIdentity.of("everything-http")));
        try {
            client.initialize();
            McpSchema.CallToolRequest echo = call("echo", Map.of("message", "before"));
            assertThat(text(client.callTool(echo), 0)).isEqualTo("Echo: before");
            String lost = sessionId.get();
            assertThat(lost).as("session id sent by the SDK").isNotBlank();

            HttpResponse<Void> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(peer.endpoint())
                    .header("mcp-session-id", lost).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(deleted.statusCode()).isEqualTo(200);

            // The first call after the loss may fail (it is what tells the SDK the session is gone); then it re-initialises.
            String after = null;
            for (int attempt = 0; attempt < 3 && after == null; attempt++) {
                try {
                    after = text(client.callTool(call("echo", Map.of("message", "after"))), 0);
                } catch (RuntimeException sessionGone) {
                    // expected once
                }
            }
            assertThat(after).isEqualTo("Echo: after");
            assertThat(sessionId.get()).as("a new session").isNotEqualTo(lost);
            // Depending on whether the SSE stream or the next call notices the loss first, the SDK may re-initialise twice.
            assertThat(recorder.exchangesSince(0, McpSchema.METHOD_INITIALIZE)).as("initialize went through the guard again")
                    .hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> assertThat(e.response()).isNotNull());
            assertThat(recorder.exchangesSince(0, McpSchema.METHOD_TOOLS_CALL))
                    .filteredOn(e -> e.response() != null && "echo".equals(e.response().tool())).hasSizeGreaterThanOrEqualTo(2);
        } finally {
            client.closeGracefully();
        }
        assertThat(peer.process().isAlive()).as("server still running (log: %s)", peer.logTail()).isTrue();
    }
}
