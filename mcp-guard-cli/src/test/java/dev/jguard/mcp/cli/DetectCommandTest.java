package dev.jguard.mcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = McpGuardCli.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writes_findings_and_redacted_text_as_jsonl(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), """
            {"id":1,"text":"mail bob@example.com"}
            {"id":"b","text":"key AKIAIOSFODNN7EXAMPLE and card 4111 1111 1111 1111"}

            {"id":3,"text":"nothing here"}
            """);
        Run r = run("detect", "--input", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
            "{\"id\":1,\"findings\":[{\"type\":\"EMAIL\",\"start\":5,\"end\":20,\"detector\":\"pii.email\"}],\"redacted\":\"mail <EMAIL>\"}",
            "{\"id\":\"b\",\"findings\":[{\"type\":\"API_KEY\",\"start\":4,\"end\":24,\"detector\":\"secret.api-key\"},"
                + "{\"type\":\"CREDIT_CARD\",\"start\":34,\"end\":53,\"detector\":\"pii.credit-card\"}],"
                + "\"redacted\":\"key <API_KEY> and card <CREDIT_CARD>\"}",
            "{\"id\":3,\"findings\":[],\"redacted\":\"nothing here\"}");
    }

    @Test
    void detector_selection_and_bad_input(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"text\":\"bob@example.com AKIAIOSFODNN7EXAMPLE\"}\nnot json\n");
        Run r = run("detect", "--detectors", "secrets", "--input", in.toString());
        assertThat(r.out()).contains("API_KEY").doesNotContain("EMAIL");
        assertThat(r.err()).contains("line 2: expected a JSON object").doesNotContain("not json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(run("detect", "--detectors", "bogus", "--input", in.toString()).err()).contains("Unknown detector 'bogus'");
    }

    @Test
    void help_lists_the_types() {
        Run r = run("detect", "--help");
        assertThat(r.out()).contains("EMAIL", "PHONE_NUMBER", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "PRIVATE_KEY", "JWT",
            "API_KEY", "AUTH_CREDENTIAL", "PASSWORD", "--detectors", "pii.email");
    }
}
