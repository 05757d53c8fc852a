package dev.jguard.mcp.api;

/**
 * Which way a JSON-RPC message travels through the guarded transport.
 *
 * <pre>{@code
 * if (message.direction() == Direction.OUTBOUND && message.isRequest("tools/call")) { ... }
 * }</pre>
 */
public enum Direction {
    /** From the client application to the MCP server (requests, notifications, and answers to server requests). */
    OUTBOUND,
    /** From the MCP server to the client application (responses, notifications, server-initiated requests). */
    INBOUND
}
