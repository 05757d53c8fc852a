package dev.jguard.mcp.core.toolscan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One tool as a server lists it: the server's logical name and the raw tool object of {@code tools/list}, exactly as
 * received (the typed SDK {@code Tool} drops unknown fields, so scanners see the raw map).
 *
 * <pre>{@code
 * ToolDefinition def = ToolDefinition.of("airline", rawToolMap);
 * def.name();   // "AirlineAP1"
 * }</pre>
 *
 * <p>Immutable (the map is copied shallowly and wrapped read-only; treat nested values as read-only) and thread-safe.
 */
public final class ToolDefinition {

    private final String server;
    private final String name;
    private final Map<String, Object> raw;

    private ToolDefinition(String server, String name, Map<String, Object> raw) {
        this.server = server;
        this.name = name;
        this.raw = raw;
    }

    /**
     * @param server the logical server name (use {@code "-"} when unknown)
     * @param rawTool the raw tool object
     * @return the definition; a missing or non-string name becomes the empty string (and is flagged by scanners)
     */
    public static ToolDefinition of(String server, Map<String, ?> rawTool) {
        Objects.requireNonNull(rawTool, "rawTool");
        Object n = rawTool.get("name");
        return new ToolDefinition(server == null || server.isBlank() ? "-" : server, n instanceof String s ? s : "",
                Collections.unmodifiableMap(new LinkedHashMap<>(rawTool)));
    }

    /** @return the logical server name, {@code "-"} when unknown */
    public String server() {
        return server;
    }

    /** @return the tool name (empty when the server sent none) */
    public String name() {
        return name;
    }

    /** @return the raw tool object (read-only) */
    public Map<String, Object> raw() {
        return raw;
    }

    /** @return the description, or the empty string */
    public String description() {
        return raw.get("description") instanceof String d ? d : "";
    }

    @Override
    public String toString() {
        return "ToolDefinition[" + server + "/" + Snippets.identifier(name) + "]";
    }
}
