package dev.jguard.mcp.core.toolscan;

import java.util.List;
import java.util.Optional;

/**
 * The result of scanning a set of tools: one {@link ToolReport} per tool, in input order.
 *
 * <pre>{@code
 * ScanReport report = ToolScanner.defaults().scan(tools);
 * if (report.blocked()) System.exit(1);
 * }</pre>
 *
 * @param tools one report per scanned tool
 */
public record ScanReport(List<ToolReport> tools) {

    /**
     * @param tools the per-tool reports
     */
    public ScanReport {
        tools = List.copyOf(tools);
    }

    /** @return true when at least one tool is blocked */
    public boolean blocked() {
        return tools.stream().anyMatch(t -> t.verdict() == ToolVerdict.BLOCK);
    }

    /**
     * @param server the server name
     * @param name the tool name
     * @return the report of that tool
     */
    public Optional<ToolReport> tool(String server, String name) {
        return tools.stream().filter(t -> t.tool().server().equals(server) && t.tool().name().equals(name)).findFirst();
    }
}
