package dev.jguard.mcp.core.toolscan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Findings of the {@link ContentDetector}s per tool definition, keyed by the SHA-256 of its RFC 8785 canonical form:
 * a client re-checks every {@code tools/list} (and after each {@code list_changed}), and unchanged definitions, the
 * common case, then cost one canonicalisation and a lookup instead of the full rule set. Least recently used entries
 * are evicted beyond the capacity. A definition that cannot be canonicalised is scanned without caching. Thread-safe.
 */
final class ContentFindingsCache {

    private final int capacity;
    private final Map<String, List<ToolFinding>> entries;

    ContentFindingsCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<ToolFinding>> eldest) {
                return size() > ContentFindingsCache.this.capacity;
            }
        };
    }

    /**
     * @param tool the definition
     * @param scan computes the findings on a miss
     * @return the cached or computed findings; results holding {@code scanner.failed} are never cached
     */
    List<ToolFinding> get(ToolDefinition tool, Supplier<List<ToolFinding>> scan) {
        if (capacity <= 0) {
            return scan.get();
        }
        String key;
        try {
            key = tool.contentSha256();
        } catch (IllegalArgumentException e) {
            return scan.get();
        }
        List<ToolFinding> hit;
        synchronized (entries) {
            hit = entries.get(key);
        }
        if (hit != null) {
            return hit;
        }
        List<ToolFinding> computed = List.copyOf(scan.get());
        if (computed.stream().noneMatch(f -> f.ruleId().equals("scanner.failed"))) {
            synchronized (entries) {
                entries.put(key, computed);
            }
        }
        return computed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
