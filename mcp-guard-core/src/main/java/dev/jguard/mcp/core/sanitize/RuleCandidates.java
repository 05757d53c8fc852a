package dev.jguard.mcp.core.sanitize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that start with each vocabulary word, and for each the word lists it needs later in the sentence, in flat
 * arrays shared by all first words. Each distinct list of required words is a <em>group</em>; a sentence marks the
 * groups its words belong to once ({@link #addWord}), so a candidate is ruled out by one bit test per required list
 * instead of a scan of the list's words (the big shared lists, the AI words or the sensitive objects, span dozens of
 * 64-bit words of the vocabulary). A word's candidates are a range of indices, so a scan follows no pointer per word.
 * Immutable and thread-safe; the bit sets belong to the caller.
 *
 * <pre>{@code
 * RuleCandidates c = new RuleCandidates(rulesByFirstWord);
 * long[] words = new long[(vocabularySize + 63) >>> 6];
 * long[] groups = new long[c.groupWords()];
 * for (int k : sentenceWordIds) {
 *     c.addWord(k, words, groups);
 * }
 * if (c.anyMayMatch(wordId, words)) {
 *     for (int k = c.from(wordId), end = c.to(wordId); k < end; k++) {
 *         if (c.mayMatch(k, groups)) {
 *             c.rule(k).match(tokens, i, limit);
 *         }
 *     }
 * }
 * }</pre>
 */
final class RuleCandidates {

    /** Per vocabulary id, the first candidate of that first word; the next id's entry ends the range. */
    private final int[] starts;
    private final PhraseRule[] rules;
    /** Per candidate, one past its last required group in {@link #groupOf}. */
    private final int[] ruleEnds;
    /** Per required slot of each candidate in turn, the group of its word list. */
    private final int[] groupOf;
    /** Per vocabulary id, the groups whose lists hold the word: {@code [wordGroupStarts[id], wordGroupStarts[id + 1])}. */
    private final int[] wordGroupStarts;
    private final int[] wordGroups;
    private final int groups;
    /**
     * Per vocabulary id, the masks of the union of its candidates' first required slots,
     * {@code [unionFrom[id], unionTo[id])} of {@link #unionIndex} and {@link #unionBits}; {@link #ALWAYS} in
     * {@code unionFrom[id]} when a candidate requires no later word. A sentence with none of those words rules out
     * all the word's candidates at once ("the", "to", "you" start a dozen rules each and rarely one that matches).
     */
    private final int[] unionFrom;
    private final int[] unionTo;
    private final int[] unionIndex;
    private final long[] unionBits;
    private static final int ALWAYS = -1;

    /**
     * @param byFirstWord per vocabulary id, the rules whose first slot has that word, compiled against the vocabulary
     *     whose ids the bit sets hold
     */
    RuleCandidates(List<List<PhraseRule>> byFirstWord) {
        int words = byFirstWord.size();
        starts = new int[words + 1];
        List<PhraseRule> all = new ArrayList<>();
        for (int id = 0; id < words; id++) {
            starts[id] = all.size();
            all.addAll(byFirstWord.get(id));
        }
        starts[words] = all.size();
        this.rules = all.toArray(new PhraseRule[0]);
        int slots = 0;
        for (PhraseRule r : rules) {
            slots += r.requiredEnds.length;
        }
        ruleEnds = new int[rules.length];
        groupOf = new int[slots];
        Map<List<Long>, Integer> groupIds = new HashMap<>();
        List<List<Integer>> byWord = new ArrayList<>();
        for (int id = 0; id < words; id++) {
            byWord.add(new ArrayList<>(0));
        }
        int s = 0;
        for (int k = 0; k < rules.length; k++) {
            PhraseRule r = rules[k];
            int m = 0;
            for (int end : r.requiredEnds) {
                List<Long> key = new ArrayList<>();
                for (int j = m; j < end; j++) {
                    key.add((long) r.requiredIndex[j]);
                    key.add(r.requiredBits[j]);
                }
                Integer g = groupIds.get(key);
                if (g == null) {
                    g = groupIds.size();
                    groupIds.put(key, g);
                    for (int j = m; j < end; j++) {
                        for (long b = r.requiredBits[j]; b != 0; b &= b - 1) {
                            byWord.get(r.requiredIndex[j] * 64 + Long.numberOfTrailingZeros(b)).add(g);
                        }
                    }
                }
                groupOf[s++] = g;
                m = end;
            }
            ruleEnds[k] = s;
        }
        groups = groupIds.size();
        wordGroupStarts = new int[words + 1];
        wordGroups = new int[byWord.stream().mapToInt(List::size).sum()];
        int w = 0;
        for (int id = 0; id < words; id++) {
            wordGroupStarts[id] = w;
            for (int g : byWord.get(id)) {
                wordGroups[w++] = g;
            }
        }
        wordGroupStarts[words] = w;

        unionFrom = new int[words];
        unionTo = new int[words];
        List<TreeMap<Integer, Long>> unions = new ArrayList<>();
        int unionMasks = 0;
        for (int id = 0; id < words; id++) {
            TreeMap<Integer, Long> union = new TreeMap<>();
            for (PhraseRule r : byFirstWord.get(id)) {
                if (r.requiredEnds.length == 0) {
                    union = null; // this candidate needs no later word: the word's candidates are always tried
                    break;
                }
                for (int j = 0; j < r.requiredEnds[0]; j++) {
                    union.merge(r.requiredIndex[j], r.requiredBits[j], (x, y) -> x | y);
                }
            }
            unions.add(union);
            unionMasks += union == null ? 0 : union.size();
        }
        unionIndex = new int[unionMasks];
        unionBits = new long[unionMasks];
        int u = 0;
        for (int id = 0; id < words; id++) {
            TreeMap<Integer, Long> union = unions.get(id);
            unionFrom[id] = union == null ? ALWAYS : u;
            if (union != null) {
                for (Map.Entry<Integer, Long> e : union.entrySet()) {
                    unionIndex[u] = e.getKey();
                    unionBits[u] = e.getValue();
                    u++;
                }
            }
            unionTo[id] = u;
        }
    }

    /** @return the length of the {@code groups} bit set that {@link #addWord} and {@link #mayMatch} take */
    int groupWords() {
        return (groups + 63) >>> 6;
    }

    /**
     * Marks a word of the current sentence and, the first time, the groups it belongs to.
     *
     * @param id a vocabulary id
     * @param words the sentence's vocabulary ids as a bit set
     * @param present the sentence's groups as a bit set
     * @return whether the word marked a group (else {@code present} is unchanged)
     */
    boolean addWord(int id, long[] words, long[] present) {
        long bit = 1L << id;
        if ((words[id >>> 6] & bit) != 0) {
            return false;
        }
        words[id >>> 6] |= bit;
        int k = wordGroupStarts[id];
        int end = wordGroupStarts[id + 1];
        for (int i = k; i < end; i++) {
            int g = wordGroups[i];
            present[g >>> 6] |= 1L << g;
        }
        return k < end;
    }

    /** @return the first candidate of the rules that start with vocabulary word {@code id} */
    int from(int id) {
        return starts[id];
    }

    /** @return one past the last candidate of the rules that start with vocabulary word {@code id} */
    int to(int id) {
        return starts[id + 1];
    }

    PhraseRule rule(int k) {
        return rules[k];
    }

    /**
     * @param id a vocabulary id
     * @param words the vocabulary ids of a sentence as a bit set
     * @return false when no candidate of {@code id} can match in the sentence: it lacks every word of each candidate's
     *     first required slot
     */
    boolean anyMayMatch(int id, long[] words) {
        int u = unionFrom[id];
        if (u == ALWAYS) {
            return true;
        }
        for (int end = unionTo[id]; u < end; u++) {
            if ((words[unionIndex[u]] & unionBits[u]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param k a candidate
     * @param present the groups of a sentence as a bit set ({@link #addWord})
     * @return false when the sentence lacks every word of one of the rule's slots of exact words (it cannot match)
     */
    boolean mayMatch(int k, long[] present) {
        for (int s = k == 0 ? 0 : ruleEnds[k - 1], end = ruleEnds[k]; s < end; s++) {
            int g = groupOf[s];
            if ((present[g >>> 6] & 1L << g) == 0) {
                return false;
            }
        }
        return true;
    }
}
