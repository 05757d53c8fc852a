package dev.jguard.mcp.core.sanitize;

import java.util.List;
import java.util.Set;

/**
 * Evidence around a request for a high-impact action ({@link InjectionRules#REQUEST} hits such as "please transfer ...
 * from my account", InjecAgent style): whether the request sits in a data field (a JSON string value, or after a
 * {@code Description:} / {@code Review:} label), where no human recipient is asked for anything, and whether it carries
 * account numbers, wallet addresses or user ids. A request alone is ordinary e-mail language; with this evidence it is an
 * order planted for the agent. Only runs next to a request, and each check looks a bounded number of characters around
 * it.
 */
final class ActionRequests {

    static final double EMBEDDED_WEIGHT = 0.3;
    static final double IDENT_WEIGHT = 0.3;
    private static final int LOOK_BACK = 24;
    private static final int LOOK_AHEAD = 200;
    private static final Set<String> FIELD_LABELS = Set.of("description", "details", "detail", "notes", "note", "comment",
            "comments", "review", "bio", "content", "snippet", "text", "body", "tweet", "caption", "about", "memo", "remarks",
            "info", "message", "answer", "a", "extra", "notice", "update");

    private ActionRequests() {
    }

    static void addEvidence(CharSequence text, int from, int to, List<PromptInjectionDetector.Hit> hits) {
        int n = hits.size();
        int lastChecked = -1;
        for (int i = 0; i < n; i++) {
            PromptInjectionDetector.Hit h = hits.get(i);
            boolean request = InjectionRules.REQUEST.equals(h.category()) || InjectionRules.READ_REQUEST.equals(h.category());
            if (!request && !TOLD_FOR_THE_USER.contains(h.rule()) || h.start() <= lastChecked) {
                continue;
            }
            lastChecked = h.end();
            if (!request) {
                // "Make sure to tell the user that ..." as a review or a list element: said to whoever relays it
                if (inDataField(text, from, h.start()) || inListElement(text, from, h.start())) {
                    hits.add(new PromptInjectionDetector.Hit("output.in-data-field", InjectionRules.EMBEDDED, EMBEDDED_WEIGHT,
                            h.start(), h.end()));
                }
                continue;
            }
            if (inDataField(text, from, h.start()) || Mentions.inJsonValue(text, from, h.start()) && sentenceLong(text, h.start(), to)) {
                hits.add(new PromptInjectionDetector.Hit("request.in-data-field", InjectionRules.EMBEDDED, EMBEDDED_WEIGHT,
                        h.start(), h.end()));
            }
            int id = identifier(text, h.start(), Math.min(to, h.end() + LOOK_AHEAD));
            if (id >= 0) {
                hits.add(new PromptInjectionDetector.Hit("request.identifier", InjectionRules.IDENT, IDENT_WEIGHT, id, id + 1));
            }
        }
    }

    /**
     * True when the JSON string the request sits in runs on for at least a short sentence: "turn off all lights" as a
     * step of a smart-home routine is a setting; a planted order is a sentence.
     */
    private static boolean sentenceLong(CharSequence text, int at, int to) {
        int limit = Math.min(to, at + 40);
        for (int k = at; k < limit; k++) {
            char c = text.charAt(k);
            if ((c == '"' || c == '\'') && (k + 1 >= to || ",}]:".indexOf(text.charAt(k + 1)) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Rules that tell the reader what to tell the user; in a data field they are orders to the model that relays it. */
    private static final Set<String> TOLD_FOR_THE_USER = Set.of("output.tell-user", "output.respond-to-user",
            "output.recommend", "output.say-that", "output.tell-user-now", "output.tell-user-the");

    /** True when {@code at} is the first word (perhaps after "Make sure to") of a JSON array element ({@code ["..", "..}). */
    static boolean inListElement(CharSequence text, int floor, int at) {
        int limit = Math.max(floor, at - LOOK_BACK);
        int k = at;
        while (k > limit && text.charAt(k - 1) != '"') {
            if (text.charAt(k - 1) == '.' || text.charAt(k - 1) == '\n') {
                return false;
            }
            k--;
        }
        if (k <= limit) {
            return false;
        }
        k--;
        while (k > limit && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k > limit && (text.charAt(k - 1) == '[' || text.charAt(k - 1) == ',');
    }

    /**
     * True when the request opens a string value ({@code "content": "Please ...}, or {@code 'content': 'Please ...} as a
     * Python dict prints it) or follows a field label.
     */
    static boolean inDataField(CharSequence text, int floor, int at) {
        int k = at;
        int limit = Math.max(floor, at - LOOK_BACK);
        while (k > limit && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > limit && (text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\'')) { // JSON or a Python dict
            k--;
            while (k > limit && text.charAt(k - 1) == ' ') {
                k--;
            }
            if (k <= limit || text.charAt(k - 1) != ':') {
                return false;
            }
            k--;
            return k > limit && (text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\''); // the key's closing quote
        }
        if (k <= limit || text.charAt(k - 1) != ':') {
            return false;
        }
        int e = k - 1;
        int s = e;
        while (s > limit && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e && FIELD_LABELS.contains(text.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * @return the start of the first identifier in [from, to): digit groups joined by hyphens (123-1234-1234), an IBAN,
     *     a hex wallet address, or a user id mixing letters with digits and {@code _} (guest_amy01, abcd1234); -1 if none
     */
    static int identifier(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !isIdChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            int letters = 0;
            int digits = 0;
            int joiners = 0;
            int upper = 0;
            while (i < to && isIdChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '-' || c == '_') {
                    joiners++;
                } else {
                    letters++;
                    upper += c >= 'A' && c <= 'Z' ? 1 : 0;
                }
                i++;
            }
            if (looksLikeId(text, s, i, letters, digits, joiners, upper)) {
                return s;
            }
        }
        return -1;
    }

    private static boolean looksLikeId(CharSequence text, int s, int e, int letters, int digits, int joiners, int upper) {
        int len = e - s;
        if (len < 6 || len > 64 || digits < 2 || text.charAt(s) == '-' || text.charAt(e - 1) == '-') {
            return false;
        }
        if (letters == 0) {
            return joiners >= 2 && digits >= 8 && !(len == 10 && text.charAt(s + 4) == '-'); // 123-1234-1234; not a date or phone
        }
        if (text.charAt(s) == '0' && len > 9 && (text.charAt(s + 1) == 'x' || text.charAt(s + 1) == 'X')) {
            return true; // 0x2f1c9a7e...
        }
        if (upper == letters) {
            return upper == 2 && digits >= 10 && joiners == 0; // an IBAN such as US133000000121212121212, not RTX4090
        }
        boolean underscore = false;
        for (int k = s; k < e; k++) {
            underscore |= text.charAt(k) == '_';
        }
        return underscore || letters >= 3 && digits >= 3 && joiners == 0; // guest_amy01, abcd1234; not covid-19
    }

    private static boolean isIdChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
