package dev.jguard.mcp.core.peers;

import static org.junit.jupiter.api.Assertions.fail;

import io.modelcontextprotocol.client.transport.ServerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * server-everything in Streamable HTTP mode as a child process on a free loopback port. Started once per test class,
 * stopped by {@link #close()}. The child gets a cleared environment (see {@link EverythingPeer#childEnvironment}) plus
 * {@code PORT}; its output goes to a log file whose tail is shown when it fails to start.
 */
final class StreamableHttpPeer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final int ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread reaper;

    private StreamableHttpPeer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "server-everything-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the server and waits until it answers HTTP. Retries on a new port when the chosen one was taken meanwhile.
     *
     * @param workDir a scratch directory for the preload script and the log
     * @return the running peer
     */
    static StreamableHttpPeer start(Path workDir) throws IOException, InterruptedException {
        ServerParameters params = EverythingPeer.parameters("streamableHttp");
        Path preload = workDir.resolve("loopback-only.cjs");
        try (InputStream in = StreamableHttpPeer.class.getResourceAsStream("/peers/loopback-only.cjs")) {
            if (in == null) {
                throw new IllegalStateException("test resource /peers/loopback-only.cjs is missing");
            }
            Files.copy(in, preload, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        command.add(params.getCommand());
        command.add("--require");
        command.add(preload.toString());
        command.addAll(params.getArgs());
        String failures = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            Path log = workDir.resolve("server-everything-" + attempt + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(EverythingPeer.childEnvironment(params));
            builder.environment().put("PORT", Integer.toString(port));
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                fail("Could not start '" + params.getCommand() + "' for server-everything (set -Dmcpguard.node to the node "
                        + "executable): " + e.getMessage(), e);
                throw e;
            }
            StreamableHttpPeer peer = new StreamableHttpPeer(process, port, log);
            if (peer.awaitReady()) {
                return peer;
            }
            failures += "\n--- attempt " + attempt + " (port " + port + ", exit " + peer.exitCodeOrRunning() + "):\n" + peer.logTail();
            peer.close();
        }
        fail("server-everything (streamableHttp) did not become ready on 127.0.0.1 within " + STARTUP_TIMEOUT.toSeconds()
                + " s in " + ATTEMPTS + " attempts; its output:" + failures);
        throw new IllegalStateException("unreachable");
    }

    /** @return the base URL for {@code HttpClientStreamableHttpTransport.builder(..)} (the endpoint is {@code /mcp}) */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the MCP endpoint */
    URI endpoint() {
        return URI.create(baseUrl() + "/mcp");
    }

    private boolean awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                // Without a session the server answers 400: any HTTP answer means it is listening.
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException notYetListening) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private String exitCodeOrRunning() {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    /** @return the last lines the server wrote (for failure messages) */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** @return the node process (to check it is alive) */
    Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook runs anyway
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
