package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.core.sanitize.ErrorSanitizer;
import dev.jguard.mcp.core.sanitize.ResultSanitizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.detect.FindingTypes;
import dev.jguard.mcp.core.McpGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    static final String YAML = """
        version: 1
        arguments:
          default: deny
          detectors: pii,secrets
          onFinding: { PRIVATE_KEY: block }
          limits: { maxBytes: 65536, maxDepth: 16, maxStringLength: 8192 }
          servers:
            airline:
              default: deny
              tools:
                search_flights:
                  allow: [/origin, /destination]
                  fields: { /passenger/email: hash }
                delete_booking: deny
        serverRequests:
          servers:
            files:
              roots: [file:///home/me/project]
              sampling: { maxTokens: 512 }
              elicitation: { urlMode: false }
        """;

    static final String JSON = """
        {"version": 1,
         "arguments": {"default": "deny", "servers": {"airline": {"tools": {
            "search_flights": {"allow": ["/origin", "/destination"], "fields": {"/passenger/email": "hash"}},
            "delete_booking": "deny"}}}, "onFinding": {"PRIVATE_KEY": "block"}},
         "serverRequests": {"servers": {"files": {"roots": ["file:///home/me/project"], "sampling": {"maxTokens": 512},
            "elicitation": {"urlMode": false}}}}}
        """;

    @Test
    void yaml_and_json_give_the_same_model() {
        for (PolicyFile f : new PolicyFile[] {PolicyFile.parseYaml("p.yaml", YAML), PolicyFile.parseJson("p.json", JSON)}) {
            ArgumentPolicy a = f.argumentPolicy().orElseThrow();
            ServerArgumentRules airline = a.rulesFor("airline");
            assertThat(airline.ruleFor("delete_booking").isDenied()).isTrue();
            assertThat(airline.ruleFor("unknown").isDenied()).isTrue();
            ToolRule search = airline.ruleFor("search_flights");
            assertThat(search.allowlist()).extracting(PointerPattern::toString).containsExactly("/origin", "/destination");
            assertThat(search.fields()).containsEntry(PointerPattern.parse("/passenger/email"), FieldAction.HASH);
            assertThat(a.actionFor(FindingTypes.PRIVATE_KEY)).isEqualTo(FieldAction.BLOCK);
            assertThat(a.actionFor(FindingTypes.EMAIL)).isEqualTo(FieldAction.REDACT);
            ServerRequestRules files = f.serverRequestPolicy().orElseThrow().rulesFor("files");
            assertThat(files.rootAllowed("file:///home/me/project/src")).isTrue();
            assertThat(files.rootAllowed("file:///home/me/projects")).isFalse();
            assertThat(files.samplingAllowed()).isTrue();
            assertThat(files.maxTokens()).isEqualTo(512);
            assertThat(files.elicitationAllowed()).isTrue();
            assertThat(files.urlElicitationAllowed()).isFalse();
            assertThat(f.serverRequestPolicy().orElseThrow().rulesFor("other").samplingAllowed()).isFalse();
        }
    }

    @Test
    void yaml_errors_name_line_and_field() {
        String typo = YAML.replace("/passenger/email: hash", "/passenger/email: hsh");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", typo)).isInstanceOf(PolicyFileException.class)
            .hasMessage("p.yaml:13: arguments.servers.airline.tools.search_flights.fields./passenger/email: unknown action 'hsh' "
                + "(use allow, mask, hash, redact, drop or block)")
            .satisfies(e -> assertThat(((PolicyFileException) e).line()).isEqualTo(13));
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", YAML.replace("      tools:", "      tols:")))
            .hasMessageContaining("p.yaml:10: arguments.servers.airline.tols: unknown field 'tols' (expected one of: default, dropUndeclared, tools)");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", "version: 1\narguments: [\n"))
            .hasMessageStartingWith("p.yaml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", "arguments: {}\n")).hasMessageContaining("'version: 1' is required");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", "version: 1\nversion: 1\n")).hasMessage("p.yaml:2: version: duplicate key; give each field once");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", YAML.replace("{ maxTokens: 512 }", "allow")))
            .hasMessageContaining("serverRequests.servers.files.sampling: expected deny, false, or { maxTokens: N }");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", YAML.replace("pii,secrets", "pii,bogus")))
            .hasMessageContaining("arguments.detectors: Unknown detector 'bogus'");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", YAML.replace("[/origin, /destination]", "[origin]")))
            .hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> PolicyFile.parseYaml("p.yaml", YAML.replace("file:///home/me/project", "../etc")))
            .hasMessageContaining("serverRequests.servers.files.roots[0]: Root '../etc' must be an absolute URI");
    }

    @Test
    void json_errors_name_the_field() {
        assertThatThrownBy(() -> PolicyFile.parseJson("p.json", JSON.replace("\"deny\"}}}", "\"maybe\"}}}")))
            .hasMessage("p.json: arguments.servers.airline.tools.delete_booking: expected allow or deny, was 'maybe'");
        assertThatThrownBy(() -> PolicyFile.parseJson("p.json", "{\"version\": 1,")).hasMessageContaining("not valid JSON");
    }

    @Test
    void yaml_aliases_bombs_are_refused() {
        StringBuilder bomb = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            bomb.append("b").append(i).append(": &b").append(i).append(" [*").append(i == 0 ? "a" : "b" + (i - 1))
                .append(", *").append(i == 0 ? "a" : "b" + (i - 1)).append("]\n");
        }
        assertThatThrownBy(() -> PolicyFile.parseYaml("bomb.yaml", bomb.toString())).isInstanceOf(PolicyFileException.class);
    }

    @Test
    void builder_loads_a_policy_file(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yaml"), YAML);
        McpGuard guard = McpGuard.builder().policyFile(file).build();
        assertThat(guard.chainOrder()).containsExactly(ArgumentPolicyGuard.ID, ServerRequestGuard.ID, ResultSanitizer.ID, ErrorSanitizer.ID, "token-passthrough");
        Path json = Files.writeString(dir.resolve("policy.json"), JSON);
        assertThat(PolicyFile.load(json).argumentPolicy()).isPresent();
        assertThatThrownBy(() -> PolicyFile.load(dir.resolve("missing.yaml"))).hasMessageContaining("missing.yaml: cannot read the file");
        assertThat(Map.of()).isEmpty();
    }
}
