package dev.jguard.mcp.core.toolscan;

/**
 * What a scan concluded about one tool.
 *
 * <pre>{@code
 * if (report.verdict() == ToolVerdict.BLOCK) { ... }
 * }</pre>
 */
public enum ToolVerdict {
    /** No finding at or above the warn threshold. */
    PASS,
    /** Findings worth a human look, none at the block threshold. */
    WARN,
    /** At least one finding at or above the block threshold: the tool must not reach the model. */
    BLOCK;

    /** @return the lower-case name used in CLI output ({@code pass}, {@code warn}, {@code block}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
