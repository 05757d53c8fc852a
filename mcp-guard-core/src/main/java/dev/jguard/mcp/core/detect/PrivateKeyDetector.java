package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * PEM and OpenSSH/PGP private key blocks: {@code -----BEGIN <label> PRIVATE KEY[ BLOCK]-----} through the matching
 * {@code -----END ...-----} line (searched at most 64 KiB ahead). A truncated block without an END line is reported
 * up to the end of its base64 body, so half a key is still redacted. Public keys and certificates are not reported.
 */
final class PrivateKeyDetector extends TriggeredDetector {

    static final String ID = "secret.private-key";
    private static final int MAX_BLOCK = 64 * 1024;

    PrivateKeyDetector() {
        super(ID, Set.of(FindingTypes.PRIVATE_KEY), "-");
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        if (!Chars.matches(s, i, "-----BEGIN ")) {
            return i + 1;
        }
        int j = i + 11;
        int labelEnd = -1;
        for (int k = j; k < s.length() && k - j < 48; k++) {
            char c = s.charAt(k);
            if (c == '-') {
                labelEnd = k;
                break;
            }
            if (!Chars.upper(c) && !Chars.digit(c) && c != ' ') {
                return i + 1;
            }
        }
        if (labelEnd < 0 || !Chars.matches(s, labelEnd, "-----") || !contains(s, j, labelEnd, "PRIVATE KEY")) {
            return i + 1;
        }
        int bodyStart = labelEnd + 5;
        int n = s.length();
        int limit = Math.min(n, bodyStart + MAX_BLOCK);
        for (int k = bodyStart; k < limit; k++) {
            if (s.charAt(k) == '-' && Chars.matches(s, k, "-----END ")) {
                int close = k + 9;
                while (close < n && close - k < 64 && s.charAt(close) != '-') {
                    close++;
                }
                int end = Chars.matches(s, close, "-----") ? close + 5 : close;
                out.add(finding(i, end));
                return end;
            }
        }
        // truncated: body = base64, whitespace, and escaped line breaks
        int k = bodyStart;
        while (k < limit) {
            char c = s.charAt(k);
            if (Chars.asciiAlnum(c) || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ' || c == '\\'
                    || c == ':' || c == ',' || c == '-') {
                k++;
            } else {
                break;
            }
        }
        out.add(finding(i, k));
        return k;
    }

    private static boolean contains(CharSequence s, int from, int to, String lit) {
        for (int k = from; k + lit.length() <= to; k++) {
            if (Chars.matches(s, k, lit)) {
                return true;
            }
        }
        return false;
    }
}
