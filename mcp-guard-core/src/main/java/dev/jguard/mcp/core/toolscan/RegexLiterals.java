package dev.jguard.mcp.core.toolscan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives from a regular expression the literal strings that every match must contain, as a conjunction of clauses
 * (each clause: at least one of its strings occurs in the text). A text that fails the conjunction cannot match, so
 * the pattern need not run on it: the literal pre-filter of engines such as Hyperscan, for {@link TextRule}s.
 *
 * <p>The analysis is conservative: whatever it does not understand (character classes, {@code \w}, lookarounds,
 * optional parts) requires nothing, so the conjunction is always a necessary condition. Strings shorter than
 * {@link #MIN_LITERAL} are dropped (a clause holding one is dropped whole), since they occur in nearly every text.
 * Supported syntax: the subset {@code java.util.regex} rules use here (groups, alternation, quantifiers, escapes,
 * {@code \Q...\E}); inline flags are rejected, since a case-insensitive pattern would break the literal test.
 *
 * <pre>{@code
 * List<RegexLiterals.Clause> cnf = RegexLiterals.required("\\b(?:do\\s+not|never)\\s+tell\\s+(?:the\\s+)?user");
 * // [{not, never} at offset <= 3, {tell} at offset <= 7, {user} at offset <= 14]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class RegexLiterals {

    /** Shorter literals are not worth testing, unless they are made of {@link #RARE} characters. */
    static final int MIN_LITERAL = 3;
    /** Characters rare enough in prose that even one alone is a useful literal ({@code @} of an address, say). */
    static final String RARE = "@+<>[]#$%~{}`*&=^\\";
    /** The maximum length of a part with an unbounded quantifier (other than on blanks). */
    static final int UNBOUNDED = Integer.MAX_VALUE / 4;
    /**
     * Repetitions counted for an unbounded quantifier on one blank ({@code \s+}): {@link NormalizedText} leaves no run
     * of blanks longer than one character, so two is already generous.
     */
    static final int BLANK_RUN = 2;

    private final String re;
    private int pos;

    private RegexLiterals(String re) {
        this.re = re;
    }

    /**
     * One requirement: at least one of {@code literals} occurs in every match, starting at most {@code maxOffset}
     * characters after the start of the match (so a match can be looked for right before an occurrence).
     *
     * @param literals the alternatives
     * @param maxOffset the greatest distance from the start of a match to the start of the literal
     * @param wordStart whether the pattern puts each literal at a word start ({@code \b}, a blank before it), so an
     *     occurrence right after an ASCII letter, digit or {@code _} is not the one
     */
    record Clause(Set<String> literals, int maxOffset, boolean wordStart) {
        Clause shifted(long by) {
            return new Clause(literals, (int) Math.min(UNBOUNDED, maxOffset + by), wordStart);
        }
    }

    /**
     * @param regex a pattern in the supported subset, matched against {@link NormalizedText}
     * @return the required clauses (empty when nothing is required)
     * @throws IllegalArgumentException for syntax outside the subset
     */
    static List<Clause> required(String regex) {
        return parse(regex).clauses;
    }

    /**
     * @param regex a pattern in the supported subset, matched against {@link NormalizedText}
     * @return the most characters one match can span, or at least {@link #UNBOUNDED} when it has no bound
     * @throws IllegalArgumentException for syntax outside the subset
     */
    static int maxLength(String regex) {
        return parse(regex).max;
    }

    private static Part parse(String regex) {
        RegexLiterals p = new RegexLiterals(regex);
        Part part = p.alternation(false);
        if (p.pos != regex.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + p.pos);
        }
        return part;
    }

    /**
     * What a part of the pattern requires, how long its match can be, whether it ends at a word boundary, and, when
     * it is made of literals only, every string it matches ({@code exact}, else null).
     */
    private record Part(List<Clause> clauses, int max, boolean boundary, Set<String> exact) {
    }

    /**
     * Splits a pattern at its top-level {@code |}.
     *
     * @param regex a pattern in the supported subset
     * @return the branches, in order
     */
    static List<String> branches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int e = regex.indexOf("\\E", i + 2);
                    i = e < 0 ? regex.length() : e + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    // ---- parser: each method returns the clauses its part requires -------------------------------------------------

    /** @param boundary whether a word boundary is known to precede this part */
    private Part alternation(boolean boundary) {
        List<Part> alternatives = new ArrayList<>();
        alternatives.add(sequence(boundary));
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alternatives.add(sequence(boundary));
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        int max = alternatives.stream().mapToInt(Part::max).max().orElse(0);
        boolean ends = alternatives.stream().allMatch(Part::boundary);
        Set<String> exact = new LinkedHashSet<>();
        for (Part alt : alternatives) {
            if (exact != null && alt.exact != null && exact.size() + alt.exact.size() <= MAX_RUNS) {
                exact.addAll(alt.exact);
            } else {
                exact = null;
            }
        }
        // one clause implied by every alternative: the union of each one's most selective clause
        Set<String> union = new LinkedHashSet<>();
        int offset = 0;
        boolean wordStart = true;
        for (Part alt : alternatives) {
            Clause best = best(alt.clauses);
            if (best == null) {
                return new Part(new ArrayList<>(), max, ends, exact);
            }
            union.addAll(best.literals);
            offset = Math.max(offset, best.maxOffset);
            wordStart &= best.wordStart;
        }
        List<Clause> out = new ArrayList<>();
        out.add(new Clause(union, offset, wordStart));
        return new Part(out, max, ends, exact);
    }

    /** The clause whose weakest literal is the most selective, then the nearest the start; null for none. */
    private static Clause best(List<Clause> clauses) {
        Clause best = null;
        int bestLen = -1;
        for (Clause c : clauses) {
            int min = c.literals.stream().mapToInt(RegexLiterals::selectivity).min().orElse(0);
            if (min > bestLen || min == bestLen && c.maxOffset < best.maxOffset) {
                best = c;
                bestLen = min;
            }
        }
        return best;
    }

    private Part sequence(boolean boundary) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> runs = null; // the alternatives of the literal run in progress, or null
        long offset = 0; // the most characters matched so far
        long runStart = 0;
        boolean runAtWord = false;
        boolean pure = true; // only literals so far: the runs are every string this sequence matches
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            boolean before = boundary;
            Atom atom = re.charAt(pos) == '(' ? group(boundary) : atom();
            int[] q = quantifier();
            // after an optional atom, both the skipped and the taken path must end at a boundary
            boundary = atom.max == 0 && atom.literals == null && !atom.boundary ? before : atom.boundary && (q[0] > 0 || before);
            long times = q[1] >= 0 ? q[1] : atom.blank ? BLANK_RUN : UNBOUNDED;
            boolean once = q[0] == 1 && q[1] == 1;
            if (atom.literals != null) {
                for (int k = 0; k < atom.literals.length(); k++) {
                    boolean last = k == atom.literals.length() - 1;
                    char ch = atom.literals.charAt(k);
                    if (runs == null) {
                        runs = Set.of("");
                        runStart = offset;
                        runAtWord = before && k == 0 && word(ch);
                    }
                    if (!last || once) {
                        runs = cross(runs, Set.of(String.valueOf(ch)));
                        offset++;
                    } else {
                        if (q[0] > 0) {
                            runs = cross(runs, Set.of(String.valueOf(ch))); // "ab+": "ab" is required, what follows is not adjacent
                        }
                        flush(runs, runStart, runAtWord, clauses);
                        runs = null;
                        pure = false;
                        offset = Math.min(UNBOUNDED, offset + times);
                    }
                }
            } else if (atom.blank && (q[1] == 1 || q[1] < 0) && q[0] <= 1) {
                // NormalizedText leaves runs of one blank only, so "\\s+" is one character; LiteralSet reads
                // every blank as " "
                if (runs == null) {
                    runs = Set.of("");
                    runStart = offset;
                    runAtWord = false;
                }
                Set<String> blank = q[0] == 1 ? Set.of(" ") : Set.of("", " ");
                if (runs.size() * blank.size() > MAX_RUNS) {
                    flush(runs, runStart, runAtWord, clauses);
                    runs = null;
                    pure = false;
                } else {
                    runs = cross(runs, blank);
                }
                offset = Math.min(UNBOUNDED, offset + times);
            } else if (atom.max == 0 && atom.clauses == null) {
                continue; // zero width ("\\b", a lookaround): the characters around it are still adjacent
            } else if (atom.exact != null && once && (runs == null ? 1 : runs.size()) * atom.exact.size() <= MAX_RUNS) {
                if (runs == null) {
                    runs = Set.of("");
                    runStart = offset;
                    runAtWord = before && atom.exact.stream().allMatch(x -> !x.isEmpty() && word(x.charAt(0)));
                }
                runs = cross(runs, atom.exact); // "\\.(?:ssh|aws)": ".ssh" or ".aws"
                offset = Math.min(UNBOUNDED, offset + atom.max);
            } else {
                if (runs != null) {
                    flush(runs, runStart, runAtWord, clauses);
                    runs = null;
                }
                pure = false;
                if (q[0] > 0 && atom.clauses != null) {
                    for (Clause c : atom.clauses) {
                        clauses.add(c.shifted(offset));
                    }
                }
                offset = Math.min(UNBOUNDED, offset + atom.max * times);
            }
        }
        Set<String> exact = pure ? (runs == null ? Set.of("") : runs) : null;
        if (runs != null) {
            flush(runs, runStart, runAtWord, clauses);
        }
        return new Part(clauses, (int) offset, boundary, exact);
    }

    /** Literal alternatives kept together in one run before it is cut. */
    static final int MAX_RUNS = 64;

    private static Set<String> cross(Set<String> prefixes, Set<String> suffixes) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : prefixes) {
            for (String x : suffixes) {
                out.add(p + x);
            }
        }
        return out;
    }

    /**
     * Words so frequent in any English text (and in tool descriptions) that they make a poor anchor whatever their
     * length; ranked below every other literal.
     */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "you", "your", "his", "her", "their", "all", "any",
            "are", "not", "can", "use", "with", "this", "that", "from", "into", "will", "must", "should", "have", "has",
            "then", "also", "now", "set", "get", "new", "file", "files", "data", "text", "user", "users", "value", "values",
            "other", "system", "content", "message", "each", "every", "when", "what");

    /** A rough rank of how rarely a literal occurs: its length, 4 for rare punctuation, 1 for a common word. */
    private static int selectivity(String literal) {
        if (COMMON.contains(literal)) {
            return 1;
        }
        return rare(literal) || nonAscii(literal) ? Math.max(4, literal.length()) : literal.length();
    }

    private static boolean nonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean rare(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (RARE.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return s.length() > 0;
    }

    /** @return whether {@code c} is an ASCII word character of {@code \b} ({@code [a-z0-9_]} in lower-case text) */
    static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    /** English function words: never a literal of their own (a clause that needs one is dropped). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "you", "with", "this", "that", "from", "are",
            "not", "can", "will", "has", "have", "all", "any", "but", "was", "its");

    /** Two-letter English words too common to anchor on even at a word start. */
    private static final Set<String> COMMON_PAIRS = Set.of("an", "in", "on", "of", "to", "is", "it", "be", "as", "at", "by", "or",
            "no", "so", "we", "do", "my", "up", "me", "he", "us", "am", "go", "id");

    /** @return whether a literal is selective enough to test (see {@link #MIN_LITERAL}) */
    private static boolean usable(String literal, boolean atWord) {
        String core = literal.strip(); // a blank next to a word adds no selectivity: "to " is as common as "to"
        if (FUNCTION_WORDS.contains(core) || COMMON_PAIRS.contains(core)) {
            return false; // in nearly every text: it would only fill the hit list
        }
        if (core.length() >= MIN_LITERAL || rare(core) || core.length() == 2 && nonAscii(core)) {
            return true; // two Hangul or Cyrillic letters are rare enough in the texts scanned
        }
        if (core.length() != 2) {
            return false;
        }
        boolean rareChar = RARE.indexOf(core.charAt(0)) >= 0 || RARE.indexOf(core.charAt(1)) >= 0
                || Character.isDigit(core.charAt(0)) || Character.isDigit(core.charAt(1));
        return rareChar || atWord && literal.equals(core);
    }

    private static void flush(Set<String> runs, long start, boolean atWord, List<Clause> clauses) {
        for (String r : runs) {
            if (!usable(r, atWord)) {
                return;
            }
        }
        clauses.add(new Clause(new LinkedHashSet<>(runs), (int) Math.min(UNBOUNDED, start), atWord));
    }

    /**
     * Literal characters ({@code literals}), or a group's clauses, or neither (requires nothing); {@code max} is the
     * length of one repetition of a non-literal atom, {@code blank} whether it matches blanks only, {@code boundary}
     * whether what follows it starts a word.
     */
    private record Atom(String literals, List<Clause> clauses, int max, boolean blank, boolean boundary, Set<String> exact) {
        static final Atom ZERO_WIDTH = new Atom(null, null, 0, false, false, null);
        /** {@code \b} or {@code ^}: what follows starts a word (or the text). */
        static final Atom WORD_BOUNDARY = new Atom(null, null, 0, false, true, null);
        /** One character of a class: two UTF-16 units at most. */
        static final Atom CHARACTER = new Atom(null, null, 2, false, false, null);
        /** One character of a class without letters, digits or {@code _} ({@code [.!?,]}): a word may start after it. */
        static final Atom NON_WORD_CHARACTER = new Atom(null, null, 2, false, true, null);
        static final Atom BLANK = new Atom(null, null, 1, true, true, null);
        /** An ASCII class such as {@code \w} or {@code \d}. */
        static final Atom ASCII = new Atom(null, null, 1, false, false, null);

        static Atom literal(String s) {
            return new Atom(s, null, s.length(), false, !word(s.charAt(s.length() - 1)), null);
        }
    }

    private Atom atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '[':
                int open = pos - 1;
                pos = classEnd(re, open);
                return nonWordClass(re.substring(open, pos)) ? Atom.NON_WORD_CHARACTER : Atom.CHARACTER;
            case '.':
                return Atom.CHARACTER;
            case '^':
                return Atom.WORD_BOUNDARY;
            case '$':
                return Atom.ZERO_WIDTH;
            case '\\':
                return escape();
            case '*', '+', '?', '{':
                throw new IllegalArgumentException("dangling quantifier at " + (pos - 1));
            default:
                return Atom.literal(String.valueOf(c));
        }
    }

    private Atom group(boolean boundary) {
        pos++;
        boolean zeroWidth = zeroWidthGroup(re, pos);
        pos = groupBody(re, pos);
        Part inner = alternation(boundary && !zeroWidth);
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return zeroWidth ? Atom.ZERO_WIDTH : new Atom(null, inner.clauses, inner.max, false, inner.boundary, inner.exact);
    }

    private Atom escape() {
        if (pos >= re.length()) {
            throw new IllegalArgumentException("trailing backslash");
        }
        char e = re.charAt(pos++);
        if (e == 'Q') {
            int end = re.indexOf("\\E", pos);
            String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
            pos = end < 0 ? re.length() : end + 2;
            return quoted.isEmpty() ? Atom.ZERO_WIDTH : Atom.literal(quoted);
        }
        if (e == 'p' || e == 'P') {
            if (pos < re.length() && re.charAt(pos) == '{') {
                pos = re.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return Atom.CHARACTER;
        }
        if (e == 'b') {
            return Atom.WORD_BOUNDARY;
        }
        if ("BAzZG".indexOf(e) >= 0) {
            return Atom.ZERO_WIDTH;
        }
        if (e == 's') {
            return Atom.BLANK;
        }
        if ("wWdDhHvV".indexOf(e) >= 0) {
            return e == 'w' || e == 'd' ? Atom.ASCII : Atom.CHARACTER;
        }
        if ("nrtf".indexOf(e) >= 0) {
            return Atom.ASCII; // a control character: a literal, but never worth a clause
        }
        if (e == 'S' || e == 'R' || e == 'X') {
            return e == 'S' ? Atom.CHARACTER : new Atom(null, null, UNBOUNDED, false, false, null);
        }
        if (Character.isLetterOrDigit(e)) {
            throw new IllegalArgumentException("unsupported escape \\" + e);
        }
        return Atom.literal(String.valueOf(e));
    }

    /** @return {min, max} of the quantifier at the cursor ({1, 1} for none); max -1 for unbounded */
    private int[] quantifier() {
        if (pos >= re.length()) {
            return new int[] {1, 1};
        }
        char c = re.charAt(pos);
        int[] q;
        if (c == '?') {
            q = new int[] {0, 1};
            pos++;
        } else if (c == '*') {
            q = new int[] {0, -1};
            pos++;
        } else if (c == '+') {
            q = new int[] {1, -1};
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String[] parts = re.substring(pos + 1, close).split(",", -1);
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
            q = new int[] {min, max};
            pos = close + 1;
        } else {
            return new int[] {1, 1};
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: same language
        }
        return q;
    }

    /** @return whether a bracket class matches only characters that are not ASCII letters, digits or {@code _} */
    private static boolean nonWordClass(String cls) {
        if (cls.startsWith("[^")) {
            return false;
        }
        for (int i = 1; i < cls.length() - 1; i++) {
            char c = cls.charAt(i);
            if (c == '\\') {
                char e = cls.charAt(++i);
                if (Character.isLetterOrDigit(e) && e != 's' && e != 'n' && e != 't' && e != 'r' && e != 'f') {
                    return false; // \\w, \\d, \\p{..}, \\x.., ...
                }
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '[' || c == '&') {
                return false;
            }
        }
        return true;
    }

    /** @return the index just past the character class opening at {@code open} (nested classes included) */
    static int classEnd(String re, int open) {
        int depth = 0;
        int i = open;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++; // a leading ']' is literal
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed character class");
    }

    /**
     * @param re a pattern
     * @param open the index right after a group's {@code (}
     * @return the index where the group's body starts, past {@code ?:}, {@code ?>}, a look-around or a group name
     * @throws IllegalArgumentException for inline flags, which the pattern subset does not support
     */
    static int groupBody(String re, int open) {
        if (re.startsWith("?:", open) || re.startsWith("?>", open) || re.startsWith("?=", open) || re.startsWith("?!", open)) {
            return open + 2;
        }
        if (re.startsWith("?<=", open) || re.startsWith("?<!", open)) {
            return open + 3;
        }
        if (re.startsWith("?<", open)) {
            return re.indexOf('>', open) + 1; // named group
        }
        if (re.startsWith("?", open)) {
            throw new IllegalArgumentException("inline flags are not supported at " + open);
        }
        return open;
    }

    /** @return whether the group opened right before {@code open} is a look-around (it matches no characters) */
    static boolean zeroWidthGroup(String re, int open) {
        return re.startsWith("?=", open) || re.startsWith("?!", open) || re.startsWith("?<=", open) || re.startsWith("?<!", open);
    }
}
