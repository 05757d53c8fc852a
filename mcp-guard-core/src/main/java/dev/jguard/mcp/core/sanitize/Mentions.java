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
    private static final String[] LITERAL_OPENERS = {"= \"", "=\"", "[\"", "(\"", "= `", "\", \""};

    private Mentions() {
    }

    /** @param quotes whether the text has any quote character (when not, no hit can be a quoted example) */
    static void drop(CharSequence text, int floor, List<PromptInjectionDetector.Hit> hits, boolean quotes) {
        hits.removeIf(h -> quotes && quotedExample(text, floor, h.start())
                || InjectionRules.FAKE_TAG.equals(h.category()) && namedTag(text, floor, h.start(), h.end()));
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
            if (before.endsWith(o) && !htmlTextAttribute(before)) {
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
        char c = text.charAt(k);
        return (c == '"' || c == '\u201C' || c == '\u201D' || c == '`') && (k == 0 || text.charAt(k - 1) != '\\');
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
