package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.core.sanitize.ErrorSanitizer;
import dev.jguard.mcp.core.sanitize.ResultSanitizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.MessageBlockedEvent;
import dev.jguard.mcp.api.event.MessageRedactedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.event.Slf4jAuditListener;
import dev.jguard.mcp.core.support.Mappers;
import dev.jguard.mcp.testkit.InProcessMcp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The argument policy end to end: a real SDK client and server over the in-process JSON wire, with both mappers. */
class ArgumentPolicyGuardTest {

    static final String SCHEMA_JSON = """
        {"type":"object","properties":{
          "origin":{"type":"string"},"destination":{"type":"string"},"date":{"type":"string"},
          "passenger":{"type":"object","properties":{"name":{"type":"string"},"email":{"type":"string"}}}},
         "required":["origin","destination"]}""";

    /** A flight-search server that records exactly what it received. */
    static final class FlightServer implements AutoCloseable {
        final InProcessMcp pair;
        final McpSyncServer server;
        final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

        FlightServer(McpJsonMapper mapper) {
            pair = InProcessMcp.create(mapper);
            server = McpServer.sync(pair.serverProvider()).serverInfo("airline", "1").jsonMapper(mapper)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .toolCall(McpSchema.Tool.builder("search_flights", mapper, SCHEMA_JSON).build(), (ex, req) -> {
                    received.add(req.arguments());
                    return McpSchema.CallToolResult.builder().addTextContent("3 flights").build();
                })
                .toolCall(McpSchema.Tool.builder("cancel_booking", Map.of("type", "object")).build(),
                    (ex, req) -> McpSchema.CallToolResult.builder().addTextContent("cancelled").build())
                .build();
        }

        @Override
        public void close() {
            server.closeGracefully();
        }
    }

    static List<McpJsonMapper> mappers() {
        return Mappers.both().toList();
    }

    static ArgumentPolicy policy() {
        return ArgumentPolicy.builder()
            .server("airline", ServerArgumentRules.builder()
                .tool("search_flights", ToolRule.builder().allow("/origin", "/destination", "/date", "/passenger/name")
                    .field("/passenger/name", FieldAction.HASH).build())
                .denyTool("cancel_booking")
                .build())
            .build();
    }

    static Map<String, Object> overBroad(String canaryEmail, String canaryPhone) {
        Map<String, Object> passenger = new LinkedHashMap<>();
        passenger.put("name", "Ada Lovelace");
        passenger.put("email", canaryEmail);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("origin", "LHR");
        a.put("destination", "JFK, call me at " + canaryPhone);
        a.put("date", "2025-03-14");
        a.put("passenger", passenger);
        a.put("calendar", List.of("09:00 dentist", "14:00 board meeting with " + canaryEmail));
        a.put("location", "51.5072,-0.1276");
        return a;
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void minimises_the_call_to_what_the_tool_needs(McpJsonMapper mapper) {
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder().argumentPolicy(policy()).addListener(events::add).build();
        try (FlightServer server = new FlightServer(mapper);
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("airline")))
                    .requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            client.listTools();
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("search_flights",
                overBroad("ada.canary@example.com", "+44 20 7946 0958")));
            assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("3 flights");
            Map<String, Object> got = server.received.get(0);
            assertThat(got.keySet()).containsExactlyInAnyOrder("origin", "destination", "date", "passenger");
            assertThat(got.get("destination")).isEqualTo("JFK, call me at <PHONE_NUMBER>");
            assertThat(((Map<?, ?>) got.get("passenger")).keySet()).isEqualTo(java.util.Set.of("name"));
            assertThat((String) ((Map<?, ?>) got.get("passenger")).get("name")).startsWith("<HASH:");
            assertThat(events).filteredOn(MessageRedactedEvent.class::isInstance).extracting(e -> ((MessageRedactedEvent) e).pointer())
                .contains("/arguments/calendar", "/arguments/location", "/arguments/passenger/email", "/arguments/destination",
                    "/arguments/passenger/name");
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void denied_tool_fails_at_once_with_rule_and_event(McpJsonMapper mapper) {
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder().argumentPolicy(policy()).addListener(events::add).build();
        try (FlightServer server = new FlightServer(mapper);
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("airline")))
                    .requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            client.listTools();
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("cancel_booking", Map.of("ref", "ABC123"))))
                .isInstanceOf(GuardRejectedException.class)
                .satisfies(e -> assertThat(((GuardRejectedException) e).ruleId()).isEqualTo("args.tool-denied"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(events).filteredOn(MessageBlockedEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((MessageBlockedEvent) e).ruleId()).isEqualTo("args.tool-denied"));
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void unlisted_server_is_denied_by_default(McpJsonMapper mapper) {
        McpGuard guard = McpGuard.builder().argumentPolicy(ArgumentPolicy.builder().build()).build();
        try (FlightServer server = new FlightServer(mapper);
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("unknown")))
                    .requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("search_flights", Map.of("origin", "LHR"))))
                .isInstanceOf(GuardRejectedException.class).hasMessageContaining("args.tool-not-allowed");
            assertThat(server.received).isEmpty();
        }
    }

    @Test
    void builder_refuses_a_second_policy() {
        assertThatThrownBy(() -> McpGuard.builder().argumentPolicy(policy()).argumentPolicy(policy()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("ARGUMENT_POLICY");
        assertThat(McpGuard.builder().argumentPolicy(policy()).serverRequestPolicy(ServerRequestPolicy.denyAll()).build().chainOrder())
            .containsExactly(ArgumentPolicyGuard.ID, ServerRequestGuard.ID, ResultSanitizer.ID, ErrorSanitizer.ID, "token-passthrough");
    }

    /* ---------- canary: no value in any event, exception or log line ---------- */

    static Stream<String> canaries() {
        return Stream.of("ada.canary@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "536-22-1234",
            "ghp_c4n4ryc4n4ryc4n4ryc4n4ryc4n4ryc4n4");
    }

    @Test
    void canary_values_never_reach_events_exceptions_or_logs() throws Exception {
        McpJsonMapper mapper = Mappers.jackson3();
        List<String> texts = new ArrayList<>();
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        ArgumentPolicy policy = ArgumentPolicy.builder()
            .server("airline", ServerArgumentRules.builder()
                .tool("search_flights", ToolRule.builder().field("/passenger/email", FieldAction.BLOCK).build())
                .denyTool("cancel_booking").build())
            .build();
        McpGuard guard = McpGuard.builder().argumentPolicy(policy).addListener(events::add).build();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (FlightServer server = new FlightServer(mapper);
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("airline")))
                    .requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            client.listTools();
            List<String> all = canaries().toList();
            Map<String, Object> args = overBroad(all.get(0), all.get(1));
            args.put("card", all.get(2));
            args.put("ssn", all.get(3));
            args.put("token", all.get(4));
            args.put(all.get(0), "a member named after the value");
            // redacted call
            Map<String, Object> noEmail = new LinkedHashMap<>(args);
            noEmail.put("passenger", Map.of("name", "Ada"));
            client.callTool(new McpSchema.CallToolRequest("search_flights", noEmail));
            // blocked calls
            for (String tool : List.of("search_flights", "cancel_booking")) {
                try {
                    client.callTool(new McpSchema.CallToolRequest(tool, args));
                } catch (RuntimeException e) {
                    StringWriter sw = new StringWriter();
                    e.printStackTrace(new PrintWriter(sw));
                    texts.add(sw.toString());
                    texts.add(String.valueOf(e));
                }
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(texts).hasSize(4);
        texts.add(err.toString(StandardCharsets.UTF_8));
        for (SecurityEvent e : events) {
            texts.add(Slf4jAuditListener.format(e));
            texts.add(e.toString());
        }
        assertThat(events).hasSizeGreaterThan(5);
        for (String canary : canaries().toList()) {
            assertThat(texts).noneMatch(t -> t.contains(canary));
            assertThat(texts).noneMatch(t -> t.contains(canary.replace(" ", "")));
        }
    }
}
