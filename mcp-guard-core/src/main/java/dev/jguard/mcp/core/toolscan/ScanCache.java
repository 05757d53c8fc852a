package dev.jguard.mcp.core.toolscan;

import java.util.List;

/** Per-thread memo of the strings of the tool being scanned, so several detectors walk a definition only once. */
final class ScanCache {

    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private ScanCache() {
    }

    @SuppressWarnings("unchecked")
    static List<TextField> fields(ToolDefinition tool) {
        Object[] last = LAST.get();
        if (last != null && last[0] == tool) {
            return (List<TextField>) last[1];
        }
        List<TextField> fields = TextField.collect(tool.raw());
        LAST.set(new Object[] {tool, fields});
        return fields;
    }

    static void clear() {
        LAST.remove();
    }
}
