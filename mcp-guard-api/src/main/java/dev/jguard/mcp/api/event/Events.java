package dev.jguard.mcp.api.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for event implementations. */
final class Events {
    private Events() {
    }

    static Map<String, String> attrs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
