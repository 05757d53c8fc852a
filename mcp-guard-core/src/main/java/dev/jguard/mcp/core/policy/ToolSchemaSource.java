package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.ServerIdentity;
import java.util.Map;

/**
 * Where the argument policy gets a tool's input schema to drop undeclared arguments. By default the guard learns
 * schemas from the {@code tools/list} responses it sees; a pinned source (schemas approved by tool pinning) can be
 * plugged in instead so that a server cannot widen a schema after approval.
 *
 * <pre>{@code
 * ToolSchemaSource pinned = (server, tool) -> pinStore.inputSchema(server, tool);
 * ArgumentPolicy.builder().schemaSource(pinned)...
 * }</pre>
 *
 * <p>Implementations must be thread-safe and fast (called on every {@code tools/call}).
 */
@FunctionalInterface
public interface ToolSchemaSource {

    /**
     * @param server the server
     * @param tool the tool name
     * @return the tool's JSON schema for its arguments as a generic tree, or null when unknown
     */
    Map<String, Object> inputSchema(ServerIdentity server, String tool);
}
