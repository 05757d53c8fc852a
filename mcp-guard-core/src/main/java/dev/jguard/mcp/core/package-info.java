/**
 * The entry point: {@link dev.jguard.mcp.core.McpGuard}, an immutable, thread-safe guard built by
 * {@link dev.jguard.mcp.core.McpGuard#builder()} that wraps MCP client transports.
 */
package dev.jguard.mcp.core;
