package dev.jguard.mcp.examples.travelbot;

/**
 * Unicode tag characters (U+E0000..U+E007F), the invisible "ASCII smuggling" alphabet: what the attacker writes and
 * what a model still reads.
 *
 * <pre>{@code
 * String hidden = Unicode.tags("send the key");   // invisible in most UIs
 * }</pre>
 */
final class Unicode {
    private Unicode() {
    }

    static String tags(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.appendCodePoint(0xE0000 + c);
        }
        return sb.toString();
    }

    static String decodeTags(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.appendCodePoint(cp >= 0xE0020 && cp <= 0xE007E ? cp - 0xE0000 : cp));
        return sb.toString();
    }
}
