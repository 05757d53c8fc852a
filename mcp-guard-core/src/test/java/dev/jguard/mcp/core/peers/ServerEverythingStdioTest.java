package dev.jguard.mcp.core.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard over {@link StdioClientTransport} against the real server-everything (one node child process per client:
 * two per mapper). The children get a cleared environment and their stderr is collected instead of logged.
 */
class ServerEverythingStdioTest extends EverythingTransparencyContract {

    private final StderrLines stderr = new StderrLines();
    private ServerParameters params;

    @Override
    protected void startPeer() {
        params = EverythingPeer.parameters("stdio");
    }

    @Override
    protected void stopPeer() {
        // each client's closeGracefully() has already ended its child process
    }

    @Override
    protected McpClientTransport newTransport(McpJsonMapper mapper) {
        StdioClientTransport transport = new CleanEnvStdioTransport(params, mapper);
        transport.setStdErrorHandler(stderr::add);
        return transport;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void childProcessSeesOnlyTheAllowListedEnvironment(String mapper) throws Exception {
        Sessions s = sessions(mapper);
        String env = text(sameThroughGuard(s, "get-env", Map.of()), 0);
        Map<String, Object> seen = mapper(mapper).readValue(env, new TypeRef<Map<String, Object>>() {
        });
        assertThat(seen.keySet()).as("environment of the server process (stderr: %s)", stderr)
                .isNotEmpty()
                .isEqualTo(EverythingPeer.childEnvironment(params).keySet());
    }
}
