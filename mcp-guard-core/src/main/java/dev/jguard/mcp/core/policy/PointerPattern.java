package dev.jguard.mcp.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON pointer into the tool arguments, where a {@code *} segment matches any one member name or array
 * index: {@code /passengers/*}{@code /email}. A pattern applies to the value it points at and to everything below it.
 *
 * <pre>{@code
 * PointerPattern p = PointerPattern.parse("/passengers/*" + "/email");
 * p.matches(List.of("passengers", "0", "email"));   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PointerPattern {

    private final String text;
    private final String[] segments;

    private PointerPattern(String text, String[] segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * @param pointer {@code ""} for the whole arguments object, else {@code /segment/...} with {@code ~0}/{@code ~1}
     *     escapes and {@code *} wildcards
     * @return the pattern
     * @throws IllegalArgumentException when it does not start with {@code /}
     */
    public static PointerPattern parse(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return new PointerPattern("", new String[0]);
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("JSON pointer '" + pointer + "' must start with '/' (e.g. /passenger/email)");
        }
        String[] raw = pointer.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].replace("~1", "/").replace("~0", "~");
        }
        return new PointerPattern(pointer, raw);
    }

    /** @return the number of segments */
    int length() {
        return segments.length;
    }

    /** @return whether the pattern points exactly at {@code path} */
    boolean matches(List<String> path) {
        return path.size() == segments.length && prefixOf(path, segments.length);
    }

    /** @return whether the pattern points at {@code path} or at one of its ancestors */
    boolean coversPath(List<String> path) {
        return path.size() >= segments.length && prefixOf(path, segments.length);
    }

    /** @return whether {@code path} is an ancestor of (or equal to) what the pattern points at */
    boolean isBelow(List<String> path) {
        return path.size() <= segments.length && prefixOf(path, path.size());
    }

    private boolean prefixOf(List<String> path, int n) {
        for (int i = 0; i < n; i++) {
            if (!"*".equals(segments[i]) && !segments[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the segments of a concrete pointer */
    static List<String> segmentsOf(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointerPattern p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the pointer as written */
    @Override
    public String toString() {
        return text;
    }
}
