package dev.jguard.mcp.core.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Measures the injection detector on the labelled corpus: recall on injected tool outputs and the share of ordinary
 * outputs flagged. The "dev" files were used while writing the rules; the "holdout" files were written afterwards and
 * not tuned against (see NOTES-issue5.md). Prints the figures and the ids of misses and false positives.
 */
class InjectionCorpusTest {

    private final PromptInjectionDetector detector = PromptInjectionDetector.standard();

    record Figures(int injected, int caught, int benign, int flagged, List<String> misses, List<String> falsePositives) {
        double recall() {
            return injected == 0 ? 1 : (double) caught / injected;
        }

        double fpRate() {
            return benign == 0 ? 0 : (double) flagged / benign;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%s: recall %d/%d = %.1f%%, flagged benign %d/%d = %.1f%%, misses=%s, fps=%s",
                    name, caught, injected, 100 * recall(), flagged, benign, 100 * fpRate(), misses, falsePositives);
        }
    }

    Figures measure(String injectedFile, String benignFile) throws IOException {
        List<Corpus.Sample> inj = Corpus.load(injectedFile);
        List<Corpus.Sample> ben = Corpus.load(benignFile);
        List<String> misses = new ArrayList<>();
        List<String> fps = new ArrayList<>();
        for (Corpus.Sample s : inj) {
            if (!detector.isInjection(s.text())) {
                misses.add(s.id());
            }
        }
        for (Corpus.Sample s : ben) {
            if (detector.isInjection(s.text())) {
                fps.add(s.id() + hitsOf(s.text()));
            }
        }
        return new Figures(inj.size(), inj.size() - misses.size(), ben.size(), fps.size(), misses, fps);
    }

    private String hitsOf(String text) {
        return detector.hits(text).stream().map(PromptInjectionDetector.Hit::rule).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void devCorpusMeetsTargets() throws IOException {
        Figures f = measure("injected-dev.txt", "benign-dev.txt");
        System.out.println(f.line("dev"));
        assertThat(f.injected()).isGreaterThanOrEqualTo(50);
        assertThat(f.recall()).isGreaterThan(0.90);
        assertThat(f.fpRate()).isLessThan(0.02);
    }

    @Test
    void holdoutCorpusFigures() throws IOException {
        Figures f = measure("injected-holdout.txt", "benign-holdout.txt");
        System.out.println(f.line("holdout"));
        assertThat(f.recall()).isGreaterThan(0.90);
        assertThat(f.fpRate()).isLessThan(0.03);
    }
}
