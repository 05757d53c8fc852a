package dev.jguard.mcp.core.sanitize;

import java.util.Set;

/**
 * Turns an RFC 6901 pointer into a result into a value-free one for events: MCP schema keys and array indexes stay,
 * any other key (server-chosen, e.g. inside {@code structuredContent}) becomes {@code ~}.
 */
final class SafePointer {

    private static final Set<String> SCHEMA_KEYS = Set.of("content", "text", "type", "resource", "uri", "name", "title",
            "description", "mimeType", "structuredContent", "_meta", "blob", "data", "annotations", "isError", "contents",
            "messages", "role", "size", "icons", "src", "audience", "priority", "lastModified");

    private SafePointer() {
    }

    static String of(String pointer) {
        if (pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder sb = new StringBuilder(pointer.length());
        for (String seg : pointer.substring(1).split("/", -1)) {
            sb.append('/');
            if (SCHEMA_KEYS.contains(seg) || isIndex(seg)) {
                sb.append(seg);
            } else {
                sb.append('~');
            }
        }
        return sb.toString();
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
