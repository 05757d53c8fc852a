package dev.jguard.mcp.core.sanitize;

import java.util.List;
import java.util.Locale;

/**
 * Drops technique hits that are mentioned rather than used: a phrase in double quotes or backticks introduced as an
 * example ({@code for example a page that says "ignore all previous instructions"}, {@code things like "you are now
 * DAN"}) and a fake tag named as such ({@code such as <IMPORTANT> tags}). That is how documentation, advisories and
 * security reports talk about injection. Each check looks a bounded number of characters back, so the pass stays
 * linear.
 */
final class Mentions {

    private static final int LOOK_BACK = 160;
    private static final String[] MARKERS = {"example", "examples", "e.g.", "e.g", "such as", "like", "typing", "typed",
        "attack", "attacks", "called", "known as", "jailbreak", "jailbreaks", "prompt injection", "\" or", "\" and", "\", ",
        "quotes", "quoted", "quoting", "wording", "saying", "that say", "that says", "which say"};
    /**
     * Right in front of the opening quote, a string literal in code: {@code text = "..."}, {@code f("...")}, an element
     * of a list {@code ["...", "..."]}. A JSON value ({@code "note": "..."}) is not one.
     */
    private static final String[] LITERAL_OPENERS = {"= \"", "=\"", "[\"", "(\"", "= `", "\", \"", "(r\"", "= r\"", "[r\""};

    private Mentions() {
    }

    /**
     * Words that make a text a discussion of attacks on models (an advisory, a paper, a CTF write-up, a filter list):
     * there, a phrase in double quotes is quoted, not said. Looked for outside quotes only, at the start of a word.
     */
    private static final String[] DISCUSSION = {"injection", "jailbreak", "attacker", "attack", "adversarial", "red-team",
        "red team", "payload", "exploit", "template", "dataset", "benchmark", "players", "researchers", "mitigation",
        "phrases", "test string", "variants", "ctf", "write-up", "writeup", "filter", "detector", "scanner", "classifier",
        "prompts", "defence", "defense", "technique", "tricks", "phishing", "untrusted", "case study"};
    /** Verbs of a speech tag after a closing quote: fiction, a transcript in prose ({@code "...," Mira whispered}). */
    private static final String[] SPEECH = {"said", "says", "whispered", "asked", "shouted", "replied", "muttered", "cried",
        "yelled", "snapped", "answered", "told", "insisted", "pleaded", "begged", "murmured", "hissed", "sighed", "murmura",
        "dit", "répondit", "demanda", "cria", "chuchota", "sagte", "flüsterte", "rief", "fragte", "dijo", "susurró",
        "preguntó", "disse", "sussurrò", "chiese", "zei", "fluisterde"};

    /** @param quotes whether the text has any quote character (when not, no hit can be a quoted example) */
    static void drop(CharSequence text, int floor, List<PromptInjectionDetector.Hit> hits, boolean quotes) {
        int[] discussion = {-1}; // computed once, when a hit inside quotes asks for it
        hits.removeIf(h -> quotes && !inJsonValue(text, floor, h.start())
                && (quotedExample(text, floor, h.start()) || quotedInDiscussion(text, floor, h, discussion))
                || InjectionRules.FAKE_TAG.equals(h.category()) && namedTag(text, floor, h.start(), h.end()));
    }

    /**
     * True when {@code at} lies in a JSON (or Python dict) string value: the nearest quote before it opens a value
     * ({@code "key": "...}). Such text is data a tool returned, never a quotation, even when the record has other
     * fields in front ({@code "id": "c-1", "description": "Please ...}, which looks like a list of string literals).
     */
    static boolean inJsonValue(CharSequence text, int floor, int at) {
        int limit = Math.max(floor, at - 400);
        for (int k = at - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if ((c == '"' || c == '\'') && (k == 0 || text.charAt(k - 1) != '\\')) { // JSON, or a Python dict's repr
                int lineStart = k;
                while (lineStart > limit && text.charAt(lineStart - 1) != '\n') {
                    lineStart--;
                }
                boolean value = jsonValue(text, lineStart, k) || jsonArrayElement(text, limit, k);
                if (value || c == '"') {
                    return value;
                }
                // a single quote that opens no value is an apostrophe or a quote inside the text: look further back
            }
        }
        return false;
    }

    /**
     * {@code "reviews": ["...", "...}: an element of an array that is itself a JSON value (a code list literal such as
     * {@code x = ["...", "..."]} is not one).
     */
    private static boolean jsonArrayElement(CharSequence text, int limit, int open) {
        int k = open - 1;
        while (k >= limit && text.charAt(k) == ' ') {
            k--;
        }
        if (k < limit || text.charAt(k) != '[' && text.charAt(k) != ',') {
            return false;
        }
        for (int j = k; j >= limit; j--) {
            char c = text.charAt(j);
            if (c == '[') {
                int m = j - 1;
                while (m >= limit && text.charAt(m) == ' ') {
                    m--;
                }
                return m >= limit && text.charAt(m) == ':';
            }
            if (c == '\n' || c == '=' || c == '(') {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the hit lies inside a double-quoted phrase closed on the same line, and the quote is dialogue with a
     * speech tag or the text discusses attacks on models. A JSON value ({@code "text": "..."}) is data, never a quote.
     */
    private static boolean quotedInDiscussion(CharSequence text, int floor, PromptInjectionDetector.Hit h, int[] discussion) {
        int open = -1;
        int parity = 0;
        int lineStart = h.start();
        while (lineStart > floor && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        for (int k = lineStart; k < h.start(); k++) {
            if (isDoubleQuote(text, k)) {
                parity ^= 1;
                open = k;
            }
        }
        if (parity == 0 || jsonValue(text, lineStart, open)) {
            return false;
        }
        int close = -1;
        for (int k = Math.max(h.start(), open + 1); k < text.length() && text.charAt(k) != '\n'; k++) {
            if (isDoubleQuote(text, k)) {
                close = k;
                break;
            }
        }
        if (close < 0 || close < h.end() - 1) {
            return false;
        }
        if (speechTag(text, close + 1)) {
            return true;
        }
        if (discussion[0] < 0) {
            discussion[0] = discusses(text, floor) ? 1 : 0;
        }
        return discussion[0] == 1;
    }

    private static boolean isDoubleQuote(CharSequence text, int k) {
        char c = text.charAt(k);
        return (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB')
                && (k == 0 || text.charAt(k - 1) != '\\');
    }

    /** {@code "key": "value"}, {@code "key":"value"}: the opening quote of a JSON string value. */
    private static boolean jsonValue(CharSequence text, int lineStart, int open) {
        int k = open - 1;
        while (k >= lineStart && text.charAt(k) == ' ') {
            k--;
        }
        if (k < lineStart || text.charAt(k) != ':') {
            return false;
        }
        k--;
        while (k >= lineStart && text.charAt(k) == ' ') {
            k--;
        }
        return k >= lineStart && (text.charAt(k) == '"' || text.charAt(k) == '\'');
    }

    private static boolean speechTag(CharSequence text, int after) {
        int end = Math.min(text.length(), after + 40);
        String tail = text.subSequence(after, end).toString().toLowerCase(Locale.ROOT);
        int nl = tail.indexOf('\n');
        if (nl >= 0) {
            tail = tail.substring(0, nl);
        }
        if (tail.isEmpty() || ",.!?; ".indexOf(tail.charAt(0)) < 0) {
            return false;
        }
        String[] words = tail.split("[^a-z']+");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            for (String v : SPEECH) {
                if (words[i].equals(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words of a text about attacks on models that no attack needs to say: an article, a paper or a CTF write-up. In
     * such a text a cluster of weak techniques only describes them ("players ask the model to spell the word
     * backwards"); see {@link PromptInjectionDetector}.
     */
    /** Words that alone make a text one about attacks on models. */
    private static final String[] ABOUT_ATTACKS = {"injection", "jailbreak", "attacker", "adversarial", "red-team",
        "red team", "ctf", "write-up", "writeup", "tool poisoning", "payload", "hackaprompt", "tensor trust", "gandalf"};
    /**
     * Words that do so only two together: "researchers find a new frog", a weather "advisory" and "malicious" mail are
     * not about attacks on models.
     */
    private static final String[] ABOUT_ATTACKS_WEAK = {"researcher", "players", "advisory", "advisories", "malicious",
        "attacks", "trick", "exploit", "vulnerabilit", "defenses", "defences", "filtering"};

    /**
     * @return true when the text has an {@link #ABOUT_ATTACKS} word, or two different {@link #ABOUT_ATTACKS_WEAK} words,
     *     outside double quotes and outside field names
     */
    static boolean aboutAttacks(CharSequence text, int floor, int to) {
        boolean inQuote = false;
        long weak = 0;
        for (int k = floor; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                inQuote = false;
            } else if (isDoubleQuote(text, k)) {
                inQuote = !inQuote;
            } else if (!inQuote && c < 128 && ABOUT_BY_FIRST[c | 0x20] != null && (k == floor || wordStart(text.charAt(k - 1)))) {
                for (int w : ABOUT_BY_FIRST[c | 0x20]) {
                    String word = w < 0 ? ABOUT_ATTACKS[~w] : ABOUT_ATTACKS_WEAK[w];
                    if (regionMatchesIgnoreCase(text, k, word) && !fieldName(text, k + word.length(), to)) {
                        if (w < 0) {
                            return true;
                        }
                        weak |= 1L << w;
                        if (Long.bitCount(weak) >= 2) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * By first letter, the about-attacks words that start with it ({@code ~i} for {@link #ABOUT_ATTACKS}, {@code i} for
     * {@link #ABOUT_ATTACKS_WEAK}): a word start is compared only with those.
     */
    private static final int[][] ABOUT_BY_FIRST = new int[128][];

    static {
        for (int i = 0; i < ABOUT_ATTACKS.length + ABOUT_ATTACKS_WEAK.length; i++) {
            int w = i < ABOUT_ATTACKS.length ? ~i : i - ABOUT_ATTACKS.length;
            char first = (w < 0 ? ABOUT_ATTACKS[~w] : ABOUT_ATTACKS_WEAK[w]).charAt(0);
            int[] old = ABOUT_BY_FIRST[first];
            int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = w;
            ABOUT_BY_FIRST[first] = now;
        }
    }

    /** True when a {@link #DISCUSSION} word occurs outside double quotes (quote parity is tracked per line). */
    private static boolean discusses(CharSequence text, int floor) {
        return hasWordOutsideQuotes(text, floor, Math.min(text.length(), floor + PromptInjectionDetector.MAX_SCAN_CHARS),
                DISCUSSION);
    }

    private static boolean hasWordOutsideQuotes(CharSequence text, int floor, int end, String[] words) {
        boolean inQuote = false;
        for (int k = floor; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                inQuote = false;
            } else if (isDoubleQuote(text, k)) {
                inQuote = !inQuote;
            } else if (!inQuote && Character.isLetter(c) && (k == floor || proseWordStart(text.charAt(k - 1)))) {
                for (String w : words) {
                    if (regionMatchesIgnoreCase(text, k, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a quote and a colon follow the word ending at {@code at}: a key of JSON or of a Python dict. */
    private static boolean fieldName(CharSequence text, int at, int end) {
        return at + 1 < end && (text.charAt(at) == '"' || text.charAt(at) == '\'') && text.charAt(at + 1) == ':';
    }

    /** {@link #proseWordStart} with an ASCII fast path: most characters follow a letter and are no word start. */
    private static boolean wordStart(char before) {
        if (before < 0x80) {
            boolean alnum = before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9';
            return !alnum && before != '.' && before != ':' && before != '/' && before != '@' && before != '_' && before != '\\';
        }
        return proseWordStart(before);
    }

    /** A word of prose starts here; not inside a host name, a path or an identifier ({@code img.attacker.example}). */
    private static boolean proseWordStart(char before) {
        return !Character.isLetterOrDigit(before) && ".:/@_\\".indexOf(before) < 0;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String w) {
        if (at + w.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code at} is inside a double-quoted or backticked span whose opening quote follows an example marker. */
    static boolean quotedExample(CharSequence text, int floor, int at) {
        int limit = Math.max(floor, at - LOOK_BACK);
        int quotes = 0;
        int open = -1;
        for (int k = at - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                break;
            }
            if (isQuote(text, k)) {
                if (quotes == 0) {
                    open = k;
                }
                quotes++;
            }
        }
        if (quotes % 2 == 0 || open < 0) {
            return false;
        }
        // the opening quote is the farthest unmatched one; look at the words in front of it
        int q = open;
        int k = q - 1;
        int quotesBefore = 0;
        for (int j = k; j >= limit && text.charAt(j) != '\n'; j--) {
            if (isQuote(text, j)) {
                quotesBefore++;
            }
        }
        if (quotesBefore % 2 == 1) {
            // an odd number before means 'open' closes a pair; find the real opening quote further back
            for (int j = q - 1; j >= limit; j--) {
                if (isQuote(text, j)) {
                    q = j;
                    break;
                }
            }
        }
        int from = Math.max(floor, q - 40);
        String before = text.subSequence(from, q + 1).toString().toLowerCase(Locale.ROOT);
        for (String o : LITERAL_OPENERS) {
            if (before.endsWith(o) && !htmlTextAttribute(before) && !logField(before)) {
                return true;
            }
        }
        for (String m : MARKERS) {
            int i = before.lastIndexOf(m);
            if (i >= 0 && (i == 0 || !Character.isLetter(before.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A double quote, curly quote or backtick that is not escaped ({@code \"} inside a string literal). */
    private static boolean isQuote(CharSequence text, int k) {
        return isDoubleQuote(text, k) || text.charAt(k) == '`' && (k == 0 || text.charAt(k - 1) != '\\');
    }

    /** {@code content="..."}, {@code alt="..."}: an HTML attribute whose value is text shown or read, not a code literal. */
    private static boolean htmlTextAttribute(String before) {
        for (String a : TEXT_ATTRIBUTES) {
            if (before.endsWith(a)) {
                return true;
            }
        }
        return false;
    }

    /** {@code notes="..."}, {@code msg="..."}: a log or record field whose value is text, not a code literal. */
    private static boolean logField(String before) {
        if (!before.endsWith("=\"")) {
            return false;
        }
        int e = before.length() - 2;
        int s = e;
        while (s > 0 && Character.isLetter(before.charAt(s - 1))) {
            s--;
        }
        return LOG_FIELDS.contains(before.substring(s, e));
    }

    private static final java.util.Set<String> LOG_FIELDS = java.util.Set.of("msg", "message", "notes", "note", "text",
            "comment", "description", "body", "content", "title", "summary", "reason", "detail", "details", "ua", "remarks");

    private static final String[] TEXT_ATTRIBUTES = {" content=\"", " alt=\"", " title=\"", " aria-label=\"",
        " placeholder=\""};

    /** {@code <IMPORTANT> tags}, {@code such as <system>}: the tag is the subject of the sentence, not a marker. */
    private static boolean namedTag(CharSequence text, int floor, int start, int end) {
        int k = end;
        while (k < text.length() && k < end + 3 && text.charAt(k) == ' ') {
            k++;
        }
        String after = text.subSequence(k, Math.min(text.length(), k + 10)).toString().toLowerCase(Locale.ROOT);
        if (after.startsWith("tag") || after.startsWith("element") || after.startsWith("marker") || after.startsWith("block")) {
            return true;
        }
        String before = text.subSequence(Math.max(floor, start - 16), start).toString().toLowerCase(Locale.ROOT);
        return before.endsWith("such as ") || before.endsWith("like ") || before.endsWith("e.g. ") || before.endsWith("the ")
                || before.endsWith("an ") || before.endsWith("a ");
    }
}
