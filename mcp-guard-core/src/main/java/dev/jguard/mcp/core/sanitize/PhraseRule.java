package dev.jguard.mcp.core.sanitize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One lexical rule of the injection detector: a short sequence of word slots with bounded gaps, matched over the
 * lower-cased word tokens of one sentence. Pattern syntax: slots separated by spaces, alternatives by {@code |}, a
 * trailing {@code *} for a prefix, {@code *x*} for "contains", {@code ~k} before a slot for up to {@code k}
 * other words in front of it, {@code ^a|b} for any word but these, {@code $} for the end of the sentence, {@code @} for a capitalized word (a name), a leading {@code !a|b} for words that must not come right before the first slot, and a leading {@code <} for a first slot that must start its sentence (an imperative), e.g. {@code "ignore|disregard ~3 previous|prior ~2 instruction*"}.
 *
 * <p>Exact words are compared as vocabulary ids (no string is built per scanned word). Matching cost is bounded by the product of the gaps (a constant), so a scan stays linear in the text.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PhraseRule r = PhraseRule.of("override", "OVERRIDE", 1.0, "ignore|disregard ~3 previous|prior ~2 instruction*");
 * }</pre>
 */
final class PhraseRule {

    /** One slot: exact words, prefixes and infixes. */
    static final class Slot {
        final Set<String> exact = new HashSet<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> infixes = new ArrayList<>();
        final int gapBefore;
        final boolean negated;
        final boolean sentenceEnd;
        final boolean capitalized;

        Slot(String spec, int gapBefore) {
            this.gapBefore = gapBefore;
            this.negated = spec.startsWith("^");
            this.sentenceEnd = spec.equals("$");
            this.capitalized = spec.equals("@");
            for (String alt : capitalized ? new String[0] : (negated ? spec.substring(1) : spec).split("\\|")) {
                if (alt.length() > 2 && alt.startsWith("*") && alt.endsWith("*")) {
                    infixes.add(alt.substring(1, alt.length() - 1));
                } else if (alt.endsWith("*")) {
                    prefixes.add(alt.substring(0, alt.length() - 1));
                } else {
                    exact.add(alt);
                }
            }
        }

        /** Exact words as vocabulary ids, set once by {@link #compile(Vocabulary)}. */
        private IdSet ids;
        /** First characters of the prefixes: ASCII as bits, any other as one flag (a cheap test before the loop). */
        private long firstLow;
        private long firstHigh;
        private boolean firstOther;

        private boolean mayStartAPrefix(char c) {
            if (c >= 128) {
                return firstOther;
            }
            return ((c < 64 ? firstLow >>> c : firstHigh >>> (c - 64)) & 1L) != 0;
        }

        /** The joiners each infix needs, see {@link PromptInjectionDetector.Tokens#marksOf}. */
        private byte[] infixMarks;

        void compile(Vocabulary vocabulary) {
            infixMarks = new byte[infixes.size()];
            for (int i = 0; i < infixes.size(); i++) {
                infixMarks[i] = PromptInjectionDetector.Tokens.marksOf(infixes.get(i));
            }
            this.ids = IdSet.of(exact.stream().mapToInt(vocabulary::id).toArray());
            for (String p : prefixes) {
                char c = p.charAt(0);
                if (c >= 128) {
                    firstOther = true;
                } else if (c < 64) {
                    firstLow |= 1L << c;
                } else {
                    firstHigh |= 1L << (c - 64);
                }
            }
        }

        boolean matches(PromptInjectionDetector.Tokens t, int k) {
            if (capitalized) {
                return Character.isUpperCase(t.text.charAt(t.starts[k]));
            }
            return negated != listed(t, k);
        }

        private boolean listed(PromptInjectionDetector.Tokens t, int k) {
            int id = t.ids[k];
            if (id >= 0 && ids.contains(id)) {
                return true;
            }
            if (prefixes.isEmpty() && infixes.isEmpty()) {
                return false;
            }
            if (mayStartAPrefix(t.firsts[k])) {
                for (String p : prefixes) {
                    if (t.startsWith(k, p)) {
                        return true;
                    }
                }
            }
            byte marks = t.marks[k];
            for (int i = 0; i < infixes.size(); i++) {
                // an infix with a joiner ("_token", "mcp.json") can only be inside a word that has that joiner
                if ((infixMarks[i] & marks) == infixMarks[i] && t.contains(k, infixes.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    final String id;
    final String category;
    final double weight;
    final Slot[] slots;
    /** Words that cancel a match when they come right before the first slot (e.g. a determiner before a verb). */
    final Set<String> notAfter;
    private IdSet notAfterIds;
    /** Whether the first slot must be the first word of its sentence. */
    private final boolean sentenceStart;

    private PhraseRule(String id, String category, double weight, Slot[] slots, Set<String> notAfter, boolean sentenceStart) {
        this.id = id;
        this.category = category;
        this.weight = weight;
        this.slots = slots;
        this.notAfter = notAfter;
        this.sentenceStart = sentenceStart;
    }

    static PhraseRule of(String id, String category, double weight, String pattern) {
        List<Slot> slots = new ArrayList<>();
        Set<String> notAfter = Set.of();
        boolean start = false;
        int gap = 0;
        for (String part : pattern.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (part.equals("<") && slots.isEmpty()) {
                start = true;
                continue;
            }
            if (part.startsWith("!")) {
                notAfter = Set.of(part.substring(1).split("\\|"));
                continue;
            }
            if (part.startsWith("~")) {
                gap = Integer.parseInt(part.substring(1));
                if (gap > 6) {
                    throw new IllegalArgumentException("gap too large in rule " + id);
                }
                continue;
            }
            slots.add(new Slot(part, gap));
            gap = 0;
        }
        if (slots.isEmpty() || !slots.get(0).prefixes.isEmpty() || !slots.get(0).infixes.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " must start with exact words");
        }
        return new PhraseRule(id, category, weight, slots.toArray(new Slot[0]), notAfter, start);
    }

    /**
     * @param words the sentence's tokens
     * @param from the index of a token that matches the first slot
     * @param limit one past the last token of the sentence
     * @return the index of the last matched token, or -1
     */
    int match(PromptInjectionDetector.Tokens words, int from, int limit) {
        if (from > 0 && notAfterIds != null && words.ids[from - 1] >= 0 && notAfterIds.contains(words.ids[from - 1])) {
            return -1;
        }
        if (sentenceStart && !startsSentence(words, from)) {
            return -1; // not the first word of its sentence, nor of a labelled line ("Webpage content: Make a payment")
        }
        return matchFrom(words, 1, from, limit);
    }

    /**
     * The later slots that only match exact words, each as bit masks over vocabulary ids grouped by 64-bit word, the
     * slot in the fewest 64-bit words first: a sentence that lacks every word of one of them cannot match. Slot
     * {@code k}'s masks are {@code [requiredEnds[k-1], requiredEnds[k])} of {@link #requiredIndex} and
     * {@link #requiredBits}. {@link RuleCandidates} makes each slot a word-list group and merges the first slots of a
     * first word's rules into the one test that rules them all out, which the smallest first slots keep short.
     */
    int[] requiredIndex = new int[0];
    long[] requiredBits = new long[0];
    int[] requiredEnds = new int[0];

    /** True when word {@code k} is the first of its sentence or follows a colon (a labelled line). */
    static boolean startsSentence(PromptInjectionDetector.Tokens words, int k) {
        return k == 0 || words.sentenceEnd[k - 1] == k || afterColon(words, k);
    }

    private static boolean afterColon(PromptInjectionDetector.Tokens words, int k) {
        int i = words.starts[k] - 1;
        while (i > words.ends[k - 1] && words.text.charAt(i) == ' ') {
            i--;
        }
        return i >= words.ends[k - 1] && words.text.charAt(i) == ':';
    }

    /** Resolves every exact word to a vocabulary id; call once before matching. */
    void compile(Vocabulary vocabulary) {
        for (Slot s : slots) {
            s.compile(vocabulary);
        }
        // every later slot of exact words is required; the one in the fewest 64-bit words of the bit set comes first
        // (RuleCandidates merges the first slots of a first word's rules into one test over those words)
        List<java.util.TreeMap<Integer, Long>> required = new ArrayList<>();
        for (Set<String> words : requiredWords()) {
            java.util.TreeMap<Integer, Long> masks = new java.util.TreeMap<>();
            for (String w : words) {
                int id = vocabulary.id(w);
                masks.merge(id >>> 6, 1L << id, (x, y) -> x | y);
            }
            required.add(masks);
        }
        required.sort(java.util.Comparator.comparingInt(java.util.TreeMap::size));
        requiredEnds = new int[required.size()];
        int n = required.stream().mapToInt(java.util.TreeMap::size).sum();
        requiredIndex = new int[n];
        requiredBits = new long[n];
        int at = 0;
        for (int k = 0; k < required.size(); k++) {
            for (Map.Entry<Integer, Long> e : required.get(k).entrySet()) {
                requiredIndex[at] = e.getKey();
                requiredBits[at] = e.getValue();
                at++;
            }
            requiredEnds[k] = at;
        }
        if (!notAfter.isEmpty()) {
            notAfterIds = IdSet.of(notAfter.stream().mapToInt(vocabulary::id).toArray());
        }
    }


    /** The exact words of each later slot that matches nothing else: the words {@link RuleCandidates#mayMatch} tests. */
    List<Set<String>> requiredWords() {
        List<Set<String>> out = new ArrayList<>();
        for (int k = 1; k < slots.length; k++) {
            Slot s = slots[k];
            if (!s.negated && !s.sentenceEnd && !s.capitalized && s.prefixes.isEmpty() && s.infixes.isEmpty()) {
                out.add(new java.util.TreeSet<>(s.exact));
            }
        }
        return out;
    }

    /** Every exact word this rule uses. */
    Set<String> words() {
        Set<String> all = new HashSet<>(notAfter);
        for (Slot s : slots) {
            all.addAll(s.exact);
        }
        return all;
    }

    private int matchFrom(PromptInjectionDetector.Tokens words, int slot, int prev, int limit) {
        if (slot == slots.length) {
            return prev;
        }
        Slot s = slots[slot];
        if (s.sentenceEnd) {
            return prev + 1 == limit ? prev : -1;
        }
        int last = Math.min(limit - 1, prev + 1 + s.gapBefore);
        for (int j = prev + 1; j <= last; j++) {
            if (s.matches(words, j)) {
                int end = matchFrom(words, slot + 1, j, limit);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }
}
