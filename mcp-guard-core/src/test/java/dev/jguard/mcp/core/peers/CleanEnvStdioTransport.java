package dev.jguard.mcp.core.peers;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.util.Map;

/**
 * A {@link StdioClientTransport} whose child process gets only {@link EverythingPeer#childEnvironment} instead of the
 * JVM's whole environment (the SDK adds the parameters' variables to an inherited copy; this clears it first).
 */
final class CleanEnvStdioTransport extends StdioClientTransport {

    private final Map<String, String> environment;

    CleanEnvStdioTransport(ServerParameters params, McpJsonMapper mapper) {
        super(params, mapper);
        this.environment = EverythingPeer.childEnvironment(params);
    }

    @Override
    protected ProcessBuilder getProcessBuilder() {
        ProcessBuilder builder = super.getProcessBuilder();
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }
}
