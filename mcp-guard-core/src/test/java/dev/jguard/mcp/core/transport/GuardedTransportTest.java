package dev.jguard.mcp.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardFailureException;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.event.GuardFailedEvent;
import dev.jguard.mcp.api.event.MessageBlockedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.support.EchoServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The guard chain end to end, over a real SDK client and server joined by an in-process JSON wire, with both mappers. */
class GuardedTransportTest {

    static List<McpJsonMapper> mappers() {
        return dev.jguard.mcp.core.support.Mappers.both().toList();
    }

    record Seen(Direction direction, MessageKind kind, String method, String tool, Object id) {
    }

    private static McpSyncClient client(McpGuard guard, EchoServer server) {
        return McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("echo")))
                .requestTimeout(Duration.ofSeconds(20)).build();
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void transparentForHonestServerAndCorrelatesResponsesWithTheirRequests(McpJsonMapper mapper) {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder().addInterceptor(m -> {
            seen.add(new Seen(m.direction(), m.kind(), m.method(), m.toolName(), m.id()));
            return Verdict.pass();
        }).build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("echo");
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "hi")));
            assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("Echo: hi");
        }
        Seen callOut = seen.stream().filter(s -> s.kind() == MessageKind.REQUEST && "tools/call".equals(s.method())).findFirst().orElseThrow();
        Seen callIn = seen.stream().filter(s -> s.kind() == MessageKind.RESPONSE && "tools/call".equals(s.method())).findFirst().orElseThrow();
        assertThat(callOut.tool()).isEqualTo("echo");
        assertThat(callIn.tool()).isEqualTo("echo");
        assertThat(callIn.id()).isEqualTo(callOut.id());
        assertThat(callIn.direction()).isEqualTo(Direction.INBOUND);
        assertThat(seen).anyMatch(s -> s.kind() == MessageKind.RESPONSE && "tools/list".equals(s.method()));
        assertThat(seen).anyMatch(s -> s.kind() == MessageKind.RESPONSE && "initialize".equals(s.method()));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void blockedRequestFailsAtOnceWithRejectionAndNeverReachesTheServer(McpJsonMapper mapper) {
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder().addListener(events::add)
                .addInterceptor(m -> m.isRequest("tools/call") ? Verdict.block("test.no-calls", "tool calls are not allowed here")
                        : Verdict.pass())
                .build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                    () -> client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "secret-value-123"))))
                    .isInstanceOf(GuardRejectedException.class)
                    .hasMessageContaining("test.no-calls").hasMessageContaining("echo")
                    .hasMessageNotContaining("secret-value-123")
                    .satisfies(e -> assertThat(((GuardRejectedException) e).errorCode()).isEqualTo(GuardErrorCode.BLOCKED_BY_POLICY)));
            assertThat(server.received).isEmpty();
        }
        MessageBlockedEvent blocked = (MessageBlockedEvent) events.stream().filter(e -> e instanceof MessageBlockedEvent)
                .findFirst().orElseThrow();
        assertThat(blocked.ruleId()).isEqualTo("test.no-calls");
        assertThat(blocked.tool()).isEqualTo("echo");
        assertThat(blocked.toString()).doesNotContain("secret-value-123");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void throwingGuardBlocksAsFailureNotAsRejection(McpJsonMapper mapper) {
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        GuardInterceptor broken = m -> {
            if (m.isRequest("tools/call")) {
                throw new IllegalStateException("boom with payload " + m.params());
            }
            return Verdict.pass();
        };
        McpGuard guard = McpGuard.builder().addListener(events::add).addInterceptor(broken).build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                    () -> client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "pii-canary-77"))))
                    .isInstanceOf(GuardFailureException.class)
                    .isNotInstanceOf(GuardRejectedException.class)
                    .hasMessageNotContaining("pii-canary-77")
                    .hasMessageNotContaining("boom"));
            assertThat(server.received).isEmpty();
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e).isInstanceOf(GuardFailedEvent.class);
            assertThat(((GuardFailedEvent) e).exceptionType()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void blockedInboundResponseBecomesJsonRpcErrorWithTheSameId(McpJsonMapper mapper) {
        McpGuard guard = McpGuard.builder()
                .addInterceptor(m -> m.isResponseTo("tools/call") ? Verdict.block("test.withhold", "result withheld") : Verdict.pass())
                .build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                    () -> client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "x"))))
                    .isInstanceOf(McpError.class)
                    .satisfies(e -> assertThat(((McpError) e).getJsonRpcError().code())
                            .isEqualTo(GuardErrorCode.BLOCKED_BY_POLICY.jsonRpcCode()))
                    .hasMessageContaining("test.withhold"));
            assertThat(server.received).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void throwingListenerChangesNoDecision(McpJsonMapper mapper) {
        List<String> later = new ArrayList<>();
        McpGuard guard = McpGuard.builder()
                .addListener(e -> {
                    throw new RuntimeException("listener bug");
                })
                .addListener(e -> later.add(e.type()))
                .addInterceptor(m -> m.isRequest("tools/call") && "blocked".equals(m.params().get("name"))
                        ? Verdict.block("test.name", "no") : Verdict.pass())
                .build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertThat(client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "ok"))).isError()).isNotEqualTo(true);
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("blocked", Map.of())))
                    .isInstanceOf(GuardRejectedException.class);
        }
        assertThat(later).containsExactly("message.blocked");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void replacementRewritesArgumentsButKeepsTheId(McpJsonMapper mapper) {
        GuardInterceptor rewrite = m -> {
            if (!m.isRequest("tools/call")) {
                return Verdict.pass();
            }
            McpSchema.JSONRPCRequest r = (McpSchema.JSONRPCRequest) m.message();
            return Verdict.replace(new McpSchema.JSONRPCRequest(r.jsonrpc(), r.method(), r.id(),
                    Map.of("name", "echo", "arguments", Map.of("message", "[guarded]"))));
        };
        McpGuard guard = McpGuard.builder().addInterceptor(rewrite).build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "raw")));
            assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("Echo: [guarded]");
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void replacementThatChangesTheIdFailsClosed(McpJsonMapper mapper) {
        GuardInterceptor bad = m -> {
            if (!m.isRequest("tools/call")) {
                return Verdict.pass();
            }
            McpSchema.JSONRPCRequest r = (McpSchema.JSONRPCRequest) m.message();
            return Verdict.replace(new McpSchema.JSONRPCRequest(r.jsonrpc(), r.method(), "other-id", r.params()));
        };
        McpGuard guard = McpGuard.builder().addInterceptor(bad).build();
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "m"))))
                    .isInstanceOf(GuardFailureException.class);
            assertThat(server.received).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void blockedServerRequestIsRefusedToTheServerAndNeverReachesTheClient(McpJsonMapper mapper) {
        List<String> rootsAsked = new CopyOnWriteArrayList<>();
        McpGuard guard = McpGuard.builder()
                .addInterceptor(m -> m.isRequest("roots/list") ? Verdict.block("test.no-roots", "roots are private") : Verdict.pass())
                .build();
        try (EchoServer server = new EchoServer(mapper);
                McpSyncClient client = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("echo")))
                        .requestTimeout(Duration.ofSeconds(20))
                        .capabilities(McpSchema.ClientCapabilities.builder().roots(true).build())
                        .roots(new McpSchema.Root("file:///home/alice", "home"))
                        .build()) {
            client.initialize();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                Object outcome;
                try {
                    outcome = client.callTool(new McpSchema.CallToolRequest("roots", Map.of()));
                } catch (McpError e) {
                    outcome = e;
                }
                assertThat(String.valueOf(outcome)).doesNotContain("roots=1");
                rootsAsked.add("done");
            });
        }
        assertThat(rootsAsked).containsExactly("done");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void chainOrderIsUserOutsideAndReversedInbound(McpJsonMapper mapper) {
        List<String> order = new CopyOnWriteArrayList<>();
        GuardInterceptor first = new Named("first", order);
        GuardInterceptor second = new Named("second", order);
        McpGuard guard = McpGuard.builder().addInterceptor(first).addInterceptor(second).build();
        assertThat(guard.chainOrder()).containsExactly("first", "second", "server-requests", "result-sanitizer", "error-sanitizer", "token-passthrough");
        try (EchoServer server = new EchoServer(mapper); McpSyncClient client = client(guard, server)) {
            client.initialize();
            order.clear();
            client.callTool(new McpSchema.CallToolRequest("echo", Map.of("message", "m")));
        }
        assertThat(order).containsExactly("first:OUTBOUND", "second:OUTBOUND", "second:INBOUND", "first:INBOUND");
    }

    private record Named(String id, List<String> order) implements GuardInterceptor {
        @Override
        public Verdict inspect(dev.jguard.mcp.api.GuardedMessage m) {
            if ("tools/call".equals(m.method())) {
                order.add(id + ":" + m.direction());
            }
            return Verdict.pass();
        }
    }
}
