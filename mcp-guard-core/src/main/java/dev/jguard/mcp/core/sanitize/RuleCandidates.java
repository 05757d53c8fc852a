package dev.jguard.mcp.core.sanitize;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules that start with each vocabulary word, and for each the words it needs later in the sentence, in flat arrays
 * shared by all first words: most candidates are ruled out by a few bit tests against the sentence's words, without
 * touching the rule, and a word's candidates are a range of indices, so a scan follows no pointer per word (the rules
 * and their slots spread over the heap; a text asks about hundreds of them). Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleCandidates c = new RuleCandidates(rulesByFirstWord);
 * for (int k = c.from(wordId), end = c.to(wordId); k < end; k++) {
 *     if (c.mayMatch(k, sentenceWords)) {
 *         c.rule(k).match(tokens, i, limit);
 *     }
 * }
 * }</pre>
 */
final class RuleCandidates {

    /** Per vocabulary id, the first candidate of that first word; the next id's entry ends the range. */
    private final int[] starts;
    private final PhraseRule[] rules;
    /** Per candidate, one past its last slot in {@link #slotEnds}. */
    private final int[] ruleEnds;
    /** Per required slot, one past its last mask in {@link #index} and {@link #bits}. */
    private final int[] slotEnds;
    private final int[] index;
    private final long[] bits;
    /**
     * Per candidate, the bit-set word of its first required slot when that slot's words fall into one ({@link #WIDE}
     * when they do not, {@link #NONE} when the rule needs no word after its first), and its mask: most candidates fail
     * this one test.
     */
    private final int[] firstWord;
    private final long[] firstMask;
    private static final int NONE = -1;
    private static final int WIDE = -2;
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
     *     of the bit sets {@link #mayMatch} will get
     */
    RuleCandidates(List<List<PhraseRule>> byFirstWord) {
        starts = new int[byFirstWord.size() + 1];
        List<PhraseRule> all = new ArrayList<>();
        for (int id = 0; id < byFirstWord.size(); id++) {
            starts[id] = all.size();
            all.addAll(byFirstWord.get(id));
        }
        starts[byFirstWord.size()] = all.size();
        this.rules = all.toArray(new PhraseRule[0]);
        int slots = 0;
        int masks = 0;
        for (PhraseRule r : rules) {
            slots += r.requiredEnds.length;
            masks += r.requiredIndex.length;
        }
        ruleEnds = new int[rules.length];
        firstWord = new int[rules.length];
        firstMask = new long[rules.length];
        slotEnds = new int[slots];
        index = new int[masks];
        bits = new long[masks];
        int s = 0;
        int m = 0;
        for (int k = 0; k < rules.length; k++) {
            PhraseRule r = rules[k];
            int[] ends = r.requiredEnds;
            firstWord[k] = ends.length == 0 ? NONE : ends[0] == 1 ? r.requiredIndex[0] : WIDE;
            firstMask[k] = ends.length > 0 && ends[0] == 1 ? r.requiredBits[0] : 0L;
            for (int end : r.requiredEnds) {
                slotEnds[s++] = m + end;
            }
            System.arraycopy(r.requiredIndex, 0, index, m, r.requiredIndex.length);
            System.arraycopy(r.requiredBits, 0, bits, m, r.requiredBits.length);
            m += r.requiredIndex.length;
            ruleEnds[k] = s;
        }
        unionFrom = new int[byFirstWord.size()];
        unionTo = new int[byFirstWord.size()];
        List<java.util.TreeMap<Integer, Long>> unions = new ArrayList<>();
        int unionMasks = 0;
        for (int id = 0; id < byFirstWord.size(); id++) {
            java.util.TreeMap<Integer, Long> union = new java.util.TreeMap<>();
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
        for (int id = 0; id < unions.size(); id++) {
            java.util.TreeMap<Integer, Long> union = unions.get(id);
            unionFrom[id] = union == null ? ALWAYS : u;
            if (union != null) {
                for (java.util.Map.Entry<Integer, Long> e : union.entrySet()) {
                    unionIndex[u] = e.getKey();
                    unionBits[u] = e.getValue();
                    u++;
                }
            }
            unionTo[id] = u;
        }
    }

    /**
     * @param id a vocabulary id
     * @param present the vocabulary ids of a sentence as a bit set
     * @return false when no candidate of {@code id} can match in the sentence: it lacks every word of each candidate's
     *     first required slot
     */
    boolean anyMayMatch(int id, long[] present) {
        int u = unionFrom[id];
        if (u == ALWAYS) {
            return true;
        }
        for (int end = unionTo[id]; u < end; u++) {
            if ((present[unionIndex[u]] & unionBits[u]) != 0) {
                return true;
            }
        }
        return false;
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
     * @param k a candidate
     * @param present the vocabulary ids of a sentence as a bit set
     * @return false when the sentence lacks every word of one of the rule's slots of exact words (it cannot match)
     */
    boolean mayMatch(int k, long[] present) {
        int w = firstWord[k];
        if (w >= 0 && (present[w] & firstMask[k]) == 0) {
            return false;
        }
        if (w == NONE) {
            return true;
        }
        int s = k == 0 ? 0 : ruleEnds[k - 1];
        int m = s == 0 ? 0 : slotEnds[s - 1];
        for (int end = ruleEnds[k]; s < end; s++) {
            long any = 0; // all of a slot's few masks without an early exit: one branch per slot, not per mask
            for (int slotEnd = slotEnds[s]; m < slotEnd; m++) {
                any |= present[index[m]] & bits[m];
            }
            if (any == 0) {
                return false;
            }
        }
        return true;
    }
}
