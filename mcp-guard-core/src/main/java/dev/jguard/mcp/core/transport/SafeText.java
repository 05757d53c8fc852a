package dev.jguard.mcp.core.transport;

/**
 * Makes server-supplied identifiers (method and tool names) safe to put in exception messages and logs: at most 64
 * characters from {@code [A-Za-z0-9_.:/-]}, anything else shown as {@code ?}.
 *
 * <pre>{@code
 * SafeText.identifier("read_file\u202e")   // "read_file?"
 * }</pre>
 */
public final class SafeText {

    private static final int MAX = 64;

    private SafeText() {
    }

    /**
     * @param raw an identifier from a server
     * @return the safe form
     */
    public static String identifier(String raw) {
        if (raw == null) {
            return "null";
        }
        int len = Math.min(raw.length(), MAX);
        StringBuilder sb = new StringBuilder(len + 3);
        for (int i = 0; i < len; i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == '-' || c == ':' || c == '/';
            sb.append(ok ? c : '?');
        }
        if (raw.length() > MAX) {
            sb.append("...");
        }
        return sb.toString();
    }
}
