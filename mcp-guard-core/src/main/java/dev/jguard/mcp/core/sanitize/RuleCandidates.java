package dev.jguard.mcp.core.sanitize;

/**
 * The rules that start with one word, and for each the words it needs later in the sentence, in flat arrays: most
 * candidates are ruled out by a few bit tests against the sentence's words, without touching the rule (the rules and
 * their slots spread over the heap; a sentence asks about hundreds of them). Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleCandidates c = new RuleCandidates(rulesStartingWithIgnore);
 * for (int k = 0; k < c.size(); k++) {
 *     if (c.mayMatch(k, sentenceWords)) {
 *         c.rule(k).match(tokens, i, limit);
 *     }
 * }
 * }</pre>
 */
final class RuleCandidates {

    private final PhraseRule[] rules;
    /** Per rule, one past its last slot in {@link #slotEnds}. */
    private final int[] ruleEnds;
    /** Per required slot, one past its last mask in {@link #index} and {@link #bits}. */
    private final int[] slotEnds;
    private final int[] index;
    private final long[] bits;
    /**
     * Per rule, the bit-set word of its first required slot when that slot's words fall into one ({@link #WIDE} when
     * they do not, {@link #NONE} when the rule needs no word after its first), and its mask: most candidates fail this
     * one test.
     */
    private final int[] firstWord;
    private final long[] firstMask;
    private static final int NONE = -1;
    private static final int WIDE = -2;

    /** @param rules rules compiled against the vocabulary of the bit sets {@link #mayMatch} will get */
    RuleCandidates(PhraseRule[] rules) {
        this.rules = rules.clone();
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
    }

    int size() {
        return rules.length;
    }

    PhraseRule rule(int k) {
        return rules[k];
    }

    /**
     * @param k a rule
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
            int slotEnd = slotEnds[s];
            boolean any = false;
            for (; m < slotEnd && !any; m++) {
                any = (present[index[m]] & bits[m]) != 0;
            }
            if (!any) {
                return false;
            }
            m = slotEnd;
        }
        return true;
    }
}
