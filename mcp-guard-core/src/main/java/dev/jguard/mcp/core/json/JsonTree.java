package dev.jguard.mcp.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for generic JSON trees: visit every string leaf (and object key) with its RFC 6901 JSON pointer, rewrite
 * string leaves copy-on-write (untouched subtrees are shared, an unchanged tree is returned as is), and read a value by
 * pointer. Every walk is bounded by a maximum depth so a hostile, deeply nested payload fails fast with
 * {@link JsonLimitExceededException} instead of exhausting the stack.
 *
 * <pre>{@code
 * JsonTree.forEachString(arguments, 64, (pointer, value) -> scan(pointer, value));
 * Object redacted = JsonTree.mapStrings(arguments, 64, (pointer, value) -> value.contains("@") ? "<EMAIL>" : value);
 * Object city = JsonTree.at(arguments, "/trip/destination/city");
 * }</pre>
 *
 * <p>Stateless and thread-safe. Trees are never mutated.
 */
public final class JsonTree {

    /** A depth that real MCP messages never reach. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private JsonTree() {
    }

    /** Receives a string leaf. */
    @FunctionalInterface
    public interface StringVisitor {
        /**
         * @param pointer the RFC 6901 pointer of the value
         * @param value the string value
         */
        void visit(String pointer, String value);
    }

    /** Computes the replacement of a string leaf. */
    @FunctionalInterface
    public interface StringRewriter {
        /**
         * @param pointer the RFC 6901 pointer of the value
         * @param value the string value
         * @return the replacement (the same instance to keep it), which may be any JSON value
         */
        Object rewrite(String pointer, String value);
    }

    /**
     * Whether any string value of the tree satisfies {@code test}, stopping at the first; builds no pointers, so it suits
     * checks that run on every message.
     *
     * @param tree a generic JSON value
     * @param maxDepth the deepest nesting visited; deeper trees fail
     * @param test the check
     * @return true at the first string that passes
     * @throws JsonLimitExceededException when the tree is nested deeper than {@code maxDepth}
     */
    public static boolean anyString(Object tree, int maxDepth, java.util.function.Predicate<String> test) {
        return anyString(tree, 0, maxDepth, test);
    }

    private static boolean anyString(Object node, int depth, int maxDepth, java.util.function.Predicate<String> test) {
        if (node instanceof String s) {
            return test.test(s);
        }
        if (node instanceof Map<?, ?> map) {
            checkDepth(depth, maxDepth);
            for (Object v : map.values()) {
                if (anyString(v, depth + 1, maxDepth, test)) {
                    return true;
                }
            }
        } else if (node instanceof List<?> list) {
            checkDepth(depth, maxDepth);
            for (Object v : list) {
                if (anyString(v, depth + 1, maxDepth, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Visits every string leaf in document order.
     *
     * @param tree a generic JSON value
     * @param maxDepth the maximum nesting depth allowed
     * @param visitor the visitor
     * @throws JsonLimitExceededException when the tree is nested deeper than {@code maxDepth}
     */
    public static void forEachString(Object tree, int maxDepth, StringVisitor visitor) {
        walk(tree, "", 0, maxDepth, visitor);
    }

    private static void walk(Object node, String pointer, int depth, int maxDepth, StringVisitor visitor) {
        if (node instanceof String s) {
            visitor.visit(pointer, s);
        } else if (node instanceof Map<?, ?> map) {
            checkDepth(depth, maxDepth);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), child(pointer, String.valueOf(e.getKey())), depth + 1, maxDepth, visitor);
            }
        } else if (node instanceof List<?> list) {
            checkDepth(depth, maxDepth);
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, depth + 1, maxDepth, visitor);
            }
        }
    }

    /**
     * Returns a copy of {@code tree} in which every string leaf is replaced by {@code rewriter}'s answer. Subtrees with
     * no change are shared with the input; when nothing changes the input itself is returned.
     *
     * @param tree a generic JSON value
     * @param maxDepth the maximum nesting depth allowed
     * @param rewriter computes replacements
     * @return the rewritten tree
     * @throws JsonLimitExceededException when the tree is nested deeper than {@code maxDepth}
     */
    public static Object mapStrings(Object tree, int maxDepth, StringRewriter rewriter) {
        return rewrite(tree, "", 0, maxDepth, rewriter);
    }

    private static Object rewrite(Object node, String pointer, int depth, int maxDepth, StringRewriter rewriter) {
        if (node instanceof String s) {
            return rewriter.rewrite(pointer, s);
        }
        if (node instanceof Map<?, ?> map) {
            checkDepth(depth, maxDepth);
            Map<String, Object> copy = null;
            int index = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object before = e.getValue();
                Object after = rewrite(before, child(pointer, key), depth + 1, maxDepth, rewriter);
                if (after != before && copy == null) {
                    copy = new LinkedHashMap<>();
                    int j = 0;
                    for (Map.Entry<?, ?> prior : map.entrySet()) {
                        if (j++ == index) {
                            break;
                        }
                        copy.put(String.valueOf(prior.getKey()), prior.getValue());
                    }
                }
                if (copy != null) {
                    copy.put(key, after);
                }
                index++;
            }
            return copy == null ? node : copy;
        }
        if (node instanceof List<?> list) {
            checkDepth(depth, maxDepth);
            List<Object> copy = null;
            for (int i = 0; i < list.size(); i++) {
                Object before = list.get(i);
                Object after = rewrite(before, pointer + "/" + i, depth + 1, maxDepth, rewriter);
                if (after != before && copy == null) {
                    copy = new ArrayList<>(list.subList(0, i));
                }
                if (copy != null) {
                    copy.add(after);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    /**
     * Reads the value at an RFC 6901 pointer.
     *
     * @param tree a generic JSON value
     * @param pointer a pointer such as {@code /a/0/b~1c}; {@code ""} is the whole tree
     * @return the value, or null when absent
     */
    public static Object at(Object tree, String pointer) {
        if (pointer.isEmpty()) {
            return tree;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON pointer must be empty or start with '/'");
        }
        Object node = tree;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = unescape(raw);
            if (node instanceof Map<?, ?> map) {
                node = map.get(token);
            } else if (node instanceof List<?> list) {
                int i = parseIndex(token);
                node = i >= 0 && i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Measures nesting depth, stopping at {@code limit + 1}.
     *
     * @param tree a generic JSON value
     * @param limit the largest depth of interest
     * @return the depth of the tree (a scalar is 0), or {@code limit + 1} if it is deeper than {@code limit}
     */
    public static int depth(Object tree, int limit) {
        return depth(tree, 0, limit);
    }

    private static int depth(Object node, int current, int limit) {
        if (current > limit) {
            return current;
        }
        int max = current;
        if (node instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                max = Math.max(max, depth(v, current + 1, limit));
                if (max > limit) {
                    return max;
                }
            }
            return Math.max(max, current + 1);
        }
        if (node instanceof List<?> list) {
            for (Object v : list) {
                max = Math.max(max, depth(v, current + 1, limit));
                if (max > limit) {
                    return max;
                }
            }
            return Math.max(max, current + 1);
        }
        return current;
    }

    /**
     * @param pointer a parent pointer
     * @param key an object member name
     * @return the pointer of the member, with {@code ~} and {@code /} escaped
     */
    public static String child(String pointer, String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return pointer + "/" + key;
        }
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    private static int parseIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    private static void checkDepth(int depth, int maxDepth) {
        if (depth >= maxDepth) {
            throw new JsonLimitExceededException("JSON nesting deeper than " + maxDepth + " levels");
        }
    }
}
