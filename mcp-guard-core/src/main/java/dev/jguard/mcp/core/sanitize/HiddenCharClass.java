package dev.jguard.mcp.core.sanitize;

/**
 * The kind of invisible character a code point is: the one table of hidden characters shared by
 * {@link TextNeutralizer} (tool results) and the tool-definition scanner. It covers exactly the Unicode
 * {@code Default_Ignorable_Code_Point} set; whether a character is removed in context (a joiner inside an emoji, one
 * selector after its base, a subdivision flag) is {@link TextNeutralizer}'s decision.
 *
 * <pre>{@code
 * HiddenCharClass.of(0x202E);   // BIDI_CONTROL
 * HiddenCharClass.of('a');      // null
 * }</pre>
 */
public enum HiddenCharClass {
    /** Unicode tag characters U+E0000..U+E007F: invisible ASCII, the "ASCII smuggling" channel. */
    TAG,
    /** Bidi embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): reorder what a reader sees. */
    BIDI_CONTROL,
    /** Bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C): invisible direction hints. */
    BIDI_MARK,
    /** Variation selectors: U+FE00..U+FE0F, U+E0100..U+E01EF and the Mongolian U+180B..U+180D, U+180F. */
    VARIATION_SELECTOR,
    /**
     * Other invisible characters: zero-width space, joiners and word joiner, invisible operators, soft hyphen,
     * combining grapheme joiner, U+FEFF (anywhere: inside a string it is never a byte order mark), Hangul and Khmer
     * fillers, the Mongolian vowel separator, deprecated and shorthand format controls, musical formatting controls,
     * and the unassigned default-ignorable code points.
     */
    INVISIBLE;

    /**
     * @param cp a code point
     * @return its class, or {@code null} for a character that is not default-ignorable
     */
    public static HiddenCharClass of(int cp) {
        if (cp < 0x00AD) {
            return null;
        }
        if (cp < 0x10000) {
            return bmp(cp);
        }
        if (cp >= 0xE0000 && cp <= 0xE0FFF) {
            return cp <= 0xE007F ? TAG : cp >= 0xE0100 && cp <= 0xE01EF ? VARIATION_SELECTOR : INVISIBLE;
        }
        return cp >= 0x1BCA0 && cp <= 0x1BCA3 || cp >= 0x1D173 && cp <= 0x1D17A ? INVISIBLE : null;
    }

    private static HiddenCharClass bmp(int c) {
        if (c >= 0x2000 && c <= 0x206F) {
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return BIDI_CONTROL;
            }
            if (c == 0x200E || c == 0x200F) {
                return BIDI_MARK;
            }
            return c >= 0x200B && c <= 0x200D || c >= 0x2060 ? INVISIBLE : null;
        }
        if (c >= 0xFE00 && c <= 0xFE0F || c >= 0x180B && c <= 0x180D || c == 0x180F) {
            return VARIATION_SELECTOR;
        }
        return switch (c) {
            case 0x061C -> BIDI_MARK;
            case 0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0 -> INVISIBLE;
            default -> c >= 0xFFF0 && c <= 0xFFF8 ? INVISIBLE : null;
        };
    }
}
