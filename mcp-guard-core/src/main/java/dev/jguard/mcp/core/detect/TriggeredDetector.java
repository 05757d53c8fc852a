package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A detector built for speed: it declares a few ASCII <em>trigger</em> characters, and the scan runs its exact
 * matcher only at positions where a trigger occurs, in a small bounded window around it. A
 * {@link Detectors#of composite} of triggered detectors shares one linear pass over the text, dispatching each
 * position through a 128-entry table, which is what makes scanning fast (no regex runs over the whole text) and
 * linear-time on hostile input (each matcher reads a bounded window and the scan never moves backwards past what
 * it has reported).
 *
 * <pre>{@code
 * final class TicketIdDetector extends TriggeredDetector {
 *     TicketIdDetector() { super("acme.ticket", Set.of("TICKET_ID"), "T"); }
 *     protected int scanAt(CharSequence text, int i, List<Finding> out) {
 *         if (!text.toString().startsWith("TCK-", i)) return i + 1;   // prefer bounded char checks in real code
 *         out.add(finding(i, i + 12));
 *         return i + 12;
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; they keep no state between calls.
 */
public abstract class TriggeredDetector implements Detector {

    private final String id;
    private final Set<String> types;
    private final String type;
    private final boolean[] triggers = new boolean[128];
    private final boolean[] startTriggers = new boolean[128];

    /**
     * @param id the stable detector id, e.g. {@code pii.email}
     * @param types the finding types it reports; the first (in iteration order of a one-element set) is the default
     * @param triggerChars the ASCII characters at which {@link #scanAt} is called wherever they occur
     */
    protected TriggeredDetector(String id, Set<String> types, String triggerChars) {
        this(id, types, triggerChars, "");
    }

    /**
     * @param id the stable detector id, e.g. {@code pii.email}
     * @param types the finding types it reports; the first is the default
     * @param triggerChars the ASCII characters at which {@link #scanAt} is called wherever they occur
     * @param tokenStartChars the ASCII characters at which {@link #scanAt} is called only at the start of a token
     *     (when the previous character is not a letter, digit or underscore), e.g. the first letter of a key prefix
     */
    protected TriggeredDetector(String id, Set<String> types, String triggerChars, String tokenStartChars) {
        this.id = Objects.requireNonNull(id, "id");
        this.types = Set.copyOf(types);
        this.type = types.iterator().next();
        mark(triggers, triggerChars);
        mark(startTriggers, tokenStartChars);
    }

    private static void mark(boolean[] table, String chars) {
        for (char c : chars.toCharArray()) {
            if (c >= 128) {
                throw new IllegalArgumentException("Trigger characters must be ASCII");
            }
            table[c] = true;
        }
    }

    /** ASCII letters, digits and underscore: a trigger in {@code tokenStartChars} after one of these is skipped. */
    static final boolean[] WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = Chars.asciiAlnum(c) || c == '_';
        }
    }

    static boolean isWord(char c) {
        return c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Runs the exact matcher at one trigger position.
     *
     * @param text the whole text (read only a bounded window around {@code i})
     * @param i a position holding one of the trigger characters
     * @param out where to add findings (in ascending start order)
     * @return the position from which this detector wants to be triggered again; greater than {@code i}
     */
    protected abstract int scanAt(CharSequence text, int i, List<Finding> out);

    /** @return whether {@code c} is one of this detector's triggers */
    final boolean isTrigger(char c) {
        return c < 128 && triggers[c];
    }

    /** @return a copy of the ASCII table of triggers that fire anywhere */
    final boolean[] triggerTable() {
        return triggers.clone();
    }

    /** @return a copy of the ASCII table of triggers that fire at token starts only */
    final boolean[] startTriggerTable() {
        return startTriggers.clone();
    }

    /**
     * @param start first index
     * @param end last index, exclusive
     * @return a finding of this detector's default type
     */
    protected final Finding finding(int start, int end) {
        return new Finding(type, start, end, id);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> types() {
        return types;
    }

    /**
     * Called once per scan, before the first {@link #scanAt} for {@code text} (not at all when nothing triggers), on
     * the scanning thread: reset per-scan state
     * here (e.g. a work budget). Does nothing by default.
     *
     * @param text the text about to be scanned
     */
    protected void beginScan(CharSequence text) {
    }

    @Override
    public List<Finding> detect(CharSequence text) {
        List<Finding> out = new ArrayList<>(2);
        int n = text.length();
        boolean begun = false;
        int resume = 0;
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((triggers[c] || (!prevWord && startTriggers[c])) && i >= resume) {
                    if (!begun) {
                        begun = true;
                        beginScan(text);
                    }
                    resume = Math.max(i + 1, scanAt(text, i, out));
                }
                prevWord = WORD[c];
            } else {
                prevWord = Character.isLetterOrDigit(c);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
