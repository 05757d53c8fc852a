package dev.jguard.mcp.core.sanitize;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned half of {@link PromptInjectionDetector}: a logistic model over short windows of a text (two sentences,
 * at most {@value #CHUNK_WORDS} words each), whose features are the window's words, their stems (the first
 * {@value PromptInjectionDetector#STEM} letters of longer words), word pairs, character pairs of scripts written without
 * spaces, the {@link Concepts} its words name in any of 75 languages and the pairs of them, the rule techniques that
 * hit inside it and whether the text is about attacks on models. A window that scores
 * above the model's threshold is reported as an injection, next to what the rules report.
 *
 * <p>The weights ({@value #RESOURCE}) are trained by {@code InjectionModelTrainer} (test sources) on the labelled
 * corpus of {@code src/test/resources/injection-corpus} and on documentation text as negatives; the threshold is chosen
 * there for few false positives. Features are hashed into {@code 2^}{@value #BITS} buckets; no text is kept. The
 * weights are held as 16-bit fixed point (a step of the largest weight / 32767, under 0.0003 for the shipped model):
 * half the memory of floats, and a window's sum is an integer sum.
 *
 * <pre>{@code
 * InjectionModel m = InjectionModel.standard();
 * InjectionModel.Chunks c = PromptInjectionDetector.rulesOnly().chunks(text);
 * double p = m.maxScore(c, aboutAttacks);   // the most injection-like window, 0..1
 * }</pre>
 *
 * <p>Immutable and thread-safe. Scoring is one pass over the text plus one weight lookup per word, word pair and hit.
 */
final class InjectionModel {

    static final int BITS = 18;
    static final int DIM = 1 << BITS;
    /** Longest chunk: a longer sentence is cut into chunks of this many words. */
    static final int CHUNK_WORDS = 40;
    /** A concept named in a chunk pairs with at most this many concepts the chunk named before it. */
    static final int MAX_CONCEPT_PAIRS = 8;
    static final String RESOURCE = "injection-model.bin";
    /**
     * A text whose best window scores at most this is ruled out: the rules' weak findings in it are dropped (their false
     * positives, quoted attacks in articles and fixtures, score low), and so is a lone finding of the two strong rules
     * that also match ordinary mail ("please disregard my earlier message", see {@code PromptInjectionDetector#vetoable}).
     * Chosen with the trainer's leave-one-set-out runs. The strong rules once had a stricter veto of their own (0.25):
     * over all corpus sets it dropped nothing that 0.3 keeps, and a retrained model put an ordinary mail at 0.253.
     */
    static final double VETO = 0.3;
    /**
     * Fewest features (about two per word) a window needs to be reported on the model's word alone: a short sentence
     * ("Include units in your answer") says too little; the rules still judge it.
     */
    static final int MIN_FEATURES = 24;
    /** Fewest features a text needs before the model may rule it out: a short text is left to the rules. */
    static final int VETO_MIN_FEATURES = 60;

    /**
     * True when the text is long enough to judge and no window scores above {@code veto} (a probability, such as
     * {@link #VETO}). {@code about} (whether the text is about attacks, a pass over the text) is asked only when the
     * answer depends on it.
     */
    boolean rulesOut(Chunks c, double[] sums, java.util.function.BooleanSupplier about, double veto) {
        if (c.count == 0 || c.nCounted < VETO_MIN_FEATURES) {
            return false;
        }
        double z = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c.count; k++) {
            z = Math.max(z, sums[k] + (k + 1 < c.count ? sums[k + 1] : 0));
        }
        z += bias;
        double vetoLimit = logit(veto);
        double a = aboutWeight;
        if (z + Math.min(0, a) > vetoLimit) {
            return false;
        }
        if (z + Math.max(0, a) <= vetoLimit) {
            return true;
        }
        return z + (about.getAsBoolean() ? a : 0) <= vetoLimit;
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }
    /** The resource format: "MJG2", 16-bit weights (the first, "MJG1", held floats). */
    private static final int MAGIC = 0x4D4A4732;
    private static final double STEPS = Short.MAX_VALUE;
    private static final int ABOUT = bucket(fmix(0x1234567));

    /** Feature weights in steps of {@link #step}. */
    private final short[] fixed;
    /** The weight of one step of {@link #fixed}. */
    private final double step;
    private final double bias;
    /** The weight of the about-attacks feature. */
    private final double aboutWeight;
    /** The logit a window must exceed to be reported (a probability near 1 is kept apart this way). */
    private final double limit;

    /** @param weights the {@link #DIM} feature weights, then the bias; rounded to 16-bit fixed point */
    InjectionModel(float[] weights, double limit) {
        this(weights, stepOf(weights), limit);
    }

    private InjectionModel(float[] weights, double step, double limit) {
        this(quantize(weights, step), step, weights[DIM], limit);
    }

    private InjectionModel(short[] fixed, double step, double bias, double limit) {
        this.fixed = fixed;
        this.step = step;
        this.bias = bias;
        this.aboutWeight = fixed[ABOUT] * step;
        this.limit = limit;
    }

    private static double stepOf(float[] weights) {
        if (weights.length != DIM + 1) {
            throw new IllegalArgumentException("expected " + (DIM + 1) + " weights, got " + weights.length);
        }
        double max = 0;
        for (int i = 0; i < DIM; i++) {
            max = Math.max(max, Math.abs(weights[i]));
        }
        return max == 0 ? 1 : max / STEPS;
    }

    private static short[] quantize(float[] weights, double step) {
        short[] out = new short[DIM];
        for (int i = 0; i < DIM; i++) {
            out[i] = (short) Math.round(weights[i] / step);
        }
        return out;
    }

    /** @return the model shipped with the library */
    static InjectionModel standard() {
        return Standard.MODEL;
    }

    /** Loaded on first use, so that the trainer can run before the resource exists. */
    private static final class Standard {
        static final InjectionModel MODEL = load();
    }

    double limit() {
        return limit;
    }

    /** @return the weights as scored (fixed point back to floats), the bias last; a copy, for the trainer's evaluation */
    float[] weights() {
        float[] w = new float[DIM + 1];
        for (int i = 0; i < DIM; i++) {
            w[i] = (float) (fixed[i] * step);
        }
        w[DIM] = (float) bias;
        return w;
    }

    /** The chunks of a text with the hashed features of each: {@code feats[featStart[k] .. featStart[k + 1])}. */
    static final class Chunks {
        int count;
        int[] start;
        int[] end;
        int[] featStart;
        /** By chunk, the features counted before it that are not concept features (see {@link #judged}). */
        int[] countedStart;
        int[] feats;
        int nFeats;
        /** Features so far that count towards {@link #MIN_FEATURES} and {@link #VETO_MIN_FEATURES}: all but concepts. */
        int nCounted;

        /**
         * Sized for a chunk per eight words and three features per word, two per hit; short sentences, character pairs
         * of unspaced scripts and concept features may grow it (a chunk per word would zero four arrays of the text's
         * size for every text).
         */
        Chunks(int words, int hits) {
            int chunks = words / 8 + 1;
            start = new int[chunks];
            end = new int[chunks];
            featStart = new int[chunks + 1];
            countedStart = new int[chunks + 1];
            feats = new int[3 * words + 2 * hits + 1];
        }

        /** The concepts named so far in the current chunk, one bit per concept id. */
        long seen;

        /**
         * Adds a concept's feature and, the first time the chunk names it, one feature per pair with each concept the
         * chunk named before ("DISREGARD" and "INSTRUCTION" in any order and language).
         */
        private void concept(int id, Concepts concepts) {
            long bit = 1L << id;
            if ((seen & bit) != 0) {
                return;
            }
            int h = concepts.nameHash(id);
            addConceptFeature(conceptFeature(h));
            // pairs with the first few only: a chunk that names every concept does not cost a feature per pair
            for (long rest = Long.bitCount(seen) <= MAX_CONCEPT_PAIRS ? seen : 0; rest != 0; rest &= rest - 1) {
                int o = concepts.nameHash(Long.numberOfTrailingZeros(rest));
                addConceptFeature(conceptPairFeature(h, o));
            }
            seen |= bit;
        }

        private void addFeature(int f) {
            if (nFeats == feats.length) {
                feats = java.util.Arrays.copyOf(feats, 2 * feats.length); // character pairs, concepts
            }
            feats[nFeats++] = f;
            nCounted++;
        }

        /** A concept feature: not counted, so the length gates still measure the words (about two features each). */
        private void addConceptFeature(int f) {
            addFeature(f);
            nCounted--;
        }

        private void close(int s, int e) {
            if (count == start.length) {
                int cap = 2 * count;
                start = java.util.Arrays.copyOf(start, cap);
                end = java.util.Arrays.copyOf(end, cap);
                featStart = java.util.Arrays.copyOf(featStart, cap + 1);
                countedStart = java.util.Arrays.copyOf(countedStart, cap + 1);
            }
            start[count] = s;
            end[count] = e;
            count++;
            featStart[count] = nFeats;
            countedStart[count] = nCounted;
        }
    }

    /**
     * Cuts the words the rules' tokenizer found into chunks (sentences ending at {@code . ! ? : ;} or a line break, at
     * most {@value #CHUNK_WORDS} words) and hashes their features: each word and its stem, each pair of adjacent words,
     * the character pairs of an unspaced script, the concepts its words name (and their pairs), and the rule and
     * category of each hit that starts inside the chunk.
     */
    static Chunks chunks(PromptInjectionDetector.Tokens t, CharSequence text, int to, List<PromptInjectionDetector.Hit> hits,
            Concepts concepts) {
        Chunks c = new Chunks(t.count, hits.size());
        int chunkStart = -1;
        int firstWord = 0;
        int words = 0;
        int prev = 0;
        int nextHit = 0; // hits are sorted by start: each belongs to the first chunk that ends after it starts
        for (int i = 0; i < t.count; i++) {
            if (words > 0 && (t.sentenceEnd[i - 1] <= i || (t.marks[i] & PromptInjectionDetector.Tokens.BREAK_BEFORE) != 0)) {
                nextHit = addHits(c, hits, nextHit, t.ends[i - 1]);
                addConcepts(c, t, text, firstWord, i, concepts);
                c.close(chunkStart, t.ends[i - 1]);
                chunkStart = -1;
                words = 0;
            }
            int h = t.hashes[i];
            if (chunkStart < 0) {
                chunkStart = t.starts[i];
                firstWord = i;
            }
            c.addFeature(bucket(fmix(h)));
            if (t.stems[i] != 0) {
                c.addFeature(bucket(fmix(t.stems[i] ^ 0x3C6EF372)));
            }
            if ((t.marks[i] & PromptInjectionDetector.Tokens.UNSPACED) != 0 && t.ends[i] - t.starts[i] > 1) {
                cjkBigrams(c, text, t.starts[i], Math.min(t.ends[i], t.starts[i] + 64));
            }
            if (words > 0) {
                c.addFeature(bucket(fmix(prev * 31 + h + 0x5BD1E995)));
            }
            prev = h;
            words++;
            if (words >= CHUNK_WORDS) {
                nextHit = addHits(c, hits, nextHit, t.ends[i]);
                addConcepts(c, t, text, firstWord, i + 1, concepts);
                c.close(chunkStart, t.ends[i]);
                chunkStart = -1;
                words = 0;
            }
        }
        if (words > 0) {
            int end = Math.min(to, t.ends[t.count - 1] + 1);
            addHits(c, hits, nextHit, end);
            addConcepts(c, t, text, firstWord, t.count, concepts);
            c.close(chunkStart, end);
        }
        return c;
    }

    /**
     * Adds the concept features of the chunk's words {@code [from, to)} (a pass of its own, so that the per-word loop
     * above stays small for the compiler).
     */
    private static void addConcepts(Chunks c, PromptInjectionDetector.Tokens t, CharSequence text, int from, int to,
            Concepts concepts) {
        c.seen = 0;
        for (int i = from; i < to; i++) {
            int concept;
            if ((t.marks[i] & PromptInjectionDetector.Tokens.UNSPACED) != 0) {
                int e = Math.min(t.ends[i], t.starts[i] + 64);
                for (int k = t.starts[i]; k + 1 < e; k++) {
                    int match = concepts.ofRun(text, k, e);
                    if (match != 0) {
                        c.concept(Concepts.runConcept(match), concepts);
                        k += Concepts.runLength(match) - 1; // the longest entry from the left, as a word
                    }
                }
                continue;
            }
            concept = concepts.ofWord(t, i);
            if (concept == 0 && i > from) {
                concept = concepts.ofPhrase(t.hashes[i - 1], t.hashes[i]);
            }
            if (concept != 0) {
                c.concept(concept, concepts);
            }
        }
    }

    /** Scripts written without spaces between words (CJK, Thai, Lao, Myanmar, Khmer) and Hangul, whose words agglutinate. */
    static boolean unspaced(char c) {
        return c >= 0x2E80 || c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF;
    }

    /** Character pairs of a run of such letters (the tokenizer reads a run as one word), at most 64 characters of it. */
    private static void cjkBigrams(Chunks c, CharSequence text, int s, int e) {
        for (int k = s; k + 1 < e; k++) {
            c.addFeature(pairFeature(text.charAt(k), text.charAt(k + 1)));
        }
    }

    /** Adds the rule and category features of the hits from {@code next} on that start before {@code end}. */
    private static int addHits(Chunks c, List<PromptInjectionDetector.Hit> hits, int next, int end) {
        int k = next;
        for (; k < hits.size() && hits.get(k).start() < end; k++) {
            PromptInjectionDetector.Hit h = hits.get(k);
            c.addFeature(bucket(fmix(h.rule().hashCode() ^ 0x27D4EB2D)));
            c.addFeature(bucket(fmix(h.category().hashCode() ^ 0x165667B1)));
        }
        return k;
    }

    /**
     * Scores each window and hands those above the threshold to {@code sink} as character spans: of its two chunks, each
     * that carries at least half of the evidence the window needed (so a benign sentence next to an injected one stays
     * out of the span).
     */
    void fire(Chunks c, double[] sums, java.util.function.BooleanSupplier about, SpanSink sink) {
        if (c.count == 0) {
            return;
        }
        double a = aboutWeight;
        double needed = limit - bias; // what the chunks must add up to
        for (int k = 0; k < c.count; k++) {
            boolean pair = k + 1 < c.count;
            double z = bias + sums[k] + (pair ? sums[k + 1] : 0);
            if (!judged(c, k) || z + Math.max(0, a) <= limit
                    || z + Math.min(0, a) <= limit && z + (about.getAsBoolean() ? a : 0) <= limit) {
                continue;
            }
            boolean first = !pair || sums[k] >= needed / 2;
            boolean second = pair && sums[k + 1] >= needed / 2;
            sink.span(first ? c.start[k] : c.start[k + 1], second ? c.end[k + 1] : c.end[k]);
        }
    }

    /** @return the highest window score of the text, 0..1 */
    double maxScore(Chunks c, boolean about) {
        if (c.count == 0) {
            return 0;
        }
        double[] sums = chunkSums(c);
        double base = bias + (about ? aboutWeight : 0);
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c.count; k++) {
            best = Math.max(best, base + sums[k] + (k + 1 < c.count ? sums[k + 1] : 0));
        }
        return sigmoid(best);
    }

    /** @return each chunk's summed feature weights, what {@link #rulesOut} and {@link #fire} add up per window */
    double[] chunkSums(Chunks c) {
        double[] sums = new double[c.count];
        for (int k = 0; k < c.count; k++) {
            int s = 0; // at most 2^15 per feature: a chunk would need 2^16 features to overflow
            for (int f = c.featStart[k]; f < c.featStart[k + 1]; f++) {
                s += fixed[c.feats[f]];
            }
            sums[k] = s * step;
        }
        return sums;
    }

    /** Receives a window that fired. */
    interface SpanSink {
        void span(int start, int end);
    }

    /** Whether window {@code k} is long enough ({@link #MIN_FEATURES}, concepts not counted) to be judged on the model alone. */
    static boolean judged(Chunks c, int k) {
        return counted(c, k) >= MIN_FEATURES;
    }

    /** @return the features of window {@code k} that are not concept features */
    static int counted(Chunks c, int k) {
        return c.countedStart[Math.min(c.count, k + 2)] - c.countedStart[k];
    }

    /** The feature buckets of window {@code k} (chunk k and k + 1, plus the about-attacks bucket), for training. */
    static int[] windowFeatures(Chunks c, int k, boolean about) {
        int e = c.featStart[Math.min(c.count, k + 2)];
        int s = c.featStart[k];
        int[] out = new int[e - s + (about ? 1 : 0)];
        System.arraycopy(c.feats, s, out, 0, e - s);
        if (about) {
            out[out.length - 1] = ABOUT;
        }
        return out;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static int bucket(int h) {
        return h >>> (32 - BITS);
    }

    /** @return the feature of two adjacent characters of an unspaced script */
    static int pairFeature(char a, char b) {
        return bucket(fmix((a << 16 | b) ^ 0x7A3B9C5D));
    }

    /** @return the feature of a concept, by the hash of its name */
    static int conceptFeature(int nameHash) {
        return bucket(fmix(nameHash * 0x01000193 ^ 0x4F1BBCDD));
    }

    /** @return the feature of two concepts named in one chunk, in either order */
    static int conceptPairFeature(int nameHash, int other) {
        return bucket(fmix((Math.min(nameHash, other) * 31 + Math.max(nameHash, other)) * 0x01000193 ^ 0x6A09E667));
    }

    /** Writes the model as the resource format: gzip of magic, bits, the limit, the step, the bias and the weights. */
    void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(BITS);
            d.writeDouble(limit);
            d.writeDouble(step);
            d.writeDouble(bias);
            for (short w : fixed) {
                d.writeShort(w);
            }
        }
    }

    static InjectionModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)))) {
            if (d.readInt() != MAGIC || d.readInt() != BITS) {
                throw new IOException("not an injection model of this version");
            }
            double limit = d.readDouble();
            double step = d.readDouble();
            double bias = d.readDouble();
            if (!(step > 0) || Double.isNaN(limit) || Double.isNaN(bias)) {
                throw new IOException("not an injection model of this version");
            }
            short[] w = new short[DIM];
            for (int i = 0; i < DIM; i++) {
                w[i] = d.readShort();
            }
            return new InjectionModel(w, step, bias, limit);
        }
    }

    private static InjectionModel load() {
        try (InputStream in = InjectionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the injection model resource " + RESOURCE + " is missing from the jar;"
                        + " rebuild mcp-guard-core");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the injection model " + RESOURCE, e);
        }
    }
}
