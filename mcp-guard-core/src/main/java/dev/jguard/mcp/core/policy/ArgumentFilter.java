package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import dev.jguard.mcp.core.detect.SecretNames;
import dev.jguard.mcp.core.json.JsonTree;
import dev.jguard.mcp.core.json.CanonicalJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an {@link ArgumentPolicy} to the arguments of one {@code tools/call}: the pure part of the argument guard,
 * with no transport and no events. Works on a private deep copy; the input is never changed. Stateless apart from
 * the policy; thread-safe.
 */
final class ArgumentFilter {

    /** One change made to the arguments: a rule id, the pointer of the value, and the finding type if any. */
    record Change(String ruleId, String pointer, String findingType) {
    }

    /** The outcome: rewritten arguments and the changes, or a rejection naming rule and pointer. */
    record Result(Map<String, Object> arguments, List<Change> changes, String blockRule, String blockPointer, String blockReason) {

        boolean blocked() {
            return blockRule != null;
        }

        boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** Thrown inside the walk to stop at the first rejection. */
    private static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String rule;
        final String pointer;
        final String reason;

        Reject(String rule, String pointer, String reason) {
            super(rule, null, false, false);
            this.rule = rule;
            this.pointer = pointer;
            this.reason = reason;
        }
    }

    private static final String REDACTED = "<REDACTED>";
    private static final int MAX_REF_DEPTH = 16;

    private final ArgumentPolicy policy;

    ArgumentFilter(ArgumentPolicy policy) {
        this.policy = policy;
    }

    Result apply(String server, String tool, Map<String, Object> arguments, Map<String, Object> schema) {
        try {
            return run(server, tool, arguments == null ? Map.of() : arguments, schema);
        } catch (Reject r) {
            return new Result(null, List.of(), r.rule, r.pointer, r.reason);
        }
    }

    private Result run(String server, String tool, Map<String, Object> arguments, Map<String, Object> schema) {
        ServerArgumentRules rules = policy.rulesFor(server);
        ToolRule rule = rules.ruleFor(tool);
        if (rule.isDenied()) {
            boolean explicit = rules.tools().containsKey(tool);
            throw new Reject(explicit ? "args.tool-denied" : "args.tool-not-allowed", "",
                explicit ? "tool '" + tool + "' is denied for server '" + server + "' by the argument policy"
                    : "tool '" + tool + "' of server '" + server + "' has no rule and the server's default is deny; "
                        + "add a ToolRule for it to allow the call");
        }
        List<String> path = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> work = (Map<String, Object>) checkedCopy(arguments, path, 0, new long[1]);
        List<Change> changes = new ArrayList<>(0);

        boolean dropUndeclared = rule.dropUndeclared() != null ? rule.dropUndeclared() : rules.dropUndeclared();
        if (dropUndeclared) {
            if (schema == null) {
                if (policy.blocksUnknownSchema()) {
                    throw new Reject("args.schema-unknown", "", "the input schema of tool '" + tool + "' is unknown, so "
                        + "undeclared arguments cannot be dropped; list the server's tools before calling it, or "
                        + "disable dropUndeclared for this tool");
                }
            } else {
                pruneObject(work, schema, schema, path, true, changes, 0);
            }
        }
        if (!rule.allowlist().isEmpty()) {
            project(work, path, rule.allowlist(), changes);
        }
        Map<PointerPattern, FieldAction> fields = rule.fields();
        if (!fields.isEmpty()) {
            blockAndDrop(work, path, fields, changes);
        }
        Object out = transform(work, path, null, fields, null, changes);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) out;
        return new Result(result, changes, null, null, null);
    }

    /** The RFC 6901 pointer of {@code path}; built only when a change or a rejection needs it. */
    private static String pointer(List<String> path) {
        String p = "";
        for (String segment : path) {
            p = JsonTree.child(p, segment);
        }
        return p;
    }

    // ------------------------------------------------------------------ limits + private copy

    /**
     * The private mutable copy of the arguments, made in the same walk that enforces the depth, string-length and
     * size limits (JSON size estimated without serialising), so hostile input is rejected before any other work.
     */
    private Object checkedCopy(Object node, List<String> path, int depth, long[] size) {
        if (node instanceof String s) {
            if (s.length() > policy.maxStringLength()) {
                throw new Reject("args.limit.string", pointer(path), "a string argument is longer than "
                    + policy.maxStringLength() + " characters");
            }
            grow(size, s.length() + 2L);
            return s;
        }
        if (node instanceof Map<?, ?> m) {
            checkDepth(depth + 1);
            grow(size, 2);
            Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                grow(size, key.length() + 4L);
                path.add(key);
                c.put(key, checkedCopy(e.getValue(), path, depth + 1, size));
                path.remove(path.size() - 1);
            }
            return c;
        }
        if (node instanceof List<?> l) {
            checkDepth(depth + 1);
            grow(size, 2);
            List<Object> c = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                grow(size, 1);
                path.add(Integer.toString(i));
                c.add(checkedCopy(l.get(i), path, depth + 1, size));
                path.remove(path.size() - 1);
            }
            return c;
        }
        grow(size, scalarSize(node));
        return node;
    }

    private static long scalarSize(Object node) {
        if (node == null) {
            return 4;
        }
        if (node instanceof Boolean b) {
            return b ? 4 : 5;
        }
        if (node instanceof Integer || node instanceof Long || node instanceof Short || node instanceof Byte) {
            long v = ((Number) node).longValue();
            return v == Long.MIN_VALUE ? 20 : Long.toString(Math.abs(v)).length() + (v < 0 ? 1 : 0);
        }
        return Math.min(32, String.valueOf(node).length());
    }

    private void checkDepth(int depth) {
        if (depth > policy.maxDepth()) {
            throw new Reject("args.limit.depth", "", "the arguments are nested deeper than " + policy.maxDepth() + " levels");
        }
    }

    private void grow(long[] size, long by) {
        size[0] += by;
        if (size[0] > policy.maxBytes()) {
            throw new Reject("args.limit.size", "", "the arguments are larger than " + policy.maxBytes() + " bytes of JSON");
        }
    }

    // ------------------------------------------------------------------ schema

    /** Drops members of {@code node} that {@code schema} does not declare; recurses into declared ones. */
    private void pruneObject(Map<String, Object> node, Map<String, Object> schema, Map<String, Object> root, List<String> path,
            boolean topLevel, List<Change> changes, int depth) {
        Map<String, Object> declared;
        Object[] extras = {null};
        boolean structured;
        Map<String, Object> plain = plainProperties(schema, root);
        if (plain != null) { // the common case: properties (and additionalProperties) only, nothing to merge
            declared = plain;
            structured = true;
            Object a = resolve(schema, root, 0).get("additionalProperties");
            if (Boolean.TRUE.equals(a) || a instanceof Map) {
                extras[0] = a;
            }
        } else {
            declared = new LinkedHashMap<>();
            structured = collect(schema, root, declared, extras, 0);
        }
        if (!structured && !topLevel) {
            return; // free-form object: nothing declared, nothing to prune
        }
        Object extra = extras[0];
        boolean extrasAllowed = Boolean.TRUE.equals(extra) || extra instanceof Map;
        Iterator<Map.Entry<String, Object>> it = node.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            boolean isDeclared = declared.containsKey(e.getKey());
            Object childSchema = isDeclared ? declared.get(e.getKey()) : extrasAllowed ? extra : null;
            path.add(e.getKey());
            if (childSchema == null && !isDeclared && !extrasAllowed) {
                it.remove();
                changes.add(new Change("args.undeclared", pointer(path), null));
            } else if (childSchema instanceof Map<?, ?> cs) {
                pruneValue(e.getValue(), asMap(cs), root, path, changes, depth + 1);
            }
            path.remove(path.size() - 1);
        }
    }

    private void pruneValue(Object value, Map<String, Object> schema, Map<String, Object> root, List<String> path,
            List<Change> changes, int depth) {
        if (depth > policy.maxDepth()) {
            return;
        }
        Map<String, Object> resolved = resolve(schema, root, 0);
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> obj = (Map<String, Object>) m;
            pruneObject(obj, resolved, root, path, false, changes, depth);
        } else if (value instanceof List<?> list && resolved.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                path.add(Integer.toString(i));
                pruneValue(list.get(i), asMap(items), root, path, changes, depth + 1);
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * Collects declared properties (following {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}: a member
     * declared by any branch is declared) and the additionalProperties setting.
     *
     * @return whether the schema declares an object structure (properties or additionalProperties)
     */
    private boolean collect(Map<String, Object> schema, Map<String, Object> root, Map<String, Object> declared, Object[] extras,
            int depth) {
        if (depth > MAX_REF_DEPTH) {
            return false;
        }
        Map<String, Object> s = resolve(schema, root, 0);
        boolean structured = false;
        if (s.get("properties") instanceof Map<?, ?> props) {
            structured = true;
            for (Map.Entry<?, ?> p : props.entrySet()) {
                declared.putIfAbsent(String.valueOf(p.getKey()), p.getValue() == null ? Map.of() : p.getValue());
            }
        }
        if (s.containsKey("additionalProperties")) {
            structured = true;
            Object a = s.get("additionalProperties");
            if (Boolean.TRUE.equals(a) || a instanceof Map) {
                extras[0] = a;
            }
        }
        for (String combiner : COMBINERS) {
            if (s.get(combiner) instanceof List<?> branches) {
                for (Object b : branches) {
                    if (b instanceof Map<?, ?> bm) {
                        structured |= collect(asMap(bm), root, declared, extras, depth + 1);
                    }
                }
            }
        }
        return structured;
    }

    private static final String[] COMBINERS = {"allOf", "anyOf", "oneOf"};

    /**
     * @return the schema's {@code properties} map itself when the (resolved) schema declares its members there only
     *     (no {@code allOf/anyOf/oneOf} to merge, no null property schemas), else null
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainProperties(Map<String, Object> schema, Map<String, Object> root) {
        Map<String, Object> s = resolve(schema, root, 0);
        if (!(s.get("properties") instanceof Map<?, ?> props)) {
            return null;
        }
        for (String combiner : COMBINERS) {
            if (s.containsKey(combiner)) {
                return null;
            }
        }
        for (Map.Entry<?, ?> e : props.entrySet()) { // (Map.of maps refuse containsValue(null))
            if (!(e.getKey() instanceof String) || e.getValue() == null) {
                return null;
            }
        }
        return (Map<String, Object>) props;
    }

    /** Follows a local {@code $ref} ({@code #/$defs/x}, {@code #/definitions/x}); anything else resolves to itself. */
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> root, int depth) {
        Object ref = schema.get("$ref");
        if (!(ref instanceof String r) || !r.startsWith("#") || depth > MAX_REF_DEPTH) {
            return schema;
        }
        Object target = JsonTree.at(root, r.substring(1));
        return target instanceof Map<?, ?> t ? resolve(asMap(t), root, depth + 1) : schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    // ------------------------------------------------------------------ allowlist

    private void project(Object node, List<String> path, List<PointerPattern> allow, List<Change> changes) {
        if (node instanceof Map<?, ?> m) {
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                path.add(String.valueOf(e.getKey()));
                if (!keepOrDescend(e.getValue(), path, allow, changes)) {
                    it.remove();
                    changes.add(new Change("args.not-allowlisted", pointer(path), null));
                }
                path.remove(path.size() - 1);
            }
        } else if (node instanceof List<?> list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                path.add(Integer.toString(i));
                if (!keepOrDescend(list.get(i), path, allow, changes)) {
                    list.remove(i);
                    changes.add(new Change("args.not-allowlisted", pointer(path), null));
                }
                path.remove(path.size() - 1);
            }
        }
    }

    private boolean keepOrDescend(Object value, List<String> path, List<PointerPattern> allow, List<Change> changes) {
        boolean ancestorOfAllowed = false;
        for (PointerPattern p : allow) {
            if (p.coversPath(path)) {
                return true;
            }
            ancestorOfAllowed |= p.isBelow(path);
        }
        if (ancestorOfAllowed && (value instanceof Map || value instanceof List)) {
            project(value, path, allow, changes);
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ field actions

    private static FieldAction exact(Map<PointerPattern, FieldAction> fields, List<String> path) {
        FieldAction a = null;
        for (Map.Entry<PointerPattern, FieldAction> e : fields.entrySet()) {
            if (e.getKey().matches(path)) {
                a = e.getValue().strongest(a);
            }
        }
        return a;
    }

    private static PointerPattern exactPattern(Map<PointerPattern, FieldAction> fields, List<String> path, FieldAction action) {
        for (Map.Entry<PointerPattern, FieldAction> e : fields.entrySet()) {
            if (e.getValue() == action && e.getKey().matches(path)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * One walk for the field rules that remove: a BLOCK anywhere rejects the call (the changes made so far are then
     * discarded with the copy), a DROP removes the member. BLOCK wins over DROP on the same value.
     */
    private void blockAndDrop(Object node, List<String> path, Map<PointerPattern, FieldAction> fields, List<Change> changes) {
        if (path.size() >= policy.maxDepth()) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                path.add(String.valueOf(e.getKey()));
                if (removes(e.getValue(), path, fields, changes)) {
                    it.remove();
                } else {
                    blockAndDrop(e.getValue(), path, fields, changes);
                }
                path.remove(path.size() - 1);
            }
        } else if (node instanceof List<?> list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                path.add(Integer.toString(i));
                if (removes(list.get(i), path, fields, changes)) {
                    list.remove(i);
                } else {
                    blockAndDrop(list.get(i), path, fields, changes);
                }
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * @return true when the value at {@code path} is to be dropped; throws when it, or anything below a dropped value,
     *     is blocked (deny wins)
     */
    private boolean removes(Object value, List<String> path, Map<PointerPattern, FieldAction> fields, List<Change> changes) {
        FieldAction action = exact(fields, path);
        if (action == FieldAction.BLOCK) {
            PointerPattern p = exactPattern(fields, path, FieldAction.BLOCK);
            throw new Reject("args.field-blocked", p.toString(), "argument " + p + " is blocked by the argument policy; "
                + "remove it from the call or change the tool's field rule");
        }
        if (action == FieldAction.DROP) {
            blockAndDrop(value, path, fields, new ArrayList<>()); // only for a BLOCK below: the subtree goes anyway
            changes.add(new Change("args.field-drop", pointer(path), null));
            return true;
        }
        return false;
    }

    /**
     * Applies MASK/HASH/REDACT/ALLOW field actions and the detectors; returns the replacement of {@code node} (the
     * same instance when unchanged), or {@code DROP_ME} when a finding asks to drop the member.
     */
    private Object transform(Object node, List<String> path, FieldAction inherited,
            Map<PointerPattern, FieldAction> fields, String memberName, List<Change> changes) {
        FieldAction here = path.isEmpty() || fields.isEmpty() ? inherited : strongestTransform(inherited, exact(fields, path));
        if (here == FieldAction.REDACT || here == FieldAction.HASH) {
            if (node instanceof Map || node instanceof List || node instanceof String || node instanceof Number
                    || node instanceof Boolean) {
                changes.add(new Change(here == FieldAction.REDACT ? "args.field-redact" : "args.field-hash", pointer(path), null));
                return here == FieldAction.REDACT ? REDACTED : "<HASH:" + policy.hasher().hash(CanonicalJson.canonicalize(node)) + ">";
            }
            return node;
        }
        if (node instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> obj = (Map<String, Object>) m;
            Iterator<Map.Entry<String, Object>> it = obj.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Object> e = it.next();
                path.add(e.getKey());
                Object after = transform(e.getValue(), path, here, fields, e.getKey(), changes);
                path.remove(path.size() - 1);
                if (after == DROP_ME) {
                    it.remove();
                } else if (after != e.getValue()) {
                    e.setValue(after);
                }
            }
            return node;
        }
        if (node instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            for (int i = list.size() - 1; i >= 0; i--) {
                path.add(Integer.toString(i));
                Object before = list.get(i);
                Object after = transform(before, path, here, fields, memberName, changes);
                path.remove(path.size() - 1);
                if (after == DROP_ME) {
                    list.remove(i);
                } else if (after != before) {
                    list.set(i, after);
                }
            }
            return node;
        }
        if (here == FieldAction.MASK && (node instanceof String || node instanceof Number)) {
            changes.add(new Change("args.field-mask", pointer(path), null));
            return mask(String.valueOf(node));
        }
        if (node instanceof String s && here != FieldAction.ALLOW) {
            return detect(s, path, memberName, changes);
        }
        return node;
    }

    private static final Object DROP_ME = new Object();

    private static FieldAction strongestTransform(FieldAction inherited, FieldAction exact) {
        if (exact == null) {
            return inherited;
        }
        if (inherited == null) {
            return exact;
        }
        return exact.strongest(inherited);
    }

    private Object detect(String value, List<String> path, String memberName, List<Change> changes) {
        Detector detector = policy.detector();
        List<Finding> findings = detector == null || value.isEmpty() ? List.of() : detector.detect(value);
        if (policy.redactsSecretNames() && memberName != null && SecretNames.isSecretName(memberName)
                && !SecretNames.isPlaceholder(value)) {
            findings = List.of(new Finding(FindingTypes.PASSWORD, 0, value.length(), "policy.secret-name"));
        }
        if (findings.isEmpty()) {
            return value;
        }
        String pointer = pointer(path);
        List<Finding> replace = new ArrayList<>(findings.size());
        boolean drop = false;
        for (Finding f : findings) {
            FieldAction action = policy.actionFor(f.type());
            switch (action) {
                case ALLOW -> {
                }
                case BLOCK -> throw new Reject("args.detected", pointer, "argument " + pointer + " contains a "
                    + f.type() + ", which the argument policy blocks; remove it from the call");
                case DROP -> drop = true;
                default -> replace.add(f);
            }
        }
        if (drop) {
            for (Finding f : findings) {
                if (policy.actionFor(f.type()) == FieldAction.DROP) {
                    changes.add(new Change("args.detected-drop", pointer, f.type()));
                }
            }
            return DROP_ME;
        }
        if (replace.isEmpty()) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        int pos = 0;
        replace.sort(java.util.Comparator.comparingInt(Finding::start));
        for (Finding f : replace) {
            if (f.start() < pos || f.end() > value.length()) {
                continue;
            }
            b.append(value, pos, f.start());
            String span = value.substring(f.start(), f.end());
            FieldAction action = policy.actionFor(f.type());
            b.append(switch (action) {
                case MASK -> mask(span);
                case HASH -> policy.hasher().token(f.type(), span);
                default -> policy.spanRedactor().token(f.type(), span);
            });
            pos = f.end();
            changes.add(new Change("args.detected-" + action.configName(), pointer, f.type()));
        }
        b.append(value, pos, value.length());
        return b.toString();
    }

    // ------------------------------------------------------------------ helpers

    /** Letters and digits become {@code *}; separators stay; values of 12+ characters keep their last four. */
    static String mask(String value) {
        int keep = value.length() >= 12 ? 4 : 0;
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(i >= value.length() - keep || !Character.isLetterOrDigit(c) ? c : '*');
        }
        return b.toString();
    }

    /** A mutable deep copy of a generic JSON tree (depth already checked). */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                c.put(String.valueOf(e.getKey()), copy(e.getValue()));
            }
            return c;
        }
        if (node instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l.size());
            for (Object o : l) {
                c.add(copy(o));
            }
            return c;
        }
        return node;
    }
}
