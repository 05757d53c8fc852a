package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * Passwords in URL user-info ({@code scheme://user:password@host}, RFC 3986 3.2.1): triggered at {@code @}, the
 * finding spans the password only. Placeholders ({@code ***}, {@code <password>}, {@code ${VAR}}) are not reported.
 */
final class UrlCredentialDetector extends TriggeredDetector {

    static final String ID = "secret.url-credential";

    UrlCredentialDetector() {
        super(ID, Set.of(FindingTypes.AUTH_CREDENTIAL), "@");
    }

    @Override
    protected int scanAt(CharSequence s, int at, List<Finding> out) {
        int limit = Math.max(0, at - 512);
        int colon = -1;
        for (int k = at - 1; k >= limit; k--) {
            char c = s.charAt(k);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '@' || c == '\'') {
                return at + 1;
            }
            if (c == '/') {
                if (k >= 2 && s.charAt(k - 1) == '/' && s.charAt(k - 2) == ':' && colon > k && Chars.asciiLetter(Chars.at(s, k - 3))) {
                    int start = colon + 1;
                    if (start < at && !Placeholders.isPlaceholder(s, start, at) && Chars.asciiAlnum(Chars.at(s, at + 1))) {
                        out.add(finding(start, at));
                    }
                }
                return at + 1;
            }
            if (c == ':' && colon < 0) {
                colon = k;
            }
        }
        return at + 1;
    }
}
