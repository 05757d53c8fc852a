package dev.jguard.mcp.benchmarks;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import reactor.core.publisher.Mono;

/**
 * The guard's own cost per round trip, isolated from JSON, threads and the SDK session: one outbound
 * {@code tools/call} request through {@code sendMessage} plus its inbound response through the {@code connect}
 * handler, over a transport that does nothing, subscribed to as the SDK does. {@code guard=none} measures the empty
 * harness (two {@code Mono} subscriptions); the difference to {@code passthrough} / {@code full} is what the wrapper
 * adds to every real round trip measured by {@link RoundTripBenchmark}, without that benchmark's scheduling noise.
 *
 * <pre>{@code
 * java -jar mcp-guard-benchmarks/target/benchmarks.jar MessagePathBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Thread)
public class MessagePathBenchmark {

    /** Which guard wraps the transport: {@code none}, {@code passthrough} or {@code full}. */
    @Param({"none", "passthrough", "full"})
    public String guard;

    private McpClientTransport transport;
    private NullTransport wire;
    private McpSchema.JSONRPCRequest request;
    private McpSchema.JSONRPCResponse response;

    /** Builds the transport and the two messages (typed request as the SDK sends it, map result as parsed off a wire). */
    @Setup(Level.Trial)
    public void start() {
        wire = new NullTransport();
        transport = Guards.apply(guard, wire);
        transport.connect(inbound -> inbound).block();
        request = new McpSchema.JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_CALL, "bench-1",
                McpSchema.CallToolRequest.builder("echo").arguments(Map.of("message", "benchmark")).build());
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("type", "text");
        text.put("text", "Echo: benchmark");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("content", List.of(text));
        result.put("isError", false);
        response = new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, "bench-1", result, null);
        // as an agent does before calling: list the tools (tool pinning approves them on first use, the argument
        // policy learns the schema), then check that a call is not blocked
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "echo");
        tool.put("description", "Echoes the message");
        tool.put("inputSchema", Map.of("type", "object", "properties", Map.of("message", Map.of("type", "string"))));
        transport.sendMessage(new McpSchema.JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_LIST, "bench-0",
                Map.of())).block();
        wire.deliver(new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, "bench-0", Map.of("tools", List.of(tool)), null));
        Throwable[] failure = {null};
        transport.sendMessage(request).subscribe(null, e -> failure[0] = e);
        McpSchema.JSONRPCMessage answer = wire.deliver(response);
        if (failure[0] != null || !(answer instanceof McpSchema.JSONRPCResponse r) || r.error() != null) {
            throw new IllegalStateException("the benchmark call is blocked with guard=" + guard + ": " + failure[0]);
        }
    }

    /**
     * Subscribes like the SDK does (no blocking): {@code McpClientSession} subscribes to {@code sendMessage}, and the
     * transport subscribes to the handler's result for each inbound message.
     *
     * @param bh consumes the send outcome and the delivered response
     */
    @Benchmark
    public void requestAndResponse(Blackhole bh) {
        transport.sendMessage(request).subscribe(null, bh::consume);
        bh.consume(wire.deliver(response));
    }

    /** A transport with no wire: sending completes at once, {@link #deliver} hands a message to the connect handler. */
    static final class NullTransport implements McpClientTransport {
        private static final io.modelcontextprotocol.json.McpJsonMapper MAPPER = io.modelcontextprotocol.json.McpJsonDefaults.getMapper();
        private Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler;
        private McpSchema.JSONRPCMessage delivered;

        @Override
        public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> h) {
            this.handler = h;
            return Mono.empty();
        }

        McpSchema.JSONRPCMessage deliver(McpSchema.JSONRPCMessage message) {
            delivered = null;
            handler.apply(Mono.just(message)).subscribe(m -> delivered = m);
            return delivered;
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return Mono.empty();
        }

        @Override
        public void setExceptionHandler(Consumer<Throwable> h) {
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return MAPPER.convertValue(data, typeRef); // as the SDK's transports do; guards read typed params this way
        }
    }
}
