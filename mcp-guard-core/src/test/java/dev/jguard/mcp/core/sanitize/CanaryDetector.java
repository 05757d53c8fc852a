package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A test detector that finds fixed canary strings (type {@code CANARY}). It stands in for the PII/secret detectors
 * (built in dev.jguard.mcp.core.detect) where a test only needs "some detector found this span".
 */
final class CanaryDetector implements Detector {

    private final List<String> canaries;

    CanaryDetector(String... canaries) {
        this.canaries = List.of(canaries);
    }

    @Override
    public String id() {
        return "test.canary";
    }

    @Override
    public Set<String> types() {
        return Set.of("CANARY");
    }

    @Override
    public List<Finding> detect(CharSequence text) {
        String s = text.toString();
        List<Finding> out = new ArrayList<>();
        for (String c : canaries) {
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                out.add(new Finding("CANARY", i, i + c.length(), id()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
