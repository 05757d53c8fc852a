package dev.jguard.mcp.core.sanitize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows why the model scores a corpus sample as it does: each chunk's sum and its window's score against the limit,
 * and, for one chunk, its heaviest features, named where they can be named back (character pairs of unspaced scripts,
 * concepts and pairs of concepts; words, stems, word pairs and rule hits stay numbers). A feature listed several times
 * occurs several times in the chunk and weighs each time. For reading false positives and misses of corpus samples;
 * it prints their text, so it is a development tool only.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$CP dev.jguard.mcp.core.sanitize.InjectionModelExplain benign-holdout219.txt h219b-036
 * java ... InjectionModelExplain benign-holdout219.txt h219b-036 2    # the features of chunk 2
 * </pre>
 */
final class InjectionModelExplain {

    private InjectionModelExplain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: InjectionModelExplain <corpus file> <sample id> [chunk]");
        }
        int shown = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        PromptInjectionDetector rules = PromptInjectionDetector.rulesOnly();
        InjectionModel model = InjectionModel.standard();
        for (Corpus.Sample s : Corpus.load(args[0])) {
            if (!s.id().equals(args[1])) {
                continue;
            }
            String text = s.text();
            InjectionModel.Chunks c = rules.chunks(text);
            double[] sums = model.chunkSums(c);
            float[] w = model.weights();
            double bias = w[InjectionModel.DIM];
            System.out.printf(Locale.ROOT, "%s: rule hits %s; limit %.3f, bias %.3f, %d chunks%n", s.id(),
                    rules.hits(text).stream().map(PromptInjectionDetector.Hit::rule).toList(), model.limit(), bias, c.count);
            for (int k = 0; k < c.count; k++) {
                double window = bias + sums[k] + (k + 1 < c.count ? sums[k + 1] : 0);
                System.out.printf(Locale.ROOT, "%3d chunk %7.3f window %7.3f %s features %4d  %s%n", k, sums[k], window,
                        window > model.limit() ? "over " : "     ", c.featStart[k + 1] - c.featStart[k],
                        text.substring(c.start[k], Math.min(c.end[k], c.start[k] + 60)).replace('\n', ' '));
            }
            if (shown >= 0 && shown < c.count) {
                heaviest(c, shown, w, text.substring(c.start[shown], c.end[shown]));
            }
        }
    }

    private static void heaviest(InjectionModel.Chunks c, int k, float[] w, String chunk) {
        List<Integer> features = new ArrayList<>();
        for (int i = c.featStart[k]; i < c.featStart[k + 1]; i++) {
            features.add(c.feats[i]);
        }
        features.sort((a, b) -> Float.compare(Math.abs(w[b]), Math.abs(w[a])));
        for (int f : features.subList(0, Math.min(20, features.size()))) {
            System.out.printf(Locale.ROOT, "  feature %6d weight %7.3f  %s%n", f, w[f], name(f, chunk));
        }
    }

    /** @return what a feature bucket stands for, where it can be computed back from the chunk and the lexicon */
    private static String name(int f, String chunk) {
        StringBuilder n = new StringBuilder();
        for (int j = 0; j + 1 < chunk.length(); j++) {
            if (InjectionModel.pairFeature(chunk.charAt(j), chunk.charAt(j + 1)) == f) {
                n.append("pair '").append(chunk, j, j + 2).append("' ");
                break;
            }
        }
        Concepts concepts = Concepts.standard();
        for (int x = 1; x <= concepts.size(); x++) {
            int h = concepts.nameHash(x);
            if (InjectionModel.conceptFeature(h) == f) {
                n.append("concept ").append(concepts.name(x)).append(' ');
            }
            for (int y = x + 1; y <= concepts.size(); y++) {
                int o = concepts.nameHash(y);
                if (InjectionModel.conceptPairFeature(h, o) == f) {
                    n.append("concepts ").append(concepts.name(x)).append('+').append(concepts.name(y)).append(' ');
                }
            }
        }
        return n.length() == 0 ? "(a word, stem, word pair or rule hit)" : n.toString().trim();
    }
}
