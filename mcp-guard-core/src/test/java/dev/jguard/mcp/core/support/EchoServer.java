package dev.jguard.mcp.core.support;

import dev.jguard.mcp.testkit.InProcessMcp;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real in-process SDK server with an {@code echo} and a {@code fail} tool, recording the calls it received. */
public final class EchoServer implements AutoCloseable {

    public final InProcessMcp pair;
    public final McpSyncServer server;
    public final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    public EchoServer(McpJsonMapper mapper) {
        this.pair = InProcessMcp.create(mapper);
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("message", Map.of("type", "string")));
        this.server = McpServer.sync(pair.serverProvider()).serverInfo("echo-server", "1.0").jsonMapper(mapper)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .toolCall(McpSchema.Tool.builder("echo", schema).description("Echoes the message").build(), (ex, req) -> {
                    received.add(req.arguments());
                    return McpSchema.CallToolResult.builder().addTextContent("Echo: " + req.arguments().get("message")).build();
                })
                .toolCall(McpSchema.Tool.builder("roots", Map.of("type", "object")).description("Lists the client's roots").build(),
                        (ex, req) -> McpSchema.CallToolResult.builder()
                                .addTextContent("roots=" + ex.listRoots().roots().size()).build())
                .build();
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
