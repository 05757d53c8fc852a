package dev.jguard.mcp.core.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.ErrorSanitizedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.support.Mappers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard is transparent for an honest server: against the real {@code server-everything}, a client whose transport is
 * wrapped by {@link McpGuard} (with a recording pass-through interceptor) gets exactly what an unguarded client over the
 * same kind of transport gets, for each JSON mapper. Subclasses supply the transport; each session is opened once per
 * class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EverythingTransparencyContract {

    /** The tools every server-everything lists whatever the client's capabilities. */
    static final List<String> CORE_TOOLS = List.of("echo", "get-annotated-message", "get-env", "get-resource-links",
            "get-resource-reference", "get-structured-content", "get-sum", "get-tiny-image", "gzip-file-as-resource",
            "toggle-simulated-logging", "toggle-subscriber-updates", "trigger-long-running-operation");

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A guarded and an unguarded session to the same kind of peer, both using one mapper. */
    record Sessions(McpSyncClient plain, McpSyncClient guarded, RecordingInterceptor recorder, List<SecurityEvent> events) {
    }

    private final Map<String, Sessions> sessions = new LinkedHashMap<>();

    /** Starts what the peer needs (once per class); may skip the class when the peer is not installed. */
    protected abstract void startPeer() throws Exception;

    /** Stops what {@link #startPeer()} started. */
    protected abstract void stopPeer();

    /**
     * @param mapper the application's JSON mapper
     * @return a new, unconnected transport to the peer (its own process or its own session)
     */
    protected abstract McpClientTransport newTransport(McpJsonMapper mapper);

    static Stream<String> mappers() {
        return Stream.of("jackson2", "jackson3");
    }

    static McpJsonMapper mapper(String name) {
        return switch (name) {
            case "jackson2" -> Mappers.jackson2();
            case "jackson3" -> Mappers.jackson3();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @BeforeAll
    void openSessions() throws Exception {
        startPeer();
        for (String name : mappers().toList()) {
            McpJsonMapper mapper = mapper(name);
            RecordingInterceptor recorder = new RecordingInterceptor();
            List<SecurityEvent> events = new CopyOnWriteArrayList<>();
            McpGuard guard = McpGuard.builder().addInterceptor(recorder).addListener(events::add).build();
            McpSyncClient plain = client(newTransport(mapper));
            McpSyncClient guarded = client(guard.wrap(newTransport(mapper), ServerIdentity.of("everything")));
            sessions.put(name, new Sessions(plain, guarded, recorder, events));
            plain.initialize();
            guarded.initialize();
        }
    }

    @AfterAll
    void closeSessions() {
        try {
            for (Sessions s : sessions.values()) {
                s.guarded().closeGracefully();
                s.plain().closeGracefully();
            }
        } finally {
            stopPeer();
        }
    }

    static McpSyncClient client(McpClientTransport transport) {
        return McpClient.sync(transport).requestTimeout(TIMEOUT).initializationTimeout(TIMEOUT)
                .clientInfo(McpSchema.Implementation.builder("mcp-guard-peer-test", "1.0").build()).build();
    }

    Sessions sessions(String mapper) {
        return sessions.get(mapper);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void initializeIsTransparentAndCorrelated(String mapper) {
        Sessions s = sessions(mapper);
        McpSchema.InitializeResult guarded = s.guarded().getCurrentInitializationResult();
        assertThat(guarded).isEqualTo(s.plain().getCurrentInitializationResult());
        assertThat(guarded.serverInfo().name()).isEqualTo(EverythingPeer.SERVER_NAME);
        assertThat(guarded.protocolVersion()).isNotBlank();

        List<RecordingInterceptor.Exchange> init = s.recorder().exchangesSince(0, McpSchema.METHOD_INITIALIZE);
        assertThat(init).hasSize(1);
        assertThat(init.get(0).response()).as("initialize response correlated by id").isNotNull();
        assertThat(init.get(0).response().method()).isEqualTo(McpSchema.METHOD_INITIALIZE);
        assertThat(init.get(0).response().resultKeys()).contains("protocolVersion", "serverInfo", "capabilities");
        assertThat(s.recorder().all()).anyMatch(m -> m.direction() == Direction.OUTBOUND && m.kind() == MessageKind.NOTIFICATION
                && McpSchema.METHOD_NOTIFICATION_INITIALIZED.equals(m.method()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void listingsAreTransparent(String mapper) {
        Sessions s = sessions(mapper);
        int mark = s.recorder().mark();

        McpSchema.ListToolsResult tools = s.guarded().listTools();
        assertThat(tools).isEqualTo(s.plain().listTools());
        assertThat(tools.tools()).extracting(McpSchema.Tool::name).containsAll(CORE_TOOLS);
        assertThat(s.guarded().listPrompts()).isEqualTo(s.plain().listPrompts());
        assertThat(s.guarded().listResources()).isEqualTo(s.plain().listResources());
        assertThat(s.guarded().listResourceTemplates()).isEqualTo(s.plain().listResourceTemplates());

        List<RecordingInterceptor.Exchange> listed = s.recorder().exchangesSince(mark, McpSchema.METHOD_TOOLS_LIST);
        assertThat(listed).isNotEmpty().allSatisfy(e -> {
            assertThat(e.response()).as("tools/list response correlated by id").isNotNull();
            assertThat(e.response().method()).isEqualTo(McpSchema.METHOD_TOOLS_LIST);
            assertThat(e.response().resultKeys()).contains("tools");
        });
        assertThat(s.recorder().exchangesSince(mark, McpSchema.METHOD_PROMPT_LIST)).isNotEmpty();
        assertThat(s.recorder().exchangesSince(mark, McpSchema.METHOD_RESOURCES_LIST)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void toolCallsAreTransparentAndEachResponseIsCorrelatedWithItsTool(String mapper) {
        Sessions s = sessions(mapper);

        McpSchema.CallToolResult echo = sameThroughGuard(s, "echo", Map.of("message", "hello through the guard"));
        assertThat(text(echo, 0)).isEqualTo("Echo: hello through the guard");

        McpSchema.CallToolResult sum = sameThroughGuard(s, "get-sum", Map.of("a", 2, "b", 3.5));
        assertThat(text(sum, 0)).isEqualTo("The sum of 2 and 3.5 is 5.5.");

        McpSchema.CallToolResult weather = sameThroughGuard(s, "get-structured-content", Map.of("location", "Chicago"));
        assertThat(weather.structuredContent()).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) weather.structuredContent()).get("conditions")).isEqualTo("Light rain / drizzle");

        McpSchema.CallToolResult links = sameThroughGuard(s, "get-resource-links", Map.of("count", 4));
        assertThat(links.content()).hasSize(5);
        assertThat(links.content().subList(1, 5)).allSatisfy(c -> assertThat(c).isInstanceOf(McpSchema.ResourceLink.class));

        McpSchema.CallToolResult annotated = sameThroughGuard(s, "get-annotated-message",
                Map.of("messageType", "error", "includeImage", true));
        assertThat(annotated.content()).hasSize(2);
        McpSchema.TextContent first = (McpSchema.TextContent) annotated.content().get(0);
        assertThat(first.annotations().priority()).isEqualTo(1.0);
        assertThat(first.annotations().audience()).containsExactly(McpSchema.Role.USER, McpSchema.Role.ASSISTANT);

        McpSchema.CallToolResult image = sameThroughGuard(s, "get-tiny-image", Map.of());
        McpSchema.ImageContent png = (McpSchema.ImageContent) image.content().get(1);
        assertThat(png.mimeType()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(png.data())).startsWith(0x89, 'P', 'N', 'G');

        String payload = "guarded ".repeat(64);
        String dataUri = "data:text/plain;base64," + Base64.getEncoder()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        McpSchema.CallToolResult gzip = sameThroughGuard(s, "gzip-file-as-resource",
                Map.of("name", "guarded.txt.gz", "data", dataUri, "outputType", "resource"));
        McpSchema.EmbeddedResource embedded = (McpSchema.EmbeddedResource) gzip.content().get(0);
        McpSchema.BlobResourceContents blob = (McpSchema.BlobResourceContents) embedded.resource();
        assertThat(blob.mimeType()).isEqualTo("application/gzip");
        assertThat(gunzip(Base64.getDecoder().decode(blob.blob()))).isEqualTo(payload);

        assertThat(s.events()).as("no security event for an honest server").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void toolErrorsAndOtherRequestsAreTransparent(String mapper) {
        Sessions s = sessions(mapper);
        // Errors are the one thing the secure default changes on purpose: the error sanitizer keeps the error's kind
        // (isError result or JSON-RPC error code) and replaces server text with a stable code and an incident id.
        assertSanitizedError(s, "no-such-tool", Map.of());
        assertSanitizedError(s, "get-sum", Map.of("a", "not a number"));
        assertThat(s.events()).as("one error-sanitized event per failing call")
                .hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ErrorSanitizedEvent.class));
        s.events().clear();

        McpSchema.ReadResourceRequest doc = McpSchema.ReadResourceRequest.builder("demo://resource/static/document/features.md").build();
        McpSchema.ReadResourceResult read = s.guarded().readResource(doc);
        assertThat(read).isEqualTo(s.plain().readResource(doc));
        assertThat(read.contents()).singleElement().isInstanceOf(McpSchema.TextResourceContents.class);

        McpSchema.GetPromptRequest prompt = McpSchema.GetPromptRequest.builder("simple-prompt").build();
        assertThat(s.guarded().getPrompt(prompt)).isEqualTo(s.plain().getPrompt(prompt));
        assertThat(s.guarded().ping()).isEqualTo(s.plain().ping());
        assertThat(s.events()).isEmpty();
    }

    /** Calls a tool through both clients, asserts equal results and that the guard chain saw and correlated the call. */
    static McpSchema.CallToolResult sameThroughGuard(Sessions s, String tool, Map<String, Object> arguments) {
        int mark = s.recorder().mark();
        McpSchema.CallToolResult guarded = s.guarded().callTool(call(tool, arguments));
        McpSchema.CallToolResult plain = s.plain().callTool(call(tool, arguments));
        assertThat(guarded).as("result of %s through the guard", tool).isEqualTo(plain);
        assertThat(guarded.isError()).as("%s failed", tool).isNotEqualTo(Boolean.TRUE);

        List<RecordingInterceptor.Exchange> calls = s.recorder().exchangesSince(mark, McpSchema.METHOD_TOOLS_CALL);
        assertThat(calls).hasSize(1);
        RecordingInterceptor.Exchange call = calls.get(0);
        assertThat(call.request().tool()).isEqualTo(tool);
        assertThat(call.response()).as("response to %s correlated by id", tool).isNotNull();
        assertThat(call.response().method()).isEqualTo(McpSchema.METHOD_TOOLS_CALL);
        assertThat(call.response().tool()).isEqualTo(tool);
        assertThat(call.response().resultKeys()).contains("content");
        return guarded;
    }

    static McpSchema.CallToolRequest call(String tool, Map<String, Object> arguments) {
        return McpSchema.CallToolRequest.builder(tool).arguments(arguments).build();
    }

    static String text(McpSchema.CallToolResult result, int index) {
        return ((McpSchema.TextContent) result.content().get(index)).text();
    }

    static String gunzip(byte[] gzipped) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the result, or the JSON-RPC error the server answered with */
    private static void assertSanitizedError(Sessions s, String tool, Map<String, Object> arguments) {
        Object guarded = outcome(() -> s.guarded().callTool(call(tool, arguments)));
        Object plain = outcome(() -> s.plain().callTool(call(tool, arguments)));
        if (plain instanceof McpSchema.CallToolResult plainResult) {
            assertThat(plainResult.isError()).isTrue();
            McpSchema.CallToolResult g = (McpSchema.CallToolResult) guarded;
            assertThat(g.isError()).isTrue();
            String text = ((McpSchema.TextContent) g.content().get(0)).text();
            assertThat(text).contains("MCPG-SANITIZED").contains("incident inc-");
            assertThat(text).isNotEqualTo(((McpSchema.TextContent) plainResult.content().get(0)).text());
        } else {
            McpSchema.JSONRPCResponse.JSONRPCError p = (McpSchema.JSONRPCResponse.JSONRPCError) plain;
            McpSchema.JSONRPCResponse.JSONRPCError g = (McpSchema.JSONRPCResponse.JSONRPCError) guarded;
            assertThat(g.code()).isEqualTo(p.code());
            assertThat(g.data()).isNull();
            assertThat(g.message()).contains("MCPG-SANITIZED");
        }
    }

    static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (McpError e) {
            return e.getJsonRpcError();
        }
    }
}
