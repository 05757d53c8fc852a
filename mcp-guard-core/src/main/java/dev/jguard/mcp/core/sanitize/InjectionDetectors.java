package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The "injection" detector group: hidden text ({@link HiddenTextDetector}) and instruction-like text
 * ({@link PromptInjectionDetector}). This is what {@code mcp-guard detect --detectors injection} runs.
 *
 * <pre>{@code
 * for (Detector d : InjectionDetectors.all()) findings.addAll(d.detect(text));
 * }</pre>
 */
public final class InjectionDetectors {

    /** The group name used by the CLI and the detector catalog. */
    public static final String GROUP = "injection";

    private InjectionDetectors() {
    }

    /** @return the detectors of the group, hidden text first */
    public static List<Detector> all() {
        return List.of(HiddenTextDetector.standard(), PromptInjectionDetector.standard());
    }

    /**
     * The group as one detector (id {@value #GROUP}). Unlike a PII composite it keeps overlapping findings: a hidden
     * character inside an instruction-like sentence is reported as both.
     *
     * @return the group detector
     */
    public static Detector group() {
        return GROUP_DETECTOR;
    }

    private static final Detector GROUP_DETECTOR = new Detector() {
        @Override
        public String id() {
            return GROUP;
        }

        @Override
        public Set<String> types() {
            Set<String> types = new LinkedHashSet<>();
            for (Detector d : all()) {
                types.addAll(d.types());
            }
            return types;
        }

        @Override
        public List<Finding> detect(CharSequence text) {
            List<Finding> out = new ArrayList<>();
            for (Detector d : all()) {
                out.addAll(d.detect(text));
            }
            out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return "InjectionDetectors.group";
        }
    };
}
