package dev.jguard.mcp.examples.travelbot;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the five TravelBot chapters, each once without and once with mcp-guard, and prints what every attack achieved.
 *
 * <pre>{@code
 * List<TravelBotDemo.Row> rows = TravelBotDemo.runAll();
 * TravelBotDemo.print(rows, System.out);
 * }</pre>
 */
public final class TravelBotDemo {

    private TravelBotDemo() {
    }

    /**
     * One chapter's results.
     *
     * @param chapter the chapter
     * @param unguarded what the attack achieved without the guard
     * @param guarded what it achieved with the guard
     */
    public record Row(Chapter chapter, Outcome unguarded, Outcome guarded) {
    }

    /** @return the chapters in story order */
    public static List<Chapter> chapters() {
        return List.of(new ToolPoisoningChapter(), new TokenTheftChapter(), new OverBroadContextChapter(),
                new VerboseErrorChapter(), new ImpersonationChapter());
    }

    /**
     * @return every chapter's results
     * @throws Exception when a scenario cannot run
     */
    public static List<Row> runAll() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Chapter c : chapters()) {
            rows.add(new Row(c, c.run(false), c.run(true)));
        }
        return rows;
    }

    /**
     * @param rows the results
     * @param out where to print the table
     */
    public static void print(List<Row> rows, PrintStream out) {
        out.println("TravelBot: five attacks on an MCP agent, without and with mcp-guard");
        out.println();
        for (Row row : rows) {
            out.printf("Chapter %d  %s%n", row.chapter().number(), row.chapter().title());
            out.printf("  without guard: %s - %s%n", row.unguarded().attackSucceeded() ? "ATTACK SUCCEEDED" : "attack failed",
                    row.unguarded().detail());
            out.printf("  with guard:    %s - %s%n", row.guarded().attackSucceeded() ? "NOT YET DEFENDED" : "STOPPED",
                    row.guarded().detail());
            out.println();
        }
        long stopped = rows.stream().filter(r -> !r.guarded().attackSucceeded()).count();
        out.printf("%d of %d attacks stopped by mcp-guard%n", stopped, rows.size());
    }

    /**
     * @param args ignored
     * @throws Exception when a scenario cannot run
     */
    public static void main(String[] args) throws Exception {
        print(runAll(), System.out);
    }
}
