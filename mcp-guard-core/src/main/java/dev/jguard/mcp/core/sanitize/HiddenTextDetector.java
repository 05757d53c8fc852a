package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports what {@link TextNeutralizer} would remove: {@code ANSI_ESCAPE}, {@code CONTROL_CHARACTER} and
 * {@code HIDDEN_UNICODE} spans. When hidden Unicode tag characters spell out text that is itself an injection, the tag
 * span is also reported as {@code PROMPT_INJECTION} (detector id {@value #TAG_INJECTION_ID}); the decoded text itself is
 * never reported.
 *
 * <pre>{@code
 * List<Finding> f = HiddenTextDetector.standard().detect("ok\u001B[2Jcleared");   // ANSI_ESCAPE 2..6
 * }</pre>
 *
 * <p>Immutable and thread-safe; linear time.
 */
public final class HiddenTextDetector implements Detector {

    /** Detector id of the injection finding for smuggled tag text. */
    public static final String TAG_INJECTION_ID = "hidden.tag-injection";

    private static final HiddenTextDetector STANDARD = new HiddenTextDetector();

    private HiddenTextDetector() {
    }

    /** @return the detector */
    public static HiddenTextDetector standard() {
        return STANDARD;
    }

    @Override
    public String id() {
        return TextNeutralizer.DETECTOR_ID;
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.ANSI_ESCAPE, FindingTypes.CONTROL_CHARACTER, FindingTypes.HIDDEN_UNICODE,
                FindingTypes.PROMPT_INJECTION);
    }

    @Override
    public List<Finding> detect(CharSequence text) {
        NeutralizedText n = TextNeutralizer.standard().neutralize(text);
        if (n.decodedTagText().isEmpty() || !PromptInjectionDetector.standard().isInjection(n.decodedTagText())) {
            return n.findings();
        }
        List<Finding> out = new ArrayList<>(n.findings().size() + 1);
        for (Finding f : n.findings()) {
            out.add(f);
            if (FindingTypes.HIDDEN_UNICODE.equals(f.type()) && containsTag(text, f)) {
                out.add(new Finding(FindingTypes.PROMPT_INJECTION, f.start(), f.end(), TAG_INJECTION_ID));
            }
        }
        return List.copyOf(out);
    }

    private static boolean containsTag(CharSequence text, Finding f) {
        for (int i = f.start(); i < f.end(); ) {
            int cp = Character.codePointAt(text, i);
            if (HiddenCharClass.of(cp) == HiddenCharClass.TAG) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
