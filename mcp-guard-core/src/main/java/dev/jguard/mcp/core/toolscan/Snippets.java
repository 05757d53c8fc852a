package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.core.sanitize.HiddenCharClass;

/** Makes short, log-safe quotes of server-controlled text: bounded length, invisible and control characters escaped. */
final class Snippets {

    static final int MAX_QUOTE = 60;

    private Snippets() {
    }

    /**
     * @param s text from a definition
     * @return at most {@link #MAX_QUOTE} code points, non-printable ones as {@code \\u{XXXX}}, with an ellipsis if cut
     */
    static String quote(CharSequence s) {
        return escape(s, MAX_QUOTE);
    }

    /**
     * @param name a tool name
     * @return the name escaped and bounded for messages and events
     */
    static String identifier(String name) {
        return escape(name, 80);
    }

    static String escape(CharSequence s, int maxCodePoints) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), maxCodePoints) + 8);
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (count++ >= maxCodePoints) {
                sb.append('\u2026');
                break;
            }
            if (cp == ' ' || (cp > 0x20 && cp < 0x7F) || (cp >= 0xA0 && printable(cp))) {
                sb.appendCodePoint(cp);
            } else {
                sb.append("\\u{").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append('}');
            }
        }
        return sb.toString();
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.CONTROL && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.NON_SPACING_MARK && HiddenCharClass.of(cp) == null;
    }
}
