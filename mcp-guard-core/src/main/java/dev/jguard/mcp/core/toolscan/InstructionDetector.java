package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.event.Severity;
import dev.jguard.mcp.core.lexicon.Leetspeak;
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
 * {@code poison.tool-hijack}, {@code poison.output-manipulation}, {@code poison.credential-solicitation},
 * {@code poison.obfuscated-instruction}, {@code poison.remote-code}, {@code poison.coercion},
 * {@code poison.model-addressed}, {@code poison.bypass-consent}, {@code poison.combined}, {@code text.oversized}.
 * Concealment, overriding, sending data and secret files in parameters are also recognised in German, Spanish, French,
 * Italian, Portuguese, Russian, Chinese and Japanese (word classes shared with the result detector:
 * {@link dev.jguard.mcp.core.lexicon.InstructionWords}).
 *
 * <p>A request for the very thing the tool is about (a memory tool that wants the conversation, a login tool that wants
 * the password) is not reported as a sensitive-data request; the weak mention rule still reports it.
 */
final class InstructionDetector implements ContentDetector {

    /** Shorter strings cannot carry an instruction worth reporting (and are mostly schema keywords). */
    private static final int MIN_LENGTH = 10;
    /** Object keys that are JSON Schema or MCP keywords (exactly): no instruction fits in them. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("description", "inputSchema", "outputSchema", "properties",
            "additionalProperties", "patternProperties", "annotations", "readOnlyHint", "destructiveHint", "idempotentHint",
            "openWorldHint", "definitions", "dependentRequired", "dependentSchemas", "minProperties", "maxProperties",
            "exclusiveMinimum", "exclusiveMaximum", "unevaluatedProperties", "unevaluatedItems", "propertyNames", "contentEncoding",
            "contentMediaType", "contentSchema", "prefixItems", "uniqueItems", "multipleOf");

    @Override
    public List<ToolFinding> inspect(ToolDefinition tool, ScanContext context) {
        return inspect(ScanCache.fields(tool), () -> topic(tool), context.instructionHits);
    }

    List<ToolFinding> inspect(List<TextField> fields) {
        return inspect(fields, Set::of, null);
    }

    /** A rule's match in one string, before the checks that depend on the tool (its topic, earlier findings). */
    record RuleHit(int rule, String hit, boolean leetspeak) {
    }

    /** What the tool says it is about: its name, title and the first sentence of its description, as words. */
    static Set<String> topic(ToolDefinition tool) {
        Set<String> words = new java.util.HashSet<>(SchemaParameterDetector.words(tool.name()));
        if (tool.raw().get("title") instanceof String title) {
            words.addAll(SchemaParameterDetector.words(title));
        }
        String d = tool.description().strip();
        int end = 0;
        while (end < d.length() && end < 300 && !(".!?\n".indexOf(d.charAt(end)) >= 0 && (end + 1 == d.length()
                || Character.isWhitespace(d.charAt(end + 1))))) {
            end++;
        }
        String first = d.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        words.addAll(SchemaParameterDetector.words(first));
        if (first.contains("log in") || first.contains("sign in") || first.contains("log on")) {
            words.add("login");
        }
        return words;
    }

    /** A request for the very thing the tool is about: a memory tool that wants the conversation, a login tool a password. */
    private static final Set<String> CONTEXT_TOPIC = Set.of("conversation", "conversations", "chat", "chats", "memory", "memories",
            "transcript", "transcripts", "history", "thread", "threads", "messages", "dialog", "dialogue");
    private static final Set<String> SECRET_TOPIC = Set.of("login", "signin", "logon", "auth", "authenticate", "authentication",
            "password", "passwords", "credential", "credentials", "vault", "secret", "secrets", "token", "tokens", "keystore", "keychain",
            "wallet", "wallets", "totp", "otp", "2fa", "mnemonic");
    private static final java.util.regex.Pattern CONTEXT_P = java.util.regex.Pattern.compile(InstructionRules.SENS_CONTEXT);
    private static final java.util.regex.Pattern FILE_P = java.util.regex.Pattern.compile(InstructionRules.SENS_FILE);

    private static boolean onTopic(String hit, Set<String> topic) {
        if (topic.isEmpty() || FILE_P.matcher(hit).find()) {
            return false; // a private file is never what an unrelated request is about
        }
        Set<String> wanted = CONTEXT_P.matcher(hit).find() ? CONTEXT_TOPIC : SECRET_TOPIC;
        for (String w : wanted) {
            if (topic.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return every triggered rule's match in one string, then in its leetspeak reading (if it has one) */
    private static List<RuleHit> ruleHits(String raw) {
        LiteralSet.Hits hits = InstructionRules.LITERALS.threadHits();
        NormalizedText nt = NormalizedText.of(raw);
        List<RuleHit> out = new ArrayList<>(0);
        collect(nt, hits, out, false);
        String unleeted = Leetspeak.fold(nt.text);
        if (unleeted != null) {
            collect(NormalizedText.of(unleeted), hits, out, true);
        }
        return out.isEmpty() ? List.of() : out;
    }

    private static void collect(NormalizedText nt, LiteralSet.Hits hits, List<RuleHit> out, boolean leetspeak) {
        InstructionRules.LITERALS.scan(nt.text, hits);
        long mask = InstructionRules.triggered(nt, hits);
        if (mask == 0) {
            return;
        }
        for (int r = 0; r < InstructionRules.RULES.size(); r++) {
            if ((mask & (1L << r)) != 0) {
                String hit = InstructionRules.RULES.get(r).find(nt.text, hits);
                if (hit != null) {
                    out.add(new RuleHit(r, hit, leetspeak));
                }
            }
        }
    }

    /**
     * @param topic what the tool is about, computed only if a sensitive-data request is found
     * @param memo the scan's results by string, or null to match every string afresh
     */
    List<ToolFinding> inspect(List<TextField> fields, java.util.function.Supplier<Set<String>> topic,
            Map<String, List<RuleHit>> memo) {
        Map<String, ToolFinding> strong = new LinkedHashMap<>();
        Map<String, ToolFinding> weak = new LinkedHashMap<>();
        List<ToolFinding> other = new ArrayList<>(1);
        for (TextField f : fields) {
            if (f.truncated) {
                other.add(new ToolFinding("text.oversized", Severity.MEDIUM, f.pointer(),
                        "string longer than " + TextField.MAX_STRING + " chars (only its start was scanned)"));
            }
            if (f.text.length() < MIN_LENGTH || f.key && SCHEMA_KEYWORDS.contains(f.text)) {
                continue;
            }
            List<RuleHit> found = memo == null ? ruleHits(f.text) : memo.computeIfAbsent(f.text, InstructionDetector::ruleHits);
            for (RuleHit h : found) {
                TextRule rule = InstructionRules.RULES.get(h.rule());
                Map<String, ToolFinding> target = rule.strength == TextRule.Strength.STRONG ? strong : weak;
                if (target.containsKey(rule.category)
                        || rule.id.equals("poison.sensitive-data-request") && onTopic(h.hit(), topic.get())) {
                    continue; // one finding per category; the weak sensitive-reference rule still reports an on-topic mention
                }
                Severity sev = rule.strength == TextRule.Strength.STRONG ? Severity.HIGH : Severity.MEDIUM;
                target.put(rule.category, new ToolFinding(rule.id, sev, f.pointer(), rule.explanation
                        + (h.leetspeak() ? " (spelled in leetspeak)" : "") + ": \"" + Snippets.quote(h.hit().strip()) + "\""));
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
