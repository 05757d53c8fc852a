package dev.jguard.mcp.cli;

import dev.jguard.mcp.core.toolscan.ScanContext;
import dev.jguard.mcp.core.toolscan.ScanReport;
import dev.jguard.mcp.core.toolscan.ToolDefinition;
import dev.jguard.mcp.core.toolscan.ToolScanner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcp-guard scan}: scans tool definitions for poisoning, hidden Unicode and look-alike names across all servers.
 * Exit 0 when nothing is blocked, 1 when something is, 2 on bad input.
 *
 * <pre>{@code
 * ./mcp-guard scan --tools tools.json --format sarif > mcp-guard.sarif
 * ./mcp-guard scan --config ~/.config/claude/claude_desktop_config.json
 * }</pre>
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan MCP tool definitions for poisoning, hidden Unicode and look-alike names. Exit 0 = nothing blocked, 1 = blocked, 2 = bad input.")
public final class ScanCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            if (!List.of("text", "json", "sarif").contains(format)) {
                throw new CliInputException("unknown --format '" + format + "' (use text, json or sarif)");
            }
            List<ServerTools> servers = input.load();
            List<ToolDefinition> defs = new ArrayList<>();
            List<Reports.Source> sources = new ArrayList<>();
            for (ServerTools st : servers) {
                defs.addAll(st.definitions());
                for (Integer line : st.lines()) {
                    sources.add(new Reports.Source(st.source(), line));
                }
            }
            ScanReport report = ToolScanner.defaults().scan(ScanContext.of(defs, Map.of()));
            Reports.write(report, sources, format, out);
            return report.blocked() ? 1 : 0;
        } catch (CliInputException e) {
            System.err.println("mcp-guard scan: " + e.getMessage());
            return 2;
        }
    }
}
