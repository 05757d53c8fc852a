package dev.jguard.mcp.core.peers;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jguard.mcp.testkit.NpmPeers;
import io.modelcontextprotocol.client.transport.ServerParameters;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the real {@code @modelcontextprotocol/server-everything} is and how to start it: a missing peer skips the test,
 * or fails it when {@code -Dmcpguard.requirePeers=true}.
 */
final class EverythingPeer {

    /** The server's name in its {@code initialize} answer. */
    static final String SERVER_NAME = "mcp-servers/everything";

    private EverythingPeer() {
    }

    /** @return the server's {@code dist/index.js}; aborts (skips) or fails the calling test when it is not installed */
    static Path entryPoint() {
        Optional<Path> entry = NpmPeers.serverEverything();
        if (entry.isEmpty()) {
            if (NpmPeers.required()) {
                fail(NpmPeers.installHint());
            }
            Assumptions.abort(NpmPeers.installHint());
        }
        return entry.get();
    }

    /**
     * @param mode {@code stdio} or {@code streamableHttp}
     * @return the parameters that start the server in that mode
     */
    static ServerParameters parameters(String mode) {
        return ServerParameters.builder(NpmPeers.node()).args(entryPoint().toString(), mode).build();
    }

    /**
     * The child environment: only the SDK's allow-list ({@code HOME LOGNAME PATH SHELL TERM USER}) plus the parameters'
     * explicit variables. The SDK's {@code ProcessBuilder} would otherwise hand the JVM's whole environment to the child.
     *
     * @param params the server parameters
     * @return the environment to give the child, exactly
     */
    static Map<String, String> childEnvironment(ServerParameters params) {
        return Map.copyOf(params.getEnv());
    }
}
