package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Replaces finding spans in a string; overlapping spans are merged and the first span's replacement wins. */
final class SpanRedactor {

    private SpanRedactor() {
    }

    static String apply(String text, List<Finding> findings, Function<Finding, String> replacement) {
        if (findings.isEmpty()) {
            return text;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : sorted) {
            int s = Math.min(Math.max(f.start(), 0), text.length());
            int e = Math.min(f.end(), text.length());
            if (e <= pos) {
                continue; // fully inside an earlier span
            }
            if (s < pos) {
                s = pos;
            } else {
                sb.append(text, pos, s);
                sb.append(replacement.apply(f));
            }
            pos = e;
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }
}
