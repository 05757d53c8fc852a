package dev.jguard.mcp.core.toolscan;

/**
 * The characters a match of a regular expression can start with, so {@link TextRule} skips the start positions where
 * the pattern cannot match before it calls the regex engine. A character that follows {@code \b} at the start (the
 * first letter of {@code \b(?:must|should)}) counts only at a word start: right after an ASCII letter, digit or
 * {@code _} there is no boundary. {@code ^} lets a match start at the beginning of the text only.
 *
 * <p>Conservative like {@link RegexLiterals} (same syntax subset): a part it does not understand (a negated class,
 * {@code .}, {@code \p{..}}) may start with any character, a lookaround constrains nothing, and a pattern that can
 * match the empty string may start anywhere.
 *
 * <pre>{@code
 * FirstChars f = FirstChars.of("(?:^|[.,]\\s*|\\b(?:must|should)\\s+)read");
 * f.mayStart("you must read", 4);   // true: "must" at a word start
 * f.mayStart("you must read", 5);   // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class FirstChars {

    private final boolean[] any;
    private final boolean[] atWord;
    private final boolean nonAscii;
    private final boolean atZero;
    private final boolean anywhere;

    private FirstChars(Starts set) {
        this.any = set.any;
        this.atWord = set.atWord;
        this.nonAscii = set.nonAscii;
        this.atZero = set.atZero;
        this.anywhere = set.nullable;
    }

    /**
     * @param regex a pattern in the {@link RegexLiterals} subset
     * @return its first characters
     */
    static FirstChars of(String regex) {
        Parser p = new Parser(regex);
        Starts set = p.alternation();
        if (p.pos != regex.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + p.pos);
        }
        return new FirstChars(set);
    }

    /**
     * @param text the text (normalized, lower-case)
     * @param p a position in it
     * @return false when no match can start at {@code p}
     */
    boolean mayStart(String text, int p) {
        if (anywhere || p == 0 && atZero) {
            return true;
        }
        if (p >= text.length()) {
            return false;
        }
        char c = text.charAt(p);
        if (c >= 0x80) {
            return nonAscii;
        }
        return any[c] || atWord[c] && (p == 0 || !RegexLiterals.word(text.charAt(p - 1)));
    }

    /** First characters of a part: anywhere, only at a word start, any non-ASCII one; at the text start; empty match. */
    private static final class Starts {
        final boolean[] any = new boolean[128];
        final boolean[] atWord = new boolean[128];
        boolean nonAscii;
        boolean atZero;
        boolean nullable;

        static Starts nullable() {
            Starts s = new Starts();
            s.nullable = true;
            return s;
        }

        static Starts all() {
            Starts s = new Starts();
            java.util.Arrays.fill(s.any, true);
            s.nonAscii = true;
            return s;
        }

        void add(char c) {
            if (c < 0x80) {
                any[c] = true;
            } else {
                nonAscii = true;
            }
        }

        void addRange(char from, char to) {
            for (char c = from; c <= to && c < 0x80; c++) {
                any[c] = true;
            }
            nonAscii |= to >= 0x80;
        }

        /** Adds what {@code other} can start with; {@code boundary}: a {@code \b} precedes it. */
        void addAll(Starts other, boolean boundary) {
            for (int c = 0; c < 128; c++) {
                if (boundary && RegexLiterals.word((char) c)) {
                    atWord[c] |= other.any[c] || other.atWord[c];
                } else {
                    any[c] |= other.any[c];
                    atWord[c] |= other.atWord[c];
                }
            }
            nonAscii |= other.nonAscii;
            atZero |= other.atZero;
        }
    }

    /** A recursive-descent reader of the pattern, one method per construct, each returning the construct's set. */
    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        Starts alternation() {
            Starts out = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                Starts alt = sequence();
                out.addAll(alt, false);
                out.nullable |= alt.nullable;
            }
            return out;
        }

        Starts sequence() {
            Starts out = new Starts();
            boolean open = true; // every part so far can match the empty string
            boolean boundary = false; // a \b among them
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                boolean wordBoundary = re.startsWith("\\b", pos);
                Starts part = re.charAt(pos) == '(' ? group() : atom();
                if (quantifier()) {
                    part.nullable = true;
                }
                if (open) {
                    out.addAll(part, boundary);
                    boundary |= wordBoundary;
                    open = part.nullable;
                }
            }
            out.nullable = open;
            return out;
        }

        private Starts group() {
            pos++;
            boolean zeroWidth = RegexLiterals.zeroWidthGroup(re, pos);
            pos = RegexLiterals.groupBody(re, pos);
            Starts inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            return zeroWidth ? Starts.nullable() : inner;
        }

        private Starts atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '[':
                    int open = pos - 1;
                    pos = RegexLiterals.classEnd(re, open);
                    return charClass(re.substring(open + 1, pos - 1));
                case '.':
                    return Starts.all();
                case '^':
                    Starts start = new Starts();
                    start.atZero = true;
                    return start;
                case '$':
                    return Starts.nullable();
                case '\\':
                    return escape();
                default:
                    Starts one = new Starts();
                    one.add(c);
                    return one;
            }
        }

        private Starts escape() {
            char e = re.charAt(pos++);
            if (e == 'Q') {
                int end = re.indexOf("\\E", pos);
                String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                if (quoted.isEmpty()) {
                    return Starts.nullable();
                }
                Starts one = new Starts();
                one.add(quoted.charAt(0));
                return one;
            }
            if (e == 'p' || e == 'P') {
                pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
                return Starts.all();
            }
            if ("bBAzZG".indexOf(e) >= 0) {
                return Starts.nullable();
            }
            Starts s = new Starts();
            if (!addEscape(e, s)) {
                return Starts.all();
            }
            return s;
        }

        /** @return false for an escape whose characters are not known here (the caller then allows all) */
        private static boolean addEscape(char e, Starts s) {
            switch (e) {
                case 's' -> {
                    for (char b : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                        s.add(b);
                    }
                }
                case 'd' -> s.addRange('0', '9');
                case 'w' -> {
                    s.addRange('a', 'z');
                    s.addRange('A', 'Z');
                    s.addRange('0', '9');
                    s.add('_');
                }
                case 'n' -> s.add('\n');
                case 't' -> s.add('\t');
                case 'r' -> s.add('\r');
                case 'f' -> s.add('\f');
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        return false; // \S, \W, \D, \h, a hex or Unicode escape: not worth knowing
                    }
                    s.add(e);
                }
            }
            return true;
        }

        /** @param body the class without its brackets */
        private static Starts charClass(String body) {
            if (body.startsWith("^") || body.contains("[") || body.contains("&&")) {
                return Starts.all();
            }
            Starts s = new Starts();
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i++);
                if (c == '\\') {
                    char e = body.charAt(i++);
                    if ("nrtf".indexOf(e) < 0 && Character.isLetterOrDigit(e)) {
                        if (!addEscape(e, s)) {
                            return Starts.all();
                        }
                        continue; // a class such as \s: no range starts at it
                    }
                    c = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e == 'f' ? '\f' : e;
                }
                if (i + 1 < body.length() && body.charAt(i) == '-') {
                    char to = body.charAt(i + 1);
                    if (to == '\\') {
                        return Starts.all();
                    }
                    s.addRange(c, to);
                    i += 2;
                } else {
                    s.add(c);
                }
            }
            return s;
        }

        /** @return whether the quantifier at the cursor (skipped) allows zero repetitions */
        private boolean quantifier() {
            if (pos >= re.length()) {
                return false;
            }
            char c = re.charAt(pos);
            boolean zero;
            if (c == '?' || c == '*') {
                zero = true;
                pos++;
            } else if (c == '+') {
                zero = false;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                zero = Integer.parseInt(re.substring(pos + 1, close).split(",", -1)[0].trim()) == 0;
                pos = close + 1;
            } else {
                return false;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return zero;
        }
    }
}
