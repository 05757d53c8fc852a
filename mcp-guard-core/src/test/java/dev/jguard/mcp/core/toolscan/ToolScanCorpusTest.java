package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the built-in rules on the evaluation corpus: benign = real tools/list output of public MCP servers plus
 * realistic hand-written definitions; poisoned = definitions modelled on public tool-poisoning write-ups. Prints both
 * figures and asserts the targets (recall above 90%, benign block rate below 1%).
 */
class ToolScanCorpusTest {

    @Test
    void recallAndBenignBlockRateMeetTargets() {
        double[] figures = evaluate("tuning", Corpus.benign(), Corpus.poisoned());
        assertThat(figures[0]).as("benign block rate %%").isLessThan(1.0);
        assertThat(figures[1]).as("recall %%").isGreaterThan(90.0);
    }

    /** The held-out set was written after the rules were frozen; its figures are reported, with a looser floor. */
    @Test
    void heldOutSetIsReportedHonestly() {
        double[] figures = evaluate("held-out", Corpus.benign("holdout"), Corpus.poisoned("holdout"));
        assertThat(figures[0]).as("held-out benign block rate %%").isLessThan(5.0);
        assertThat(figures[1]).as("held-out recall %%").isGreaterThan(75.0);
    }

    /**
     * The second held-out set (50 poisoned / 76 benign) was written before the rules of that round changed. Its first
     * measurement, the honest generalisation figure, was recall 32.0% with 7.89% of benign tools blocked (see
     * NOTES-issue3.md, "Detection quality"); the rules were then fixed by technique, so these floors guard the fixes.
     */
    @Test
    void secondHeldOutSetIsReportedHonestly() {
        heldOut("holdout2", "held-out-2", 60, 40, 1.5, 95.0);
    }

    /**
     * The third held-out set (55 poisoned / 86 benign) was written before the rules of this round changed. First
     * measurement: recall 34.5% with 4.65% of benign tools blocked (NOTES-issue3.md); the floors guard the fixes.
     */
    @Test
    void thirdHeldOutSetIsReportedHonestly() {
        heldOut("holdout3", "held-out-3", 80, 50, 1.0, 55.0);
    }

    /**
     * The fourth held-out set (40 poisoned / 60 benign) was written after the speed work and before any rule change of
     * its round, modelled on other public write-ups (line jumping, full-schema poisoning, output-schema and annotation
     * text, leetspeak, sleeper conditions). First measurement: recall 77.5% with 3.33% of benign tools blocked; the
     * floors guard the fixes (NOTES-issue3.md).
     */
    @Test
    void fourthHeldOutSetIsReportedHonestly() {
        heldOut("holdout4", "held-out-4", 60, 40, 1.0, 95.0);
    }

    /** Measures one held-out folder, prints it and asserts its sizes and floors. */
    private static void heldOut(String folder, String label, int minBenign, int minPoisoned, double maxBlockRate, double minRecall) {
        List<ToolDefinition> benign = Corpus.benign(folder);
        List<Corpus.Poisoned> poisoned = Corpus.poisoned(folder);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(minBenign);
        assertThat(poisoned).hasSizeGreaterThanOrEqualTo(minPoisoned);
        double[] figures = evaluate(label, benign, poisoned);
        assertThat(figures[0]).as(label + " benign block rate %%").isLessThan(maxBlockRate);
        assertThat(figures[1]).as(label + " recall %%").isGreaterThan(minRecall);
    }

    private static double[] evaluate(String label, List<ToolDefinition> benign, List<Corpus.Poisoned> poisoned) {
        ScanReport benignReport = ToolScanner.defaults().scan(benign);
        List<String> falseBlocks = new ArrayList<>();
        int warned = 0;
        for (ToolReport r : benignReport.tools()) {
            if (r.verdict() == ToolVerdict.BLOCK) {
                falseBlocks.add(r.tool().server() + "/" + r.tool().name() + " " + r.findings());
            } else if (r.verdict() == ToolVerdict.WARN) {
                warned++;
                System.out.println("benign WARN " + r.tool().server() + "/" + r.tool().name() + " " + r.findings());
            }
        }
        List<String> missed = new ArrayList<>();
        for (Corpus.Poisoned p : poisoned) {
            ToolReport r = ToolScanner.defaults().scan(List.of(p.tool())).tools().get(0);
            if (r.verdict() != ToolVerdict.BLOCK) {
                missed.add(p.id() + " (" + p.technique() + ") " + r.verdict() + " " + r.findings());
            }
        }
        double blockRate = 100.0 * falseBlocks.size() / benign.size();
        double recall = 100.0 * (poisoned.size() - missed.size()) / poisoned.size();
        System.out.printf(Locale.ROOT, "toolscan corpus [" + label + "]: benign=%d blocked=%d (%.2f%%) warned=%d; poisoned=%d detected=%d recall=%.1f%%%n",
                benign.size(), falseBlocks.size(), blockRate, warned, poisoned.size(), poisoned.size() - missed.size(), recall);
        falseBlocks.forEach(s -> System.out.println("FALSE BLOCK " + s));
        missed.forEach(s -> System.out.println("MISSED " + s));
        assertThat(benign).hasSizeGreaterThanOrEqualTo(30);
        assertThat(poisoned).hasSizeGreaterThanOrEqualTo(30);
        return new double[] {blockRate, recall};
    }
}
