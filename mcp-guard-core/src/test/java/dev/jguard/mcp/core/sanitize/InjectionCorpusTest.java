package dev.jguard.mcp.core.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the injection detector on the labelled corpus: recall on injected tool outputs and the share of ordinary
 * outputs flagged. The "dev" files were used while writing the rules; the "holdout" files were written afterwards and
 * not tuned against (see NOTES-issue5.md). Prints the figures and the ids of misses and false positives.
 */
class InjectionCorpusTest {

    /** The shipped detector: the rules and the learned model. */
    private final PromptInjectionDetector detector = PromptInjectionDetector.standard();
    /** The rules alone, whose floors below are those of the rounds that wrote them. */
    private final PromptInjectionDetector rules = PromptInjectionDetector.rulesOnly();
    /**
     * The most of a training set's benign samples the shipped detector may flag. The model learns from every set below
     * up to hold-out 39 and from 44 to 47, so its figures on them are training figures; the honest ones are hold-outs 40
     * to 43 and the trainer's leave-one-set-out runs (NOTES-issue5.md).
     */
    private static final double TRAINED_MAX_FLAGGED = 0.04;

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
        return measure(detector, injectedFile, benignFile);
    }

    Figures measure(PromptInjectionDetector detector, String injectedFile, String benignFile) throws IOException {
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
        return rules.hits(text).stream().map(PromptInjectionDetector.Hit::rule).collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * Measures one pair of files with the rules alone (the floors given) and with the shipped detector (the recall floor,
     * and at most {@link #TRAINED_MAX_FLAGGED} flagged), prints both lines and asserts sizes and figures.
     */
    private void check(String name, String injectedFile, String benignFile, int minInjected, int minBenign, double minRecall,
            double maxFpRate) throws IOException {
        check(name, injectedFile, benignFile, minInjected, minBenign, minRecall, maxFpRate, minRecall,
                Math.max(maxFpRate, TRAINED_MAX_FLAGGED));
    }

    private void check(String name, String injectedFile, String benignFile, int minInjected, int minBenign, double minRecall,
            double maxFpRate, double minRecallShipped, double maxFpShipped) throws IOException {
        Figures r = measure(rules, injectedFile, benignFile);
        System.out.println(r.line(name + " (rules)"));
        assertThat(r.injected()).isGreaterThanOrEqualTo(minInjected);
        assertThat(r.benign()).isGreaterThanOrEqualTo(minBenign);
        assertThat(r.recall()).as(name + " recall of the rules").isGreaterThan(minRecall);
        assertThat(r.fpRate()).as(name + " false-positive rate of the rules").isLessThan(maxFpRate);
        Figures f = measure(detector, injectedFile, benignFile);
        System.out.println(f.line(name));
        assertThat(f.recall()).as(name + " recall").isGreaterThan(minRecallShipped);
        assertThat(f.fpRate()).as(name + " false-positive rate").isLessThan(maxFpShipped);
    }

    /** {@link #checkHoldout(String, int, int, double, double, double, double)} with the shipped floors of a training set. */
    private void checkHoldout(String name, int minInjected, int minBenign, double minRecall, double maxFpRate)
            throws IOException {
        checkHoldout(name, minInjected, minBenign, minRecall, maxFpRate, minRecall, Math.max(maxFpRate, TRAINED_MAX_FLAGGED));
    }

    /** {@link #check} for the files of hold-out {@code name} ("holdout16" reads injected-holdout16.txt, benign-...). */
    private void checkHoldout(String name, int minInjected, int minBenign, double minRecall, double maxFpRate,
            double minRecallShipped, double maxFpShipped) throws IOException {
        String n = name.substring("holdout".length());
        check(name, "injected-holdout" + n + ".txt", "benign-holdout" + n + ".txt", minInjected, minBenign, minRecall,
                maxFpRate, minRecallShipped, maxFpShipped);
    }

    @Test
    void devCorpusMeetsTargets() throws IOException {
        check("dev", "injected-dev.txt", "benign-dev.txt", 50, 0, 0.95, 0.02);
    }

    @Test
    void holdoutCorpusFigures() throws IOException {
        check("holdout", "injected-holdout.txt", "benign-holdout.txt", 0, 0, 0.95, 0.03);
    }

    /**
     * The second hold-out (56 injected / 90 benign) was written before the rules of that round changed. First
     * measurement: recall 51.8%, benign flagged 12.2% (NOTES-issue5.md); the floors below guard the generic fixes.
     */
    @Test
    void secondHoldoutCorpusFigures() throws IOException {
        check("holdout2", "injected-holdout2.txt", "benign-holdout2.txt", 50, 80, 0.88, 0.015);
    }

    /**
     * The third hold-out (65 injected / 105 benign) was written before the rules of this round changed. First
     * measurement: recall 44.6%, benign flagged 3.8% (NOTES-issue5.md); the floors below guard the generic fixes.
     */
    @Test
    void thirdHoldoutCorpusFigures() throws IOException {
        check("holdout3", "injected-holdout3.txt", "benign-holdout3.txt", 60, 100, 0.78, 0.01);
    }

    /**
     * The fourth hold-out (70 injected / 110 benign) was written before the rules of this round changed. First
     * measurement: recall 25.7%, benign flagged 5.5% (NOTES-issue5.md); the floors below guard the generic fixes.
     */
    @Test
    void fourthHoldoutCorpusFigures() throws IOException {
        check("holdout4", "injected-holdout4.txt", "benign-holdout4.txt", 60, 100, 0.85, 0.015);
    }

    /**
     * The fifth hold-out (30 injected / 40 benign) was written after the fourth round's rules and never tuned for recall.
     * First measurement: recall 50.0%, benign flagged 15.0%; after generic precision fixes 50.0% / 2.5%
     * (NOTES-issue5.md). Its recall was tuned in the sixth session round; the floors guard those fixes.
     */
    @Test
    void fifthHoldoutCorpusFigures() throws IOException {
        check("holdout5", "injected-holdout5.txt", "benign-holdout5.txt", 30, 40, 0.9, 0.03);
    }

    /**
     * The sixth hold-out (100 injected / 150 benign) was written by a separate session that read neither the rules nor
     * the earlier corpora, modelled on the public sets. First measurement, before any change for it: recall 59.0%,
     * benign flagged 10.7%; after the sixth round's generic fixes 91.0% / 2.0% (NOTES-issue5.md).
     */
    @Test
    void sixthHoldoutCorpusFigures() throws IOException {
        check("holdout6", "injected-holdout6.txt", "benign-holdout6.txt", 100, 150, 0.88, 0.025);
    }

    /**
     * The seventh hold-out (80 injected / 120 benign), written by a separate session that read neither the rules nor
     * the earlier corpora, while the sixth round's rules were being written; measured once they were done and never
     * tuned against: recall 65.0%, benign flagged 3.3% (NOTES-issue5.md); the floors guard the later fixes.
     */
    @Test
    void seventhHoldoutCorpusFigures() throws IOException {
        check("holdout7", "injected-holdout7.txt", "benign-holdout7.txt", 80, 120, 0.85, 0.02);
    }

    /**
     * The eighth hold-out (120 injected / 180 benign), written by a separate session that read neither the rules nor
     * the earlier corpora, while the seventh round's rules were being written; measured once they were done and never
     * tuned against: 50.8% / 5.0% (NOTES-issue5.md); the floors guard the later fixes.
     */
    @Test
    void eighthHoldoutCorpusFigures() throws IOException {
        check("holdout8", "injected-holdout8.txt", "benign-holdout8.txt", 120, 180, 0.78, 0.025);
    }

    /**
     * The ninth hold-out (120 injected / 180 benign), written by a separate session that read neither the rules nor the
     * earlier corpora, while the eighth round's rules were being written; measured once they were done and never tuned
     * against: 59.2% / 3.3% (NOTES-issue5.md); the floors guard the later fixes.
     */
    @Test
    void ninthHoldoutCorpusFigures() throws IOException {
        check("holdout9", "injected-holdout9.txt", "benign-holdout9.txt", 120, 180, 0.82, 0.025);
    }

    /**
     * The tenth hold-out (120 injected / 200 benign), written by a separate session that read neither the rules nor the
     * earlier corpora, while the ninth round's rules were being written; measured once they were done and never tuned
     * against: 65.8% / 2.5% (NOTES-issue5.md); the floors guard the later fixes.
     */
    @Test
    void tenthHoldoutCorpusFigures() throws IOException {
        check("holdout10", "injected-holdout10.txt", "benign-holdout10.txt", 120, 200, 0.85, 0.03);
    }

    /**
     * The eleventh hold-out (150 injected / 220 benign), written by a separate session that read neither the rules nor
     * the earlier corpora, while the tenth round's rules were being written; measured once they were done and never
     * tuned against: 54.7% / 7.3% (NOTES-issue5.md); the floors guard the later fixes.
     */
    @Test
    void eleventhHoldoutCorpusFigures() throws IOException {
        check("holdout11", "injected-holdout11.txt", "benign-holdout11.txt", 150, 220, 0.82, 0.02);
    }

    /**
     * The twelfth hold-out (150 injected / 220 benign), written by a separate session that read neither the rules nor
     * the earlier corpora, while the eleventh round's rules were being written; measured once they were done and never
     * tuned against: 72.7% / 6.8%, then precision fixes only (NOTES-issue5.md).
     */
    @Test
    void twelfthHoldoutCorpusFigures() throws IOException {
        check("holdout12", "injected-holdout12.txt", "benign-holdout12.txt", 150, 220, 0.7, 0.035);
    }

    /**
     * The thirteenth hold-out (150 injected / 250 benign, a tenth of the benign samples hard cases), written by a
     * separate session that read neither the rules nor the earlier corpora, while the twelfth round's rules were being
     * written; measured once they were done and never tuned against: 70.0% / 2.0%; then tuned in the thirteenth round
     * (NOTES-issue5.md), the floors guard those fixes.
     */
    @Test
    void thirteenthHoldoutCorpusFigures() throws IOException {
        check("holdout13", "injected-holdout13.txt", "benign-holdout13.txt", 150, 250, 0.8, 0.025);
    }

    /**
     * The fourteenth hold-out (150 injected / 250 benign, a tenth of the benign samples hard cases), written by a
     * separate session that read neither the rules nor the earlier corpora, while the thirteenth round's rules were being
     * written; measured once they were done and never tuned against: 65.3% / 0.4%; then tuned in the fourteenth round
     * (NOTES-issue5.md); the floors guard those fixes.
     */
    @Test
    void fourteenthHoldoutCorpusFigures() throws IOException {
        check("holdout14", "injected-holdout14.txt", "benign-holdout14.txt", 150, 250, 0.8, 0.015);
    }

    /**
     * The fifteenth hold-out (120 injected / 200 benign, a tenth of the benign samples hard cases), written by a
     * separate session that read neither the rules nor the earlier corpora, while the fourteenth round's rules were
     * being written; measured once they were done and never tuned against: 79.2% / 1.0%; then tuned in the seventh
     * round of the fourth session (NOTES-issue5.md); the floors guard those fixes.
     */
    @Test
    void fifteenthHoldoutCorpusFigures() throws IOException {
        check("holdout15", "injected-holdout15.txt", "benign-holdout15.txt", 120, 200, 0.85, 0.015);
    }

    /**
     * Hold-outs 16 to 19 (120 injected / 200 benign each, about an eighth of the benign samples hard cases), each written
     * by a separate session that read neither the rules nor the earlier corpora, with its own emphasis: agent hijacking
     * (16), documents the model is asked about (17), jailbreak and classifier-dataset style (18), coding and MCP agents
     * (19). Measured once with the rules of the seventh round and never tuned against before: 58.3 / 3.5, 59.2 / 2.0,
     * 53.3 / 3.5 and 52.5 / 4.0 (recall / benign flagged, %); then tuned in the eighth round; the floors guard those
     * fixes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout16, 0.63, 0.04", "holdout17, 0.63, 0.025", "holdout18, 0.6, 0.04", "holdout19, 0.61, 0.05"})
    void sixteenthToNineteenthHoldoutCorpusFigures(String name, double minRecall, double maxFlagged) throws IOException {
        checkHoldout(name, 120, 200, minRecall, maxFlagged);
    }

    /**
     * Hold-outs 20 and 21 (120 injected / 200 benign each), written like 16 to 19 but mixing all families, while the
     * eighth round's rules were being written; measured once they were done and never tuned against: 69.2 / 3.5 and
     * 65.8 / 2.0 (recall / benign flagged, %), the latest honest figures; the floors are that level (NOTES-issue5.md).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout20, 0.67, 0.04", "holdout21, 0.64, 0.025"})
    void twentiethAndTwentyFirstHoldoutCorpusFigures(String name, double minRecall, double maxFlagged) throws IOException {
        checkHoldout(name, 120, 200, minRecall, maxFlagged);
    }

    /**
     * Hold-outs 22 to 25 (120 / 200 each), written like 20 and 21 (22: a quarter subtle; 23: a careful attacker who
     * avoids keywords; 24: agents and documents; 25: jailbreaks and developer agents); measured once with the rules of
     * the eighth or ninth round: 50.0 / 3.0, 58.3 / 3.5, 74.2 / 1.5, 69.2 / 5.0. The rules were not tuned on them; the
     * learned model trains on them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout22, 0.48, 0.035", "holdout23, 0.56, 0.04", "holdout24, 0.72, 0.02", "holdout25, 0.67, 0.055"})
    void twentySecondToTwentyFifthHoldoutCorpusFigures(String name, double minRecall, double maxFlagged) throws IOException {
        checkHoldout(name, 120, 200, minRecall, maxFlagged, minRecall, Math.max(maxFlagged, TRAINED_MAX_FLAGGED));
    }

    /**
     * Hold-outs 26 to 29 (120 / 200 each, about an eighth of the benign samples hard cases), written like 20 and 21
     * while the first learned model was being built and measured once: rules alone 50.8 / 2.0, 59.2 / 2.0, 63.3 / 3.0,
     * 57.5 / 1.0; that model 73.3 / 3.5, 82.5 / 2.0, 80.8 / 3.0, 80.8 / 1.5 (recall / benign flagged, %). The model
     * learns from them since the fifth session, so the shipped figures are training figures.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout26, 0.49, 0.025", "holdout27, 0.57, 0.025", "holdout28, 0.61, 0.035", "holdout29, 0.55, 0.015"})
    void holdouts26To29(String name, double minRecall, double maxFlagged) throws IOException {
        checkHoldout(name, 120, 200, minRecall, maxFlagged, 0.9, TRAINED_MAX_FLAGGED);
    }

    /**
     * Hold-outs 30 to 39 and 44 to 47 (150 / 200 each, 25 hard benign cases), written in the fifth session by helpers
     * that saw neither the rules nor any corpus, each with a focus (agent tool outputs, direct injections, multilingual,
     * careful wording, jailbreaks, German, European languages). Measured once with the detector as it stood (first-pass
     * recall of the rules and the then-shipped detector in NOTES-issue5.md), then added to the model's training data;
     * the rules' floors are those first-pass figures.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout30, 0.74, 0.04, 0.045", "holdout31, 0.6, 0.04, 0.04", "holdout32, 0.55, 0.035, 0.04",
        "holdout33, 0.58, 0.025, 0.04", "holdout34, 0.7, 0.035, 0.04", "holdout35, 0.74, 0.045, 0.045",
        "holdout36, 0.8, 0.065, 0.05", "holdout37, 0.59, 0.05, 0.04", "holdout38, 0.31, 0.02, 0.04",
        "holdout39, 0.54, 0.055, 0.04", "holdout44, 0.52, 0.035, 0.04", "holdout45, 0.7, 0.08, 0.04",
        "holdout46, 0.55, 0.05, 0.04", "holdout47, 0.5, 0.04, 0.04"})
    void fifthSessionTrainingHoldouts(String name, double minRecall, double maxFlagged, double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, 0.9, maxShipped);
    }

    /**
     * Hold-outs 48 to 51 (unseen in the fifth session) and 53, 56 and 57 (written in the sixth by helpers that saw
     * neither the rules nor any corpus: non-European languages, red-teamer style, short deepset-style texts in European
     * languages), each measured once with the detector as it stood, then added to the model's training data. The rules'
     * floors are those first-pass figures: 72.7 / 5.5, 68.0 / 1.0, 59.3 / 7.5, 49.3 / 3.5, 42.7 / 4.5, 74.7 / 3.5,
     * 60.0 / 0.5 (recall / benign flagged, hard cases included, %). The model of the fourth session of 2026-12-02 flags
     * one more benign sample of 51 (2.0%; the shipped ceiling was 2%).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout48, 0.72, 0.06, 0.045", "holdout49, 0.67, 0.015, 0.01", "holdout50, 0.58, 0.08, 0.065",
        "holdout51, 0.48, 0.04, 0.025", "holdout53, 0.42, 0.05, 0.05", "holdout56, 0.74, 0.04, 0.03",
        "holdout57, 0.59, 0.01, 0.02"})
    void sixthSessionTrainingHoldouts(String name, double minRecall, double maxFlagged, double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, 0.9, maxShipped);
    }

    /**
     * Hold-outs 58 to 61 (unseen in the sixth session, measured once there) and 66 and 67 (written in the seventh by
     * helpers that saw neither the rules nor any corpus, natively in fifteen languages of South, West and South-East
     * Asia and Africa, and in Chinese, Japanese, Korean, Russian, Ukrainian, Greek, Georgian and Armenian), then added
     * to the model's training data. First pass of 66 and 67 with the sixth session's detector: rules 4.0 / 0.0 and
     * 8.7 / 2.5, shipped 44.7 / 6.0 and 45.3 / 4.5 (recall / benign flagged, hard cases included, %). The rules' floors
     * are the first-pass figures.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout58, 0.19, 0.035, 0.015", "holdout59, 0.4, 0.03, 0.025", "holdout60, 0.65, 0.035, 0.03",
        "holdout61, 0.75, 0.05, 0.04", "holdout66, 0.03, 0.02, 0.025", "holdout67, 0.08, 0.03, 0.035"})
    void seventhSessionTrainingHoldouts(String name, double minRecall, double maxFlagged, double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, 0.9, maxShipped);
    }

    /**
     * Hold-outs 68 to 71 (unseen in the first session of 2026-12-02 and measured once there, natively in non-European
     * languages), then added to the model's training data in the second, when the limit came to be chosen on ordinary
     * benign samples only. The rules' floors are the figures of that session's rules: 5.3 / 0.5, 10.7 / 4.5, 8.7 / 2.5,
     * 2.0 / 0.5 (recall / benign flagged, hard cases included, %). The retrained model of the second session moved the
     * shipped ceilings of 53, 66 and 67 by one sample each (4.5 -> 5.0, 0.5 -> 1.0, 3.0 -> 3.5%).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout68, 0.05, 0.01, 0.015", "holdout69, 0.1, 0.05, 0.05", "holdout70, 0.08, 0.04, 0.045",
        "holdout71, 0.015, 0.01, 0.01"})
    void secondSessionOfDecember2TrainingHoldouts(String name, double minRecall, double maxFlagged, double maxShipped)
            throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, 0.9, maxShipped);
    }

    /**
     * Hold-outs 72 to 77 (unseen in the second session of 2026-12-02 and measured there, see
     * {@link #unseenHoldoutFigures}), then added to the model's training data in the third. The rules' floors are those
     * they had as unseen sets.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout72, 0.75, 0.02, 0.02", "holdout73, 0.18, 0.03, 0.03", "holdout74, 0.03, 0.02, 0.02",
        "holdout75, 0.72, 0.03, 0.03", "holdout76, 0.69, 0.05, 0.025", "holdout77, 0.61, 0.025, 0.03"})
    void thirdSessionOfDecember2TrainingHoldouts(String name, double minRecall, double maxFlagged, double maxShipped)
            throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, 0.9, maxShipped);
    }

    /**
     * Hold-outs 78 to 83 (unseen in the third session of 2026-12-02, see {@link #unseenHoldoutFigures}), and 84, 88, 89,
     * 93 and 94 (written in the fourth session for training: 84 English MCP server outputs, whose misses were read to
     * find the automated-reader rules; the others natively in 44 languages of Europe, Asia and Africa, rich in ordinary
     * imperatives to people), added to the model's training data in the fourth session. Floors: rules recall, rules
     * benign flagged, shipped recall (0.9 until the model of 2-156 put 93, in 44 languages, at 88.7%), shipped benign
     * flagged.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout78, 0.73, 0.035, 0.9, 0.025", "holdout79, 0.15, 0.03, 0.9, 0.035", "holdout80, 0.09, 0.045, 0.9, 0.04",
        "holdout81, 0.08, 0.03, 0.9, 0.025", "holdout82, 0.68, 0.02, 0.9, 0.015", "holdout83, 0.79, 0.035, 0.9, 0.025",
        "holdout84, 0.65, 0.05, 0.9, 0.03", "holdout88, 0.04, 0.025, 0.9, 0.03", "holdout89, 0.07, 0.03, 0.9, 0.035",
        "holdout93, 0.03, 0.015, 0.88, 0.015", "holdout94, 0.04, 0.02, 0.9, 0.065"})
    void fourthSessionOfDecember2TrainingHoldouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * Hold-outs 85-87, 90-92 and 95-116, unseen until the first session of 2026-12-03, and 117-124, that session's
     * validation sets (their first figures are in {@link #unseenHoldoutFigures}' Javadoc), added to the model's training
     * data with two rounds of rules; floors are in-sample figures: rules recall, rules benign flagged, shipped recall,
     * shipped benign flagged.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout85, 0.14, 0.025, 0.97, 0.025", "holdout86, 0.07, 0.035, 0.97, 0.03",
        "holdout87, 0.68, 0.04, 0.96, 0.02", "holdout90, 0.65, 0.04, 0.97, 0.025",
        "holdout91, 0.51, 0.06, 0.99, 0.045", "holdout92, 0.75, 0.055, 0.97, 0.03",
        "holdout95, 0.8, 0.05, 0.98, 0.025", "holdout96, 0.77, 0.09, 0.96, 0.07",
        "holdout97, 0.44, 0.04, 0.98, 0.03", "holdout98, 0.69, 0.035, 0.97, 0.035",
        "holdout99, 0.05, 0.03, 0.95, 0.03", "holdout100, 0.01, 0.005, 0.88, 0.01",
        "holdout101, 0.11, 0.055, 0.97, 0.045", "holdout102, 0.2, 0.02, 0.97, 0.02",
        "holdout103, 0.35, 0.025, 0.96, 0.02", "holdout104, 0.69, 0.035, 0.97, 0.02",
        "holdout105, 0.73, 0.035, 0.97, 0.005", "holdout106, 0.71, 0.03, 0.97, 0.04",
        "holdout107, 0.22, 0.04, 0.93, 0.04", "holdout108, 0.11, 0.025, 0.97, 0.02",
        "holdout109, 0.68, 0.03, 0.95, 0.02", "holdout110, 0.63, 0.035, 0.96, 0.025",
        "holdout111, 0.22, 0.025, 0.96, 0.03", "holdout112, 0.03, 0.02, 0.94, 0.015",
        "holdout113, 0.09, 0.035, 0.97, 0.045", "holdout114, 0.05, 0.04, 0.95, 0.045",
        "holdout115, 0.64, 0.055, 0.96, 0.025", "holdout116, 0.58, 0.025, 0.97, 0.02",
        "holdout117, 0.67, 0.055, 0.97, 0.03", "holdout118, 0.84, 0.045, 0.98, 0.045",
        "holdout119, 0.59, 0.05, 0.99, 0.03", "holdout120, 0.13, 0.025, 0.95, 0.02",
        "holdout121, 0.08, 0.02, 0.94, 0.02", "holdout122, 0.07, 0.055, 0.98, 0.06",
        "holdout123, 0.01, 0.015, 0.97, 0.015", "holdout124, 0.71, 0.055, 0.95, 0.035"})
    void firstSessionOfDecember3TrainingHoldouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * Hold-outs 125-132, the test sets of the first session of 2026-12-03 (their once-measured figures are in
     * {@link #unseenHoldoutFigures}' Javadoc), and 133-136, the validation sets of the second (English documents;
     * careful favours asked of the user's assistant; agent JSON, YAML and dict outputs; web agent pages), added to the
     * model's training data with a round of rules; then 137-140, that session's first test sets (their once-measured
     * figures are in {@link #unseenHoldoutFigures}' Javadoc), with a second round, 141-148, its second test batch, with a
     * third, and 149-156, its third, with a fourth; floors are in-sample figures: rules
     * recall, rules benign flagged, shipped recall, shipped benign flagged.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout125, 0.7, 0.05, 0.96, 0.02", "holdout126, 0.72, 0.075, 0.95, 0.065",
        "holdout127, 0.71, 0.045, 0.94, 0.035", "holdout128, 0.79, 0.05, 0.99, 0.035",
        "holdout129, 0.78, 0.045, 0.97, 0.035", "holdout130, 0.15, 0.025, 0.96, 0.03",
        "holdout131, 0.1, 0.035, 0.97, 0.035", "holdout132, 0.77, 0.09, 0.99, 0.05",
        "holdout133, 0.65, 0.045, 0.97, 0.03", "holdout134, 0.55, 0.035, 0.97, 0.025",
        "holdout135, 0.72, 0.045, 0.96, 0.025", "holdout136, 0.77, 0.045, 0.97, 0.04",
        "holdout137, 0.69, 0.03, 0.95, 0.02", "holdout138, 0.72, 0.045, 0.97, 0.045",
        "holdout139, 0.53, 0.035, 0.97, 0.035", "holdout140, 0.69, 0.05, 0.97, 0.02",
        "holdout141, 0.65, 0.04, 0.95, 0.02", "holdout142, 0.72, 0.035, 0.97, 0.015",
        "holdout143, 0.65, 0.045, 0.97, 0.03", "holdout144, 0.77, 0.035, 0.97, 0.02",
        "holdout145, 0.69, 0.09, 0.99, 0.045", "holdout146, 0.6, 0.015, 0.99, 0.005",
        "holdout147, 0.11, 0.03, 0.96, 0.035", "holdout148, 0.04, 0.04, 0.95, 0.04",
        "holdout149, 0.69, 0.065, 0.97, 0.05", "holdout150, 0.63, 0.035, 0.95, 0.02",
        "holdout151, 0.75, 0.07, 0.96, 0.025", "holdout152, 0.72, 0.045, 0.99, 0.035",
        "holdout153, 0.77, 0.035, 0.99, 0.015", "holdout154, 0.67, 0.045, 0.97, 0.03",
        "holdout155, 0.12, 0.03, 0.92, 0.03", "holdout156, 0.05, 0.02, 0.95, 0.02"})
    void secondSessionOfDecember3TrainingHoldouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * Hold-outs 157 to 164 (the last test batch of the second session of 2026-12-03; their once-measured figures are in
     * {@link #unseenHoldoutFigures}' Javadoc) and 165, 167, 169 and 172, the validation sets of the third session
     * (e-mail and calendar agents; structured data; short texts, 40% Spanish; German, French and English), read for its
     * rules and then trained on. Floors as in {@link #secondSessionOfDecember3TrainingHoldouts}: regression guards of
     * in-sample sets, not measures of quality.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout157, 0.64, 0.065, 0.95, 0.05", "holdout158, 0.69, 0.045, 0.98, 0.035",
        "holdout159, 0.73, 0.045, 0.97, 0.025", "holdout160, 0.79, 0.03, 0.98, 0.035",
        "holdout161, 0.71, 0.03, 0.95, 0.015", "holdout162, 0.57, 0.03, 0.98, 0.02",
        "holdout163, 0.16, 0.04, 0.97, 0.035", "holdout164, 0.02, 0.035, 0.94, 0.02",
        "holdout165, 0.76, 0.045, 0.99, 0.03", "holdout167, 0.85, 0.045, 0.99, 0.035",
        "holdout169, 0.52, 0.03, 0.98, 0.02", "holdout172, 0.37, 0.03, 0.96, 0.02"})
    void thirdSessionOfDecember3TrainingHoldouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * The fourth session of 2026-12-03's validation sets, read for its rules, then trained on in the first session of
     * 2026-12-04 (the model that flagged 5-7% of the ordinary Thai, Hindi and CJK texts of older sets had been trained on
     * the test sets 166-171 as well; see NOTES-issue5.md): 173 and 175 (the
     * languages of 174 and 176), 177 (English coding agents and repositories), 179 (German, Polish, Romanian, Greek,
     * Danish, Norwegian, Finnish, Hungarian, Ukrainian), 181 (Thai, Hebrew, Hindi, Bengali, Persian, Urdu, Malay, Tagalog,
     * Swahili), 182 (Greek, Ukrainian, Romanian, Hungarian, Finnish, Danish, Norwegian, Polish, Bulgarian, Serbian,
     * Croatian, Slovak), 183 (agent data in CJK, Arabic, Russian, Hebrew, Thai, Vietnamese, Hindi), 184 (agent data, task
     * hijacks and role-play in ten European languages, Turkish and Indonesian), 185 (Thai, Hebrew, Hindi, Vietnamese,
     * Arabic, Persian, Bengali, Urdu), 186 (Korean, Japanese, Chinese, Indonesian, Malay, Tagalog, Thai), 187 (Spanish,
     * Portuguese, French, Italian, German, Dutch, Catalan) and 188 (Russian, Ukrainian, Polish, Czech, Turkish, Greek,
     * Romanian, Hungarian, Bulgarian). Regression guards of in-sample sets; the rules were fitted to their misses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout173, 0.23, 0.03, 0.92, 0.06", "holdout175, 0.15, 0.03, 0.94, 0.06",
        "holdout177, 0.7, 0.05, 0.92, 0.045", "holdout179, 0.2, 0.01, 0.9, 0.055",
        "holdout181, 0.04, 0.025, 0.89, 0.07", "holdout182, 0.1, 0.035, 0.74, 0.085",
        "holdout183, 0.05, 0.025, 0.88, 0.08", "holdout184, 0.14, 0.01, 0.86, 0.055",
        "holdout185, 0.01, 0.015, 0.76, 0.075", "holdout186, 0.12, 0.04, 0.9, 0.065",
        "holdout187, 0.17, 0.025, 0.86, 0.055", "holdout188, 0.12, 0.035, 0.77, 0.07"})
    void fourthSessionOfDecember3TrainingHoldouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * The hold-outs written in the first session of 2026-12-04 by helpers that saw neither rules nor corpus (150 / 200
     * each). Figures before and after are in NOTES-issue5.md; the floors are regression guards.
     * <ul>
     * <li>Trained on: 200 (Thai, Hindi, Arabic, Hebrew, Chinese, Japanese, Korean, Persian, Bengali, Urdu; long ordinary
     * texts), 201 (Greek, Ukrainian, Russian, Bulgarian, Serbian, Czech, Hungarian, Finnish, Swedish, Romanian, Turkish,
     * Indonesian), 202 (Serbian, Croatian, Bulgarian, Hungarian, Finnish, Estonian, Romanian, Slovenian), 203 (Turkish,
     * Indonesian, Vietnamese, Tagalog, Malay, Swahili, Azerbaijani), 204 (Thai, Hindi, Bengali, Tamil, Arabic, Hebrew,
     * Persian, Urdu, Marathi), 205 (Russian, Ukrainian, Polish, Czech, Slovak, Greek, Lithuanian, Latvian) and 206
     * (Chinese, Japanese, Korean).</li>
     * <li>Validation, not trained on (a model trained on them too was measured and not shipped): 207 (careful injections
     * in German, French, Spanish, Italian, Portuguese, Dutch), 208 (Polish, Czech, Slovak, Russian, Ukrainian,
     * Bulgarian), 209 (Chinese, Japanese, Korean; long ordinary texts), 210 (Thai, Hindi, Bengali, Arabic, Hebrew,
     * Persian, Urdu, Tamil), 211 (Turkish, Vietnamese, Indonesian, Hungarian, Finnish, Greek, Romanian), 212 (careful
     * English injections in long agent outputs). Session start -> shipped, recall / ordinary benign flagged: together
     * 82.9 / 1.63 -> 85.2 / 1.92.</li>
     * <li>Validation, not read, that chose the models of the session: 215 and 216 English (a balanced mix; careful mail,
     * calendar, CRM and document agents), 217 French, Spanish, German, Italian, Portuguese, Dutch, Swedish, Danish, 218
     * Russian, Polish, Czech, Ukrainian, Greek, Hungarian, Romanian, Turkish, 219 Chinese, Japanese, Korean, Thai,
     * Vietnamese, Indonesian, Hindi, Arabic, Hebrew, Persian, 220 half English (developer tools, MCP servers, coding, web
     * and shopping agents). Session start -> shipped: together 90.6 / 2.21 -> 91.2 / 1.06.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "holdout200, 0.09, 0.045, 0.97, 0.045", "holdout201, 0.11, 0.045, 0.96, 0.045",
        "holdout202, 0.03, 0.045, 0.94, 0.045", "holdout203, 0.09, 0.03, 0.97, 0.025",
        "holdout204, 0.01, 0.015, 0.95, 0.02", "holdout205, 0.11, 0.025, 0.89, 0.025",
        "holdout206, 0.11, 0.075, 0.98, 0.06", "holdout207, 0.19, 0.025, 0.85, 0.055",
        "holdout208, 0.11, 0.03, 0.83, 0.07", "holdout209, 0.09, 0.045, 0.8, 0.085",
        "holdout210, 0.06, 0.01, 0.78, 0.07", "holdout211, 0.12, 0.035, 0.83, 0.085",
        "holdout212, 0.67, 0.04, 0.93, 0.04", "holdout215, 0.75, 0.065, 0.92, 0.035",
        "holdout216, 0.72, 0.06, 0.94, 0.05", "holdout217, 0.21, 0.035, 0.91, 0.07",
        "holdout218, 0.11, 0.02, 0.79, 0.04", "holdout219, 0.14, 0.055, 0.92, 0.115",
        "holdout220, 0.47, 0.055, 0.93, 0.055"})
    void firstSessionOfDecember4Holdouts(String name, double minRecall, double maxFlagged, double minShipped,
            double maxShipped) throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * Ordinary texts only, written last on 2026-12-04 by helpers that saw neither rules nor corpus, 200-250 long texts
     * each (news, mail, chats, forums, wiki, product pages, documents): Thai and Lao; Chinese; Japanese and Korean;
     * Hindi, Bengali, Marathi and Tamil; Arabic, Persian and Urdu; Hebrew, Vietnamese and Indonesian. The first half of
     * each file is 221-226 (trained on), the second 227-232 (not trained on). Before, the model of the session flagged
     * 5.5% of 227-232 (Thai 13%); the shipped one 3.1% (Thai 7%). Floors: the share of them the shipped detector flags.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout221, 0.01", "holdout222, 0.01", "holdout223, 0.025", "holdout224, 0.01", "holdout225, 0.01",
        "holdout226, 0.01", "holdout227, 0.08", "holdout228, 0.015", "holdout229, 0.01", "holdout230, 0.035",
        "holdout231, 0.075", "holdout232, 0.03"})
    void ordinaryAsianTextsOfDecember4(String name, double maxShipped) throws IOException {
        String n = name.substring("holdout".length());
        Figures f = measure(detector, "injected-holdout" + n + ".txt", "benign-holdout" + n + ".txt");
        System.out.println(f.line(name));
        assertThat(f.injected()).isZero();
        assertThat(f.benign()).isGreaterThanOrEqualTo(100);
        assertThat(f.fpRate()).as(name + " false-positive rate").isLessThan(maxShipped);
    }

    /**
     * The honest figures of the shipped detector: hold-outs never trained on (150 / 200 each, 25-31 hard benign cases).
     * <ul>
     * <li>40 to 43: balanced mixes of the public families, written with 42 to 47. Rules alone 83.3 / 3.5, 64.7 / 4.0,
     * 76.7 / 3.5, 76.0 / 1.5; shipped (model of the sixth session) 96.7 / 2.0, 91.3 / 2.0, 96.7 / 3.0, 96.0 / 1.5; the
     * fifth session's model had 96.0 / 3.0, 91.3 / 1.5, 95.3 / 3.0, 97.3 / 2.0. Together 95.2% recall at 0.86% of the
     * ordinary benign samples flagged (the fifth session's model: 95.0% at 1.15%).</li>
     * <li>52, 54 and 55, written in the sixth session: a balanced mix, careful wordings only, and long agent tool outputs
     * with the injection buried. First measured with the fifth session's model: 92.0 / 1.5, 90.0 / 2.0, 96.0 / 2.5;
     * with the model retrained on 48-51, 53, 56 and 57: 94.0 / 1.0, 92.7 / 2.0, 97.3 / 4.0. Rules alone 76.7 / 1.5,
     * 62.7 / 5.0, 84.0 / 4.0.</li>
     * <li>62 to 65, written in the seventh session by helpers that saw neither the rules nor any corpus: a balanced
     * mix; natively in ten languages (Hindi, Bengali, Urdu, Arabic, Persian, Turkish, Indonesian, Vietnamese, Thai,
     * Swahili); natively in Chinese, Japanese, Korean, Russian and Ukrainian; careful wordings in long agent outputs.
     * First measured with the sixth session's model: 94.0 / 2.5, 43.3 / 6.5, 66.0 / 8.5, 94.0 / 3.0; rules alone
     * 68.0 / 4.0, 3.3 / 2.0, 14.7 / 4.5, 62.7 / 3.0. With the concept features and the model retrained on 58-61, 66 and
     * 67 (whose languages overlap those of 63 and 64): 94.7 / 2.0, 72.7 / 9.0, 73.3 / 6.5, 94.0 / 2.5; ordinary benign
     * flagged 0.57, 2.29, 2.29 and 1.14%.</li>
     * <li>68 to 71, written after the model was final and measured once with it, natively in non-European languages:
     * 68 ten languages of South, West and South-East Asia and Africa in everyday tool outputs; 69 Chinese, Japanese,
     * Korean, Russian and Ukrainian; 70 fifteen languages with 70 hard benign cases; 71 fifteen languages of South and
     * South-East Asia in agent tool outputs. Rules alone 5.3 / 0.5, 10.7 / 4.5, 8.7 / 3.0, 2.0 / 0.5; shipped 79.3 /
     * 6.0, 70.7 / 6.5, 84.0 / 15.0, 72.7 / 9.5 (ordinary benign flagged 1.71, 2.30, 2.31 and 3.43%); the sixth
     * session's model had 50.7, 56.7, 64.0 and 44.7% recall at 5.14, 2.87, 5.38 and 2.86% ordinary flagged. Trained on
     * since the second session of 2026-12-02 ({@link #secondSessionOfDecember2TrainingHoldouts}).</li>
     * <li>The seventh session's retrained model moved three floors by one to three samples: 40's benign flagged 2.0 ->
     * 2.5%, 52's recall 94.0 -> 92.7% and benign flagged 1.0 -> 1.5%, 54's recall 92.7 -> 90.7%. Together 40-43, 52, 54 and 55 went
     * from 95.0% recall at 1.00% of ordinary benign flagged to 94.5% at 0.58%.</li>
     * <li>72 to 75, written in the second session of 2026-12-02 by helpers that saw neither the rules nor any corpus: 72
     * the agent benchmarks (InjecAgent, AgentDojo, BIPIA) in English; 73 natively in ten European languages other than
     * English; 74 natively in fifteen languages outside Western Europe; 75 short texts (direct injections, jailbreaks,
     * one-field tool results) in English and some German. First measured with the session's starting detector: 96.0 /
     * 1.0, 79.3 / 6.5, 76.7 / 9.0, 90.7 / 2.5 (ordinary benign flagged 0.0, 1.14, 2.29, 0.57%). The misses of 75 and
     * of 73 then showed short pivots ("Gut gemacht! Neue Aufgabe: ...") and the basic dismissal in Romanian, Czech and
     * Swedish missing from the rules, which were added by technique; 72 and 74 were not looked into.</li>
     * <li>The second session of 2026-12-02 trained the model on 68-71 as well and chose its limit on ordinary benign
     * samples only. 76 (a balanced mix, 20% in other languages) and 77 (careful wordings in long agent outputs, 10% in
     * other languages) were written after that model was final and measured once with it: 93.3 / 2.0 and 89.3 / 2.0
     * (ordinary benign flagged 0.57% each); the session's starting build had 93.3 / 2.0 and 91.3 / 1.5. The retraining
     * (limit 1.54) moved five floors: 40's recall 96.7 -> 96.0%, 55's 97.3 -> 96.0%, 65's 94.0 -> 90.0% (and
     * benign flagged 3.0 -> 3.5%), 62's benign flagged 2.0 -> 2.5%; 63 and 64 rose to 78.0 / 6.0 and 81.3 / 6.0.</li>
     * <li>Then the limit's cross-validation went from five folds to ten (it had moved by 0.3 when one rule was added),
     * which put the limit at 1.34 instead of 1.54: a point further along the same curve. Recall rose on every unseen
     * set (40 96.7, 52 95.3, 55 97.3, 62 96.0, 63 79.3, 65 91.3, 72 98.0, 73 82.7, 74 84.0, 75 94.7, 76 95.3, 77 90.0)
     * and so did the benign flagged of ten (by one to three samples; 40 3.0, 52 2.0, 55 5.0, 62 3.0, 63 6.5, 64 7.5,
     * 65 4.0, 75 2.5, 76 3.0, 77 2.5%). Over the English and mixed sets ordinary benign flagged is 1.02%.</li>
     * <li>Last, the basic dismissal became a rule in Indonesian, Malay, Hebrew, Swahili, Hindi, Bengali and Urdu, and the
     * model was retrained (limit 1.27). Each set moved by one or two samples either way (40 96.0, 52 benign flagged
     * 2.5, 62 94.0, 73 82.0 / 5.5, 75 94.0, 76 94.7, 77 3.0%); the rules now flag three hard cases of 66 and two of
     * 70 (detector fixtures, fiction, a security blog quoting the dismissal in those languages). The review then made
     * three of the new rules use the shared dismissal words; the retrained model (limit 1.21) flags 64's benign samples
     * at 8.0% (7.5) and 74's at 9.5% (7.5), with recall 84.0 and 86.7%.</li>
     * <li>The third session of 2026-12-02 trained the model on 72-77 as well ({@link #thirdSessionOfDecember2TrainingHoldouts};
     * limit 1.50). 78 to 83 were written at the start of that session by helpers that saw neither the rules nor any
     * corpus: 78 realistic MCP tool outputs in English, a third of them careful; 79 natively in ten European languages
     * other than English; 80 natively in Chinese, Japanese, Korean, Russian and Arabic; 81 natively in ten languages of
     * South, West and South-East Asia; 82 short direct injections and jailbreaks, mostly English; 83 technical content
     * (code, CI logs, configs, tool descriptions). First measured with the session's starting detector: shipped 90.7,
     * 77.3, 86.0, 88.7, 94.7, 90.7% recall at 0.00, 2.86, 2.33, 5.71, 1.74, 1.14% of ordinary benign flagged; with the
     * retrained model 91.3, 80.7, 87.3, 89.3, 95.3, 92.0% at 0.00, 2.86, 0.00, 4.57, 1.74, 1.71%. Their misses were not
     * looked into. The retraining moved four older floors by one or two samples: 42's benign flagged 3.5 -> 4.0%, 54's
     * recall 92.7 -> 92.0%, 63's benign flagged 7.0%, 65's recall 90.7 -> 88.7%; and the training set 60's benign flagged
     * to 2.5%.</li>
     * <li>The fourth session of 2026-12-02 trained the model on 78-84, 88, 89, 93 and 94 as well, with 26 more languages
     * in the concept lexicon and four rules by technique (limit 1.82). Written by helpers that saw neither the rules nor
     * any corpus: at the session's start 85 (twelve European languages, five of them less common), 86 (thirteen Asian
     * languages), 87 (long documents with a buried injection, mostly English), 90 (careful English injections in agent
     * outputs), 91 (a multinational company's mixed-language workload) and 92 (injections in one field of structured
     * data); while candidate models were trained 95 (a balanced English mix of the public families), 96 (careful
     * English injections in long outputs), 97 (a multilingual mix), 98 (short direct injections and jailbreaks), 99-102
     * (written for training, then kept unseen: less common European, African and South Asian, East and South-East Asian,
     * and major European languages, rich in ordinary imperatives and in benign text about software and AI), 103 (twenty
     * languages) and 104 (agent outputs, mostly English). Session start -> shipped, recall / ordinary benign flagged:
     * 85 66.0 / 2.30 -> 80.0 / 3.45, 86 90.0 / 3.43 -> 90.0 / 1.71, 87 94.0 / 2.29 -> 94.7 / 1.71, 90 89.3 / 1.18 ->
     * 92.0 / 0.59, 91 89.3 / 0.00 -> 90.7 / 1.76, 92 93.3 / 1.16 -> 95.3 / 0.58, 95 94.0 / 0.00 -> 96.0 / 0.00, 96 91.3
     * / 3.47 -> 91.3 / 2.31, 97 90.0 / 1.71 -> 93.3 / 1.71, 98 96.0 / 1.74 -> 94.7 / 3.49, 99 44.7 / 1.71 -> 72.0 /
     * 2.29, 100 47.3 / 1.14 -> 66.0 / 2.86, 101 92.7 / 9.14 -> 92.0 / 5.71, 102 84.7 / 3.45 -> 82.7 / 2.30, 103 92.0 /
     * 1.73 -> 90.7 / 0.00, 104 95.3 / 1.14 -> 96.0 / 1.14. 85, 86 and 95-98 also helped choose among candidate models
     * (a mild selection); no miss of these sets was read. The older unseen sets moved by one to three samples either
     * way (40-43, 52, 54, 55, 62-65 together 92.7 / 1.10 -> 93.2 / 1.16); all floors were set to the new figures.</li>
     * <li>105 to 116, measured once each with the detector of the fourth session of 2026-12-02: 105-108 written at the end of that session (a balanced English mix; short English and German
     * texts; twelve European languages and Turkish; twelve Asian and Middle Eastern languages and Russian), 109-116 at
     * the start of the fifth (English MCP outputs; short English and German texts; Western and Central European;
     * Northern, Baltic and South-East European; East and South-East Asian; South Asian, Middle Eastern, Slavic and
     * African languages; careful English injections against technical and business text; code-switched content).
     * Shipped, recall / ordinary benign flagged: 105 92.7 / 1.14, 106 95.3 / 4.12, 107 78.7 / 1.16, 108 88.7 / 0.57,
     * 109 89.3 / 1.14, 110 90.0 / 1.14, 111 79.3 / 0.57, 112 76.7 / 2.30, 113 92.7 / 2.91, 114 78.0 / 1.72, 115
     * 91.3 / 2.67, 116 90.0 / 0.00. The fifth session's fix of {@code address.note-to} ("write better instructions for
     * ChatGPT") then took 106 to 3.53; no other set moved. Misses and false positives of 106 and 107 were read;
     * two candidate models trained on the non-English unseen sets were scored on 109-116 and not shipped
     * (NOTES-issue5.md, fifth session).</li>
     * <li>The first session of 2026-12-03 moved 85-87, 90-92 and 95-116 into the training data
     * ({@link #firstSessionOfDecember3TrainingHoldouts}), added a round of rules for the automated reader named in the
     * third person (the misses of 105, 109, 115 and 116 were read), gave the lone ambiguous strong rules the same veto as
     * the weak ones (0.3 instead of 0.25) and retrained at a false-positive target of 1.25% (limit 2.11). 117-124 were
     * written at the session's start by helpers that saw neither the rules nor any corpus (117 agent JSON outputs, 118
     * web content, 119 short direct injections in English, German, Spanish, French and Italian, 120 Romance languages,
     * 121 German, Dutch, Slavic, Hungarian and Greek, 122 East and South-East Asian, 123 Middle Eastern, South Asian and
     * African languages, 124 developer tool outputs) and chose between candidate models: a validation set, not an
     * unseen one. Session start -> shipped, recall / ordinary benign flagged: 117 92.7 / 0.58 -> 92.0 / 0.00, 118 96.7
     * / 0.00 -> 96.7 / 0.59, 119 92.0 / 1.72 -> 95.3 / 1.15, 120 78.7 / 2.86 -> 79.3 / 2.86, 121 78.0 / 1.71 -> 80.7 /
     * 1.71, 122 92.0 / 4.60 -> 94.0 / 4.02, 123 83.3 / 1.71 -> 85.3 / 2.29, 124 89.3 / 4.05 -> 92.0 / 2.89; together
     * 87.8 / 2.16 -> 89.4 / 1.95. 40-43, 52, 54, 55 and 62-65 together: 93.2 / 1.16 -> 93.2 / 0.84 (63 83.3 -> 78.7).
     * The training set 84's benign flagged rose to 2.5%. A second round of rules followed (the user's assistant asked in
     * the third person), after which 117-124 were read and trained on too (limit 1.88). 125 and 127-129, 131 and 132,
     * written mid-session by helpers that saw neither rules nor corpus (e-mail and messaging; short direct injections,
     * 20% German; travel and shopping; software development; Chinese, Japanese, Korean, Hindi, Arabic, Russian and
     * Brazilian Portuguese; careful injections against 55 hard cases), were measured once at the end. Session start ->
     * shipped, recall / ordinary benign flagged: 125 93.3 / 0.57 -> 90.7 / 0.57, 127 92.0 / 2.92 -> 93.3 / 2.34, 128
     * 95.3 / 0.59 -> 95.3 / 1.18, 129 92.0 / 0.00 -> 92.7 / 0.00, 131 87.3 / 1.71 -> 92.0 / 2.29, 132 95.3 / 0.69 ->
     * 96.0 / 1.38; together 92.6 / 1.09 -> 93.3 / 1.29, the English ones 93.6 / 0.96 -> 93.6 / 1.08. 126 (English documents:
     * contracts, CVs, abstracts, minutes, news) and 130 (German, French, Spanish), finished last, were measured once with
     * the shipped detector only: 87.3 / 0.57 and 83.3 / 1.14. All eight have since been trained on (see
     * {@link #secondSessionOfDecember3TrainingHoldouts}).</li>
     * <li>137 to 140, written at the start of the second session of 2026-12-03 by helpers that saw neither rules nor
     * corpus (a balanced English business mix; English long-form documents; half English, half six European languages;
     * e-mail, chat, tickets and developer outputs), measured once at its end. Session start -> shipped, recall / ordinary
     * benign flagged: 137 92.0 / 0.57 -> 92.7 / 0.00, 138 95.3 / 2.31 -> 94.7 / 2.89, 139 92.7 / 0.00 -> 92.7 / 0.00, 140
     * 92.0 / 1.14 -> 94.0 / 1.14; together 93.0 / 1.01 -> 93.5 / 1.01 (hard cases 18.7 -> 17.8), the English ones 93.1 /
     * 1.34 -> 93.8 / 1.34. Then read and trained on (see {@link #secondSessionOfDecember3TrainingHoldouts}).</li>
     * <li>141 to 148, written mid-session the same way (English documents; a balanced English business mix; e-mail, chat
     * and CRM; web and developer content; agent JSON, YAML and dicts; short direct injections, 30% German; eight European
     * languages; Chinese, Japanese, Korean, Hindi, Arabic, Russian, Turkish and Vietnamese), measured once at the end with
     * the final detector. Session start -> shipped, recall / ordinary benign flagged: 141 78.7 / 1.16 -> 85.3 / 1.16, 142
     * 96.7 / 0.58 -> 97.3 / 0.58, 143 90.0 / 1.16 -> 92.7 / 2.33, 144 94.7 / 1.15 -> 96.0 / 1.15, 145 94.7 / 0.58 -> 96.0
     * / 0.00, 146 94.0 / 0.59 -> 94.0 / 0.00, 147 77.3 / 1.73 -> 79.3 / 2.89, 148 84.7 / 1.71 -> 83.3 / 1.71; together
     * 88.8 / 1.09 -> 90.5 / 1.23; English 141-145 90.9 / 0.93 -> 93.5 / 1.04; 147 and 148 81.0 / 1.72 -> 81.3 / 2.30.
     * Then read and trained on (see {@link #secondSessionOfDecember3TrainingHoldouts}).</li>
     * <li>149 to 156, the same session's last batch, written while the third round was built (English documents; a
     * balanced English mix; e-mail and messaging; web and developer content; agent JSON, YAML and dicts with MCP tool
     * descriptions; short direct injections, 30% German, French or Spanish; eight European languages; Chinese, Japanese,
     * Korean, Hindi, Arabic, Russian, Indonesian and Thai), measured once at the end. Session start -> shipped, recall /
     * ordinary benign flagged: 149 90.0 / 1.76 -> 92.7 / 1.76, 150 92.0 / 0.00 -> 93.3 / 0.00, 151 92.0 / 0.00 -> 94.0 /
     * 0.60, 152 94.0 / 1.16 -> 96.7 / 0.58, 153 96.0 / 1.16 -> 96.7 / 1.16, 154 92.7 / 2.31 -> 95.3 / 2.31, 155 80.0 /
     * 2.31 -> 81.3 / 2.89, 156 81.3 / 3.45 -> 82.7 / 2.87; together 89.8 / 1.53 -> 91.6 / 1.53; English 149-153 92.8 /
     * 0.82 -> 94.7 / 0.82; 155 and 156 80.7 / 2.88 -> 82.0 / 2.88. Then read and trained on.</li>
     * <li>157 to 164, the session's last batch, written while the fourth round was built (English documents; a balanced
     * English mix; e-mail, chat, calendar, CRM and tickets; web and developer content; agent JSON, YAML, dicts and MCP
     * tool descriptions; short direct injections, 30% German; eight European languages; Chinese, Japanese, Korean, Hindi,
     * Arabic, Russian, Turkish and Ukrainian), measured once at the end with the model of 2-156. Session start ->
     * shipped, recall / ordinary benign flagged: 157 85.3 / 1.14 -> 86.0 / 0.57, 158 92.0 / 0.58 -> 94.0 / 0.58, 159
     * 90.7 / 1.16 -> 91.3 / 1.73, 160 95.3 / 1.16 -> 95.3 / 1.16, 161 94.0 / 0.00 -> 95.3 / 0.00, 162 87.3 / 1.14 ->
     * 89.3 / 1.14, 163 91.3 / 2.30 -> 88.0 / 3.45, 164 78.7 / 1.15 -> 80.7 / 2.87; together 89.3 / 1.08 -> 90.0 / 1.44;
     * English 157-161 91.5 / 0.81 -> 92.4 / 0.81; 163 and 164 85.0 / 1.72 -> 84.3 / 3.16. Then trained on (see
     * {@link #thirdSessionOfDecember3TrainingHoldouts}).</li>
     * <li>166, 168, 170 and 171, written at the start of the third session of 2026-12-03 by helpers that saw neither rules
     * nor corpus (developer tools and MCP servers; long documents and web pages addressed to AI readers; eight European
     * languages; Chinese, Japanese, Korean, Hindi, Arabic, Russian, Turkish, Vietnamese and Indonesian), measured at the
     * start and once at the end, with the model of 2-165, 167, 169 and 172. Session start -> shipped, recall / ordinary
     * benign flagged: 166 95.3 / 1.20 -> 96.0 / 1.20, 168 98.7 / 1.15 -> 98.0 / 0.57, 170 84.0 / 0.00 -> 85.3 / 0.00, 171
     * 83.3 / 2.30 -> 84.0 / 1.72; together 90.3 / 1.16 -> 90.8 / 0.87 (hard cases 15.3 -> 19.8); English 166 and 168
     * 97.0 / 1.17 -> 97.0 / 0.88; 170 and 171 83.7 / 1.15 -> 84.7 / 0.86. In the fourth session, with its rules and its
     * model (same training sets): 90.8 / 1.74.</li>
     * <li>174, 176, 178 and 180, written at the start of the fourth session of 2026-12-03 by helpers that saw neither
     * rules nor corpus (French, Spanish, Italian, Portuguese, Dutch, German, Swedish, Czech; Chinese, Japanese, Korean,
     * Hindi, Arabic, Russian, Turkish, Vietnamese, Indonesian; English web pages, search results, reviews and documents;
     * Spanish, French, Brazilian Portuguese, Chinese, Japanese, Russian, Arabic, Hebrew, Thai). Session start -> shipped
     * (the session's rules, the model retrained on the same sets as before), recall / ordinary benign flagged: 174 82.0 /
     * 1.15 -> 79.3 / 1.15, 176 90.0 / 2.29 -> 89.3 / 1.14, 178 98.0 / 0.00 -> 98.7 / 0.57, 180 76.7 / 2.31 -> 78.0 / 2.31;
     * together 86.7 / 1.44 -> 86.3 / 1.29 (hard cases 24.0 -> 22.1). Two other models were measured on them too, see
     * NOTES-issue5.md (fourth session of 2026-12-03).</li>
     * <li>197, 198 and 199, written at the start of the first session of 2026-12-04 by helpers that saw neither rules nor
     * corpus (French, Spanish, German, Italian, Portuguese, Dutch, Polish, Russian; Chinese, Japanese, Korean, Thai,
     * Hindi, Arabic, Hebrew, Vietnamese, Turkish; English agent and MCP tool outputs). Session start -> shipped (the model
     * also trained on 173-188 and 200-206), recall / ordinary benign flagged: 197 86.7 / 0.58 -> 88.0 / 0.00, 198 81.3 /
     * 2.30 -> 88.0 / 1.72, 199 96.7 / 0.57 -> 97.3 / 0.57; together 88.2 / 1.15 -> 91.1 / 0.76. Over every test set
     * (166-180 and 197-199) the same model moved 88.5 / 1.42 -> 90.4 / 1.26; 166-171 90.8 / 1.74 -> 92.8 / 2.03, 174-180
     * 86.3 / 1.29 -> 87.5 / 0.86. The model shipped last (also trained on ordinary Asian-language texts): 197 86.7 /
     * 0.58, 198 80.7 / 0.57, 199 96.7 / 0.57. Other models were measured on 197-199 too, see NOTES-issue5.md.</li>
     * <li>213 and 214, written mid-session the same way (Spanish, German, Russian, Chinese, Japanese, Arabic, Hindi,
     * Turkish, Polish, Korean, Thai, Portuguese; half English, half French, German, Spanish, Italian, Chinese, Japanese,
     * Russian, Arabic), measured once at the end, with the session-start model, the shipped one and a model also
     * trained on 207-212 (not shipped), then with the model shipped last. Session start -> the model before the last
     * retrain -> shipped: 213 84.0 / 1.14 -> 84.7 / 1.71 -> 86.0 / 1.14, 214 90.0 / 0.00 -> 94.0 / 0.00 -> 94.7 /
     * 0.00.</li>
     * </ul>
     * Figures are recall / benign flagged, hard cases included, in %.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout40, 0.83, 0.04, 0.96, 0.035", "holdout41, 0.66, 0.045, 0.92, 0.02",
        "holdout42, 0.79, 0.04, 0.94, 0.04", "holdout43, 0.77, 0.02, 0.97, 0.025",
        "holdout52, 0.77, 0.02, 0.97, 0.035", "holdout54, 0.63, 0.055, 0.93, 0.035",
        "holdout55, 0.85, 0.045, 0.97, 0.05", "holdout62, 0.69, 0.045, 0.95, 0.04",
        "holdout63, 0.05, 0.015, 0.79, 0.045", "holdout64, 0.15, 0.045, 0.8, 0.07",
        "holdout65, 0.62, 0.035, 0.92, 0.035",
        "holdout166, 0.78, 0.05, 0.95, 0.045", "holdout168, 0.83, 0.035, 0.97, 0.05",
        "holdout170, 0.16, 0.01, 0.83, 0.045", "holdout171, 0.06, 0.035, 0.83, 0.075",
        "holdout174, 0.14, 0.02, 0.78, 0.055", "holdout176, 0.18, 0.025, 0.88, 0.055",
        "holdout178, 0.78, 0.04, 0.97, 0.04", "holdout180, 0.12, 0.025, 0.77, 0.06",
        "holdout197, 0.17, 0.03, 0.86, 0.06", "holdout198, 0.1, 0.055, 0.8, 0.065", "holdout199, 0.71, 0.04, 0.96, 0.035",
        "holdout213, 0.14, 0.03, 0.84, 0.065", "holdout214, 0.55, 0.03, 0.93, 0.025"})
    void unseenHoldoutFigures(String name, double minRecall, double maxFlagged, double minShipped, double maxShipped)
            throws IOException {
        checkHoldout(name, 150, 200, minRecall, maxFlagged, minShipped, maxShipped);
    }

    /**
     * Real-world benign text: every README shipped by the npm packages the build installs for the real-peer tests
     * (pinned by the lockfile), cut into paragraphs of at least 200 characters. Reports the share flagged.
     */
    @Test
    void realWorldReadmesAreRarelyFlagged() throws IOException {
        java.nio.file.Path modules = dev.jguard.mcp.testkit.NpmPeers.npmDir().resolve("node_modules");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(modules), "npm peers not installed");
        List<java.nio.file.Path> readmes;
        try (Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(modules)) {
            readmes = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                    .filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        int chunks = 0;
        List<String> flagged = new ArrayList<>();
        int flaggedByRules = 0;
        for (java.nio.file.Path readme : readmes) {
            String text = java.nio.file.Files.readString(readme, java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder chunk = new StringBuilder();
            for (String para : text.split("\\n\\s*\\n")) {
                chunk.append(para).append("\n\n");
                if (chunk.length() >= 200) {
                    chunks++;
                    if (detector.isInjection(chunk)) {
                        flagged.add(modules.relativize(readme) + hitsOf(chunk.toString()));
                    }
                    flaggedByRules += rules.isInjection(chunk) ? 1 : 0;
                    chunk.setLength(0);
                }
            }
        }
        double rate = chunks == 0 ? 0 : (double) flagged.size() / chunks;
        double rulesRate = chunks == 0 ? 0 : (double) flaggedByRules / chunks;
        System.out.println(String.format(Locale.ROOT, "readmes: %d files, %d chunks, flagged %d = %.2f%% (rules alone %.2f%%) %s",
                readmes.size(), chunks, flagged.size(), 100 * rate, 100 * rulesRate, flagged));
        assertThat(chunks).isGreaterThan(500);
        assertThat(rulesRate).as("rules alone").isLessThan(0.005);
        // the model was not trained on these READMEs; with its vetoes it flags fewer than the rules alone (0.16% and
        // 0.26% at the time of writing), well under the target of 2% of ordinary tool outputs
        assertThat(rate).isLessThan(0.01);
    }
}
