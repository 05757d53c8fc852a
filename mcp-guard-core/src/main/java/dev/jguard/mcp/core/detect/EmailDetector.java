package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * E-mail addresses: triggered by {@code @}; the local part (at most 64 characters, unquoted dot-atom) is read
 * backwards and the domain (at most 253 characters, at least two labels, alphabetic TLD) forwards. Not reported:
 * URL user-info ({@code https://user:pw@host}, see {@link UrlCredentialDetector}), {@code user@localhost},
 * retina asset names ({@code icon@2x.png}). Internationalised local parts and domains are accepted.
 */
final class EmailDetector extends TriggeredDetector {

    static final String ID = "pii.email";

    EmailDetector() {
        super(ID, Set.of(FindingTypes.EMAIL), "@");
    }

    private static boolean localChar(char c) {
        return c < 128 ? Chars.asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
                : Character.isLetterOrDigit(c);
    }

    private static boolean labelChar(char c) {
        return c < 128 ? Chars.asciiAlnum(c) || c == '-' : Character.isLetterOrDigit(c);
    }

    @Override
    protected int scanAt(CharSequence s, int at, List<Finding> out) {
        int start = at;
        while (start > 0 && at - start < 64 && localChar(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && at - start == 64 && localChar(s.charAt(start - 1))) {
            return at + 1; // local part longer than 64: not an address
        }
        while (start < at && !Chars.word(s.charAt(start))) {
            start++; // starts with a letter or digit
        }
        if (start == at || s.charAt(at - 1) == '.' || contains(s, start, at, "..")) {
            return at + 1;
        }
        if (userInfo(s, start)) {
            return at + 1;
        }
        // domain: label(.label)+ with an alphabetic TLD
        int i = at + 1;
        int n = s.length();
        int labels = 0;
        int lastLabelStart = -1;
        int end = -1;
        while (i < n && i - at <= 254) {
            int ls = i;
            while (i < n && i - ls < 64 && labelChar(s.charAt(i))) {
                i++;
            }
            if (i == ls || s.charAt(ls) == '-' || s.charAt(i - 1) == '-') {
                break;
            }
            labels++;
            lastLabelStart = ls;
            end = i;
            if (i + 1 < n && s.charAt(i) == '.' && labelChar(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (labels < 2 || !tld(s, lastLabelStart, end)) {
            return at + 1;
        }
        if (end < n && (Chars.word(s.charAt(end)) || s.charAt(end) == '@')) {
            return at + 1;
        }
        if (retinaAsset(s, at + 1)) {
            return at + 1;
        }
        out.add(finding(start, end));
        return end;
    }

    private static boolean tld(CharSequence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        if (Chars.matchesIgnoreCase(s, from, "xn--")) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code name@2x.png}: a digit run followed by 'x' as the first domain label. */
    private static boolean retinaAsset(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && Chars.digit(s.charAt(j))) {
            j++;
        }
        return j > i && j - i <= 2 && Chars.at(s, j) == 'x' && Chars.at(s, j + 1) == '.';
    }

    /** Whether {@code start} follows {@code scheme://[user:]} in the same token (URL user-info, not an address). */
    private static boolean userInfo(CharSequence s, int start) {
        int limit = Math.max(0, start - 256);
        for (int i = start - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>') {
                return false;
            }
            if (c == '/' && i >= 2 && s.charAt(i - 1) == '/' && s.charAt(i - 2) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(CharSequence s, int from, int to, String lit) {
        for (int i = from; i + lit.length() <= to; i++) {
            if (Chars.matches(s, i, lit)) {
                return true;
            }
        }
        return false;
    }
}
