package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.policy.ArgumentPolicy;
import dev.jguard.mcp.core.policy.ArgumentPolicyGuard;
import dev.jguard.mcp.core.policy.FieldAction;
import dev.jguard.mcp.core.policy.ServerArgumentRules;
import dev.jguard.mcp.core.policy.ToolRule;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the argument policy adds to one {@code tools/call} whose arguments are about 1 KB of JSON: the guard's
 * {@code inspect} (tool decision, limits, undeclared-argument drop against the learned schema, field actions and
 * detector scan of every string leaf, replacement message). {@code clean}: nothing to redact; {@code pii}: an e-mail,
 * a phone number and an undeclared calendar to drop.
 *
 * <pre>{@code
 * java -jar mcp-guard-benchmarks/target/benchmarks.jar ArgumentPolicyBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ArgumentPolicyBenchmark {

    @Param({"clean", "pii"})
    public String payload;

    private ArgumentPolicyGuard guard;
    private Message call;

    /** A minimal GuardedMessage over a generic params tree. */
    static final class Message implements GuardedMessage {
        final Direction direction;
        final MessageKind kind;
        final String method;
        final McpSchema.JSONRPCMessage message;
        final Map<String, Object> params;
        final Map<String, Object> result;

        Message(Direction direction, MessageKind kind, String method, McpSchema.JSONRPCMessage message, Map<String, Object> params,
                Map<String, Object> result) {
            this.direction = direction;
            this.kind = kind;
            this.method = method;
            this.message = message;
            this.params = params;
            this.result = result;
        }

        @Override public Direction direction() { return direction; }
        @Override public MessageKind kind() { return kind; }
        @Override public String method() { return method; }
        @Override public Object id() { return "bench-1"; }
        @Override public McpSchema.JSONRPCMessage message() { return message; }
        @Override public ServerIdentity server() { return SERVER; }
        @Override public String toolName() { return "search_flights"; }
        @Override public Map<String, Object> params() { return params; }
        @Override public Map<String, Object> result() { return result; }
        @Override public <T> T convert(Object value, TypeRef<T> type) { return MAPPER.convertValue(value, type); }
        @Override public void emit(SecurityEvent event) { }
        @Override public String incidentId() { return "bench"; }
    }

    static final ServerIdentity SERVER = ServerIdentity.of("airline");
    static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();

    static final String SCHEMA = """
        {"type":"object","properties":{"origin":{"type":"string"},"destination":{"type":"string"},"date":{"type":"string"},
         "return_date":{"type":"string"},"cabin":{"type":"string"},"flexible":{"type":"boolean"},"notes":{"type":"string"},
         "passengers":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},
           "email":{"type":"string"},"loyalty":{"type":"string"}}}}}}""";

    @Setup
    public void setUp() throws Exception {
        ArgumentPolicy policy = ArgumentPolicy.builder()
            .server("airline", ServerArgumentRules.builder()
                .tool("search_flights", ToolRule.builder().field("/passengers/*/loyalty", FieldAction.HASH).build()).build())
            .build();
        guard = new ArgumentPolicyGuard(policy, Clock.systemUTC());
        Map<String, Object> schema = MAPPER.readValue(SCHEMA, new TypeRef<Map<String, Object>>() { });
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "search_flights");
        tool.put("inputSchema", schema);
        guard.inspect(new Message(Direction.INBOUND, MessageKind.RESPONSE, "tools/list", null, Map.of(),
            Map.of("tools", List.of(tool))));
        String args = "clean".equals(payload) ? """
            {"origin":"CDG","destination":"BER","date":"2025-03-14","return_date":"2025-03-21","cabin":"economy","flexible":true,
             "notes":"Prefer morning departures, aisle seats, and a carrier with a generous baggage allowance. The trip is for a
             conference (three days, 200 attendees); hotel near the venue is booked separately. Budget 450 EUR per person.",
             "passengers":[{"name":"Traveller One","age":34,"loyalty":"AF1234567"},{"name":"Traveller Two","age":36,"loyalty":"AF7654321"},
             {"name":"Traveller Three","age":8,"loyalty":"none"}]}""" : """
            {"origin":"CDG","destination":"BER","date":"2025-03-14","return_date":"2025-03-21","cabin":"economy","flexible":true,
             "notes":"Prefer morning departures. Reach me at jane.doe@example.org or +44 20 7946 0958 if anything changes; the
             conference has 200 attendees and my budget is 450 EUR per person.",
             "passengers":[{"name":"Jane Doe","age":34,"email":"jane.doe@example.org","loyalty":"AF1234567"},
             {"name":"John Doe","age":36,"loyalty":"AF7654321"}],
             "calendar":["2025-03-14 09:00 dentist","2025-03-15 14:00 board meeting","2025-03-16 all-day offsite"]}""";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", "search_flights");
        Map<String, Object> arguments = MAPPER.readValue(args.replace("\n", " "), new TypeRef<Map<String, Object>>() { });
        StringBuilder notes = new StringBuilder((String) arguments.get("notes"));
        while (MAPPER.writeValueAsString(arguments).length() < 1000) { // pad with ordinary text to about 1 KB
            notes.append(" Window seat preferred on the outbound leg if available.");
            arguments.put("notes", notes.toString());
        }
        params.put("arguments", arguments);
        McpSchema.JSONRPCRequest request = new McpSchema.JSONRPCRequest("tools/call", "bench-1", params);
        call = new Message(Direction.OUTBOUND, MessageKind.REQUEST, "tools/call", request, params, Map.of());
        int size = MAPPER.writeValueAsString(params.get("arguments")).length();
        if (size < 1000 || size > 1100) {
            throw new IllegalStateException("payload should be about 1 KB, is " + size + ": " + params.get("arguments"));
        }
        if (Boolean.getBoolean("bench.printSize")) {
            System.out.println("arguments JSON size: " + MAPPER.writeValueAsString(params.get("arguments")).length());
        }
    }

    @Benchmark
    public Verdict inspect() throws Exception {
        return guard.inspect(call);
    }
}
