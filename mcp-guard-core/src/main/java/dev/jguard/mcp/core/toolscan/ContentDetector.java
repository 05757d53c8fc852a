package dev.jguard.mcp.core.toolscan;

/**
 * A built-in detector whose findings depend only on the tool's own definition (not on other tools, servers or pins),
 * so the scanner may reuse them for an identical definition seen before ({@link ContentFindingsCache}).
 */
interface ContentDetector extends ToolDetector {
}
