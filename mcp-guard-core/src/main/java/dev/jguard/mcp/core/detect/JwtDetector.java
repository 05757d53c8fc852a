package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * JSON Web Tokens in compact serialisation: three (JWS) or five (JWE) base64url segments whose first segment
 * starts with {@code eyJ} and decodes to a JSON object naming {@code alg}, {@code typ} or {@code enc}. Only the
 * first 512 characters of the header are decoded.
 */
final class JwtDetector extends TriggeredDetector {

    static final String ID = "secret.jwt";
    private static final int MAX_SEGMENT = 64 * 1024;

    JwtDetector() {
        super(ID, Set.of(FindingTypes.JWT), "", List.of("ey"));
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        if (!Chars.matches(s, i, "eyJ") || Chars.b64url(Chars.at(s, i - 1))) {
            return i + 1;
        }
        int n = s.length();
        int j = i;
        int segments = 0;
        int headerEnd = -1;
        int end = i;
        while (segments < 5) {
            int segStart = j;
            while (j < n && j - segStart < MAX_SEGMENT && Chars.b64url(s.charAt(j))) {
                j++;
            }
            segments++;
            if (segments == 1) {
                headerEnd = j;
            }
            int segLen = j - segStart;
            if (segLen == 0 && segments < 3) {
                return Math.max(i + 1, j);
            }
            end = j;
            if (segments >= 5 || j >= n || s.charAt(j) != '.' || !Chars.b64url(Chars.at(s, j + 1)) && segments >= 2) {
                break;
            }
            j++;
        }
        if (segments != 3 && segments != 5) {
            return Math.max(i + 1, end);
        }
        if (headerEnd - i < 10 || !header(s, i, headerEnd) || Chars.at(s, end) == '=' || Chars.at(s, end) == '+') {
            return Math.max(i + 1, end);
        }
        out.add(finding(i, end));
        return end;
    }

    private static boolean header(CharSequence s, int from, int to) {
        int len = Math.min(to - from, 512) & ~3;
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(s.subSequence(from, from + len).toString());
            String json = new String(decoded, StandardCharsets.UTF_8);
            return json.startsWith("{") && (json.contains("\"alg\"") || json.contains("\"typ\"") || json.contains("\"enc\""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
