package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.ServerIdentity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Input schemas learned from the {@code tools/list} responses that pass through the guard, per server. Bounded:
 * at most {@value #MAX_SERVERS} servers and {@value #MAX_TOOLS} tools per server are remembered (further ones are
 * ignored, so their calls meet the unknown-schema rule), and a schema nested deeper than the policy's depth limit is
 * not stored. A later listing replaces a tool's schema. Thread-safe.
 */
final class LearnedSchemas implements ToolSchemaSource {

    static final int MAX_SERVERS = 1024;
    static final int MAX_TOOLS = 4096;

    private final Map<ServerIdentity, Map<String, Map<String, Object>>> schemas = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> inputSchema(ServerIdentity server, String tool) {
        Map<String, Map<String, Object>> tools = schemas.get(server);
        return tools == null || tool == null ? null : tools.get(tool);
    }

    /**
     * Learns from one {@code tools/list} result.
     *
     * @return how many schemas were stored
     */
    @SuppressWarnings("unchecked")
    int learn(ServerIdentity server, Map<String, Object> result) {
        if (!(result.get("tools") instanceof List<?> tools)) {
            return 0;
        }
        Map<String, Map<String, Object>> perServer = schemas.get(server);
        if (perServer == null) {
            if (schemas.size() >= MAX_SERVERS) {
                return 0;
            }
            perServer = schemas.computeIfAbsent(server, s -> new ConcurrentHashMap<>());
        }
        int stored = 0;
        for (Object t : tools) {
            if (t instanceof Map<?, ?> tool && tool.get("name") instanceof String name) {
                Object schema = tool.get("inputSchema");
                Map<String, Object> s = schema instanceof Map<?, ?> m ? (Map<String, Object>) ArgumentFilter.copy(m) : Map.of();
                if (perServer.size() < MAX_TOOLS || perServer.containsKey(name)) {
                    perServer.put(name, java.util.Collections.unmodifiableMap(s));
                    stored++;
                }
            }
        }
        return stored;
    }
}
