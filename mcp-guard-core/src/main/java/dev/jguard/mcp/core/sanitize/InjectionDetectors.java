package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import java.util.List;

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
}
