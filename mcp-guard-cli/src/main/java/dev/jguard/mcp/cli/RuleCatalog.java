package dev.jguard.mcp.cli;

import java.util.Map;

/**
 * One-line descriptions of the built-in scanner rules (for SARIF rule metadata and help).
 *
 * <pre>{@code
 * RuleCatalog.describe("name.lookalike");
 * }</pre>
 */
final class RuleCatalog {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("unicode.tag-characters", "Invisible Unicode tag characters (ASCII smuggling)"),
            Map.entry("unicode.bidi-control", "Bidirectional override/isolate controls"),
            Map.entry("unicode.zero-width", "Zero-width or invisible filler characters"),
            Map.entry("unicode.variation-selectors", "Variation selectors used as a hidden byte channel"),
            Map.entry("unicode.terminal-escape", "Terminal (ANSI) escape sequences"),
            Map.entry("unicode.control-character", "Control characters"),
            Map.entry("unicode.mixed-script-word", "Words mixing Latin with look-alike Cyrillic/Greek letters"),
            Map.entry("poison.hidden-block", "Instruction block disguised as a system/important tag"),
            Map.entry("poison.conceal-from-user", "Asks the model to hide actions from the user"),
            Map.entry("poison.override-instructions", "Tries to override the model's other instructions"),
            Map.entry("poison.sensitive-data-request", "Instructs the model to read or pass secrets, private files or context"),
            Map.entry("poison.sensitive-reference", "Mentions private files or the conversation context"),
            Map.entry("poison.exfiltration", "Instructs the model to send data to a fixed destination"),
            Map.entry("poison.tool-hijack", "Changes how other tools behave, or demands to run before/instead of them"),
            Map.entry("poison.coercion", "Pressures the model with threats or urgency"),
            Map.entry("poison.model-addressed", "Addresses the AI model directly"),
            Map.entry("poison.bypass-consent", "Asks to act without the user's confirmation"),
            Map.entry("poison.combined", "Several manipulation techniques in one tool"),
            Map.entry("poison.shadowing", "Instructions about another server's tool"),
            Map.entry("schema.unrelated-sensitive-parameter", "Parameter asks for credentials, conversation or files unrelated to the tool"),
            Map.entry("name.missing", "Tool without a name"),
            Map.entry("name.invisible-characters", "Tool name with invisible characters"),
            Map.entry("name.mixed-script", "Tool name mixing scripts"),
            Map.entry("name.non-ascii", "Tool name outside the MCP name alphabet"),
            Map.entry("name.nonstandard", "Tool name longer than 128 chars or with unusual characters"),
            Map.entry("name.lookalike", "Confusable (UTS #39) or separator/case variant of another tool name"),
            Map.entry("name.typosquat", "Tool name one edit away from another tool"),
            Map.entry("name.shadowing", "Same tool name offered by several servers"),
            Map.entry("name.cross-server-reference", "Description refers to another server's tool"),
            Map.entry("text.oversized", "String too long to scan completely"),
            Map.entry("scanner.failed", "A detector failed; blocked to stay safe"));

    private RuleCatalog() {
    }

    static String describe(String ruleId) {
        return RULES.getOrDefault(ruleId, "Custom rule " + ruleId);
    }
}
