package dev.jguard.mcp.core.toolscan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One string of a tool definition (a value or an object key) with its JSON pointer. {@link #collect} walks the whole
 * raw tool, bounded in depth, count and total length. The pointer is built only when asked for (a finding needs it;
 * most strings never have one).
 */
final class TextField {

    /** Longest single string scanned; longer ones are scanned up to here and reported. */
    static final int MAX_STRING = 64 * 1024;
    static final int MAX_FIELDS = 20_000;
    static final int MAX_DEPTH = 64;

    private final JsonPath path;
    final String text;
    final boolean key;
    final boolean truncated;

    private TextField(JsonPath path, String text, boolean key) {
        this.path = path;
        this.truncated = text.length() > MAX_STRING;
        this.text = truncated ? text.substring(0, MAX_STRING) : text;
        this.key = key;
    }

    /** @return the JSON pointer of this string (for a key: of its member) */
    String pointer() {
        return path.pointer();
    }

    static List<TextField> collect(Map<String, Object> raw) {
        List<TextField> out = new ArrayList<>(128); // a typical tool definition holds about a hundred strings
        walk(raw, JsonPath.ROOT, out, 0);
        return out;
    }

    private static void walk(Object node, JsonPath path, List<TextField> out, int depth) {
        if (out.size() >= MAX_FIELDS || depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof String s) {
            out.add(new TextField(path, s, false));
        } else if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                JsonPath child = path.child(k);
                out.add(new TextField(child, k, true));
                walk(e.getValue(), child, out, depth + 1);
            }
        } else if (node instanceof List<?> list) {
            int i = 0;
            for (Object o : list) {
                walk(o, path.child(Integer.toString(i++)), out, depth + 1);
            }
        }
    }

    static String escapePointer(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token.length() > 80 ? Snippets.identifier(token) : token;
        }
        return Snippets.identifier(token.replace("~", "~0").replace("/", "~1"));
    }
}
