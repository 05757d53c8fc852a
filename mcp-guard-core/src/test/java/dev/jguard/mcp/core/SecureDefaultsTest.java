package dev.jguard.mcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.policy.ServerRequestPolicy;
import dev.jguard.mcp.core.support.EchoServer;
import dev.jguard.mcp.core.support.Mappers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code McpGuard.builder().build()} does without any configuration. */
class SecureDefaultsTest {

    @Test
    void defaultChainHasServerRequestAndSanitizerStages() {
        McpGuard guard = McpGuard.builder().auditLogging(false).build();
        assertThat(guard.chainOrder()).hasSize(4).endsWith("token-passthrough");
        assertThat(McpGuard.builder().withoutServerRequestPolicy().withoutResultSanitizer().withoutErrorSanitizer()
                .build().chainOrder()).containsExactly("token-passthrough");
    }

    @Test
    void serverSeesNoRootsUnlessAPolicyOrTheApplicationAllowsIt() {
        assertThat(rootsSeenByServer(McpGuard.builder().auditLogging(false).build())).isEqualTo("roots=0");
        assertThat(rootsSeenByServer(McpGuard.builder().auditLogging(false).withoutServerRequestPolicy().build()))
                .isEqualTo("roots=1");
    }

    @Test
    void serverRequestStageIsConfiguredOnce() {
        assertThatThrownBy(() -> McpGuard.builder().withoutServerRequestPolicy().serverRequestPolicy(ServerRequestPolicy.denyAll()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
    }

    private static String rootsSeenByServer(McpGuard guard) {
        try (EchoServer server = new EchoServer(Mappers.jackson3());
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("echo")))
                        .requestTimeout(Duration.ofSeconds(20))
                        .capabilities(McpSchema.ClientCapabilities.builder().roots(true).build())
                        .roots(new McpSchema.Root("file:///home/alice", "home")).build()) {
            client.initialize();
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("roots", Map.of()));
            return r.content().isEmpty() ? String.valueOf(r) : ((McpSchema.TextContent) r.content().get(0)).text();
        }
    }
}
