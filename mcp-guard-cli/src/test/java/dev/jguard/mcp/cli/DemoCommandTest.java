package dev.jguard.mcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoPrintsTheFiveChapterTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            exit = McpGuardCli.execute("demo");
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        for (int chapter = 1; chapter <= 5; chapter++) {
            assertThat(out).contains("Chapter " + chapter);
        }
        assertThat(out).contains("without guard: ATTACK SUCCEEDED").contains("attacks stopped by mcp-guard");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(McpGuardCli.execute("no-such-command")).isEqualTo(2);
    }
}
