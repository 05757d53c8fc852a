/**
 * Test support for guarded MCP clients: {@link dev.jguard.mcp.testkit.InProcessMcp}, an in-process client/server
 * transport pair that round-trips every message through JSON like a real wire, and
 * {@link dev.jguard.mcp.testkit.NpmPeers}, which locates the real npm MCP servers installed for integration tests.
 */
package dev.jguard.mcp.testkit;
