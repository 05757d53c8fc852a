package dev.jguard.mcp.core.sanitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.ContentFlaggedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.support.Mappers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The result guard against a real in-process SDK server, per content type and per policy action, with both mappers. */
class ResultSanitizerTest {

    final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

    static Stream<McpJsonMapper> mappers() {
        return Mappers.both();
    }

    private McpSyncClient client(HostileServer server, ResultSanitizer sanitizer) {
        McpGuard guard = McpGuard.builder().resultSanitizer(sanitizer).addListener(events::add).auditLogging(false).build();
        McpSyncClient c = McpClient.sync(guard.wrap(server.pair.clientTransport(), ServerIdentity.of("hostile")))
                .requestTimeout(Duration.ofSeconds(10)).build();
        c.initialize();
        return c;
    }

    private static McpSchema.CallToolResult call(McpSyncClient c, String tool, String text) {
        return c.callTool(new McpSchema.CallToolRequest(tool, text == null ? Map.of() : Map.of("text", text)));
    }

    private List<ContentFlaggedEvent> flagged() {
        return events.stream().filter(e -> e instanceof ContentFlaggedEvent).map(e -> (ContentFlaggedEvent) e).toList();
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void everyContentTypeIsInspectedAndNeutralised(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, ResultSanitizer.standard())) {
            McpSchema.CallToolResult r = call(c, "everything", null);
            String text = ((McpSchema.TextContent) r.content().get(0)).text();
            assertThat(text).isEqualTo("Weather: sunny. red link").doesNotContain("\u001B");

            McpSchema.ImageContent image = (McpSchema.ImageContent) r.content().get(1);
            assertThat(image.data()).isEqualTo(HostileServer.TINY_PNG);
            assertThat(image.mimeType()).isEqualTo("image/png");
            assertThat(((McpSchema.AudioContent) r.content().get(2)).data()).isEqualTo("UklGRiQAAABXQVZF");

            McpSchema.TextResourceContents embedded = (McpSchema.TextResourceContents) ((McpSchema.EmbeddedResource) r.content()
                    .get(3)).resource();
            assertThat(embedded.text()).startsWith("<<UNTRUSTED-CONTENT ").contains("Notes  end.")
                    .doesNotContain(HostileServer.TAGS).endsWith(">>");
            assertThat(embedded.uri()).isEqualTo("file:///notes.txt");

            McpSchema.ResourceLink link = (McpSchema.ResourceLink) r.content().get(4);
            assertThat(link.name()).isEqualTo("reportinvoicegnp.exe");
            assertThat(link.uri()).isEqualTo("file:///report.pdf");
            assertThat(link.description()).startsWith("<<UNTRUSTED-CONTENT ").contains("Quarterly report.");

            @SuppressWarnings("unchecked")
            Map<String, Object> structured = (Map<String, Object>) r.structuredContent();
            assertThat((String) structured.get("summary")).startsWith("<<UNTRUSTED-CONTENT ");
            assertThat(structured.get("nested")).isEqualTo(Map.of("v", "xy"));
            assertThat(r.meta()).containsEntry("note", "cleared");
        }
        assertThat(flagged()).extracting(ContentFlaggedEvent::pointer, ContentFlaggedEvent::findingType, ContentFlaggedEvent::action)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/content/0/text", "ANSI_ESCAPE", "neutralize"),
                        org.assertj.core.groups.Tuple.tuple("/content/3/resource/text", "HIDDEN_UNICODE", "neutralize"),
                        org.assertj.core.groups.Tuple.tuple("/content/3/resource/text", "PROMPT_INJECTION", "fence"),
                        org.assertj.core.groups.Tuple.tuple("/content/4/name", "HIDDEN_UNICODE", "neutralize"),
                        org.assertj.core.groups.Tuple.tuple("/content/4/description", "PROMPT_INJECTION", "fence"),
                        org.assertj.core.groups.Tuple.tuple("/structuredContent/~", "PROMPT_INJECTION", "fence"),
                        org.assertj.core.groups.Tuple.tuple("/structuredContent/~/~", "HIDDEN_UNICODE", "neutralize"),
                        org.assertj.core.groups.Tuple.tuple("/_meta/~", "ANSI_ESCAPE", "neutralize"));
        assertThat(flagged()).allSatisfy(e -> assertThat(e.attributes().toString()).doesNotContain("passwords", "evil"));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void flagOnlyReportsAndLeavesTheTextAlone(McpJsonMapper mapper) {
        ResultSanitizer s = ResultSanitizer.builder().defaultPolicy(ResultPolicy.builder().injectionAction(ContentAction.FLAG).build()).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            String text = ((McpSchema.TextContent) call(c, "text", "Hi. " + HostileServer.INJECTION).content().get(0)).text();
            assertThat(text).isEqualTo("Hi. " + HostileServer.INJECTION);
        }
        assertThat(flagged()).singleElement().satisfies(e -> {
            assertThat(e.findingType()).isEqualTo("PROMPT_INJECTION");
            assertThat(e.action()).isEqualTo("flag");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void fenceWrapsTheWholeStringInNoncedDelimiters(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, ResultSanitizer.standard())) {
            String text = ((McpSchema.TextContent) call(c, "text", "Hi. " + HostileServer.INJECTION).content().get(0)).text();
            String nonce = text.substring("<<UNTRUSTED-CONTENT ".length(), text.indexOf(' ', "<<UNTRUSTED-CONTENT ".length()));
            assertThat(nonce).matches("[0-9a-f]{16}");
            assertThat(text).startsWith("<<UNTRUSTED-CONTENT " + nonce + " from tool 'text' on server 'hostile'")
                    .contains("\nHi. " + HostileServer.INJECTION + "\n").endsWith("<<END-UNTRUSTED-CONTENT " + nonce + ">>");
            String second = ((McpSchema.TextContent) call(c, "text", HostileServer.INJECTION).content().get(0)).text();
            assertThat(second).doesNotContain(nonce);
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void redactReplacesOnlyTheInstructionSpan(McpJsonMapper mapper) {
        ResultSanitizer s = ResultSanitizer.builder().defaultPolicy(ResultPolicy.builder().injectionAction(ContentAction.REDACT).build()).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            String text = ((McpSchema.TextContent) call(c, "text", "Sunny, 21 degrees.\n" + HostileServer.INJECTION + "\nWind 5 km/h.")
                    .content().get(0)).text();
            assertThat(text).isEqualTo("Sunny, 21 degrees.\n" + ResultSanitizer.INJECTION_MARKER + "\nWind 5 km/h.");
        }
        assertThat(flagged()).extracting(ContentFlaggedEvent::action).containsExactly("redact");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void blockFailsTheCallAtOnceWithAGuardCode(McpJsonMapper mapper) {
        ResultSanitizer s = ResultSanitizer.builder().defaultPolicy(ResultPolicy.builder().injectionAction(ContentAction.BLOCK).build()).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            assertThatThrownBy(() -> call(c, "text", HostileServer.INJECTION))
                    .isInstanceOfSatisfying(McpError.class, e -> {
                        assertThat(e.getJsonRpcError().code()).isEqualTo(GuardErrorCode.BLOCKED_BY_POLICY.jsonRpcCode());
                        assertThat(e.getMessage()).contains("result.injection").doesNotContain("passwords");
                    });
            assertThat(((McpSchema.TextContent) call(c, "text", "An ordinary weather report.").content().get(0)).text())
                    .isEqualTo("An ordinary weather report.");
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void smuggledTagTextThatIsAnInjectionIsHandledLikeOne(McpJsonMapper mapper) {
        ResultSanitizer s = ResultSanitizer.builder().defaultPolicy(ResultPolicy.builder().injectionAction(ContentAction.BLOCK).build()).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            assertThatThrownBy(() -> call(c, "text", "Nice hotel." + HostileServer.TAGS)).isInstanceOf(McpError.class);
            String harmless = ((McpSchema.TextContent) call(c, "text", "Nice hotel." + HostileServer.tags("hello"))
                    .content().get(0)).text();
            assertThat(harmless).isEqualTo("Nice hotel.");
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void piiIsRedactedPerServerOnlyWhereConfigured(McpJsonMapper mapper) {
        ResultPolicy pii = ResultPolicy.builder().piiDetectors(List.of(new CanaryDetector(HostileServer.CANARY_EMAIL))).build();
        ResultSanitizer s = ResultSanitizer.builder().policy("hostile", pii).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            String text = ((McpSchema.TextContent) call(c, "text", "Guest: " + HostileServer.CANARY_EMAIL).content().get(0)).text();
            assertThat(text).isEqualTo("Guest: <CANARY>");
        }
        ResultSanitizer other = ResultSanitizer.builder().policy("someone-else", pii).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, other)) {
            String text = ((McpSchema.TextContent) call(c, "text", "Guest: " + HostileServer.CANARY_EMAIL).content().get(0)).text();
            assertThat(text).isEqualTo("Guest: " + HostileServer.CANARY_EMAIL);
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void oversizedResultsAreBlocked(McpJsonMapper mapper) {
        ResultSanitizer s = ResultSanitizer.builder().defaultPolicy(ResultPolicy.builder().maxResultChars(2048).build()).build();
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, s)) {
            assertThatThrownBy(() -> call(c, "text", "x".repeat(4096))).isInstanceOfSatisfying(McpError.class,
                    e -> assertThat(e.getMessage()).contains("result.too-large"));
            assertThat(call(c, "text", "y".repeat(1000)).content()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void honestResultsPassUnchanged(McpJsonMapper mapper) {
        try (HostileServer server = new HostileServer(mapper); McpSyncClient c = client(server, ResultSanitizer.standard())) {
            String ordinary = "Flights FRA-LIS: TP 579 09:10, LH 1166 13:45.\nPrices from 129 EUR. \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u2764\uFE0F";
            assertThat(((McpSchema.TextContent) call(c, "text", ordinary).content().get(0)).text()).isEqualTo(ordinary);
        }
        assertThat(flagged()).isEmpty();
    }
}
