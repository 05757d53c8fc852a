package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A detector built for speed: it declares a few ASCII <em>trigger</em> characters, and the scan runs its exact
 * matcher only at positions where a trigger occurs, in a small bounded window around it. A
 * {@link Detectors#of composite} of triggered detectors shares one linear pass over the text, dispatching each
 * position through small tables (by character, and at token starts by the first two characters), which is what
 * makes scanning fast (no regex runs over the whole text) and
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
    /** Two-character token starts as a bit set over {@code first << 7 | second}. */
    private final long[] startPairs = new long[128 * 128 / 64];
    private TriggerScanner alone;

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
        this(id, types, triggerChars, tokenStartChars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    /**
     * @param id the stable detector id, e.g. {@code pii.email}
     * @param types the finding types it reports; the first is the default
     * @param triggerChars the ASCII characters at which {@link #scanAt} is called wherever they occur
     * @param tokenStarts prefixes of one or two ASCII characters (case-sensitive) at which {@link #scanAt} is called
     *     only at the start of a token, e.g. {@code "gh"} for {@code ghp_...} keys: a two-character prefix spares the
     *     call at every other token that starts with the same letter
     */
    protected TriggeredDetector(String id, Set<String> types, String triggerChars, Collection<String> tokenStarts) {
        this.id = Objects.requireNonNull(id, "id");
        this.types = Set.copyOf(types);
        this.type = types.iterator().next();
        mark(triggers, triggerChars);
        for (String p : tokenStarts) {
            if (p.isEmpty() || p.length() > 2 || p.chars().anyMatch(c -> c == 0 || c >= 128)) {
                throw new IllegalArgumentException("A token start is one or two ASCII characters (not NUL): '" + p + "'");
            }
            if (p.length() == 1) {
                startTriggers[p.charAt(0)] = true;
            } else {
                int bit = p.charAt(0) << 7 | p.charAt(1);
                startPairs[bit >>> 6] |= 1L << bit;
            }
        }
    }

    private static void mark(boolean[] table, String chars) {
        for (char c : chars.toCharArray()) {
            if (c >= 128) {
                throw new IllegalArgumentException("Trigger characters must be ASCII");
            }
            table[c] = true;
        }
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

    /** @return whether a token-start prefix of this detector begins with {@code c} */
    final boolean hasTokenStart(char c) {
        if (c >= 128) {
            return false;
        }
        if (startTriggers[c]) {
            return true;
        }
        for (int k = 0; k < 2; k++) {
            if (startPairs[(c << 1) + k] != 0) { // the 128 bits of first character c
                return true;
            }
        }
        return false;
    }

    /** @return whether a token starting with {@code c}, followed by {@code next}, begins with a token-start prefix */
    final boolean isTokenStart(char c, char next) {
        if (c >= 128) {
            return false;
        }
        if (startTriggers[c]) {
            return true;
        }
        int bit = c << 7 | next;
        return next < 128 && (startPairs[bit >>> 6] & 1L << bit) != 0;
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
        TriggerScanner scanner = alone;
        if (scanner == null) {
            scanner = new TriggerScanner(List.of(this)); // immutable: a racing duplicate is harmless
            alone = scanner;
        }
        List<Finding> out = new ArrayList<>(2);
        scanner.scan(text, out);
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
