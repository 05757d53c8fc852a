package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Credentials of the HTTP {@code Bearer} and {@code Basic} schemes (RFC 6750, RFC 7617), wherever they appear
 * (headers, curl commands, logs). The finding spans the credential only, so a redaction keeps {@code Bearer <...>}.
 * A bearer token needs at least 16 token68 characters with letters and digits (or 8 right after
 * {@code Authorization:}); a basic credential must be base64 of {@code user:password}. The {@code Token} scheme
 * (Django REST framework, GitHub) is only recognised as the value of an {@code Authorization} header.
 */
final class AuthHeaderDetector extends TriggeredDetector {

    static final String ID = "secret.auth-header";

    AuthHeaderDetector() {
        super(ID, Set.of(FindingTypes.AUTH_CREDENTIAL), "", Chars.anyCase("be", "ba", "dp", "to"));
    }

    private static boolean token68(char c) {
        return Chars.asciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        if (Chars.word(Chars.at(s, i - 1))) {
            return i + 1;
        }
        boolean basic;
        int j;
        if (Chars.matchesIgnoreCase(s, i, "bearer")) {
            basic = false;
            j = i + 6;
        } else if (Chars.matchesIgnoreCase(s, i, "basic")) {
            basic = true;
            j = i + 5;
        } else if (Chars.matchesIgnoreCase(s, i, "dpop")) {
            basic = false;
            j = i + 4;
        } else if (Chars.matchesIgnoreCase(s, i, "token") && headerValue(s, i)) {
            basic = false; // Authorization: Token <key> (Django REST framework, GitHub)
            j = i + 5;
        } else {
            return i + 1;
        }
        int spaces = 0;
        while (Chars.at(s, j) == ' ' && spaces < 3) {
            j++;
            spaces++;
        }
        if (spaces == 0) {
            return i + 1;
        }
        int start = j;
        int n = s.length();
        while (j < n && j - start < 16 * 1024 && token68(s.charAt(j))) {
            j++;
        }
        int body = j;
        while (j < n && s.charAt(j) == '=' && j - body < 2) {
            j++;
        }
        int end = j;
        if (end == start || Chars.word(Chars.at(s, end))) {
            return i + 1;
        }
        boolean afterHeader = Chars.keywordBefore(s, i, 24, new String[] {"authorization"});
        boolean ok = basic ? basicCredential(s, start, end) : bearerCredential(s, start, body, afterHeader);
        if (ok) {
            out.add(finding(start, end));
            return end;
        }
        return i + 1;
    }

    /** {@code Authorization: } (or {@code "Authorization": "}) right before {@code i}: a header value starts here. */
    private static boolean headerValue(CharSequence s, int i) {
        int k = i;
        while (k > 0 && i - k < 3 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '"' || s.charAt(k - 1) == '\'')) {
            k--;
        }
        if (Chars.at(s, k - 1) != ':') {
            return false;
        }
        k--;
        while (k > 0 && i - k < 6 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '"' || s.charAt(k - 1) == '\'')) {
            k--;
        }
        return Chars.matchesIgnoreCase(s, k - 13, "authorization");
    }

    private static boolean bearerCredential(CharSequence s, int start, int end, boolean afterHeader) {
        int len = end - start;
        if (len < (afterHeader ? 8 : 16)) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            letter |= Chars.asciiLetter(c);
            digit |= Chars.digit(c);
        }
        return letter && (digit || afterHeader) && !Chars.uniform(s, start, end);
    }

    private static boolean basicCredential(CharSequence s, int start, int end) {
        int len = end - start;
        if (len < 8 || len % 4 != 0 || len > 4096) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(s.subSequence(start, end).toString()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
