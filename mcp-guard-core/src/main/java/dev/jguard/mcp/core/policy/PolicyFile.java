package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.core.detect.DetectorCatalog;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Argument and server-request policies read from a JSON or YAML file, so operators can change a policy without a
 * rebuild. The file has the same model as the builders; unknown fields are errors, and every error names the line
 * (YAML) and the field. YAML is read with snakeyaml-engine (no custom tags, no duplicate keys, at most 1 MiB),
 * JSON with the SDK's {@code McpJsonMapper}.
 *
 * <pre>{@code
 * # policy.yaml
 * version: 1
 * arguments:
 *   default: deny                    # servers without rules: deny every tool
 *   detectors: pii,secrets           # or "none"
 *   onFinding: { PRIVATE_KEY: block } # per finding type; others: defaultFindingAction (redact)
 *   limits: { maxBytes: 65536, maxDepth: 16, maxStringLength: 8192 }
 *   servers:
 *     airline:
 *       default: deny                # tools without rules
 *       dropUndeclared: true
 *       tools:
 *         search_flights:
 *           allow: [/origin, /destination, /date]
 *           fields: { /passenger/email: hash }
 *         delete_booking: deny
 * serverRequests:
 *   servers:
 *     files:
 *       roots: [file:///home/me/project]
 *       sampling: { maxTokens: 512 }   # or: deny
 *       elicitation: deny              # or: allow, or { urlMode: true }
 * }</pre>
 * <pre>{@code
 * McpGuard guard = McpGuard.builder().policyFile(Path.of("policy.yaml")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyFile {

    private static final int MAX_SIZE = 1 << 20;

    private final ArgumentPolicy arguments;
    private final ServerRequestPolicy serverRequests;

    private PolicyFile(ArgumentPolicy arguments, ServerRequestPolicy serverRequests) {
        this.arguments = arguments;
        this.serverRequests = serverRequests;
    }

    /** @return the argument policy, if the file has an {@code arguments} section */
    public Optional<ArgumentPolicy> argumentPolicy() {
        return Optional.ofNullable(arguments);
    }

    /** @return the server-request policy, if the file has a {@code serverRequests} section */
    public Optional<ServerRequestPolicy> serverRequestPolicy() {
        return Optional.ofNullable(serverRequests);
    }

    /**
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the policies
     * @throws PolicyFileException when the file cannot be read or has a mistake
     */
    public static PolicyFile load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new PolicyFileException(name, 0, "", "the file is larger than 1 MiB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyFileException(name, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") ? parseJson(name, text) : parseYaml(name, text);
    }

    /**
     * @param source a name for error messages
     * @param yaml the YAML text
     * @return the policies
     * @throws PolicyFileException naming line and field of a mistake
     */
    public static PolicyFile parseYaml(String source, String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10).setCodePointLimit(MAX_SIZE).setAllowRecursiveKeys(false).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new PolicyFileException(source, line, "", "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new PolicyFileException(source, 0, "", "not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new PolicyFileException(source, 0, "", "the file is empty; it needs at least 'version: 1'");
        }
        return new Reader(source).read(fromYaml(source, root.get(), "", 0));
    }

    /**
     * @param source a name for error messages
     * @param json the JSON text
     * @return the policies
     * @throws PolicyFileException naming the field of a mistake
     */
    public static PolicyFile parseJson(String source, String json) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        Object tree;
        try {
            tree = mapper.readValue(json, new TypeRef<Object>() { });
        } catch (IOException | RuntimeException e) {
            throw new PolicyFileException(source, 0, "", "not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        return new Reader(source).read(fromTree(tree, "", 0));
    }

    // ------------------------------------------------------------------ located values

    /** A value with its line (1-based, 0 unknown) and dotted path. */
    private record V(Object raw, int line, String path) {
    }

    private static String childPath(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static V fromYaml(String source, Node node, String path, int depth) {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        if (depth > 32) {
            throw new PolicyFileException(source, line, path, "nested too deeply");
        }
        if (node instanceof MappingNode m) {
            Map<String, V> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new PolicyFileException(source, line, path, "keys must be plain strings");
                }
                V value = fromYaml(source, t.getValueNode(), childPath(path, k.getValue()), depth + 1);
                int keyLine = k.getStartMark().map(mk -> mk.getLine() + 1).orElse(value.line());
                if (map.containsKey(k.getValue())) {
                    throw new PolicyFileException(source, keyLine, childPath(path, k.getValue()), "duplicate key; give each field once");
                }
                map.put(k.getValue(), new V(value.raw(), keyLine, value.path())); // errors point at the key's line
            }
            return new V(map, line, path);
        }
        if (node instanceof SequenceNode s) {
            List<V> list = new ArrayList<>();
            int i = 0;
            for (Node n : s.getValue()) {
                list.add(fromYaml(source, n, path + "[" + i++ + "]", depth + 1));
            }
            return new V(list, line, path);
        }
        ScalarNode sc = (ScalarNode) node;
        Tag tag = sc.getTag();
        String v = sc.getValue();
        Object raw = v;
        if (Tag.NULL.equals(tag)) {
            raw = null;
        } else if (Tag.BOOL.equals(tag)) {
            raw = Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
        } else if (Tag.INT.equals(tag)) {
            try {
                raw = Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                raw = v;
            }
        }
        return new V(raw, line, path);
    }

    private static V fromTree(Object node, String path, int depth) {
        if (depth > 32) {
            return new V(null, 0, path);
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, V> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                map.put(k, fromTree(e.getValue(), childPath(path, k), depth + 1));
            }
            return new V(map, 0, path);
        }
        if (node instanceof List<?> l) {
            List<V> list = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                list.add(fromTree(l.get(i), path + "[" + i + "]", depth + 1));
            }
            return new V(list, 0, path);
        }
        if (node instanceof Number n && !(node instanceof Double || node instanceof Float)) {
            return new V(n.longValue(), 0, path);
        }
        return new V(node, 0, path);
    }

    // ------------------------------------------------------------------ model

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        PolicyFileException error(V v, String problem) {
            return new PolicyFileException(source, v.line(), v.path(), problem);
        }

        @SuppressWarnings("unchecked")
        Map<String, V> object(V v, String... allowed) {
            if (!(v.raw() instanceof Map)) {
                throw error(v, "expected an object with " + String.join(", ", allowed));
            }
            Map<String, V> m = (Map<String, V>) v.raw();
            if (allowed.length > 0) {
                Set<String> ok = Set.of(allowed);
                for (Map.Entry<String, V> e : m.entrySet()) {
                    if (!ok.contains(e.getKey())) {
                        throw error(e.getValue(), "unknown field '" + e.getKey() + "' (expected one of: " + String.join(", ", allowed) + ")");
                    }
                }
            }
            return m;
        }

        @SuppressWarnings("unchecked")
        Map<String, V> freeObject(V v, String what) {
            if (!(v.raw() instanceof Map)) {
                throw error(v, "expected an object of " + what);
            }
            return (Map<String, V>) v.raw();
        }

        String string(V v) {
            if (!(v.raw() instanceof String s) || s.isBlank()) {
                throw error(v, "expected a non-empty string");
            }
            return s;
        }

        boolean bool(V v) {
            if (!(v.raw() instanceof Boolean b)) {
                throw error(v, "expected true or false");
            }
            return b;
        }

        int integer(V v, int min) {
            if (!(v.raw() instanceof Long l) || l < min || l > Integer.MAX_VALUE) {
                throw error(v, "expected a whole number >= " + min);
            }
            return l.intValue();
        }

        @SuppressWarnings("unchecked")
        List<V> list(V v) {
            if (v.raw() instanceof String) {
                return List.of(v);
            }
            if (!(v.raw() instanceof List)) {
                throw error(v, "expected a list");
            }
            return (List<V>) v.raw();
        }

        <T> T wrap(V v, java.util.function.Supplier<T> f) {
            try {
                return f.get();
            } catch (IllegalArgumentException | IllegalStateException e) {
                if (e instanceof PolicyFileException p) {
                    throw p;
                }
                throw error(v, e.getMessage());
            }
        }

        PolicyFile read(V root) {
            Map<String, V> top = object(root, "version", "arguments", "serverRequests");
            V version = top.get("version");
            if (version == null || !(version.raw() instanceof Long l) || l != 1) {
                throw error(version == null ? root : version, "'version: 1' is required (the only version so far)");
            }
            ArgumentPolicy args = top.containsKey("arguments") ? arguments(top.get("arguments")) : null;
            ServerRequestPolicy reqs = top.containsKey("serverRequests") ? serverRequests(top.get("serverRequests")) : null;
            return new PolicyFile(args, reqs);
        }

        ArgumentPolicy arguments(V v) {
            Map<String, V> m = object(v, "default", "detectors", "onFinding", "defaultFindingAction", "redactSecretNames",
                "blockUnknownSchema", "limits", "servers");
            ArgumentPolicy.Builder b = ArgumentPolicy.builder();
            if (m.containsKey("default")) {
                b.defaultRules(decision(m.get("default")) == ServerArgumentRules.Decision.ALLOW ? ServerArgumentRules.allowAll()
                    : ServerArgumentRules.denyAll());
            }
            if (m.containsKey("detectors")) {
                V d = m.get("detectors");
                String names = string(d);
                b.detector(names.trim().equalsIgnoreCase("none") ? null : wrap(d, () -> DetectorCatalog.standard().resolve(names)));
            }
            if (m.containsKey("onFinding")) {
                for (Map.Entry<String, V> e : freeObject(m.get("onFinding"), "finding type: action").entrySet()) {
                    b.onFinding(e.getKey().toUpperCase(Locale.ROOT), action(e.getValue()));
                }
            }
            if (m.containsKey("defaultFindingAction")) {
                b.defaultFindingAction(action(m.get("defaultFindingAction")));
            }
            if (m.containsKey("redactSecretNames")) {
                b.redactSecretNames(bool(m.get("redactSecretNames")));
            }
            if (m.containsKey("blockUnknownSchema")) {
                b.blockUnknownSchema(bool(m.get("blockUnknownSchema")));
            }
            if (m.containsKey("limits")) {
                V lv = m.get("limits");
                Map<String, V> l = object(lv, "maxBytes", "maxDepth", "maxStringLength");
                int bytes = l.containsKey("maxBytes") ? integer(l.get("maxBytes"), 2) : 256 * 1024;
                int depth = l.containsKey("maxDepth") ? integer(l.get("maxDepth"), 1) : 32;
                int str = l.containsKey("maxStringLength") ? integer(l.get("maxStringLength"), 1) : 64 * 1024;
                wrap(lv, () -> b.limits(bytes, depth, str));
            }
            if (m.containsKey("servers")) {
                for (Map.Entry<String, V> e : freeObject(m.get("servers"), "server name: rules").entrySet()) {
                    b.server(e.getKey(), serverRules(e.getValue()));
                }
            }
            return b.build();
        }

        ServerArgumentRules.Decision decision(V v) {
            String s = string(v).trim().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "allow" -> ServerArgumentRules.Decision.ALLOW;
                case "deny" -> ServerArgumentRules.Decision.DENY;
                default -> throw error(v, "expected allow or deny, was '" + s + "'");
            };
        }

        FieldAction action(V v) {
            String s = string(v);
            return wrap(v, () -> FieldAction.parse(s));
        }

        ServerArgumentRules serverRules(V v) {
            Map<String, V> m = object(v, "default", "dropUndeclared", "tools");
            ServerArgumentRules.Builder b = ServerArgumentRules.builder();
            if (m.containsKey("default")) {
                b.defaultDecision(decision(m.get("default")));
            }
            if (m.containsKey("dropUndeclared")) {
                b.dropUndeclared(bool(m.get("dropUndeclared")));
            }
            if (m.containsKey("tools")) {
                for (Map.Entry<String, V> e : freeObject(m.get("tools"), "tool name: rule").entrySet()) {
                    V t = e.getValue();
                    if (t.raw() instanceof String) {
                        b.tool(e.getKey(), decision(t) == ServerArgumentRules.Decision.DENY ? ToolRule.denied() : ToolRule.allowed());
                    } else {
                        b.tool(e.getKey(), toolRule(t));
                    }
                }
            }
            return b.build();
        }

        ToolRule toolRule(V v) {
            Map<String, V> m = object(v, "allow", "fields", "dropUndeclared", "deny");
            if (m.containsKey("deny") && bool(m.get("deny"))) {
                return ToolRule.denied();
            }
            ToolRule.Builder b = ToolRule.builder();
            if (m.containsKey("allow")) {
                for (V p : list(m.get("allow"))) {
                    String s = string(p);
                    wrap(p, () -> b.allow(s));
                }
            }
            if (m.containsKey("fields")) {
                for (Map.Entry<String, V> e : freeObject(m.get("fields"), "JSON pointer: action").entrySet()) {
                    FieldAction a = action(e.getValue());
                    wrap(e.getValue(), () -> b.field(e.getKey(), a));
                }
            }
            if (m.containsKey("dropUndeclared")) {
                b.dropUndeclared(bool(m.get("dropUndeclared")));
            }
            return b.build();
        }

        ServerRequestPolicy serverRequests(V v) {
            Map<String, V> m = object(v, "default", "servers");
            ServerRequestPolicy.Builder b = ServerRequestPolicy.builder();
            if (m.containsKey("default")) {
                b.defaultRules(requestRules(m.get("default")));
            }
            if (m.containsKey("servers")) {
                for (Map.Entry<String, V> e : freeObject(m.get("servers"), "server name: rules").entrySet()) {
                    b.server(e.getKey(), requestRules(e.getValue()));
                }
            }
            return b.build();
        }

        ServerRequestRules requestRules(V v) {
            Map<String, V> m = object(v, "roots", "sampling", "elicitation");
            ServerRequestRules.Builder b = ServerRequestRules.builder();
            if (m.containsKey("roots")) {
                for (V r : list(m.get("roots"))) {
                    String s = string(r);
                    wrap(r, () -> b.allowRoot(s));
                }
            }
            if (m.containsKey("sampling")) {
                V s = m.get("sampling");
                if (s.raw() instanceof String || s.raw() instanceof Boolean) {
                    if (!(s.raw() instanceof Boolean bo ? !bo : "deny".equalsIgnoreCase((String) s.raw()))) {
                        throw error(s, "expected deny, false, or { maxTokens: N } to allow sampling with a token limit");
                    }
                } else {
                    Map<String, V> sm = object(s, "maxTokens");
                    if (!sm.containsKey("maxTokens")) {
                        throw error(s, "allowing sampling needs a limit: { maxTokens: N }");
                    }
                    b.allowSampling(integer(sm.get("maxTokens"), 1));
                }
            }
            if (m.containsKey("elicitation")) {
                V e = m.get("elicitation");
                if (e.raw() instanceof String str) {
                    switch (str.trim().toLowerCase(Locale.ROOT)) {
                        case "allow" -> b.allowElicitation(false);
                        case "deny" -> { }
                        default -> throw error(e, "expected allow, deny, or { urlMode: true|false }");
                    }
                } else if (e.raw() instanceof Boolean bo) {
                    if (bo) {
                        b.allowElicitation(false);
                    }
                } else {
                    Map<String, V> em = object(e, "urlMode");
                    b.allowElicitation(em.containsKey("urlMode") && bool(em.get("urlMode")));
                }
            }
            return b.build();
        }
    }

    @Override
    public String toString() {
        return "PolicyFile[arguments=" + (arguments != null) + ", serverRequests=" + (serverRequests != null) + "]";
    }
}
