package dev.jguard.mcp.core.sanitize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the injection detector's figures per hold-out: recall of the rules alone and of the shipped detector, and the
 * share of ordinary and of hard ({@code hard-} family) benign samples flagged, with a total line. For measuring a new
 * hold-out once before it joins the corpus, or for reading where the detector misses.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$CP dev.jguard.mcp.core.sanitize.InjectionCorpusReport 58-61
 * java -Ddir=/tmp/holdouts -Dv=true -cp ... dev.jguard.mcp.core.sanitize.InjectionCorpusReport 62
 * </pre>
 *
 * {@code -Ddir} reads {@code injected-holdoutN.txt} / {@code benign-holdoutN.txt} from a directory instead of the test
 * resources; {@code -Dv=true} also prints the ids and first line of every miss and false positive.
 */
final class InjectionCorpusReport {

    private InjectionCorpusReport() {
    }

    /** Counts of one set (or of the total). */
    private static final class Tally {
        int injected;
        int caughtByRules;
        int caught;
        int ordinary;
        int ordinaryFlagged;
        int hard;
        int hardFlagged;

        void add(Tally o) {
            injected += o.injected;
            caughtByRules += o.caughtByRules;
            caught += o.caught;
            ordinary += o.ordinary;
            ordinaryFlagged += o.ordinaryFlagged;
            hard += o.hard;
            hardFlagged += o.hardFlagged;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-8s injected %4d  rules %5.1f%%  shipped %5.1f%%  | ordinary %4d flagged %5.2f%%"
                    + "  | hard %3d flagged %5.1f%%", name, injected, pct(caughtByRules, injected), pct(caught, injected),
                    ordinary, pct(ordinaryFlagged, ordinary), hard, pct(hardFlagged, hard));
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    public static void main(String[] args) throws IOException {
        PromptInjectionDetector shipped = PromptInjectionDetector.standard();
        PromptInjectionDetector rules = PromptInjectionDetector.rulesOnly();
        boolean verbose = Boolean.getBoolean("v");
        String dir = System.getProperty("dir");
        Tally total = new Tally();
        for (int n : InjectionModelTrainer.numbers(String.join(",", args))) {
            Tally t = new Tally();
            for (Corpus.Sample s : load(dir, "injected-holdout" + n + ".txt")) {
                t.injected++;
                t.caughtByRules += rules.isInjection(s.text()) ? 1 : 0;
                if (shipped.isInjection(s.text())) {
                    t.caught++;
                } else if (verbose) {
                    System.out.println("  miss " + s.id() + " " + s.source() + ": " + firstLine(s.text()));
                }
            }
            for (Corpus.Sample s : load(dir, "benign-holdout" + n + ".txt")) {
                boolean hard = s.source().startsWith("hard-");
                boolean flagged = shipped.isInjection(s.text());
                if (hard) {
                    t.hard++;
                    t.hardFlagged += flagged ? 1 : 0;
                } else {
                    t.ordinary++;
                    t.ordinaryFlagged += flagged ? 1 : 0;
                }
                if (flagged && verbose) {
                    System.out.println("  fp   " + s.id() + " " + s.source() + ": " + firstLine(s.text()));
                }
            }
            System.out.println(t.line("ho" + n));
            total.add(t);
        }
        System.out.println(total.line("total"));
    }

    private static List<Corpus.Sample> load(String dir, String name) throws IOException {
        if (dir == null) {
            return Corpus.load(name);
        }
        return Corpus.parse(Files.readString(Path.of(dir, name), StandardCharsets.UTF_8), name);
    }

    private static String firstLine(String text) {
        String t = text.replace('\n', ' ');
        return t.length() > 140 ? t.substring(0, 140) + "..." : t;
    }
}
