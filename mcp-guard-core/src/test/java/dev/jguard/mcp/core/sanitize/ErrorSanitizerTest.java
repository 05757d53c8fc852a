package dev.jguard.mcp.core.sanitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.SanitizedTransportException;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.audit.AuditRecord;
import dev.jguard.mcp.api.event.ErrorSanitizedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.support.Mappers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpRequestSnapshot;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpTransportException;
import io.modelcontextprotocol.spec.McpTransportSessionNotFoundException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/** Every error path: JSON-RPC error, isError result, outbound error, transport exception. */
class ErrorSanitizerTest {

    static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.CANARYTOKENPAYLOAD.sig";
    final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    static Stream<McpJsonMapper> mappers() {
        return Mappers.both();
    }

    private ErrorSanitizer sanitizer(ErrorDetail detail) {
        return ErrorSanitizer.builder().detail(detail).auditSink(audit::add)
                .redactor(LogRedactor.of(List.of(new CanaryDetector(HostileServer.CANARY_EMAIL, HostileServer.CANARY_PASSPORT))))
                .build();
    }

    private McpSyncClient client(McpClientTransport transport, ErrorSanitizer sanitizer) {
        McpGuard guard = McpGuard.builder().errorSanitizer(sanitizer).addListener(events::add).auditLogging(false)
                .withoutServerRequestPolicy() // let the application's sampling handler answer (and fail), as an app without that policy does
                .build();
        return McpClient.sync(guard.wrap(transport, ServerIdentity.of("hostile"))).requestTimeout(Duration.ofSeconds(10))
                .capabilities(McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(req -> {
                    throw new IllegalStateException("local sampling failed for " + HostileServer.CANARY_EMAIL);
                })
                .build();
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private static void assertNoCanary(String s) {
        assertThat(s).doesNotContain(HostileServer.CANARY_EMAIL, HostileServer.CANARY_PASSPORT, "CANARYTOKENPAYLOAD");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void jsonRpcErrorKeepsItsCodeLosesItsMessageAndData(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server.pair.clientTransport(), sanitizer(ErrorDetail.GENERIC))) {
            c.initialize();
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> c.callTool(new McpSchema.CallToolRequest("rpc_error", Map.of("passport", HostileServer.CANARY_PASSPORT))));
            assertThat(t).isInstanceOf(McpError.class);
            McpSchema.JSONRPCResponse.JSONRPCError error = ((McpError) t).getJsonRpcError();
            assertThat(error.code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
            assertThat(error.data()).isNull();
            assertThat(error.message()).startsWith("Server 'hostile' returned error -32602 for tools/call (tool 'rpc_error')")
                    .contains("[MCPG-SANITIZED, incident inc-");
            assertNoCanary(stackTrace(t) + t);
        }
        ErrorSanitizedEvent e = events.stream().filter(ErrorSanitizedEvent.class::isInstance).map(ErrorSanitizedEvent.class::cast)
                .findFirst().orElseThrow();
        assertThat(e.kind()).isEqualTo("jsonrpc-error");
        assertThat(e.code()).isEqualTo(-32602);
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.incidentId()).isEqualTo(e.incidentId());
            assertThat(r.detail()).contains("Invalid booking for <CANARY> passport <CANARY>");
            assertNoCanary(r.detail());
        });
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void redactedDetailKeepsTheRedactedMessageForTheModel(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server.pair.clientTransport(), sanitizer(ErrorDetail.REDACTED))) {
            c.initialize();
            assertThatThrownBy(() -> c.callTool(new McpSchema.CallToolRequest("rpc_error", Map.of())))
                    .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().message())
                            .contains(": Invalid booking for <CANARY> passport <CANARY> [MCPG-SANITIZED"));
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void failingToolResultIsScrubbedTheSameWay(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server.pair.clientTransport(), sanitizer(ErrorDetail.GENERIC))) {
            c.initialize();
            McpSchema.CallToolResult r = c.callTool(new McpSchema.CallToolRequest("tool_error", Map.of()));
            assertThat(r.isError()).isTrue();
            assertThat(r.structuredContent()).isNull();
            assertThat(r.content()).singleElement().isInstanceOfSatisfying(McpSchema.TextContent.class, t -> assertThat(t.text())
                    .startsWith("Tool 'tool_error' on server 'hostile' reported an error [MCPG-SANITIZED, incident inc-"));
            assertNoCanary(r.toString());
        }
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("tool-error");
            assertThat(r.detail()).contains("Backend rejected <CANARY>");
            assertNoCanary(r.detail());
        });
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void outboundErrorToAServerRequestIsScrubbed(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server.pair.clientTransport(), sanitizer(ErrorDetail.GENERIC))) {
            c.initialize();
            assertThat(c.callTool(new McpSchema.CallToolRequest("ask_client", Map.of())).content().toString()).contains("client refused");
            assertThat(server.errorsSeenByServer).singleElement().satisfies(seen -> {
                assertThat(seen).contains("Client returned error -32603", "MCPG-SANITIZED");
                assertNoCanary(seen);
            });
        }
        assertThat(events).filteredOn(ErrorSanitizedEvent.class::isInstance).extracting(e -> ((ErrorSanitizedEvent) e).kind())
                .containsExactly("outbound-error");
    }

    @Test
    void transportExceptionsAreReplacedAndAuthHeadersNeverSurface() {
        HttpRequestSnapshot snapshot = new HttpRequestSnapshot(URI.create("https://hotel.example/mcp"), "POST",
                HttpHeaders.of(Map.of("Authorization", List.of("DPoP " + TOKEN), "DPoP", List.of(TOKEN)), (a, b) -> true));
        RuntimeException raw = new McpHttpClientTransportAuthorizationException("Authorization error: headers "
                + snapshot.headers().map() + " body {\"guest\":\"" + HostileServer.CANARY_EMAIL + "\"}", snapshot, null);
        FailingTransport transport = new FailingTransport(new McpTransportException("Received unexpected status code: 500,"
                + " response body: " + HostileServer.CANARY_EMAIL, raw));
        McpSyncClient c = client(transport, sanitizer(ErrorDetail.GENERIC));
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(c::initialize);
        assertThat(t).isNotNull();
        assertNoCanary(stackTrace(t) + t);
        Throwable cause = t;
        while (cause != null && !(cause instanceof SanitizedTransportException)) {
            cause = cause.getCause();
        }
        final Throwable sanitized = cause;
        assertThat(sanitized).isInstanceOfSatisfying(SanitizedTransportException.class, s -> {
            assertThat(s.originalType()).isEqualTo(McpTransportException.class.getName());
            assertThat(s.getCause()).isNull();
            assertThat(s.incidentId()).startsWith("inc-");
            assertThat(s.getMessage()).contains("during send of initialize", s.incidentId());
        });
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("transport");
            assertThat(r.incidentId()).isEqualTo(((SanitizedTransportException) sanitized).incidentId());
            assertThat(r.detail()).contains("McpHttpClientTransportAuthorizationException", "DPoP=[<REDACTED>]");
            assertNoCanary(r.detail());
            assertThat(r.detail()).doesNotContain("eyJhbGci");
        });
        assertThat(events).filteredOn(ErrorSanitizedEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ErrorSanitizedEvent) e).originalType()).isEqualTo(McpTransportException.class.getName()));
    }

    @Test
    void sessionNotFoundStaysRecognisableForReinitialisationButLosesTheSessionId() {
        FailingTransport transport = new FailingTransport(new McpTransportSessionNotFoundException("sess-CANARYTOKENPAYLOAD"));
        McpSyncClient c = client(transport, sanitizer(ErrorDetail.GENERIC));
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(c::initialize);
        assertNoCanary(stackTrace(t));
        Throwable cause = t;
        while (cause != null && !(cause instanceof McpTransportSessionNotFoundException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isNotNull();
    }

    @Test
    void anAuditSinkThatThrowsChangesNothing() {
        ErrorSanitizer s = ErrorSanitizer.builder().auditSink(r -> {
            throw new IllegalStateException("sink down");
        }).build();
        McpGuard guard = McpGuard.builder().errorSanitizer(s).auditLogging(false).build();
        McpSyncClient c = McpClient.sync(guard.wrap(new FailingTransport(new McpTransportException("boom " + TOKEN)),
                ServerIdentity.of("x"))).requestTimeout(Duration.ofSeconds(5)).build();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(c::initialize);
        assertNoCanary(stackTrace(t));
        assertThat(stackTrace(t)).contains(SanitizedTransportException.class.getName());
    }

    /** A transport whose every send fails with the given exception (as an HTTP transport does on a 4xx/5xx). */
    static final class FailingTransport implements McpClientTransport {
        private final RuntimeException failure;

        FailingTransport(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
            return Mono.empty();
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return Mono.error(failure);
        }

        @Override
        public void setExceptionHandler(Consumer<Throwable> handler) {
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            throw new UnsupportedOperationException("no data ever arrives");
        }
    }
}
