package dev.jguard.mcp.core.sanitize;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains {@link InjectionModel} on the labelled corpus ({@code src/test/resources/injection-corpus}) and on documentation
 * text as further negatives, and writes the resource the library ships. Deterministic (fixed seed, sorted inputs).
 *
 * <p>Multiple-instance training: a labelled sample says whether it holds an injection, not where. A first model learns
 * from every window of every injected sample; then, twice, each injected sample contributes only its highest-scoring
 * window and the model is trained again. The limit is the score that {@link #FP_TARGET} of held-out ordinary benign samples
 * exceed (see {@link #train}).
 *
 * <pre>{@code
 * # write the shipped model (run from mcp-guard-core, test classpath):
 * java ... InjectionModelTrainer --docs /usr/share/doc,/usr/lib/node_modules --out src/main/resources/dev/jguard/mcp/core/sanitize/injection-model.bin
 * # leave-one-set-out figures for hold-outs 30-39, 44-51, 53, 56-61, 66-84, 88, 89, 93 and 94 (40-43, 52, 54, 55, 62-65,
 * # 85-87, 90-92 and 95-104 are never trained on):
 * java ... InjectionModelTrainer --docs /usr/share/doc,/usr/lib/node_modules --loso
 * }</pre>
 */
public final class InjectionModelTrainer {

    /**
     * Share of held-out benign corpus samples (ordinary ones only, unless {@link #ORDINARY_LIMIT} is off) allowed above
     * the limit ({@code -DfpTarget}).
     */
    static final double FP_TARGET = Double.parseDouble(System.getProperty("fpTarget", "0.015"));
    private static final double LEARNING_RATE = Double.parseDouble(System.getProperty("lr", "0.05"));
    private static final int FIRST_EPOCHS = Integer.getInteger("epochs0", 3);
    private static final int EPOCHS = Integer.getInteger("epochs", 4);
    private static final int ROUNDS = Integer.getInteger("rounds", 2);
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "1e-5"));
    private static final double MAX_POSITIVE_WEIGHT = Double.parseDouble(System.getProperty("posCap", "10"));
    private static final long SEED = 7;
    /** A rule finding stands only where the model scores the text above this (the rules' false positives score low). */
    static final double VETO = Double.parseDouble(System.getProperty("veto", String.valueOf(InjectionModel.VETO)));

    private InjectionModelTrainer() {
    }

    /** One labelled text with its windows' features. */
    record Example(String set, String id, String source, boolean injected, boolean ruleFlagged, boolean strongRule,
            boolean corroborated, int features, boolean about, List<int[]> windows) {
    }

    /**
     * The numbered hold-outs the model learns from ({@code -Dtrain=...}); the others stay unseen to measure it: 40-43,
     * 52, 54, 55, 62-65 and the test sets 166, 168, 170, 171, 174, 176, 178, 180 and 197-199. (A model trained on 166-171
     * and 173-188 flagged 5.6% of the ordinary Thai and CJK texts of 89, 101, 113 and 122, see NOTES-issue5.md, fourth
     * session of 2026-12-03; trained on 173-188 without 166-171, 1.3%, the shipped model of that session 0.9%.)
     * 221-226 hold ordinary texts only (Thai, Lao, Chinese, Japanese, Korean, Indic, Arabic-script, Hebrew, Vietnamese,
     * Indonesian); 227-232, the other halves of the same helpers' files, are not trained on.
     */
    static final List<Integer> TRAINING_HOLDOUTS = numbers(System.getProperty("train",
            "2-39,44-51,53,56-61,66-165,167,169,172,173,175,177,179,181-188,200-206,221-226"));
    /** The hold-outs {@code --loso} leaves out one at a time ({@code -Dloso=30-39,44-51,53,56-61,66-84,88,89,93,94}). */
    static final List<Integer> LOSO_HOLDOUTS = numbers(System.getProperty("loso", "30-39,44-51,53,56-61,66-84,88,89,93,94"));

    /** @return the numbers of a list of ranges such as {@code 2-39,44-47} */
    static List<Integer> numbers(String ranges) {
        List<Integer> out = new ArrayList<>();
        for (String r : ranges.split(",")) {
            String[] ends = r.trim().split("-");
            for (int k = Integer.parseInt(ends[0]); k <= Integer.parseInt(ends[ends.length - 1]); k++) {
                out.add(k);
            }
        }
        return out;
    }

    /** Every corpus set the model learns from; later hold-outs stay unseen to measure it. */
    static List<String> trainingSets() {
        List<String> sets = new ArrayList<>(List.of("dev", "holdout"));
        for (int i : TRAINING_HOLDOUTS) {
            sets.add("holdout" + i);
        }
        return sets;
    }

    public static void main(String[] args) throws IOException {
        List<String> docDirs = new ArrayList<>();
        Path out = null;
        boolean loso = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docDirs.addAll(List.of(args[++i].split(",")));
                case "--out" -> out = Path.of(args[++i]);
                case "--loso" -> loso = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --docs dir,dir --out file | --loso");
            }
        }
        List<Example> corpus = new ArrayList<>();
        for (String set : trainingSets()) {
            corpus.addAll(examples(set));
        }
        List<Path> docFiles = docFiles(docDirs);
        if (loso) {
            leaveOneSetOut(corpus, docFiles);
            return;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required to write the model");
        }
        InjectionModel m = train(corpus, docExamples(docFiles, 0, 1));
        try (OutputStream o = Files.newOutputStream(out)) {
            m.write(o);
        }
        System.out.printf(Locale.ROOT, "wrote %s (limit %.3f, probability %.4f)%n", out, m.limit(), InjectionModel.sigmoid(m.limit()));
    }

    static List<Example> examples(String set) throws IOException {
        PromptInjectionDetector d = PromptInjectionDetector.rulesOnly();
        List<Example> out = new ArrayList<>();
        for (boolean injected : new boolean[] {true, false}) {
            for (Corpus.Sample s : Corpus.load((injected ? "injected-" : "benign-") + set + ".txt")) {
                boolean flagged = d.isInjection(s.text());
                boolean strong = flagged && d.hits(s.text()).stream().anyMatch(h -> h.weight() >= 0.9);
                boolean corroborated = flagged && d.unvetoableStrongCluster(s.text());
                int features = d.chunks(s.text()).nCounted;
                boolean about = Mentions.aboutAttacks(s.text(), 0, s.text().length());
                out.add(new Example(set, s.id(), s.source(), injected, flagged, strong, corroborated, features, about,
                        windows(s.text())));
            }
        }
        return out;
    }

    static List<int[]> windows(String text) {
        InjectionModel.Chunks c = PromptInjectionDetector.rulesOnly().chunks(text);
        boolean about = Mentions.aboutAttacks(text, 0, text.length());
        List<int[]> w = new ArrayList<>();
        for (int k = 0; k < c.count; k++) {
            int[] f = InjectionModel.windowFeatures(c, k, about);
            // the last element marks whether the model may judge the window alone (negative, so no bucket)
            f = java.util.Arrays.copyOf(f, f.length + 1);
            f[f.length - 1] = InjectionModel.counted(c, k) >= MIN_FEATURES ? JUDGED : SHORT;
            w.add(f);
        }
        return w;
    }

    /** Marks of a window's last element: whether it is long enough to be judged on the model alone. */
    static final int JUDGED = -1;
    static final int SHORT = -2;

    static List<Path> docFiles(List<String> dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".md") || n.startsWith("readme") || n.endsWith(".txt") || n.endsWith(".rst");
                }).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Paragraph chunks of at least 200 characters of every {@code step}-th file starting at {@code first}. */
    static List<List<int[]>> docExamples(List<Path> files, int first, int step) {
        List<List<int[]>> out = new ArrayList<>();
        for (int f = first; f < files.size(); f += step) {
            String text;
            try {
                if (Files.size(files.get(f)) > 3_000_000) {
                    continue;
                }
                text = Files.readString(files.get(f));
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // not UTF-8 or unreadable: not a document
            }
            StringBuilder chunk = new StringBuilder();
            for (String para : text.split("\n\\s*\n")) {
                chunk.append(para).append("\n\n");
                if (chunk.length() >= 200) {
                    out.add(windows(chunk.toString()));
                    chunk.setLength(0);
                }
            }
        }
        return out;
    }

    /**
     * Trains on everything, and picks the limit on held-out scores: the sets are split into {@link #CV_FOLDS} groups, a
     * model is trained without each group and scores that group's (ordinary) benign samples; the limit is exceeded by
     * {@link #FP_TARGET} of those scores. (The training scores of benign samples say little: they were fitted.)
     */
    static InjectionModel train(List<Example> corpus, List<List<int[]>> docs) {
        List<String> sets = corpus.stream().map(Example::set).distinct().sorted().toList();
        List<Double> heldOut = new ArrayList<>();
        for (int g = 0; g < CV_FOLDS; g++) {
            int group = g;
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int i = 0; i < sets.size(); i++) {
                if (i % CV_FOLDS == group) {
                    out.add(sets.get(i));
                }
            }
            // scored as the shipped model scores: in fixed point
            float[] w = new InjectionModel(weights(corpus.stream().filter(e -> !out.contains(e.set())).toList(), docs), 0)
                    .weights();
            for (Example e : corpus) {
                if (!e.injected() && out.contains(e.set()) && !(ORDINARY_LIMIT && e.source().startsWith("hard-"))) {
                    heldOut.add(maxLogitLong(w, e.windows(), e.about()));
                }
            }
        }
        Collections.sort(heldOut);
        double limit = heldOut.get((int) Math.min(heldOut.size() - 1, Math.floor(heldOut.size() * (1 - FP_TARGET))));
        return new InjectionModel(weights(corpus, docs), limit);
    }

    /**
     * Groups of the limit's cross-validation ({@code -Dfolds}). Ten rather than five: each fold's model then learns from
     * 90% of the sets and scores much like the final one, and the limit moved by 0.04 instead of 0.3 when one rule was
     * added (NOTES-issue5.md, second session of 2026-12-02).
     */
    static final int CV_FOLDS = Integer.getInteger("folds", 10);
    /**
     * Choose the limit on ordinary benign samples only (the default; {@code -DordinaryLimit=false} counts the hard cases
     * too), so that a set with many hard cases does not raise it for every language (see NOTES-issue5.md, second
     * session of 2026-12-02).
     */
    static final boolean ORDINARY_LIMIT = Boolean.parseBoolean(System.getProperty("ordinaryLimit", "true"));

    private static float[] weights(List<Example> corpus, List<List<int[]>> docs) {
        List<int[]> negatives = new ArrayList<>();
        List<int[]> positives = new ArrayList<>();
        for (Example e : corpus) {
            (e.injected() ? positives : negatives).addAll(e.windows());
        }
        int corpusNegatives = negatives.size();
        for (List<int[]> d : docs) {
            negatives.addAll(d);
        }
        float[] w = fit(positives, negatives, corpusNegatives, FIRST_EPOCHS);
        for (int round = 0; round < ROUNDS; round++) {
            positives = new ArrayList<>();
            for (Example e : corpus) {
                if (e.injected() && !e.windows().isEmpty()) {
                    positives.add(best(w, e.windows()));
                }
            }
            w = fit(positives, negatives, corpusNegatives, EPOCHS);
        }
        return w;
    }

    /**
     * Weight of a benign corpus window against a documentation window ({@code -DbenignWeight}, default 1). Tried in the
     * third session of 2026-12-02 (NOTES-issue5.md): weight 4 looked better leave-one-set-out (recall 90.5 -> 91.2%,
     * ordinary benign flagged 1.93 -> 1.82% over 33 sets) but not on the unseen hold-outs 78-83, where at the same
     * share of ordinary benign samples flagged it caught fewer; so the default stays 1.
     */
    static final double BENIGN_WEIGHT = Double.parseDouble(System.getProperty("benignWeight", "1"));

    /** The first {@code corpusNegatives} negatives are corpus windows (weighted {@link #BENIGN_WEIGHT}), the rest documents. */
    private static float[] fit(List<int[]> positives, List<int[]> negatives, int corpusNegatives, int epochs) {
        float[] w = new float[InjectionModel.DIM + 1];
        double positiveWeight = Math.min(MAX_POSITIVE_WEIGHT, (double) negatives.size() / Math.max(1, positives.size()));
        List<int[]> all = new ArrayList<>(positives);
        all.addAll(negatives);
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random r = new Random(SEED);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                boolean positive = idx < positives.size();
                int[] f = all.get(idx);
                double p = InjectionModel.sigmoid(dot(w, f));
                double g = ((positive ? 1 : 0) - p) * LEARNING_RATE
                        * (positive ? positiveWeight : idx - positives.size() < corpusNegatives ? BENIGN_WEIGHT : 1);
                g = Math.min(g, 5);
                for (int i = 0; i < f.length - 1; i++) { // the last element is the length mark
                    int k = f[i];
                    w[k] += (float) (g - L2 * w[k]);
                }
                w[InjectionModel.DIM] += (float) g;
            }
        }
        return w;
    }

    private static double dot(float[] w, int[] f) {
        double z = w[InjectionModel.DIM];
        for (int i = 0; i < f.length - 1; i++) { // the last element is the length mark
            z += w[f[i]];
        }
        return z;
    }

    private static int[] best(float[] w, List<int[]> windows) {
        int[] best = windows.get(0);
        double bs = Double.NEGATIVE_INFINITY;
        for (int[] f : windows) {
            double s = dot(w, f);
            if (s > bs) {
                bs = s;
                best = f;
            }
        }
        return best;
    }

    static double maxLogit(float[] w, List<int[]> windows) {
        return windows.isEmpty() ? Double.NEGATIVE_INFINITY : dot(w, best(w, windows));
    }

    static final int VETO_MIN_FEATURES = Integer.getInteger("vetoMinFeatures", InjectionModel.VETO_MIN_FEATURES);
    static final int MIN_FEATURES = Integer.getInteger("minFeatures", InjectionModel.MIN_FEATURES);

    /**
     * The best score among windows with at least {@link #MIN_FEATURES} features (the about-attacks feature not counted):
     * what may fire without a rule.
     */
    static double maxLogitLong(float[] w, List<int[]> windows, boolean about) {
        double best = Double.NEGATIVE_INFINITY;
        for (int[] f : windows) {
            if (f[f.length - 1] == JUDGED) {
                best = Math.max(best, dot(w, f));
            }
        }
        return best;
    }

    /** Trains without one of the {@link #LOSO_HOLDOUTS} at a time and measures on it: rules, model, and both (either fires). */
    private static void leaveOneSetOut(List<Example> corpus, List<Path> docFiles) {
        List<List<int[]>> docTrain = docExamples(docFiles, 0, 2);
        List<List<int[]>> docTest = docExamples(docFiles, 1, 2);
        int[] t = new int[12];
        java.io.PrintStream dump = null;
        if (System.getProperty("dump") != null) {
            try {
                dump = new java.io.PrintStream(System.getProperty("dump"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (int k : LOSO_HOLDOUTS) {
            String fold = "holdout" + k;
            List<Example> train = corpus.stream().filter(e -> !e.set().equals(fold)).toList();
            List<Example> test = corpus.stream().filter(e -> e.set().equals(fold)).toList();
            InjectionModel m = train(train, docTrain);
            float[] w = m.weights();
            int[] c = new int[12];
            for (Example e : test) {
                double z = maxLogit(w, e.windows());
                if (dump != null) {
                    dump.printf(Locale.ROOT, "%s\t%s\t%s\t%b\t%b\t%b\t%d\t%b\t%.4f\t%.4f\t%.4f\t%b%n", e.set(), e.id(), e.source(),
                            e.injected(), e.ruleFlagged(), e.strongRule(), e.features(), e.about(), z,
                            maxLogitLong(w, e.windows(), e.about()), m.limit(), e.corroborated());
                }
                boolean model = maxLogitLong(w, e.windows(), e.about()) > m.limit();
                boolean longText = e.features() >= VETO_MIN_FEATURES;
                boolean rule = e.corroborated()
                        || (e.strongRule() || e.ruleFlagged()) && (z > InjectionModel.logit(VETO) || !longText);
                boolean hard = e.source().startsWith("hard") || e.source().contains("-hard") || e.source().startsWith("hardcase");
                int o = e.injected() ? 0 : hard ? 4 : 8;
                c[o]++;
                c[o + 1] += e.ruleFlagged() ? 1 : 0;
                c[o + 2] += model ? 1 : 0;
                c[o + 3] += rule || model ? 1 : 0;
            }
            int docFp = 0;
            for (List<int[]> d : docTest) {
                docFp += maxLogitLong(w, d, false) > m.limit() ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "limit %.2f ", m.limit());
            System.out.printf(Locale.ROOT, "%s: recall rules %.1f model %.1f both %.1f | benign flagged (ordinary / hard) rules %.1f/%.1f"
                    + " model %.1f/%.1f both %.1f/%.1f | docs %.2f%%%n", fold, pct(c[1], c[0]), pct(c[2], c[0]), pct(c[3], c[0]),
                    pct(c[9], c[8]), pct(c[5], c[4]), pct(c[10], c[8]), pct(c[6], c[4]), pct(c[11], c[8]), pct(c[7], c[4]),
                    pct(docFp, docTest.size()));
            for (int i = 0; i < 12; i++) {
                t[i] += c[i];
            }
        }
        System.out.printf(Locale.ROOT, "ALL: recall rules %.1f model %.1f both %.1f | ordinary benign flagged rules %.2f model %.2f both %.2f"
                + " | hard benign flagged rules %.1f model %.1f both %.1f | all benign both %.2f%n", pct(t[1], t[0]), pct(t[2], t[0]),
                pct(t[3], t[0]), pct(t[9], t[8]), pct(t[10], t[8]), pct(t[11], t[8]), pct(t[5], t[4]), pct(t[6], t[4]),
                pct(t[7], t[4]), pct(t[11] + t[7], t[8] + t[4]));
        if (dump != null) {
            dump.close();
        }
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
