package dev.jguard.mcp.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.audit.AuditRecord;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.sanitize.ErrorSanitizer;
import dev.jguard.mcp.core.sanitize.LogRedactor;
import dev.jguard.mcp.examples.travelbot.Agent;
import dev.jguard.mcp.examples.travelbot.Chapter;
import dev.jguard.mcp.examples.travelbot.TravelBotDemo;
import dev.jguard.mcp.testkit.NpmPeers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Leak canary: runs the TravelBot scenarios, a hostile in-process server and the real server-everything through the
 * guard with planted canary PII and tokens, captures every log line (slf4j-simple writes to System.err, captured here
 * at INFO, including the guard's audit lines), every exception message and stack trace, every event and every audit
 * record, and asserts that no canary appears anywhere. Runs in its own JVM (reuseForks=false in this module) so the log
 * level set below applies before SLF4J initialises.
 *
 * <p>Not covered on purpose: the SDK's own DEBUG logging of raw inbound JSON inside the wrapped transport, which happens
 * before any guard sees the message; keep {@code io.modelcontextprotocol} at INFO or above in production.
 */
class LeakCanaryTest {

    static final String EMAIL = "canary.7f3a@leak-test.example";
    static final String PASSPORT = "CANARYPASS8812";
    static final String TOKEN = "ghp_CANARYt0kenV4lue9zXq81Lm2Nw3Pb4Rc5Sd";
    static final List<String> CANARIES = List.of(EMAIL, PASSPORT, TOKEN, "CANARYt0ken",
            // TravelBot chapter 4 plants these in its verbose error
            "X7654321", "bob.guest@example.org");

    static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    static PrintStream originalErr;
    final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final StringBuilder exceptions = new StringBuilder();

    @BeforeAll
    static void captureLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(LOG, originalErr), true, StandardCharsets.UTF_8));
        LoggerFactory.getLogger(LeakCanaryTest.class).info("leak canary capture started");
    }

    @AfterAll
    static void restore() {
        System.setErr(originalErr);
    }

    private McpGuard guard() {
        return McpGuard.builder().addListener(events::add).withoutServerRequestPolicy() // exercise the client's own error answer
                .errorSanitizer(ErrorSanitizer.builder().auditSink(audit::add).redactor(LogRedactor.standard()).build())
                .build();
    }

    private void recordException(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        exceptions.append(t).append('\n').append(w).append('\n');
        LoggerFactory.getLogger(LeakCanaryTest.class).warn("call failed: {}", t.toString()); // what apps typically do
    }

    @Test
    void noCanaryInLogsExceptionsEventsOrAuditRecords() throws Exception {
        for (Chapter chapter : TravelBotDemo.chapters()) {
            try {
                chapter.run(true);
            } catch (Exception e) {
                recordException(e);
            }
        }
        hostileInProcessServer();
        realServerEverything();

        String log = clientSideLog(LOG.toString(StandardCharsets.UTF_8));
        assertThat(log).contains("leak canary capture started", "mcpguard.audit");
        assertThat(events).isNotEmpty();
        assertThat(audit).isNotEmpty();
        StringBuilder eventText = new StringBuilder();
        for (SecurityEvent e : events) {
            eventText.append(e).append(' ').append(e.attributes()).append(' ').append(e.incidentId()).append('\n');
        }
        StringBuilder auditText = new StringBuilder();
        for (AuditRecord r : audit) {
            auditText.append(r).append(' ').append(r.detail()).append('\n');
        }
        for (String canary : CANARIES) {
            assertThat(log).as("log output").doesNotContain(canary);
            assertThat(exceptions.toString()).as("exception messages and stack traces").doesNotContain(canary);
            assertThat(eventText.toString()).as("events").doesNotContain(canary);
        }
        // audit records are operator-only and redacted by the detectors: detectable canaries (e-mail, token) must be gone;
        // a passport number has no detector, so it may remain there (documented), never anywhere else
        assertThat(auditText.toString()).as("audit records (redacted)").doesNotContain(EMAIL, TOKEN, "bob.guest@example.org")
                .contains("<EMAIL>");
    }

    private void hostileInProcessServer() {
        McpGuard guard = guard();
        McpServerFeatures.SyncToolSpecification rpcError = McpServerFeatures.SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder("book", Map.of("type", "object")).build())
                .callHandler((ex, req) -> {
                    throw McpError.builder(-32602).message("cannot book for " + EMAIL + " passport " + PASSPORT
                            + " token " + TOKEN).data(req.arguments()).build();
                }).build();
        McpServerFeatures.SyncToolSpecification toolError = McpServerFeatures.SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder("lookup", Map.of("type", "object")).build())
                .callHandler((ex, req) -> McpSchema.CallToolResult.builder().isError(true)
                        .addTextContent("lookup failed for " + EMAIL + " with Authorization: Bearer " + TOKEN).build())
                .build();
        McpServerFeatures.SyncToolSpecification sampling = McpServerFeatures.SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder("ask", Map.of("type", "object")).build())
                .callHandler((ex, req) -> {
                    try {
                        ex.createMessage(McpSchema.CreateMessageRequest.builder().maxTokens(5).messages(List.of(
                                new McpSchema.SamplingMessage(McpSchema.Role.USER, new McpSchema.TextContent("hi")))).build());
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger("hostile.server").info("client answered: {}", e.getMessage());
                    }
                    return McpSchema.CallToolResult.builder().addTextContent("done").build();
                }).build();
        try (Agent.Connection c = Agent.connect("hostile", guard, spec -> spec.tools(rpcError, toolError, sampling).build(),
                McpSchema.ClientCapabilities.builder().sampling().build())) {
            for (String tool : List.of("book", "lookup", "ask")) {
                try {
                    McpSchema.CallToolResult r = c.client().callTool(new McpSchema.CallToolRequest(tool,
                            Map.of("email", EMAIL, "passport", PASSPORT)));
                    LoggerFactory.getLogger(LeakCanaryTest.class).info("result: {}", r.content());
                } catch (RuntimeException e) {
                    recordException(e);
                }
            }
        }
    }

    private void realServerEverything() {
        Optional<Path> everything = NpmPeers.serverEverything();
        if (everything.isEmpty()) {
            assumeTrue(!NpmPeers.required(), NpmPeers.installHint());
            return;
        }
        McpGuard guard = guard();
        StdioClientTransport stdio = new StdioClientTransport(ServerParameters.builder(NpmPeers.node())
                .args(everything.get().toString(), "stdio").build(), McpJsonDefaults.getMapper());
        try (McpSyncClient client = McpClient.sync(guard.wrap(stdio, ServerIdentity.stdio("everything", "node", List.of("everything"))))
                .requestTimeout(Duration.ofSeconds(30)).build()) {
            client.initialize();
            // a failing call that echoes its arguments (unknown tool / invalid arguments) and an honest one
            for (McpSchema.CallToolRequest call : List.of(
                    new McpSchema.CallToolRequest("no-such-tool", Map.of("email", EMAIL)),
                    new McpSchema.CallToolRequest("get-sum", Map.of("a", EMAIL, "b", TOKEN)),
                    new McpSchema.CallToolRequest("echo", Map.of("message", "hello")))) {
                try {
                    McpSchema.CallToolResult r = client.callTool(call);
                    LoggerFactory.getLogger(LeakCanaryTest.class).info("everything {} -> isError={} {}",
                            call.name().startsWith("no-such") ? "unknown-tool" : call.name(), r.isError(),
                            Boolean.TRUE.equals(r.isError()) ? r.content() : "ok");
                } catch (RuntimeException e) {
                    recordException(e);
                }
            }
        }
    }

    /**
     * Drops the log records of the in-process servers, which share this JVM but stand for the attacker's side (a
     * malicious server may log whatever it likes); keeps every client-side record with its stack-trace lines.
     */
    static String clientSideLog(String all) {
        StringBuilder out = new StringBuilder();
        boolean keep = true;
        for (String line : all.split("\n", -1)) {
            java.util.regex.Matcher m = RECORD.matcher(line);
            if (m.lookingAt()) {
                String logger = m.group(1);
                keep = !(logger.startsWith("io.modelcontextprotocol.server") || logger.equals("io.modelcontextprotocol.spec.McpServerSession")
                        || logger.equals("hostile.server"));
            }
            if (keep) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("\\[[^\\]]*\\] [A-Z]+ (\\S+) - ");

    /** Writes to two streams. */
    static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
