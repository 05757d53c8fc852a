package dev.jguard.mcp.examples.travelbot;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.testkit.InProcessMcp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.function.Function;

/**
 * The TravelBot agent's plumbing: connects an MCP client to an in-process server, through a guard or not. The "model"
 * is scripted by each chapter, so every run is deterministic.
 *
 * <pre>{@code
 * try (Agent.Connection c = Agent.connect("airline", guard, spec -> spec.toolCall(tool, handler).build())) {
 *     c.client().listTools();
 * }
 * }</pre>
 */
public final class Agent {

    private Agent() {
    }

    /** A connected client and its server; closing closes both. */
    public record Connection(McpSyncClient client, McpSyncServer server) implements AutoCloseable {
        @Override
        public void close() {
            client.closeGracefully();
            server.closeGracefully();
        }
    }

    /**
     * @param serverName logical server name
     * @param guard the guard, or null for an unguarded agent
     * @param server builds the server on the given specification
     * @return the initialised connection
     */
    public static Connection connect(String serverName, McpGuard guard,
            Function<McpServer.SyncSpecification<?>, McpSyncServer> server) {
        return connect(serverName, guard, server, McpSchema.ClientCapabilities.builder().build());
    }

    /**
     * @param serverName logical server name
     * @param guard the guard, or null for an unguarded agent
     * @param server builds the server on the given specification
     * @param capabilities the client's capabilities
     * @return the initialised connection
     */
    public static Connection connect(String serverName, McpGuard guard,
            Function<McpServer.SyncSpecification<?>, McpSyncServer> server, McpSchema.ClientCapabilities capabilities) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        InProcessMcp pair = InProcessMcp.create(mapper);
        McpSyncServer s = server.apply(McpServer.sync(pair.serverProvider()).serverInfo(serverName, "1.0").jsonMapper(mapper)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build()));
        McpClientTransport transport = guard == null ? pair.clientTransport()
                : guard.wrap(pair.clientTransport(), ServerIdentity.of(serverName));
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(10)).capabilities(capabilities)
                .clientInfo(new McpSchema.Implementation("TravelBot", "1.0")).build();
        client.initialize();
        return new Connection(client, s);
    }
}
