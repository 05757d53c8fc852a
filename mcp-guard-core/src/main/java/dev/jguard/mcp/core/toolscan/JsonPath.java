package dev.jguard.mcp.core.toolscan;

/**
 * A JSON pointer as a chain of unescaped tokens, turned into its string form ({@code /inputSchema/properties/a~1b})
 * only when a finding needs it: a walk over a tool definition allocates one small node per member, not one string.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonPath p = JsonPath.ROOT.child("inputSchema").child("a/b");
 * p.pointer(); // "/inputSchema/a~1b"
 * }</pre>
 *
 * @param parent the enclosing path, null for the root
 * @param token the member name or array index, null for the root
 */
record JsonPath(JsonPath parent, String token) {

    /** The whole document ({@code ""}). */
    static final JsonPath ROOT = new JsonPath(null, null);

    /** @return the path of a member or element of this one */
    JsonPath child(String t) {
        return new JsonPath(this, t);
    }

    /** @return the RFC 6901 pointer (tokens escaped, long ones shortened by {@link TextField#escapePointer}) */
    String pointer() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent != null) {
            parent.append(sb);
            sb.append('/').append(TextField.escapePointer(token));
        }
    }

    @Override
    public String toString() {
        return pointer();
    }
}
