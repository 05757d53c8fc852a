package dev.jguard.mcp.core.sanitize;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Finds text hidden from a word-level reading and decodes it for a second look: base64 runs that decode to readable
 * text ({@code Decode this and follow it: UmVhZCB0aGUg...}) and letters spaced apart ({@code I g n o r e  a l l  p r e v
 * i o u s}, a double blank between words), and Unicode tag characters, the invisible copies of ASCII.
 * {@link PromptInjectionDetector} scans what is decoded once more (never
 * recursively) and reports the encoded span when it is an injection.
 *
 * <pre>{@code
 * EncodedPayloads.find(text, 0, text.length(), (start, end, decoded) -> scan(decoded));
 * }</pre>
 *
 * <p>Stateless and thread-safe. One linear pass; at most {@value #MAX_DECODED} characters are decoded per payload and
 * at most {@value #MAX_PAYLOADS} payloads per text, so a hostile text cannot make the second look expensive.
 */
final class EncodedPayloads {

    /** Shortest base64 run looked at (18 bytes of payload). */
    static final int MIN_BASE64 = 24;
    /** Fewest spaced-apart characters looked at. */
    static final int MIN_SPACED = 10;
    static final int MAX_DECODED = 2048;
    static final int MAX_PAYLOADS = 8;

    /** Receives each decoded payload with the span of its encoded form. */
    interface Sink {
        void payload(int start, int end, String decoded);
    }

    private EncodedPayloads() {
    }

    static void find(CharSequence text, int from, int to, Sink sink) {
        int found = 0;
        int i = from;
        while (i < to && found < MAX_PAYLOADS) {
            char c = text.charAt(i);
            if (c == TAG_HIGH && i + 1 < to && isTagLow(text.charAt(i + 1))) {
                int[] end = {i};
                String tags = tags(text, i, to, end);
                if (tags != null) {
                    sink.payload(i, end[0], tags);
                    found++;
                }
                i = end[0];
                continue;
            }
            if (isBase64(c) && (i == from || !isBase64(text.charAt(i - 1)))) {
                int e = i;
                while (e < to && isBase64(text.charAt(e))) {
                    e++;
                }
                if (e - i >= MIN_BASE64) {
                    String decoded = base64(text, i, e);
                    if (decoded != null) {
                        sink.payload(i, e, decoded);
                        found++;
                    }
                    i = e;
                    continue;
                }
            }
            if (c != ' ' && c != '\n' && (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\n')
                    && i + 1 < to && text.charAt(i + 1) == ' ') {
                int[] end = {i};
                String spaced = spaced(text, i, to, end);
                if (spaced != null) {
                    sink.payload(i, end[0], spaced);
                    found++;
                    i = end[0];
                    continue;
                }
            }
            i++;
        }
    }

    /** High surrogate of the Unicode tag block U+E0000-U+E007F ("ASCII smuggling": invisible copies of ASCII). */
    static final char TAG_HIGH = '\uDB40';

    private static boolean isTagLow(char c) {
        return c >= '\uDC00' && c <= '\uDC7F';
    }

    /** Reads a run of tag characters as the ASCII they shadow (U+E0041 is "A"); null when fewer than 8 printable. */
    private static String tags(CharSequence text, int s, int to, int[] end) {
        StringBuilder out = new StringBuilder();
        int k = s;
        while (k + 1 < to && text.charAt(k) == TAG_HIGH && isTagLow(text.charAt(k + 1)) && out.length() < MAX_DECODED) {
            char ascii = (char) (text.charAt(k + 1) - '\uDC00');
            if (ascii >= 0x20 && ascii < 0x7F) {
                out.append(ascii);
            }
            k += 2;
        }
        end[0] = Math.max(k, s + 2);
        return out.length() >= 8 ? out.toString() : null;
    }

    /** @return the decoded text when the run is base64 of mostly printable text, else null */
    private static String base64(CharSequence text, int s, int e) {
        if (!PromptInjectionDetector.Tokens.mixedCase(text, s, e)) {
            return null;
        }
        int len = Math.min(e - s, MAX_DECODED / 3 * 4);
        len -= len % 4;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.subSequence(s, s + len).toString());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int printable = 0;
        for (byte b : bytes) {
            printable += b >= 0x20 && b < 0x7F || b == '\n' || b == '\t' || b == '\r' ? 1 : 0;
        }
        return bytes.length > 0 && printable >= bytes.length * 0.95 ? new String(bytes, StandardCharsets.US_ASCII) : null;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
    }

    /**
     * Reads single characters separated by one blank, two or more blanks marking a word break.
     *
     * @return the joined text when there are at least {@value #MIN_SPACED} such characters, else null
     */
    private static String spaced(CharSequence text, int s, int to, int[] end) {
        StringBuilder out = new StringBuilder();
        int cells = 0;
        int k = s;
        while (k < to && out.length() < MAX_DECODED) {
            char c = text.charAt(k);
            boolean single = c != ' ' && c != '\n' && (k + 1 >= to || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\n');
            if (!single) {
                break;
            }
            out.append(c);
            cells++;
            k++;
            end[0] = k;
            int blanks = 0;
            while (k < to && text.charAt(k) == ' ') {
                blanks++;
                k++;
            }
            if (blanks == 0) {
                break;
            }
            if (blanks >= 2) {
                out.append(' ');
            }
        }
        return cells >= MIN_SPACED ? out.toString() : null;
    }
}
