package dev.jguard.mcp.core.toolscan;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import dev.jguard.mcp.api.event.Severity;
import dev.jguard.mcp.core.sanitize.HiddenCharClass;
import dev.jguard.mcp.core.sanitize.NeutralizedText;
import dev.jguard.mcp.core.sanitize.TextNeutralizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds hidden or invisible Unicode and terminal escapes in every string (and key) of a tool definition. Which
 * characters are hidden is decided by {@link TextNeutralizer}, the same normaliser that cleans tool results; this class
 * only maps its findings, classified by {@link HiddenCharClass}, to rule ids, severities and messages. Tag characters
 * are decoded and the hidden ASCII is quoted (bounded), so a reviewer sees what the model would have read.
 *
 * <p>Rule ids: {@code unicode.tag-characters}, {@code unicode.bidi-control}, {@code unicode.zero-width},
 * {@code unicode.variation-selectors}, {@code unicode.terminal-escape}, {@code unicode.control-character},
 * {@code unicode.mixed-script-word}.
 */
final class HiddenUnicodeDetector implements ContentDetector {

    private static final int TAG = 0;
    private static final int BIDI = 1;
    private static final int ZERO_WIDTH = 2;
    private static final int SELECTORS = 3;
    private static final int ESCAPE = 4;
    private static final int CONTROL = 5;
    private static final int MIXED_SCRIPT = 6;

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

    /** Printable ASCII, tab, line feed and CR-LF: nothing {@link TextNeutralizer} would remove, no other script. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\n' && c != '\t' && (c != '\r' || i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                return false;
            }
        }
        return true;
    }

    /** What the normaliser removed from one string, counted per toolscan rule. */
    private static final class Counts {
        final int[] hidden = new int[HiddenCharClass.values().length];
        int supplementarySelectors;
        int maxInvisibleRun;
        boolean markInRun;
        int escapes;
        int controls;

        void hiddenSpan(String s, Finding f) {
            int run = 0;
            boolean runHasMark = false;
            for (int i = f.start(); i < f.end(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                HiddenCharClass k = HiddenCharClass.of(cp);
                if (k == null) {
                    continue;
                }
                hidden[k.ordinal()]++;
                if (k == HiddenCharClass.VARIATION_SELECTOR && cp > 0xFFFF) {
                    supplementarySelectors++;
                }
                boolean invisible = k == HiddenCharClass.INVISIBLE || k == HiddenCharClass.BIDI_MARK;
                run = invisible ? run + 1 : 0;
                runHasMark = invisible && (runHasMark || k == HiddenCharClass.BIDI_MARK);
                maxInvisibleRun = Math.max(maxInvisibleRun, run);
                markInRun |= runHasMark && run >= 2;
            }
        }

        /** Counts sequence introducers (ESC, 8-bit CSI/OSC/DCS/SOS/PM/APC), not string terminators (ESC \). */
        void escapeSpan(String s, Finding f) {
            for (int i = f.start(); i < f.end(); i++) {
                char c = s.charAt(i);
                if (c == 0x1B && (i + 1 >= f.end() || s.charAt(i + 1) != '\\') || c == 0x9B || c == 0x9D || c == 0x90
                        || c == 0x98 || c == 0x9E || c == 0x9F) {
                    escapes++;
                }
            }
        }

        int of(HiddenCharClass k) {
            return hidden[k.ordinal()];
        }
    }

    private static void scan(TextField f, List<ToolFinding> out, boolean[] seen) {
        String s = f.text;
        NeutralizedText n = TextNeutralizer.standard().neutralize(s);
        Counts c = new Counts();
        for (Finding x : n.findings()) {
            switch (x.type()) {
                case FindingTypes.HIDDEN_UNICODE -> c.hiddenSpan(s, x);
                case FindingTypes.ANSI_ESCAPE -> c.escapeSpan(s, x);
                case FindingTypes.CONTROL_CHARACTER -> c.controls += s.codePointCount(x.start(), x.end());
                default -> {
                }
            }
        }
        if (n.hiddenTagLength() > 0 && first(seen, TAG)) {
            String decoded = n.decodedTagText().strip();
            out.add(new ToolFinding("unicode.tag-characters", Severity.HIGH, f.pointer(), n.hiddenTagLength()
                    + " invisible Unicode tag characters" + (decoded.isEmpty() ? "" : " decoding to \"" + Snippets.quote(decoded) + "\"")));
        }
        int controls = c.of(HiddenCharClass.BIDI_CONTROL);
        int marks = c.of(HiddenCharClass.BIDI_MARK);
        if (controls + marks > 0 && first(seen, BIDI)) {
            boolean encoded = c.markInRun;
            out.add(controls > 0
                    ? new ToolFinding("unicode.bidi-control", Severity.HIGH, f.pointer(),
                            controls + " bidirectional override/isolate controls that reorder what a reviewer sees")
                    : new ToolFinding("unicode.bidi-control", encoded ? Severity.HIGH : Severity.MEDIUM, f.pointer(),
                            marks + " invisible bidirectional marks" + (encoded ? " (enough to encode a hidden payload)" : "")));
        }
        int zeroWidth = c.of(HiddenCharClass.INVISIBLE);
        if (zeroWidth > 0 && first(seen, ZERO_WIDTH)) {
            boolean encoded = zeroWidth >= 4 || c.maxInvisibleRun >= 2;
            out.add(new ToolFinding("unicode.zero-width", encoded ? Severity.HIGH : Severity.MEDIUM, f.pointer(),
                    zeroWidth + " zero-width or invisible filler characters" + (encoded ? " (enough to encode a hidden payload)" : "")));
        }
        int selectors = c.of(HiddenCharClass.VARIATION_SELECTOR);
        if (selectors > 0 && first(seen, SELECTORS)) {
            boolean smuggling = c.supplementarySelectors > 0 || selectors >= 3;
            out.add(new ToolFinding("unicode.variation-selectors", smuggling ? Severity.HIGH : Severity.MEDIUM, f.pointer(),
                    selectors + " variation selectors not attached to an emoji" + (smuggling ? " (a byte-smuggling channel)" : "")));
        }
        if (c.escapes > 0 && first(seen, ESCAPE)) {
            out.add(new ToolFinding("unicode.terminal-escape", Severity.HIGH, f.pointer(),
                    c.escapes + " terminal escape sequences (can hide or rewrite text on a console)"));
        }
        if (c.controls > 0 && first(seen, CONTROL)) {
            out.add(new ToolFinding("unicode.control-character", Severity.MEDIUM, f.pointer(), c.controls + " control characters"));
        }
        if (!seen[MIXED_SCRIPT]) {
            String[] word = mixedScriptWord(s);
            if (word != null) {
                seen[MIXED_SCRIPT] = true;
                out.add(new ToolFinding("unicode.mixed-script-word", Severity.HIGH, f.pointer(),
                        "word mixes Latin with look-alike " + word[1] + " letters: \"" + Snippets.quote(word[0]) + "\""));
            }
        }
    }

    private static boolean first(boolean[] seen, int rule) {
        if (seen[rule]) {
            return false;
        }
        seen[rule] = true;
        return true;
    }

    /**
     * A word (run of letters) with at least two Latin letters and at least one letter of another script whose UTS #39
     * confusable skeleton (ICU4J) is Latin, such as Cyrillic "а", Greek "ο", Armenian "օ" or Cherokee "Ꭺ". Letters of
     * other scripts that do not pass for Latin ("μs", Japanese with embedded English) are not look-alikes. Linear: each
     * word is read at most twice, and a skeleton is computed at most once per distinct foreign letter of a string.
     *
     * @return the word and the look-alike's script name, or null
     */
    static String[] mixedScriptWord(String s) {
        Set<Integer> notLookalike = new HashSet<>();
        int start = -1;
        int latin = 0;
        boolean foreign = false;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            boolean ascii = cp < 0x80; // ASCII letters are Latin, the rest of ASCII is no letter: no ICU lookup
            if (ascii ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : UCharacter.isLetter(cp)) {
                if (start < 0) {
                    start = i;
                    latin = 0;
                    foreign = false;
                }
                int script = ascii ? UScript.LATIN : UScript.getScript(cp);
                if (script == UScript.LATIN) {
                    latin++;
                } else if (script != UScript.COMMON && script != UScript.INHERITED) {
                    foreign = true;
                }
            } else if (start >= 0) {
                int lookalike = latin >= 2 && foreign ? latinLookalike(s, start, i, notLookalike) : -1;
                if (lookalike >= 0) {
                    return new String[] {s.substring(start, i), UScript.getName(lookalike)};
                }
                start = -1;
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return null;
    }

    /** @return the script of the first foreign letter in {@code s[start, end)} that passes for Latin, or -1 */
    private static int latinLookalike(String s, int start, int end, Set<Integer> notLookalike) {
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (notLookalike.contains(cp)) {
                continue;
            }
            if (passesForLatin(cp)) {
                return UScript.getScript(cp);
            }
            notLookalike.add(cp);
        }
        return -1;
    }

    /**
     * True for a letter of a script other than Latin whose UTS #39 skeleton is Latin. Ideographs and Hangul never are
     * (a test checks this against ICU), so they are answered without computing a skeleton.
     */
    static boolean passesForLatin(int cp) {
        int script = UScript.getScript(cp);
        if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED || script == UScript.HANGUL
                || UCharacter.hasBinaryProperty(cp, UProperty.IDEOGRAPHIC)) {
            return false;
        }
        return skeletonIsLatin(NameIndex.SPOOF.getSkeleton(new String(Character.toChars(cp))));
    }

    static boolean skeletonIsLatin(String skeleton) {
        boolean latin = false;
        for (int i = 0; i < skeleton.length(); ) {
            int cp = skeleton.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (script == UScript.LATIN) {
                latin = true;
            } else if (script != UScript.INHERITED) {
                return false;
            }
        }
        return latin;
    }
}
