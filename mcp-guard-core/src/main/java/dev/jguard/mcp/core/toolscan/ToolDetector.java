package dev.jguard.mcp.core.toolscan;

import java.util.List;

/**
 * The SPI for tool-definition checks: built-in rules implement it, and so can a user's own classifier (a local model,
 * an allow-list, an organisation's naming policy). Register one with {@link ToolScanner.Builder#addDetector}.
 *
 * <pre>{@code
 * ToolDetector noShell = (tool, context) -> tool.name().contains("shell")
 *     ? List.of(new ToolFinding("acme.no-shell", Severity.HIGH, "/name", "shell tools are not allowed here"))
 *     : List.of();
 * ToolScanner scanner = ToolScanner.builder().addDefaults().addDetector(noShell).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe, deterministic, bounded in time (linear in the size of the definition; the
 * definition comes from an untrusted server) and must not quote more of the definition in messages than needed.
 * An exception thrown by a detector blocks the tool (fail closed) with rule {@code scanner.failed}.
 */
@FunctionalInterface
public interface ToolDetector {

    /**
     * @param tool the tool to inspect
     * @param context every tool of this scan (all servers) and the names already pinned
     * @return findings, empty when none
     */
    List<ToolFinding> inspect(ToolDefinition tool, ScanContext context);
}
