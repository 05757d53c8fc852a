package dev.jguard.mcp.core.sanitize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what a terminal or a model would interpret but a person reading the text would not see: ANSI/terminal
 * escape sequences (CSI, OSC including OSC 8 hyperlinks, DCS/SOS/PM/APC strings, two-character escapes and their
 * 8-bit C1 forms), C0/C1 control characters (tab, line feed and CR-LF are kept), every invisible character of
 * {@link HiddenCharClass} (zero-width, bidirectional, variation selectors, fillers), and Unicode tag characters
 * (U+E0000..U+E007F), whose ASCII payload is decoded so the caller can report that hidden text was present and check
 * whether it is itself an injection.
 *
 * <p>What is kept on purpose, because ordinary text needs it: a zero-width joiner inside an emoji sequence, ZWJ/ZWNJ
 * between letters of a script that uses them (Arabic, Indic, ...), one variation selector right after a base that
 * takes one (an emoji, symbol, digit or ideograph; never a letter of an alphabet), and the tag sequence of an emoji
 * subdivision flag (England, Scotland, Wales). Everything else of those classes is removed and reported. Lone
 * surrogates become U+FFFD; U+2028/U+2029 become line feeds.
 *
 * <pre>{@code
 * NeutralizedText n = TextNeutralizer.standard().neutralize("\u001B[31mred\u001B[0m");
 * n.text();       // "red"
 * n.findings();   // [Finding[type=ANSI_ESCAPE, start=0, end=5, ...], Finding[type=ANSI_ESCAPE, start=8, end=12, ...]]
 * }</pre>
 *
 * <p>Immutable and thread-safe. One pass, time and extra memory linear in the input.
 */
public final class TextNeutralizer {

    /** Detector id used in the findings this class produces. */
    public static final String DETECTOR_ID = "hidden.text";

    private static final TextNeutralizer STANDARD = new TextNeutralizer();

    private TextNeutralizer() {
    }

    /** @return the neutralizer with the standard rules (there are no knobs: every rule is a security rule) */
    public static TextNeutralizer standard() {
        return STANDARD;
    }

    /**
     * Scans and cleans {@code text}.
     *
     * @param text any text, including lone surrogates and unterminated escape sequences
     * @return the cleaned text and what was removed, with offsets into the original text
     */
    public NeutralizedText neutralize(CharSequence text) {
        Scan scan = new Scan(text);
        scan.run();
        return scan.result();
    }

    /**
     * Scans without building the cleaned text.
     *
     * @param text any text
     * @return the findings, offsets into {@code text}, in ascending order
     */
    public List<Finding> findings(CharSequence text) {
        return neutralize(text).findings();
    }

    /** One neutralisation run; not thread-safe, lives for one call. */
    private static final class Scan {
        private static final char ESC = 0x1B;
        private final CharSequence in;
        private final int n;
        private StringBuilder out; // created lazily on the first removal
        private final List<Finding> findings = new ArrayList<>(0);
        private StringBuilder tagText;
        private int tagChars;
        private int lastKept = -1; // code point of the last character kept, -1 at start

        Scan(CharSequence in) {
            this.in = in;
            this.n = in.length();
        }

        void run() {
            int i = 0;
            while (i < n) {
                char c = in.charAt(i);
                if (c >= 0x20 && c < 0x7F) { // fast path: printable ASCII
                    keepChar(i, c);
                    i++;
                    continue;
                }
                i = special(i, c);
            }
        }

        private int special(int i, char c) {
            if (c == '\n' || c == '\t') {
                keepChar(i, c);
                return i + 1;
            }
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    keepChar(i, c);
                    return i + 1;
                }
                drop(i, i + 1, FindingTypes.CONTROL_CHARACTER);
                return i + 1;
            }
            if (c == ESC) {
                int end = escapeEnd(i);
                drop(i, end, FindingTypes.ANSI_ESCAPE);
                return end;
            }
            if (c < 0x20 || c == 0x7F) {
                drop(i, i + 1, FindingTypes.CONTROL_CHARACTER);
                return i + 1;
            }
            if (c >= 0x80 && c <= 0x9F) {
                int end = c1End(i, c);
                drop(i, end, end > i + 1 || c == 0x9B || c == 0x9D ? FindingTypes.ANSI_ESCAPE : FindingTypes.CONTROL_CHARACTER);
                return end;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
                    return supplementary(i, Character.toCodePoint(c, in.charAt(i + 1)));
                }
                replace(i, i + 1, '\uFFFD', FindingTypes.CONTROL_CHARACTER);
                return i + 1;
            }
            if (Character.isLowSurrogate(c)) {
                replace(i, i + 1, '\uFFFD', FindingTypes.CONTROL_CHARACTER);
                return i + 1;
            }
            return bmp(i, c);
        }

        private int bmp(int i, char c) {
            switch (c) {
                case '\u2028', '\u2029' -> {
                    replace(i, i + 1, '\n', FindingTypes.CONTROL_CHARACTER);
                    return i + 1;
                }
                case '\uFFFE', '\uFFFF', '\uFFF9', '\uFFFA', '\uFFFB' -> {
                    drop(i, i + 1, FindingTypes.CONTROL_CHARACTER);
                    return i + 1;
                }
                default -> {
                }
            }
            HiddenCharClass hidden = HiddenCharClass.of(c);
            if (hidden == null || (c == '\u200C' || c == '\u200D') && joinerAllowed(i, c)) {
                keepChar(i, c);
                return i + 1;
            }
            if (hidden == HiddenCharClass.VARIATION_SELECTOR) {
                return variationSelector(i, c, 1);
            }
            drop(i, i + 1, FindingTypes.HIDDEN_UNICODE);
            return i + 1;
        }

        private int supplementary(int i, int cp) {
            HiddenCharClass hidden = HiddenCharClass.of(cp);
            if (hidden == HiddenCharClass.TAG) {
                return tags(i);
            }
            if (hidden == HiddenCharClass.VARIATION_SELECTOR) {
                return variationSelector(i, cp, 2);
            }
            if (hidden != null) {
                drop(i, i + 2, FindingTypes.HIDDEN_UNICODE);
                return i + 2;
            }
            if ((cp & 0xFFFE) == 0xFFFE) { // noncharacters U+1FFFE.. etc.
                drop(i, i + 2, FindingTypes.CONTROL_CHARACTER);
                return i + 2;
            }
            keepCodePoint(i, cp);
            return i + 2;
        }

        /** A run of tag characters starting at {@code i}; an emoji subdivision flag sequence is kept. */
        private int tags(int i) {
            int j = i;
            int count = 0;
            boolean cancelSeen = false;
            boolean flagLike = true;
            while (j + 1 < n && Character.isHighSurrogate(in.charAt(j)) && Character.isLowSurrogate(in.charAt(j + 1))) {
                int cp = Character.toCodePoint(in.charAt(j), in.charAt(j + 1));
                if (cp < 0xE0000 || cp > 0xE007F || cancelSeen) {
                    break;
                }
                if (cp == 0xE007F) {
                    cancelSeen = true;
                } else if (!(cp >= 0xE0030 && cp <= 0xE0039 || cp >= 0xE0061 && cp <= 0xE007A)) {
                    flagLike = false;
                }
                count++;
                j += 2;
            }
            if (lastKept == 0x1F3F4 && flagLike && cancelSeen && count >= 2 && count <= 8) {
                for (int k = i; k < j; k++) {
                    keepChar(k, in.charAt(k));
                }
                lastKept = 0xE007F;
                return j;
            }
            if (tagText == null) {
                tagText = new StringBuilder();
            } else if (tagText.length() > 0) {
                tagText.append(' ');
            }
            for (int k = i; k < j; k += 2) {
                int cp = Character.toCodePoint(in.charAt(k), in.charAt(k + 1));
                if (cp >= 0xE0020 && cp <= 0xE007E) {
                    tagText.append((char) (cp - 0xE0000));
                }
            }
            tagChars += count;
            drop(i, j, FindingTypes.HIDDEN_UNICODE);
            return j;
        }

        /** One selector right after a base that takes it is ordinary (emoji/CJK variants); runs are a smuggling channel. */
        private int variationSelector(int i, int cp, int width) {
            int next = i + width < n ? Character.codePointAt(in, i + width) : -1;
            boolean afterBase = lastKept > ' ' && lastKeptAdjacent(i) && takesSelector(lastKept, cp)
                    && HiddenCharClass.of(next) != HiddenCharClass.VARIATION_SELECTOR;
            if (afterBase) {
                keepCodePoint(i, cp);
            } else {
                drop(i, i + width, FindingTypes.HIDDEN_UNICODE);
            }
            return i + width;
        }

        /**
         * Whether {@code base} can carry {@code selector}: ideographic variation selectors only an ideograph, Mongolian
         * ones only a Mongolian letter, the others an emoji, ideograph, symbol, digit or punctuation, never a letter or
         * mark of an alphabet (one selector per letter would be a byte-smuggling channel; the few standardized
         * variants of such letters are cosmetic).
         */
        private static boolean takesSelector(int base, int selector) {
            boolean ideograph = UCharacter.hasBinaryProperty(base, UProperty.IDEOGRAPHIC);
            if (selector >= 0xE0100) {
                return ideograph;
            }
            if (selector < 0xFE00) {
                return UCharacter.isLetter(base) && UScript.getScript(base) == UScript.MONGOLIAN;
            }
            if (ideograph || UCharacter.hasBinaryProperty(base, UProperty.EMOJI)) {
                return true;
            }
            int type = UCharacter.getType(base);
            return !UCharacter.isLetter(base) && !UCharacter.isSpaceChar(base) && type != UCharacterCategory.NON_SPACING_MARK
                    && type != UCharacterCategory.COMBINING_SPACING_MARK && type != UCharacterCategory.ENCLOSING_MARK
                    && HiddenCharClass.of(base) == null;
        }

        private boolean lastKeptAdjacent(int i) {
            // the base must be the character right before the selector in the input (nothing removed in between)
            if (i == 0) {
                return false;
            }
            int prev = Character.codePointBefore(in, i);
            return prev == lastKept;
        }

        private boolean joinerAllowed(int i, char joiner) {
            if (i == 0 || i + 1 >= n) {
                return false;
            }
            int prev = Character.codePointBefore(in, i);
            if (prev != lastKept) {
                return false;
            }
            int next = Character.codePointAt(in, i + 1);
            if (joiner == '\u200D' && isEmojiPart(prev) && isEmojiPart(next)) {
                return true;
            }
            return isComplexScriptLetter(prev) && isComplexScriptLetter(next);
        }

        private static boolean isEmojiPart(int cp) {
            int type = Character.getType(cp);
            return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || cp == 0xFE0F
                    || cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
        }

        private static boolean isComplexScriptLetter(int cp) {
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                return false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED && script != Character.UnicodeScript.GREEK
                    && script != Character.UnicodeScript.CYRILLIC;
        }

        /** End (exclusive) of the escape sequence that starts with ESC at {@code i}. */
        private int escapeEnd(int i) {
            int j = i + 1;
            if (j >= n) {
                return j;
            }
            char k = in.charAt(j);
            switch (k) {
                case '[' -> {
                    return csiEnd(j + 1);
                }
                case ']', 'P', 'X', '^', '_' -> {
                    return stringEnd(j + 1);
                }
                default -> {
                }
            }
            // nF escapes: intermediates 0x20-0x2F then a final 0x30-0x7E; Fp/Fe/Fs: a single final byte
            while (j < n && in.charAt(j) >= 0x20 && in.charAt(j) <= 0x2F) {
                j++;
            }
            if (j < n && in.charAt(j) >= 0x30 && in.charAt(j) <= 0x7E) {
                j++;
            }
            return j;
        }

        /** After a CSI introducer: parameter bytes, intermediate bytes, one final byte. */
        private int csiEnd(int j) {
            while (j < n && in.charAt(j) >= 0x30 && in.charAt(j) <= 0x3F) {
                j++;
            }
            while (j < n && in.charAt(j) >= 0x20 && in.charAt(j) <= 0x2F) {
                j++;
            }
            if (j < n && in.charAt(j) >= 0x40 && in.charAt(j) <= 0x7E) {
                j++;
            }
            return j;
        }

        /** After an OSC/DCS/SOS/PM/APC introducer: everything up to and including BEL, ST (ESC \) or C1 ST. */
        private int stringEnd(int j) {
            while (j < n) {
                char c = in.charAt(j);
                if (c == 0x07 || c == 0x9C) {
                    return j + 1;
                }
                if (c == ESC) {
                    return j + 1 < n && in.charAt(j + 1) == '\\' ? j + 2 : j; // a new ESC ends the string
                }
                j++;
            }
            return j;
        }

        private int c1End(int i, char c) {
            return switch (c) {
                case 0x9B -> csiEnd(i + 1);
                case 0x9D, 0x90, 0x98, 0x9E, 0x9F -> stringEnd(i + 1);
                default -> i + 1;
            };
        }

        private void keepChar(int i, char c) {
            if (out != null) {
                out.append(c);
            }
            if (!Character.isSurrogate(c)) {
                lastKept = c;
            }
        }

        private void keepCodePoint(int i, int cp) {
            if (out != null) {
                out.appendCodePoint(cp);
            }
            lastKept = cp;
        }

        private void drop(int start, int end, String type) {
            ensureOut(start);
            record(start, end, type);
        }

        private void replace(int start, int end, char with, String type) {
            ensureOut(start);
            out.append(with);
            lastKept = with;
            record(start, end, type);
        }

        private void ensureOut(int upTo) {
            if (out == null) {
                out = new StringBuilder(n);
                out.append(in, 0, upTo);
            }
        }

        private void record(int start, int end, String type) {
            int last = findings.size() - 1;
            if (last >= 0) {
                Finding f = findings.get(last);
                if (f.end() == start && f.type().equals(type)) {
                    findings.set(last, new Finding(type, f.start(), end, DETECTOR_ID));
                    return;
                }
            }
            findings.add(new Finding(type, start, end, DETECTOR_ID));
        }

        NeutralizedText result() {
            String text = out == null ? in.toString() : out.toString();
            return new NeutralizedText(text, List.copyOf(findings), tagChars, tagText == null ? "" : tagText.toString());
        }
    }
}
