package dev.jguard.mcp.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Locates the real npm MCP servers that integration tests run against. They are installed (pinned by a
 * {@code package-lock.json}) into {@code .peers/npm} at the repository root by {@code scripts/install-peers.sh}, which
 * the build runs on its own; the location can be overridden with the system property {@code mcpguard.npmDir}.
 *
 * <pre>{@code
 * Path everything = NpmPeers.serverEverything().orElseThrow();
 * ServerParameters params = ServerParameters.builder(NpmPeers.node()).args(everything.toString(), "stdio").build();
 * }</pre>
 *
 * <p>{@link #required()} is true when {@code -Dmcpguard.requirePeers=true} (as in CI): a test must then fail rather than
 * skip when a peer is missing. Stateless and thread-safe.
 */
public final class NpmPeers {

    private NpmPeers() {
    }

    /** @return the npm install directory holding {@code node_modules} */
    public static Path npmDir() {
        String configured = System.getProperty("mcpguard.npmDir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(".peers/npm"))) {
                return dir.resolve(".peers/npm");
            }
            dir = dir.getParent();
        }
        return Paths.get(".peers/npm").toAbsolutePath();
    }

    /** @return the entry point of {@code @modelcontextprotocol/server-everything}, if installed */
    public static Optional<Path> serverEverything() {
        return entry("@modelcontextprotocol/server-everything/dist/index.js");
    }

    /** @return the entry point of {@code @modelcontextprotocol/server-filesystem}, if installed */
    public static Optional<Path> serverFilesystem() {
        return entry("@modelcontextprotocol/server-filesystem/dist/index.js");
    }

    /** @return the node executable to run the servers with ({@code mcpguard.node} property, else {@code node}) */
    public static String node() {
        return System.getProperty("mcpguard.node", "node");
    }

    /** @return true when missing peers must fail tests instead of skipping them */
    public static boolean required() {
        return Boolean.getBoolean("mcpguard.requirePeers");
    }

    /**
     * @return a message that explains how to install the peers
     */
    public static String installHint() {
        return "Real MCP test servers are not installed in " + npmDir()
                + "; run 'bash scripts/install-peers.sh' (needs node + npm) or let the Maven build do it";
    }

    private static Optional<Path> entry(String relative) {
        Path p = npmDir().resolve("node_modules").resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
