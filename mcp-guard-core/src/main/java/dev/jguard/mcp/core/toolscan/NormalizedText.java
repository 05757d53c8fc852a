package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.core.sanitize.HiddenCharClass;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text prepared for instruction matching: format characters and every {@link HiddenCharClass} character removed (so
 * "ig&lt;ZWSP&gt;nore" reads "ignore"), NFKC-folded (full-width and compatibility forms), lower-cased, typographic
 * quotes straightened, runs of blanks collapsed to one blank (a newline where the run has one), so no run of blanks is
 * longer than one character. One linear pass plus NFKC for non-ASCII input.
 */
final class NormalizedText {

    final String text;
    final boolean hasCjk;

    private NormalizedText(String text, boolean ascii) {
        this.text = text;
        this.hasCjk = !ascii && dev.jguard.mcp.core.lexicon.InstructionWords.hasCjk(text);
    }

    static NormalizedText of(String raw) {
        String fast = asciiFast(raw);
        if (fast != null) {
            return new NormalizedText(fast, true);
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean ascii = true;
        boolean lastSpace = false;
        for (int i = 0; i < raw.length(); ) {
            char ch = raw.charAt(i);
            if (ch > ' ' && ch < 0x7F) { // printable ASCII other than the blank: kept as it is (lower-cased below)
                sb.append(ch);
                lastSpace = false;
                i++;
                continue;
            }
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || HiddenCharClass.of(cp) != null) {
                continue;
            }
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                lastSpace = true;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!lastSpace) {
                    sb.append(' ');
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            switch (cp) {
                case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC -> sb.append('\'');
                case 0x201C, 0x201D, 0x201F, 0x2033 -> sb.append('"');
                default -> {
                    if (cp > 0x7F) {
                        ascii = false;
                    }
                    sb.appendCodePoint(cp);
                }
            }
        }
        String s = sb.toString();
        if (!ascii) {
            s = collapseBlanks(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
        return new NormalizedText(s.toLowerCase(Locale.ROOT), false);
    }

    /**
     * Lower-cases and collapses blanks of pure printable-ASCII text in one pass; null if the text needs the full path.
     * Text that is already in normal form is returned as it is, without a copy.
     */
    private static String asciiFast(String raw) {
        int n = raw.length();
        byte[] out = null; // made at the first change: until then the output is the prefix [0, len) of raw
        int len = 0;
        boolean lastSpace = false;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 0x7F) {
                return null;
            }
            char put;
            if (c == '\n' || c == '\r') {
                if (len > 0 && at(raw, out, len - 1) == ' ') {
                    len--;
                }
                lastSpace = true;
                if (len > 0 && at(raw, out, len - 1) == '\n') {
                    continue;
                }
                put = '\n';
            } else if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
                put = ' ';
            } else if (c < 0x20) {
                return null;
            } else {
                put = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                lastSpace = false;
            }
            if (out == null && (put != c || len != i)) {
                out = new byte[n];
                for (int k = 0; k < len; k++) {
                    out[k] = (byte) raw.charAt(k);
                }
            }
            if (out != null) {
                out[len] = (byte) put;
            }
            len++;
        }
        if (out == null) {
            return len == n ? raw : raw.substring(0, len);
        }
        return new String(out, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static char at(String raw, byte[] out, int k) {
        return out == null ? raw.charAt(k) : (char) out[k];
    }

    /**
     * Folds every run of {@code \\s} characters to one blank (a newline if the run has one), so the invariant holds
     * after NFKC too: {@link RegexLiterals} relies on {@code \\s+} matching exactly one character.
     */
    private static String collapseBlanks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x0B || c == 0x0C;
            if (!blank) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int j = i;
            boolean newline = false;
            while (j < s.length() && " \n\t\r\u000B\f".indexOf(s.charAt(j)) >= 0) {
                newline |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                j++;
            }
            char folded = newline ? '\n' : ' ';
            if (out == null && (j - i > 1 || c != folded)) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(folded);
            }
            i = j - 1;
        }
        return out == null ? s : out.toString();
    }
}
