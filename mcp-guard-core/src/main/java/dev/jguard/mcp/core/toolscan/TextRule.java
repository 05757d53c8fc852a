package dev.jguard.mcp.core.toolscan;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction-like-content rule: a bounded regular expression over {@link NormalizedText}, run only when one of
 * its trigger words (or a trigger character) occurs, so most benign text is never matched against most rules.
 * Every pattern uses bounded gaps only ({@code {0,n}}), so matching stays linear in the text length.
 */
final class TextRule {

    /** Weak-signal categories: two different ones in one tool make a {@code poison.combined} finding. */
    enum Strength { STRONG, WEAK }

    /** Accepts or rejects one match, seeing the whole (normalized) text around it. */
    @FunctionalInterface
    interface Accept {
        boolean test(Matcher match, String text);
    }

    final String id;
    final String category;
    final Strength strength;
    final String explanation;
    final List<String> triggers;
    final Pattern pattern;
    /** The pattern's top-level alternatives, each run only when the literals it requires occur in the text. */
    private final List<Branch> branches;
    final Accept accept;
    final Finder finder;

    /** Where a match could lie: a rule that is code asks before it works on a part of the text (one sentence). */
    @FunctionalInterface
    interface Gate {
        /** Lets everything through. */
        Gate OPEN = (from, to) -> true;

        /** @return false when no match can lie within {@code [from, to)} */
        boolean mayMatch(int from, int to);
    }

    /** Matching as code: a sequence of linear finds instead of one pattern with nested gaps. */
    @FunctionalInterface
    interface Finder {
        /** @return the matched span of {@code text}, or null; parts the gate rejects need not be looked at */
        String find(String text, Gate gate);
    }

    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers, String regex,
            Accept accept) {
        this.id = id;
        this.category = category;
        this.strength = strength;
        this.explanation = explanation;
        this.triggers = triggers;
        this.pattern = Pattern.compile(regex);
        this.branches = RegexLiterals.branches(regex).stream().map(Branch::new).toList();
        this.accept = accept;
        this.finder = null;
    }

    /** A rule whose matching is code: a sequence of linear finds instead of one pattern with nested gaps. */
    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers, Finder finder) {
        this(id, category, strength, explanation, triggers, finder, List.of());
    }

    /**
     * A rule whose matching is code, run only when one of {@code gates} could match: patterns every match of the code
     * also matches (e.g. its steps in sequence), whose required literals are tested first.
     */
    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers, Finder finder,
            List<String> gates) {
        this.id = id;
        this.category = category;
        this.strength = strength;
        this.explanation = explanation;
        this.triggers = triggers;
        this.pattern = null;
        this.branches = gates.stream().map(Branch::new).toList();
        this.accept = null;
        this.finder = finder;
    }

    /** Strings whose occurrence anywhere triggers this rule (besides its words), e.g. {@code "<"} or {@code "://"}. */
    List<String> triggerMarks = List.of();

    /** Runs on every text with Chinese or Japanese characters (which have no word triggers). */
    boolean cjk;

    /**
     * One top-level alternative of the pattern, the literals every match of it contains ({@link RegexLiterals}) and
     * the longest match it can have. Once {@link #bind} has run, the literals are clauses of ids of the shared
     * {@link LiteralSet}.
     */
    private static final class Branch {
        final Pattern pattern;
        final List<RegexLiterals.Clause> required;
        final int maxLength;
        /** Where a match can start: positions that fail it are not tried. */
        final FirstChars first;
        int[][] clauses = new int[0][];
        long[][] clauseMasks = new long[0][];
        /** Per clause, the words of {@link #clauseMasks} that are not zero, and their bits (a sparse mask). */
        int[][] clauseWords = new int[0][];
        long[][] clauseBits = new long[0][];

        Branch(String regex) {
            this.pattern = Pattern.compile(regex);
            this.required = RegexLiterals.required(regex);
            this.maxLength = RegexLiterals.maxLength(regex);
            this.first = FirstChars.of(regex);
        }

        void bind(LiteralSet set) {
            clauses = required.stream().map(c -> c.literals().stream().mapToInt(set::id).toArray()).toArray(int[][]::new);
            clauseMasks = new long[clauses.length][];
            for (int c = 0; c < clauses.length; c++) {
                clauseMasks[c] = new long[(set.size() + 63) >>> 6];
                for (int id : clauses[c]) {
                    clauseMasks[c][id >>> 6] |= 1L << id;
                }
            }
            clauseWords = new int[clauses.length][];
            clauseBits = new long[clauses.length][];
            for (int c = 0; c < clauses.length; c++) {
                long[] mask = clauseMasks[c];
                clauseWords[c] = java.util.stream.IntStream.range(0, mask.length).filter(w -> mask[w] != 0).toArray();
                clauseBits[c] = java.util.Arrays.stream(clauseWords[c]).mapToLong(w -> mask[w]).toArray();
            }
        }

        /** @return false when a required literal is missing, so the branch cannot match */
        boolean possible(LiteralSet.Hits hits) {
            for (int c = 0; c < clauseWords.length; c++) {
                if (!hits.seenAny(clauseWords[c], clauseBits[c])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * @return false when a required literal has no occurrence inside {@code [from, to)} (at a word start, if the
         *     clause wants one there)
         */
        boolean possibleWithin(String text, LiteralSet.Hits hits, int from, int to, LiteralSet set) {
            for (int c = 0; c < clauseMasks.length; c++) {
                long[] clause = clauseMasks[c];
                boolean wordStart = required.get(c).wordStart();
                boolean any = false;
                for (int k = hits.firstEndingAfter(from); k < hits.count() && !any; k++) {
                    int end = hits.end(k);
                    if (end > to) {
                        if (hits.inOrder()) {
                            break;
                        }
                        continue;
                    }
                    int start = end - set.length(hits.id(k));
                    any = start >= from && member(clause, hits.id(k))
                            && !(wordStart && start > 0 && RegexLiterals.word(text.charAt(start - 1)));
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }

        static boolean member(long[] mask, int id) {
            return (mask[id >>> 6] & (1L << id)) != 0;
        }
    }

    private LiteralSet literals;

    /**
     * A pattern behind its own literal pre-filter, for a detector that needs one match test (not a poison rule).
     *
     * @param regex a pattern in the {@link RegexLiterals} subset, matched against {@link NormalizedText}
     * @return a rule whose {@link #find(String)} is ready to use
     */
    static TextRule standalone(String regex) {
        TextRule rule = new TextRule("standalone", "standalone", Strength.WEAK, "", List.of(), regex, null);
        rule.bind(LiteralSet.of(rule.requiredLiterals()));
        return rule;
    }


    /** @return every literal the branches require (to build the shared {@link LiteralSet}) */
    List<String> requiredLiterals() {
        return branches.stream().flatMap(b -> b.required.stream()).flatMap(c -> c.literals().stream()).toList();
    }

    /** Resolves the required literals to ids of {@code set}; call once, before matching. */
    void bind(LiteralSet set) {
        this.literals = set;
        branches.forEach(b -> b.bind(set));
    }

    /** @return the matched span or null */
    String find(String text) {
        LiteralSet.Hits hits = literals.threadHits();
        literals.scan(text, hits);
        return find(text, hits);
    }

    /**
     * Runs only the branches whose required literals all occur, and each only where a match could start: just before
     * the occurrences of one required literal (a match holds one, at most the clause's {@code maxOffset} into it), and
     * there only at the characters a match can start with ({@link FirstChars}). A long benign text thus costs a handful
     * of anchored attempts per rule instead of a full scan. Of the branches that match, the leftmost accepted match
     * wins.
     *
     * @param text normalized text
     * @param hits the literals of the shared {@link LiteralSet} found in {@code text}
     * @return the matched span or null
     */
    String find(String text, LiteralSet.Hits hits) {
        if (finder != null) {
            if (branches.isEmpty()) {
                return finder.find(text, Gate.OPEN);
            }
            if (branches.stream().noneMatch(b -> b.possible(hits))) {
                return null;
            }
            return finder.find(text, hits.overflow() ? Gate.OPEN : (from, to) -> {
                for (Branch b : branches) {
                    if (b.possibleWithin(text, hits, from, to, literals)) {
                        return true;
                    }
                }
                return false;
            });
        }
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (Branch b : branches) {
            if (!b.possible(hits)) {
                continue;
            }
            long hit = search(b, text, hits, bestStart);
            if (hit >= 0) {
                bestStart = (int) (hit >>> 32);
                bestEnd = (int) hit;
            }
        }
        return bestEnd < 0 ? null : text.substring(bestStart, bestEnd);
    }

    /** @return the first accepted match of the branch starting before {@code before}, as start << 32 | end, or -1 */
    private long search(Branch b, String text, LiteralSet.Hits hits, int before) {
        if (hits.overflow() || b.clauses.length == 0) {
            return scan(b.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text, before);
        }
        Matcher m = null;
        // buffers: a = ranges so far, b = this clause's ranges, c = their intersection (then a and c swap)
        int ia = 0;
        int ic = 2;
        long[] ranges = hits.scratch(ia, hits.count());
        int count = startRanges(b, 0, text, hits, ranges);
        for (int c = 1; c < b.clauses.length && count > 0; c++) {
            long[] other = hits.scratch(1, hits.count());
            int otherCount = startRanges(b, c, text, hits, other);
            long[] into = hits.scratch(ic, count + otherCount);
            count = intersect(ranges, count, other, otherCount, into);
            ranges = into;
            int t = ia;
            ia = ic;
            ic = t;
        }
        int n = text.length();
        for (int k = 0; k < count; k++) {
            long r = ranges[k];
            for (int p = (int) (r >>> 32), last = (int) r; p <= last; p++) {
                if (p >= before) {
                    return -1;
                }
                if (!b.first.mayStart(text, p)) {
                    continue;
                }
                if (m == null) {
                    m = b.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(p, (int) Math.min(n, (long) p + b.maxLength));
                if (m.lookingAt() && (accept == null || accept.test(m, text))) {
                    return (long) m.start() << 32 | m.end();
                }
            }
        }
        return -1;
    }

    /**
     * @return where a match can start given clause {@code c}: before each occurrence of one of its literals, at most
     *     the clause's {@code maxOffset} before it; sorted disjoint ranges {@code from << 32 | to} (inclusive)
     */
    private int startRanges(Branch b, int c, String text, LiteralSet.Hits hits, long[] ranges) {
        long[] clause = b.clauseMasks[c];
        int offset = b.required.get(c).maxOffset();
        int count = 0;
        boolean wordStart = b.required.get(c).wordStart();
        for (int k = 0; k < hits.count(); k++) {
            if (Branch.member(clause, hits.id(k))) {
                int start = hits.end(k) - literals.length(hits.id(k));
                if (wordStart && start > 0 && RegexLiterals.word(text.charAt(start - 1))) {
                    continue; // "her" inside "other": the pattern wants a word start there
                }
                ranges[count++] = (long) Math.max(0, start - offset) << 32 | start;
            }
        }
        java.util.Arrays.sort(ranges, 0, count);
        int merged = 0;
        for (int k = 0; k < count; k++) {
            if (merged > 0 && (ranges[k] >>> 32) <= (int) ranges[merged - 1] + 1L) {
                long to = Math.max((int) ranges[merged - 1], (int) ranges[k]);
                ranges[merged - 1] = ranges[merged - 1] & 0xFFFFFFFF00000000L | to;
            } else {
                ranges[merged++] = ranges[k];
            }
        }
        return merged;
    }


    /** @return the size of the intersection of two sorted lists of disjoint inclusive ranges, written to {@code out} */
    static int intersect(long[] a, int na, long[] b, int nb, long[] out) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < na && j < nb) {
            int from = Math.max((int) (a[i] >>> 32), (int) (b[j] >>> 32));
            int to = Math.min((int) a[i], (int) b[j]);
            if (from <= to) {
                out[n++] = (long) from << 32 | to;
            }
            if ((int) a[i] < (int) b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private long scan(Matcher m, String text, int before) {
        while (m.find() && m.start() < before) {
            if (accept == null || accept.test(m, text)) {
                return (long) m.start() << 32 | m.end();
            }
        }
        return -1;
    }
}
