package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.core.json.CanonicalJson;
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
    private volatile String contentSha256; // computed once, on first use

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

    /**
     * The SHA-256 (hex) of the RFC 8785 canonical form of the raw object, computed once per definition and shared by
     * the scanner's cache and the pin check ({@code ToolFingerprint.of(ToolDefinition)}).
     *
     * @return the digest
     * @throws IllegalArgumentException if the raw object is not canonicalisable JSON (too deep, non-finite number, ...)
     */
    public String contentSha256() {
        String h = contentSha256;
        if (h == null) {
            h = CanonicalJson.canonicalSha256Hex(raw);
            contentSha256 = h;
        }
        return h;
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
