package dev.jguard.mcp.core.toolscan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings found all at once: an Aho-Corasick automaton compiled to a dense transition table,
 * so one pass over a text costs one table lookup per character whatever the number of literals. Literals with
 * non-ASCII characters have an automaton of their own, run only around the non-ASCII characters of a text (keeping
 * the table of the common case small, and a long English text with one arrow or emoji a one-pass scan). Used by
 * {@link TextRule} to test the literals its pattern requires ({@link RegexLiterals}) before running the pattern.
 *
 * <p>A blank in a literal matches a blank or a newline in the text (the two blanks {@link NormalizedText} leaves).
 *
 * <p>The same pass finds trigger words (only as whole words, see {@link #wordChar}) and trigger marks (anywhere), each
 * with a bit set: {@link Hits#triggered()} is the union of the bits found, so a rule set learns which rules to run
 * without a pass of its own.
 *
 * <p>Hand-written rather than taken from a library: the Java Aho-Corasick libraries build an emit object per match,
 * and this scan runs on every string of every tool definition.
 *
 * <pre>{@code
 * LiteralSet set = LiteralSet.of(List.of("ssh", "token"));
 * LiteralSet.Hits hits = set.newHits();
 * set.scan("an ssh key", hits); // hits.seen(set.id("ssh")) is true, at end offset 6
 * }</pre>
 *
 * <p>Immutable and thread-safe (callers own their {@link Hits}).
 */
final class LiteralSet {

    private final Map<String, Integer> ids;
    private final int[] lengths;
    /** Per trigger: its bits, its length, and whether it must be a whole word. */
    private final long[] triggerBits;
    private final int[] triggerLengths;
    private final boolean[] triggerWord;
    /** The literals made of ASCII only: the text of every scan passes through it. */
    private final Automaton narrow;
    /** The literals with a non-ASCII character: only a text that has one can hold them. */
    private final Automaton wide;

    /**
     * Longest prefix of a literal that is looked for: a text holding a literal holds its prefix at the same start, and
     * longer prefixes would only grow the automaton.
     */
    static final int MAX_LENGTH = 12;

    private LiteralSet(List<String> literals, Map<String, Long> words, Map<String, Long> marks) {
        ids = new HashMap<>();
        for (String s : literals) {
            ids.putIfAbsent(prefix(s), ids.size());
        }
        lengths = new int[ids.size()];
        ids.forEach((literal, id) -> lengths[id] = literal.length());
        Map<String, List<Integer>> ascii = new HashMap<>();
        Map<String, List<Integer>> other = new HashMap<>();
        ids.forEach((literal, id) -> output(literal, id, ascii, other));
        List<Map.Entry<String, Long>> triggers = new ArrayList<>();
        words.forEach((w, bits) -> {
            if (!w.isEmpty() && w.chars().allMatch(c -> wordChar((char) c))) { // others can never be a whole word
                triggers.add(Map.entry(w, bits));
            }
        });
        int wordCount = triggers.size();
        triggers.addAll(marks.entrySet());
        triggerBits = new long[triggers.size()];
        triggerLengths = new int[triggers.size()];
        triggerWord = new boolean[triggers.size()];
        for (int t = 0; t < triggers.size(); t++) {
            String text = triggers.get(t).getKey();
            triggerBits[t] = triggers.get(t).getValue();
            triggerLengths[t] = text.length();
            triggerWord[t] = t < wordCount;
            output(text, ~t, ascii, other);
        }
        narrow = new Automaton(ascii);
        wide = new Automaton(other);
    }

    /** Adds an output (a literal id, or the complement of a trigger index) to the automaton its text belongs to. */
    private static void output(String text, int code, Map<String, List<Integer>> ascii, Map<String, List<Integer>> other) {
        (text.chars().allMatch(c -> c < 0x80) ? ascii : other).computeIfAbsent(text, k -> new ArrayList<>(1)).add(code);
    }

    /**
     * What makes a word for trigger words: ASCII lower-case letters and digits, and letters and digits of other
     * scripts ("übergib", "игнорируй"). {@code _} separates, so {@code api_key} holds the words "api" and "key".
     *
     * @param c a character of normalized (lower-case) text
     * @return whether it belongs to a word
     */
    static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC0 && Character.isLetterOrDigit(c));
    }

    /** One Aho-Corasick automaton with its failure links folded into a complete transition table. */
    private static final class Automaton {
        private final int[] ascii = new int[128];
        /** The non-ASCII characters of the literals, sorted, and their symbols. */
        private final char[] otherChars;
        private final int[] otherSymbols;
        private final int symbols;
        /**
         * The complete transition table, {@code next[state * symbols + symbol]}: the next state ({@link #STATE} bits),
         * flagged with {@link #OUTPUT} when a literal ends in it, so the common transition reads nothing else.
         */
        private final char[] next;
        private static final char STATE = 0x7FFF;
        private static final char OUTPUT = 0x8000;
        /** The literals ending in each state (its own and its suffixes'): {@code outIds[outStart[s] .. outStart[s + 1])}. */
        private final int[] outStart;
        private final int[] outIds;
        /** The length of the longest string the automaton finds. */
        private final int longest;

        /** @param ids text to its outputs: literal ids, and complements of trigger indexes */
        Automaton(Map<String, List<Integer>> ids) {
            longest = ids.keySet().stream().mapToInt(String::length).max().orElse(0);
            int sym = 1; // 0: a character no literal contains
            Map<Character, Integer> other = new java.util.TreeMap<>();
            for (String s : ids.keySet()) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c < 128) {
                        if (ascii[c] == 0) {
                            ascii[c] = sym++;
                        }
                    } else if (!other.containsKey(c)) {
                        other.put(c, sym++);
                    }
                }
            }
            symbols = sym;
            otherChars = new char[other.size()];
            otherSymbols = new int[other.size()];
            int j = 0;
            for (Map.Entry<Character, Integer> e : other.entrySet()) {
                otherChars[j] = e.getKey();
                otherSymbols[j++] = e.getValue();
            }
            ascii['\n'] = ascii[' ']; // a blank of a literal stands for either blank of NormalizedText
            List<int[]> trie = new ArrayList<>();
            List<List<Integer>> outputs = new ArrayList<>();
            trie.add(new int[symbols]);
            outputs.add(new ArrayList<>());
            for (Map.Entry<String, List<Integer>> e : ids.entrySet()) {
                int state = 0;
                for (int i = 0; i < e.getKey().length(); i++) {
                    int s = symbol(e.getKey().charAt(i));
                    if (trie.get(state)[s] == 0) {
                        trie.get(state)[s] = trie.size();
                        trie.add(new int[symbols]);
                        outputs.add(new ArrayList<>());
                    }
                    state = trie.get(state)[s];
                }
                outputs.get(state).addAll(e.getValue());
            }
            breadthFirst(trie, outputs);
            int n = trie.size();
            if (n > STATE) {
                throw new IllegalArgumentException("too many literals: " + n + " automaton states");
            }
            next = new char[n * symbols];
            int[] fail = new int[n];
            int[][] out = new int[n][];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int s = 0; s < symbols; s++) {
                int child = trie.get(0)[s];
                next[s] = (char) child;
                if (child != 0) {
                    queue.add(child);
                }
            }
            out[0] = new int[0];
            while (!queue.isEmpty()) { // breadth first: a state's failure target is done before it
                int state = queue.poll();
                List<Integer> o = new ArrayList<>(outputs.get(state));
                for (int id : out[fail[state]]) {
                    o.add(id);
                }
                out[state] = o.stream().mapToInt(Integer::intValue).toArray();
                for (int s = 0; s < symbols; s++) {
                    int child = trie.get(state)[s];
                    if (child != 0) {
                        fail[child] = next[fail[state] * symbols + s];
                        next[state * symbols + s] = (char) child;
                        queue.add(child);
                    } else {
                        next[state * symbols + s] = next[fail[state] * symbols + s];
                    }
                }
            }
            for (int k = 0; k < next.length; k++) {
                if (out[next[k]].length > 0) {
                    next[k] |= OUTPUT;
                }
            }
            outStart = new int[n + 1];
            for (int state = 0; state < n; state++) {
                outStart[state + 1] = outStart[state] + out[state].length;
            }
            outIds = new int[outStart[n]];
            for (int state = 0; state < n; state++) {
                System.arraycopy(out[state], 0, outIds, outStart[state], out[state].length);
            }
        }

        /**
         * Renumbers the trie breadth first, so the shallow states that a text visits most have neighbouring rows of the
         * transition table (fewer cache misses than numbering literal by literal).
         */
        private static void breadthFirst(List<int[]> trie, List<List<Integer>> outputs) {
            int n = trie.size();
            int[] order = new int[n];
            int[] rank = new int[n];
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                for (int child : trie.get(order[head])) {
                    if (child != 0) {
                        rank[child] = tail;
                        order[tail++] = child;
                    }
                }
            }
            List<int[]> rows = new ArrayList<>(n);
            List<List<Integer>> outs = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int[] row = trie.get(order[k]).clone();
                for (int s = 0; s < row.length; s++) {
                    row[s] = rank[row[s]]; // rank[0] is 0: still no child
                }
                rows.add(row);
                outs.add(outputs.get(order[k]));
            }
            trie.clear();
            trie.addAll(rows);
            outputs.clear();
            outputs.addAll(outs);
        }

        private int symbol(char c) {
            if (c < 128) {
                return ascii[c];
            }
            int k = Arrays.binarySearch(otherChars, c);
            return k < 0 ? 0 : otherSymbols[k];
        }

        int states() {
            return outStart.length - 1;
        }

        /** @return whether {@code text[from, to)} has a non-ASCII character */
        boolean scan(String text, int from, int to, Hits hits, LiteralSet set) {
            int state = 0;
            boolean nonAscii = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int sym;
                if (c < 128) {
                    sym = ascii[c];
                } else {
                    nonAscii = true;
                    sym = symbol(c);
                }
                char t = next[state * symbols + sym];
                state = t & STATE;
                if (t < OUTPUT) {
                    continue;
                }
                for (int k = outStart[state], end = outStart[state + 1]; k < end; k++) {
                    int code = outIds[k];
                    if (code >= 0) {
                        hits.add(code, i + 1);
                    } else {
                        set.trigger(~code, text, i + 1, hits);
                    }
                }
            }
            return nonAscii;
        }
    }

    /** Records trigger {@code t} ending at {@code end}, if it stands there as it must (a word: as a whole word). */
    private void trigger(int t, String text, int end, Hits hits) {
        if (triggerWord[t]) {
            int start = end - triggerLengths[t];
            if (start > 0 && wordChar(text.charAt(start - 1)) || end < text.length() && wordChar(text.charAt(end))) {
                return;
            }
        }
        hits.triggered |= triggerBits[t];
    }

    /**
     * @param literals the strings to find (duplicates, and literals sharing a {@link #MAX_LENGTH} prefix, are merged)
     * @return the compiled set
     */
    static LiteralSet of(List<String> literals) {
        return new LiteralSet(literals, Map.of(), Map.of());
    }

    /**
     * @param literals the strings to find, as {@link #of(List)}
     * @param words trigger words to their bits, found only as whole words: a maximal run of {@link #wordChar}
     *     characters (a word with other characters can never be one and is left out)
     * @param marks trigger strings to their bits, found anywhere
     * @return the compiled set
     */
    static LiteralSet of(List<String> literals, Map<String, Long> words, Map<String, Long> marks) {
        return new LiteralSet(literals, words, marks);
    }

    /**
     * @param literal one of the set's strings
     * @return its id (shared by literals with the same {@link #MAX_LENGTH} prefix)
     * @throws IllegalArgumentException if it is not in the set
     */
    int id(String literal) {
        Integer id = ids.get(prefix(literal));
        if (id == null) {
            throw new IllegalArgumentException("not in the set: " + literal);
        }
        return id;
    }

    private static String prefix(String literal) {
        return literal.length() <= MAX_LENGTH ? literal : literal.substring(0, MAX_LENGTH);
    }

    /** @return the length of the literal (its prefix of at most {@link #MAX_LENGTH}) with this id */
    int length(int id) {
        return lengths[id];
    }

    /** @return the number of distinct literals */
    int size() {
        return ids.size();
    }

    /** @return an empty, reusable hit record for this set */
    Hits newHits() {
        return new Hits(ids.size());
    }

    private final ThreadLocal<Hits> perThread = ThreadLocal.withInitial(this::newHits);

    /**
     * @return this thread's hit record, reused from scan to scan (one text at a time: the result of a scan is
     *     overwritten by the next one on the same thread)
     */
    Hits threadHits() {
        return perThread.get();
    }

    /**
     * Finds every literal and trigger that occurs in {@code text}, replacing what {@code hits} held.
     *
     * @param text the text
     * @param hits a record of {@link #newHits()}
     */
    void scan(String text, Hits hits) {
        hits.clear();
        int n = text.length();
        if (!narrow.scan(text, 0, n, hits, this) || wide.states() <= 1) {
            return;
        }
        // each string of the wide automaton holds a non-ASCII character: it can only occur around one
        int reach = wide.longest - 1;
        int i = nextNonAscii(text, 0);
        while (i < n) {
            int from = Math.max(0, i - reach);
            int to = Math.min(n, i + reach + 1);
            i = nextNonAscii(text, i + 1);
            while (i < n && i - reach <= to) { // overlapping or adjacent windows are scanned as one
                to = Math.min(n, i + reach + 1);
                i = nextNonAscii(text, i + 1);
            }
            wide.scan(text, from, to, hits, this);
        }
    }

    private static int nextNonAscii(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    /**
     * The literals found in one text: a bit per literal, and the occurrences in text order (literal id and end
     * offset) up to {@link #MAX_OCCURRENCES}; past that {@link #overflow()} is true and only the bits are exact.
     * Not thread-safe: one per scanning thread.
     */
    static final class Hits {
        /** Occurrences kept per text. */
        static final int MAX_OCCURRENCES = 512;
        private final long[] seen;
        private int[] ids = new int[32];
        private int[] ends = new int[32];
        private int count;
        private boolean overflow;
        private long triggered;
        private boolean inOrder = true;

        private Hits(int literals) {
            seen = new long[(literals + 63) >>> 6];
        }

        void clear() {
            Arrays.fill(seen, 0L);
            count = 0;
            overflow = false;
            triggered = 0;
            inOrder = true;
        }

        private void add(int id, int end) {
            seen[id >>> 6] |= 1L << id;
            inOrder &= count == 0 || end >= ends[count - 1];
            if (count == ids.length && count < MAX_OCCURRENCES) {
                ids = Arrays.copyOf(ids, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            if (count < MAX_OCCURRENCES) {
                ids[count] = id;
                ends[count++] = end;
            } else {
                overflow = true;
            }
        }

        boolean seen(int id) {
            return (seen[id >>> 6] & (1L << id)) != 0;
        }

        /** @return whether a literal of a sparse mask was seen: {@code bits[k]} are the ids of word {@code words[k]} */
        boolean seenAny(int[] words, long[] bits) {
            for (int k = 0; k < words.length; k++) {
                if ((seen[words[k]] & bits[k]) != 0) {
                    return true;
                }
            }
            return false;
        }

        int count() {
            return count;
        }

        int id(int k) {
            return ids[k];
        }

        int end(int k) {
            return ends[k];
        }

        /** @return whether the occurrences are in the order of their ends (a second automaton's may not be) */
        boolean inOrder() {
            return inOrder;
        }

        /** @return the first occurrence ending after {@code offset} when {@link #inOrder()}, else 0 */
        int firstEndingAfter(int offset) {
            if (!inOrder) {
                return 0;
            }
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        boolean overflow() {
            return overflow;
        }

        /** @return the union of the bits of the trigger words and marks found */
        long triggered() {
            return triggered;
        }

        private final long[][] scratch = {new long[32], new long[32], new long[32]};

        /** @return scratch buffer {@code i} (0-2) of at least {@code size} longs, for the rules' range lists */
        long[] scratch(int i, int size) {
            if (scratch[i].length < size) {
                scratch[i] = new long[Math.max(size, scratch[i].length * 2)];
            }
            return scratch[i];
        }
    }


    @Override
    public String toString() {
        return "LiteralSet[" + ids.size() + " literals, " + narrow.states() + " + " + wide.states() + " states, " + narrow.symbols
                + " + " + wide.symbols + " symbols]";
    }
}
