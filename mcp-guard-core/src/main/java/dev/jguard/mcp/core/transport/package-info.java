/**
 * The guarded transport: a decorator around any {@code McpClientTransport} that runs the interceptor chain on every
 * JSON-RPC message in both directions, correlates responses with the requests they answer, and turns blocks into
 * immediate, clear failures.
 */
package dev.jguard.mcp.core.transport;
