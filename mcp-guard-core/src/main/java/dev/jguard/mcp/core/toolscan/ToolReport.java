package dev.jguard.mcp.core.toolscan;

import java.util.List;
import java.util.Objects;

/**
 * The scan result of one tool: its verdict and the findings that led to it, most severe first.
 *
 * <pre>{@code
 * ToolReport r = report.tool("airline", "AirlineAP1").orElseThrow();
 * r.verdict();    // BLOCK
 * r.findings();   // [name.lookalike ..., poison.conceal-from-user ...]
 * }</pre>
 *
 * @param tool the tool
 * @param verdict the verdict
 * @param findings the findings, most severe first
 */
public record ToolReport(ToolDefinition tool, ToolVerdict verdict, List<ToolFinding> findings) {

    /**
     * @param tool the tool
     * @param verdict the verdict
     * @param findings the findings
     */
    public ToolReport {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
    }
}
