package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.pinning.InMemoryPinStore;
import dev.jguard.mcp.core.pinning.PinMode;
import dev.jguard.mcp.core.pinning.PinSet;
import dev.jguard.mcp.core.pinning.ToolPinning;
import dev.jguard.mcp.testkit.NpmPeers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real {@code @modelcontextprotocol/server-everything}: its tools scan clean and pin/verify round-trips. */
class ServerEverythingScanTest {

    @Test
    void capturedToolsListScansWithoutABlock() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tools = (List<Map<String, Object>>) Corpus.everythingToolsList().get("tools");
        ScanReport report = ToolScanner.defaults().scan(tools.stream().map(t -> ToolDefinition.of("everything", t)).toList());
        assertThat(report.tools()).hasSizeGreaterThanOrEqualTo(13);
        assertThat(report.blocked()).isFalse();
    }

    @Test
    void liveServerIsPinnedOnFirstUseAndVerifiesOnReconnect() {
        Path entry = NpmPeers.serverEverything().orElse(null);
        if (entry == null) {
            assumeTrue(!NpmPeers.required(), NpmPeers.installHint());
            assumeTrue(false, NpmPeers.installHint());
        }
        ServerIdentity id = ServerIdentity.stdio("everything", NpmPeers.node(), List.of(entry.toString(), "stdio"));
        InMemoryPinStore store = InMemoryPinStore.of(PinSet.empty());
        List<String> first = listThroughGuard(entry, id, ToolPinning.builder(store).mode(PinMode.TRUST_ON_FIRST_USE).build());
        assertThat(first).contains("echo", "get-sum");
        assertThat(store.snapshot().server(id.location()).orElseThrow().tools().keySet()).containsAll(first);

        // a fresh guard in ENFORCE mode with the recorded pins shows every tool and lets calls through
        ToolPinning enforce = ToolPinning.builder(InMemoryPinStore.of(store.snapshot())).build();
        List<String> second = listThroughGuard(entry, id, enforce);
        assertThat(second).containsExactlyInAnyOrderElementsOf(first);
    }

    private static List<String> listThroughGuard(Path entry, ServerIdentity id, ToolPinning pinning) {
        McpGuard guard = McpGuard.builder().auditLogging(false).toolPinning(pinning).build();
        StdioClientTransport raw = new StdioClientTransport(
                ServerParameters.builder(NpmPeers.node()).args(entry.toString(), "stdio").build(), McpJsonDefaults.getMapper());
        raw.setStdErrorHandler(line -> { });
        McpSyncClient client = McpClient.sync(guard.wrap(raw, id)).requestTimeout(Duration.ofSeconds(30)).build();
        try {
            client.initialize();
            List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "hi")));
            assertThat(r.isError()).isNotEqualTo(Boolean.TRUE);
            return names;
        } finally {
            client.closeGracefully();
        }
    }
}
