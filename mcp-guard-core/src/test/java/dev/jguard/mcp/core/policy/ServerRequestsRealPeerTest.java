package dev.jguard.mcp.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.MessageBlockedEvent;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.support.Mappers;
import dev.jguard.mcp.testkit.NpmPeers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roots, sampling and elicitation policies against the real npm {@code @modelcontextprotocol/server-everything}
 * (which sends sampling, elicitation and roots requests from its trigger tools) and {@code server-filesystem} (which
 * takes its allowed directories from the client's roots), over stdio.
 */
class ServerRequestsRealPeerTest {

    private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
    private final List<McpSchema.CreateMessageRequest> samplingSeen = new CopyOnWriteArrayList<>();
    private final List<McpSchema.ElicitFormRequest> elicitationSeen = new CopyOnWriteArrayList<>();

    private static Path peer(Optional<Path> entry) {
        if (entry.isEmpty()) {
            if (NpmPeers.required()) {
                fail(NpmPeers.installHint());
            }
            Assumptions.abort(NpmPeers.installHint());
        }
        return entry.get();
    }

    private McpSyncClient client(ServerRequestPolicy policy, Path entry, List<McpSchema.Root> roots, String... args) {
        McpGuard guard = McpGuard.builder().serverRequestPolicy(policy).addListener(events::add).build();
        List<String> all = new java.util.ArrayList<>(List.of(entry.toString()));
        all.addAll(List.of(args));
        StdioClientTransport stdio = new StdioClientTransport(ServerParameters.builder(NpmPeers.node()).args(all).build(),
            Mappers.jackson3());
        stdio.setStdErrorHandler(line -> { });
        return McpClient.sync(guard.wrap(stdio, ServerIdentity.of(entry.toString().contains("filesystem") ? "files" : "everything")))
            .requestTimeout(Duration.ofSeconds(30))
            .capabilities(McpSchema.ClientCapabilities.builder().roots(true).sampling().elicitation().build())
            .roots(roots)
            .sampling(req -> {
                samplingSeen.add(req);
                return McpSchema.CreateMessageResult.builder(McpSchema.Role.ASSISTANT, "sampled text", "test-model").build();
            })
            .elicitation(req -> {
                elicitationSeen.add(req);
                return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null);
            })
            .build();
    }

    private static String text(McpSchema.CallToolResult r) {
        StringBuilder b = new StringBuilder();
        for (McpSchema.Content c : r.content()) {
            if (c instanceof McpSchema.TextContent t) {
                b.append(t.text());
            }
        }
        return b.toString();
    }

    /** Calls a tool; returns its text, or "ERROR: ..." for an error result or JSON-RPC error. */
    private static String call(McpSyncClient client, String tool, Map<String, Object> args) {
        try {
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest(tool, args));
            return Boolean.TRUE.equals(r.isError()) ? "ERROR: " + text(r) : text(r);
        } catch (McpError e) {
            return "ERROR: " + e.getMessage();
        }
    }

    private List<String> blockedRules() {
        return events.stream().filter(MessageBlockedEvent.class::isInstance).map(e -> ((MessageBlockedEvent) e).ruleId()).toList();
    }

    private List<ServerRequestEvent> decisions() {
        return events.stream().filter(ServerRequestEvent.class::isInstance).map(ServerRequestEvent.class::cast).toList();
    }

    @Test
    void sampling_and_elicitation_are_denied_by_default() {
        Path everything = peer(NpmPeers.serverEverything());
        try (McpSyncClient c = client(ServerRequestPolicy.denyAll(), everything, List.of())) {
            c.initialize();
            String sampled = call(c, "trigger-sampling-request", Map.of("prompt", "hello", "maxTokens", 100));
            String elicited = call(c, "trigger-elicitation-request", Map.of());
            assertThat(sampled).startsWith("ERROR").doesNotContain("sampled text");
            assertThat(elicited).startsWith("ERROR");
            assertThat(samplingSeen).isEmpty();
            assertThat(elicitationSeen).isEmpty();
            assertThat(blockedRules()).contains("server.sampling.denied", "server.elicitation.denied");
        }
    }

    @Test
    void sampling_allowed_with_a_token_limit_and_elicitation_allowed() {
        Path everything = peer(NpmPeers.serverEverything());
        ServerRequestPolicy policy = ServerRequestPolicy.builder()
            .server("everything", ServerRequestRules.builder().allowSampling(50).allowElicitation(false).build()).build();
        try (McpSyncClient c = client(policy, everything, List.of())) {
            c.initialize();
            String sampled = call(c, "trigger-sampling-request", Map.of("prompt", "hello", "maxTokens", 500));
            assertThat(sampled).contains("sampled text");
            assertThat(samplingSeen).singleElement().satisfies(r -> assertThat(r.maxTokens()).isEqualTo(50));
            call(c, "trigger-elicitation-request", Map.of());
            assertThat(elicitationSeen).hasSize(1);
            assertThat(decisions()).extracting(ServerRequestEvent::ruleId)
                .contains("server.sampling.limited", "server.elicitation.allowed");
        }
    }

    @Test
    void roots_list_answers_only_allowed_roots() {
        Path everything = peer(NpmPeers.serverEverything());
        ServerRequestPolicy policy = ServerRequestPolicy.builder()
            .server("everything", ServerRequestRules.builder().allowRoot("file:///srv/project").build()).build();
        List<McpSchema.Root> roots = List.of(new McpSchema.Root("file:///srv/project/app", "app"),
            new McpSchema.Root("file:///home/me/.ssh", "secrets"), new McpSchema.Root("file:///srv/project/../../etc", "escape"));
        try (McpSyncClient c = client(policy, everything, roots)) {
            c.initialize();
            String listed = call(c, "get-roots-list", Map.of());
            assertThat(listed).contains("file:///srv/project/app").doesNotContain(".ssh").doesNotContain("etc");
            assertThat(decisions()).anySatisfy(d -> {
                assertThat(d.ruleId()).isEqualTo("server.roots.filtered");
                assertThat(d.removed()).isEqualTo(2);
            });
        }
    }

    @Test
    void filesystem_server_sees_only_the_allowed_root(@TempDir Path tmp) throws Exception {
        Path fs = peer(NpmPeers.serverFilesystem());
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path secret = Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(project.resolve("readme.txt"), "public");
        Files.writeString(secret.resolve("key.txt"), "top secret");
        ServerRequestPolicy policy = ServerRequestPolicy.builder()
            .server("files", ServerRequestRules.builder().allowRoot(project.toUri().toString()).build()).build();
        List<McpSchema.Root> roots = List.of(new McpSchema.Root(project.toUri().toString(), "project"),
            new McpSchema.Root(secret.toUri().toString(), "secret"));
        // started with the project directory so it can run before the roots arrive; the roots then replace it
        try (McpSyncClient c = client(policy, fs, roots, project.toString())) {
            c.initialize();
            awaitRootsAnswered();
            String dirs = call(c, "list_allowed_directories", Map.of());
            assertThat(dirs).contains(project.getFileName().toString()).doesNotContain(secret.toString());
            assertThat(call(c, "read_text_file", Map.of("path", project.resolve("readme.txt").toString()))).contains("public");
            assertThat(call(c, "read_text_file", Map.of("path", secret.resolve("key.txt").toString())))
                .startsWith("ERROR").doesNotContain("top secret");
            assertThat(decisions()).extracting(ServerRequestEvent::ruleId).contains("server.roots.filtered");
        }
        // control: a policy that allows both roots lets the server read the second one
        events.clear();
        ServerRequestPolicy both = ServerRequestPolicy.builder()
            .server("files", ServerRequestRules.builder().allowRoot(tmp.toUri().toString()).build()).build();
        try (McpSyncClient c = client(both, fs, roots, project.toString())) {
            c.initialize();
            awaitRootsAnswered();
            String read = "";
            for (int i = 0; i < 50 && !read.contains("top secret"); i++) {
                read = call(c, "read_text_file", Map.of("path", secret.resolve("key.txt").toString()));
                Thread.sleep(50);
            }
            assertThat(read).contains("top secret");
        }
    }

    private void awaitRootsAnswered() throws InterruptedException {
        for (int i = 0; i < 100 && events.stream().noneMatch(ServerRequestEvent.class::isInstance); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(200); // let the server apply the answer
    }
}
