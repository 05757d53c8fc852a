package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import java.util.List;

/**
 * The one linear pass shared by up to 64 {@link TriggeredDetector}s. Each position is dispatched without a branch per
 * detector: a 128-entry table gives the detectors triggered anywhere by the character, and at a token start a row of
 * the first character, indexed by the next character, gives those whose token-start prefix (one or two characters)
 * begins there. Only positions with a bit set call into a detector. The text is read in chunks copied to a local
 * array, which the JIT scans much faster than {@link CharSequence#charAt} through an interface. Immutable.
 */
final class TriggerScanner {

    private static final int CHUNK = 4096;
    /** Per ASCII character: 0 when a token-start trigger right after it is inside a word, else all ones. */
    private static final long[] NOT_WORD = new long[128];

    static {
        for (char c = 0; c < 128; c++) {
            NOT_WORD[c] = Chars.asciiAlnum(c) || c == '_' ? 0 : -1L;
        }
    }

    private final TriggeredDetector[] detectors;
    private final long[] anywhere = new long[128];
    /** Offset in {@link #starts} of the 128-entry row of each first character; 0 is the empty row. */
    private final int[] rowOf = new int[128];
    /** Rows by next character; entry 0 of a row stands for a non-ASCII next character or the end of the text. */
    private final long[] starts;

    TriggerScanner(List<TriggeredDetector> members) {
        if (members.size() > 64) {
            throw new IllegalArgumentException("At most 64 detectors share one pass");
        }
        this.detectors = members.toArray(new TriggeredDetector[0]);
        int rows = 1;
        for (char c = 0; c < 128; c++) {
            for (TriggeredDetector d : detectors) {
                if (d.hasTokenStart(c)) {
                    rowOf[c] = 128 * rows++;
                    break;
                }
            }
        }
        this.starts = new long[128 * rows];
        for (int k = 0; k < detectors.length; k++) {
            long bit = 1L << k;
            for (char c = 0; c < 128; c++) {
                if (detectors[k].isTrigger(c)) {
                    anywhere[c] |= bit;
                }
                if (rowOf[c] != 0) {
                    for (char next = 0; next < 128; next++) {
                        if (detectors[k].isTokenStart(c, next == 0 ? '\u0080' : next)) {
                            starts[rowOf[c] + next] |= bit;
                        }
                    }
                }
            }
        }
    }

    /**
     * Runs every member over {@code text}, adding their findings (each member's in ascending order) to {@code out}.
     *
     * @param text the text
     * @param out where findings go
     */
    void scan(CharSequence text, List<Finding> out) {
        int n = text.length();
        if (n == 0) {
            return;
        }
        int[] resume = null;
        long[] any = anywhere;
        long[] rowTable = starts;
        int[] rows = rowOf;
        long[] notWordOf = NOT_WORD;
        char[] buf = new char[Math.min(CHUNK, n) + 1];
        long notWord = -1L;
        for (int base = 0; base < n; base += CHUNK) {
            int len = Math.min(CHUNK, n - base);
            int copied = Math.min(len + 1, n - base);
            copy(text, base, base + copied, buf);
            if (copied == len) {
                buf[len] = 0; // end of text: no two-character prefix can start at the last character
            }
            for (int j = 0; j < len; j++) {
                char c = buf[j];
                if (c >= 128) {
                    notWord = Character.isLetterOrDigit(c) ? 0 : -1L;
                    continue;
                }
                char next = buf[j + 1];
                long m = any[c] | (rowTable[rows[c] | (next < 128 ? next : 0)] & notWord);
                notWord = notWordOf[c];
                if (m == 0) {
                    continue;
                }
                int i = base + j;
                if (resume == null) {
                    resume = new int[detectors.length];
                }
                do {
                    int k = Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    if (i >= resume[k]) {
                        if (resume[k] == 0) { // this detector's first trigger in this scan
                            detectors[k].beginScan(text);
                        }
                        resume[k] = Math.max(i + 1, detectors[k].scanAt(text, i, out));
                    }
                } while (m != 0);
            }
        }
    }

    private static void copy(CharSequence text, int from, int to, char[] buf) {
        if (text instanceof String s) {
            s.getChars(from, to, buf, 0);
        } else if (text instanceof StringBuilder b) {
            b.getChars(from, to, buf, 0);
        } else {
            for (int k = from; k < to; k++) {
                buf[k - from] = text.charAt(k);
            }
        }
    }
}
