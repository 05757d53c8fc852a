package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.event.Severity;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds hidden or invisible Unicode and terminal escapes in every string (and key) of a tool definition. Tag
 * characters (U+E0000..U+E007F) are decoded and the hidden ASCII is quoted (bounded), so a reviewer sees what the
 * model would have read.
 *
 * <p>Rule ids: {@code unicode.tag-characters}, {@code unicode.bidi-control}, {@code unicode.zero-width},
 * {@code unicode.variation-selectors}, {@code unicode.terminal-escape}, {@code unicode.control-character},
 * {@code unicode.mixed-script-word}.
 */
final class HiddenUnicodeDetector implements ToolDetector {

    @Override
    public List<ToolFinding> inspect(ToolDefinition tool, ScanContext context) {
        List<ToolFinding> out = new ArrayList<>();
        boolean[] seen = new boolean[7];
        for (TextField f : ScanCache.fields(tool)) {
            if (isPlainAscii(f.text)) {
                continue;
            }
            scan(f, out, seen);
        }
        return out;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return false;
            }
        }
        return true;
    }

    private static void scan(TextField f, List<ToolFinding> out, boolean[] seen) {
        String s = f.text;
        StringBuilder tagText = new StringBuilder();
        int tags = 0;
        int bidi = 0;
        int zeroWidth = 0;
        int maxZeroRun = 0;
        int zeroRun = 0;
        int selectorsSupp = 0;
        int looseSelectors = 0;
        int escapes = 0;
        int controls = 0;
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp) < s.length() ? s.codePointAt(i + Character.charCount(cp)) : -1;
            i += Character.charCount(cp);
            boolean zw = false;
            if (cp >= 0xE0000 && cp <= 0xE007F) {
                tags++;
                if (cp >= 0xE0020 && cp <= 0xE007E && tagText.length() < 200) {
                    tagText.append((char) (cp - 0xE0000));
                }
            } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                bidi++;
            } else if (cp == 0x200B || cp == 0x2060 || (cp >= 0x2061 && cp <= 0x2064) || cp == 0x180E || cp == 0x115F
                    || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x00AD || cp == 0x034F
                    || (cp == 0xFEFF && i > 1)) {
                zw = true;
            } else if (cp == 0x200C || cp == 0x200D) {
                // joiners are legitimate inside emoji sequences and in Indic/Arabic/Persian script
                zw = !(isJoinable(prev) && isJoinable(next));
            } else if (cp >= 0xE0100 && cp <= 0xE01EF) {
                selectorsSupp++;
            } else if (cp >= 0xFE00 && cp <= 0xFE0F) {
                if (!(prev > 0x7F && (Character.getType(prev) == Character.OTHER_SYMBOL || Character.isIdeographic(prev)
                        || Character.getType(prev) == Character.MATH_SYMBOL)) && prev != 0x2764) {
                    looseSelectors++;
                }
            } else if (cp == 0x1B || cp == 0x9B) {
                escapes++;
            } else if ((cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)) {
                controls++;
            }
            if (zw) {
                zeroWidth++;
                zeroRun++;
                maxZeroRun = Math.max(maxZeroRun, zeroRun);
            } else {
                zeroRun = 0;
            }
            prev = cp;
        }
        if (tags > 0 && !seen[0]) {
            seen[0] = true;
            out.add(new ToolFinding("unicode.tag-characters", Severity.HIGH, f.pointer, tags
                    + " invisible Unicode tag characters" + (tagText.length() > 0 ? " decoding to \"" + Snippets.quote(tagText) + "\"" : "")));
        }
        if (bidi > 0 && !seen[1]) {
            seen[1] = true;
            out.add(new ToolFinding("unicode.bidi-control", Severity.HIGH, f.pointer,
                    bidi + " bidirectional override/isolate controls that reorder what a reviewer sees"));
        }
        if (zeroWidth > 0 && !seen[2]) {
            seen[2] = true;
            boolean encoded = zeroWidth >= 4 || maxZeroRun >= 2;
            out.add(new ToolFinding("unicode.zero-width", encoded ? Severity.HIGH : Severity.MEDIUM, f.pointer,
                    zeroWidth + " zero-width or invisible filler characters" + (encoded ? " (enough to encode a hidden payload)" : "")));
        }
        if ((selectorsSupp > 0 || looseSelectors >= 3) && !seen[3]) {
            seen[3] = true;
            out.add(new ToolFinding("unicode.variation-selectors", Severity.HIGH, f.pointer,
                    (selectorsSupp + looseSelectors) + " variation selectors not attached to an emoji (a byte-smuggling channel)"));
        }
        if (escapes > 0 && !seen[4]) {
            seen[4] = true;
            out.add(new ToolFinding("unicode.terminal-escape", Severity.HIGH, f.pointer,
                    escapes + " terminal escape sequences (can hide or rewrite text on a console)"));
        }
        if (controls > 0 && !seen[5]) {
            seen[5] = true;
            out.add(new ToolFinding("unicode.control-character", Severity.MEDIUM, f.pointer, controls + " control characters"));
        }
        if (!seen[6]) {
            String word = mixedScriptWord(s);
            if (word != null) {
                seen[6] = true;
                out.add(new ToolFinding("unicode.mixed-script-word", Severity.HIGH, f.pointer,
                        "word mixes Latin with Cyrillic/Greek look-alike letters: \"" + Snippets.quote(word) + "\""));
            }
        }
    }

    private static boolean isJoinable(int cp) {
        if (cp < 0) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xFE00 && cp <= 0xFE0F)) {
            return true;
        }
        return Character.isLetter(cp) && cp > 0x24F && UnicodeScript.of(cp) != UnicodeScript.LATIN;
    }

    /** A word with at least two Latin letters and at least one Cyrillic or Greek letter. */
    private static String mixedScriptWord(String s) {
        int start = -1;
        int latin = 0;
        int foreign = 0;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                if (start < 0) {
                    start = i;
                    latin = 0;
                    foreign = 0;
                }
                UnicodeScript sc = UnicodeScript.of(cp);
                if (sc == UnicodeScript.LATIN) {
                    latin++;
                } else if (sc == UnicodeScript.CYRILLIC || sc == UnicodeScript.GREEK || sc == UnicodeScript.ARMENIAN
                        || sc == UnicodeScript.CHEROKEE) {
                    foreign++;
                }
            } else if (start >= 0) {
                if (latin >= 2 && foreign >= 1) {
                    return s.substring(start, i);
                }
                start = -1;
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return null;
    }
}
