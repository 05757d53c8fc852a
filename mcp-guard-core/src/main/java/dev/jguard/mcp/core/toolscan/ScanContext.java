package dev.jguard.mcp.core.toolscan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a detector may compare a tool against: every tool of the current scan (from all servers) and the tool names
 * already pinned per server (approved earlier), so look-alikes of approved names are caught even when the original
 * is not in this listing.
 *
 * <pre>{@code
 * ScanContext ctx = ScanContext.of(tools, Map.of("airline", Set.of("AirlineAPI")));
 * ctx.isPinned("airline", "AirlineAPI");   // true
 * }</pre>
 *
 * <p>Thread-safe. Its inputs are immutable; it also holds per-scan caches (the name index, results by string), so a
 * context belongs to one scan.
 */
public final class ScanContext {

    private final List<ToolDefinition> tools;
    private final Map<String, Set<String>> pinnedNames;
    private volatile NameIndex nameIndex;
    /**
     * Per-scan results of {@link InstructionDetector} by string: the tools of one server repeat many strings ("The
     * repository owner"), so each distinct string is matched once per scan. Bounded by the strings of the scan.
     */
    final Map<String, List<InstructionDetector.RuleHit>> instructionHits;
    /** Per-scan parameter-harvest results of {@link SchemaParameterDetector} by parameter string, for the same reason. */
    final Map<String, String> harvestKinds;

    private ScanContext(List<ToolDefinition> tools, Map<String, Set<String>> pinnedNames) {
        this.tools = tools;
        this.pinnedNames = pinnedNames;
        int strings = Math.min(tools.size() * 16, 1 << 16); // sized for the strings of a typical tool: no rehash midway
        this.instructionHits = new java.util.concurrent.ConcurrentHashMap<>(strings);
        this.harvestKinds = new java.util.concurrent.ConcurrentHashMap<>(strings / 4);
    }

    /**
     * @param tools the tools of this scan
     * @param pinnedNames server name to the tool names pinned for it
     * @return the context
     */
    public static ScanContext of(List<ToolDefinition> tools, Map<String, Set<String>> pinnedNames) {
        Map<String, Set<String>> copy = new TreeMap<>();
        Objects.requireNonNull(pinnedNames, "pinnedNames").forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return new ScanContext(List.copyOf(tools), Map.copyOf(copy));
    }

    /** @return every tool in this scan */
    public List<ToolDefinition> tools() {
        return tools;
    }

    /** @return server name to pinned tool names */
    public Map<String, Set<String>> pinnedNames() {
        return pinnedNames;
    }

    /**
     * @param server a server name
     * @param name a tool name
     * @return true when that tool name is pinned for that server
     */
    public boolean isPinned(String server, String name) {
        Set<String> names = pinnedNames.get(server);
        return names != null && names.contains(name);
    }

    NameIndex nameIndex() {
        NameIndex idx = nameIndex;
        if (idx == null) {
            idx = NameIndex.build(this);
            nameIndex = idx;
        }
        return idx;
    }
}
