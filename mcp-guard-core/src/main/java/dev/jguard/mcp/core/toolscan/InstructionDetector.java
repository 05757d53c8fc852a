package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.event.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds instruction-like content aimed at the model in every string of a tool definition (descriptions, titles,
 * property names, enum values, defaults, examples, annotations). Strong techniques block on their own; two different
 * weak techniques in one tool block together ({@code poison.combined}).
 *
 * <p>Rule ids: {@code poison.hidden-block}, {@code poison.conceal-from-user}, {@code poison.override-instructions},
 * {@code poison.sensitive-data-request}, {@code poison.sensitive-reference}, {@code poison.exfiltration},
 * {@code poison.tool-hijack}, {@code poison.coercion}, {@code poison.model-addressed}, {@code poison.bypass-consent},
 * {@code poison.combined}, {@code text.oversized}.
 */
final class InstructionDetector implements ContentDetector {

    /** Shorter strings cannot carry an instruction worth reporting (and are mostly schema keywords). */
    private static final int MIN_LENGTH = 10;

    @Override
    public List<ToolFinding> inspect(ToolDefinition tool, ScanContext context) {
        return inspect(ScanCache.fields(tool));
    }

    List<ToolFinding> inspect(List<TextField> fields) {
        Map<String, ToolFinding> strong = new LinkedHashMap<>();
        Map<String, ToolFinding> weak = new LinkedHashMap<>();
        List<ToolFinding> other = new ArrayList<>(1);
        int[][] offsets = new int[InstructionRules.RULES.size()][TextRule.MAX_OFFSETS + 1];
        for (TextField f : fields) {
            if (f.truncated) {
                other.add(new ToolFinding("text.oversized", Severity.MEDIUM, f.pointer,
                        "string longer than " + TextField.MAX_STRING + " chars (only its start was scanned)"));
            }
            if (f.text.length() < MIN_LENGTH) {
                continue;
            }
            NormalizedText nt = NormalizedText.of(f.text);
            for (int[] row : offsets) {
                row[0] = 0;
            }
            long mask = InstructionRules.triggers(nt, offsets);
            for (int r = 0; mask != 0 && r < InstructionRules.RULES.size(); r++) {
                if ((mask & (1L << r)) == 0) {
                    continue;
                }
                TextRule rule = InstructionRules.RULES.get(r);
                Map<String, ToolFinding> target = rule.strength == TextRule.Strength.STRONG ? strong : weak;
                if (target.containsKey(rule.category)) {
                    continue;
                }
                String hit = rule.find(nt.text, java.util.Arrays.copyOfRange(offsets[r], 1, 1 + Math.min(offsets[r][0],
                        TextRule.MAX_OFFSETS)), offsets[r][0]);
                if (hit != null) {
                    Severity sev = rule.strength == TextRule.Strength.STRONG ? Severity.HIGH : Severity.MEDIUM;
                    target.put(rule.category, new ToolFinding(rule.id, sev, f.pointer,
                            rule.explanation + ": \"" + Snippets.quote(hit.strip()) + "\""));
                }
            }
        }
        List<ToolFinding> out = new ArrayList<>(strong.values());
        out.addAll(weak.values());
        if (weak.size() >= 2) {
            Set<String> ids = new LinkedHashSet<>();
            weak.values().forEach(w -> ids.add(w.ruleId()));
            out.add(new ToolFinding("poison.combined", Severity.HIGH, weak.values().iterator().next().pointer(),
                    "several manipulation techniques in one tool: " + String.join(", ", ids)));
        }
        out.addAll(other);
        return out;
    }
}
