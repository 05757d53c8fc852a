package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.testkit.InProcessMcp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapperSupplier;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code tools/call} round trip, end to end: an SDK {@link McpSyncClient} calls the {@code echo} tool of an SDK
 * {@link McpSyncServer} over the testkit's in-process pair, which serialises every message to JSON text and parses it
 * back (Jackson 3), as a real wire would. Compares {@code guard=none} (raw transport), {@code passthrough} (wrapped, no
 * interceptors) and {@code full} (all built-in guards, see {@link Guards#full()}).
 *
 * <pre>{@code
 * java -jar mcp-guard-benchmarks/target/benchmarks.jar RoundTripBenchmark -p guard=none,passthrough
 * }</pre>
 *
 * <p>Sample mode reports the mean and the percentiles; compare medians ({@code p0.50}) on a shared machine, or use
 * {@code scripts/bench-overhead.sh}, which pairs single forks of two configurations in ABBA order. Each fork warms up
 * for 5 x 2 s (about 300k calls inline, 50k-100k with {@code -p execution=worker}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class RoundTripBenchmark {

    /** Which guard wraps the client's transport: {@code none}, {@code passthrough} or {@code full}. */
    @Param({"none", "passthrough", "full"})
    public String guard;

    /**
     * Where the server runs the tool: {@code inline} (the SDK's {@code immediateExecution(true)}: the whole round trip
     * runs on the benchmark thread, so the score is the CPU cost of the round trip, JSON included) or {@code worker}
     * (the SDK's default: the call is handed to Reactor's {@code boundedElastic} pool and the caller is woken up with the
     * result, so thread wake-up latency, which varies a lot on a shared machine, is part of the score).
     */
    @Param({"inline"})
    public String execution;

    private McpSyncServer server;
    private McpSyncClient client;
    private McpSchema.CallToolRequest request;

    /** Starts the server, connects and initialises the client, and checks one call answers correctly. */
    @Setup(Level.Trial)
    public void start() {
        McpJsonMapper mapper = new JacksonMcpJsonMapperSupplier().get();
        InProcessMcp pair = InProcessMcp.create(mapper);
        Map<String, Object> schema = Map.of("type", "object",
                "properties", Map.of("message", Map.of("type", "string")), "required", List.of("message"));
        boolean inline = switch (execution) {
            case "inline" -> true;
            case "worker" -> false;
            default -> throw new IllegalArgumentException("execution must be inline or worker, was " + execution);
        };
        server = McpServer.sync(pair.serverProvider()).serverInfo("bench-echo", "1.0").jsonMapper(mapper)
                .immediateExecution(inline)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .toolCall(McpSchema.Tool.builder("echo", schema).description("Echoes the message").build(),
                        (exchange, call) -> McpSchema.CallToolResult.builder()
                                .addTextContent("Echo: " + call.arguments().get("message")).build())
                .build();
        client = McpClient.sync(Guards.apply(guard, pair.clientTransport())).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        client.listTools(); // as an agent does; tool pinning approves (TOFU) and the argument policy learns the schema
        request = McpSchema.CallToolRequest.builder("echo").arguments(Map.of("message", "benchmark")).build();
        McpSchema.CallToolResult first = client.callTool(request);
        String text = ((McpSchema.TextContent) first.content().get(0)).text();
        if (!"Echo: benchmark".equals(text)) {
            throw new IllegalStateException("echo round trip is broken with guard=" + guard);
        }
    }

    /** @return the tool result (consumed by JMH) */
    @Benchmark
    public McpSchema.CallToolResult toolsCall() {
        return client.callTool(request);
    }

    /** Closes the client and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        client.closeGracefully();
        server.closeGracefully();
    }
}
