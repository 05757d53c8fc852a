package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link TextNeutralizer#neutralize(CharSequence)}: the cleaned text and what was removed.
 *
 * <pre>{@code
 * NeutralizedText n = TextNeutralizer.standard().neutralize(untrusted);
 * if (n.changed()) log.warn("removed {} hidden spans, {} tag characters", n.findings().size(), n.hiddenTagLength());
 * use(n.text());
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} never prints the text: it is untrusted payload.
 */
public final class NeutralizedText {

    private final String text;
    private final List<Finding> findings;
    private final int hiddenTagLength;
    private final String decodedTagText;

    NeutralizedText(String text, List<Finding> findings, int hiddenTagLength, String decodedTagText) {
        this.text = Objects.requireNonNull(text, "text");
        this.findings = List.copyOf(findings);
        this.hiddenTagLength = hiddenTagLength;
        this.decodedTagText = decodedTagText;
    }

    /** @return the cleaned text (untrusted payload: never log it) */
    public String text() {
        return text;
    }

    /** @return what was removed or replaced, with offsets into the original text, in ascending order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return true when anything was removed or replaced */
    public boolean changed() {
        return !findings.isEmpty();
    }

    /** @return how many Unicode tag characters (U+E0000..U+E007F) were removed; 0 when none */
    public int hiddenTagLength() {
        return hiddenTagLength;
    }

    /**
     * The ASCII text the removed tag characters spelled, runs separated by a space. It is hidden, attacker-chosen
     * payload: scan it (for example for injections), never log it.
     *
     * @return the decoded text, empty when there was none
     */
    public String decodedTagText() {
        return decodedTagText;
    }

    @Override
    public String toString() {
        return "NeutralizedText[length=" + text.length() + ", findings=" + findings.size() + ", hiddenTagLength="
                + hiddenTagLength + "]";
    }
}
