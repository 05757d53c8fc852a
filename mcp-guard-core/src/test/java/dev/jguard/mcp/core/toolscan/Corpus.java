package dev.jguard.mcp.core.toolscan;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads the evaluation corpus under {@code src/test/resources/toolscan}. */
final class Corpus {

    record Poisoned(String id, String source, String technique, ToolDefinition tool) {
    }

    private Corpus() {
    }

    /** @return every benign tool, each file being one server */
    static List<ToolDefinition> benign() {
        return benign("benign");
    }

    static List<ToolDefinition> benign(String folder) {
        List<ToolDefinition> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir(folder)).filter(f -> f.toString().endsWith(".json"))) {
            for (Path f : files.sorted().toList()) {
                Map<String, Object> doc = McpJsonDefaults.getMapper().readValue(Files.readString(f), new TypeRef<Map<String, Object>>() { });
                String server = (String) doc.get("server");
                for (Object t : (List<?>) doc.get("tools")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> tool = (Map<String, Object>) t;
                    Object s = tool.get("server");
                    out.add(ToolDefinition.of(s instanceof String ss ? ss : server, tool));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Poisoned> poisoned() {
        return poisoned("poisoned");
    }

    static List<Poisoned> poisoned(String folder) {
        List<Poisoned> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir(folder).resolve("poisoned.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> doc = McpJsonDefaults.getMapper().readValue(line, new TypeRef<Map<String, Object>>() { });
                @SuppressWarnings("unchecked")
                Map<String, Object> tool = (Map<String, Object>) doc.get("tool");
                out.add(new Poisoned((String) doc.get("id"), (String) doc.get("source"), (String) doc.get("technique"),
                        ToolDefinition.of("untrusted", tool)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, Object> everythingToolsList() {
        try (InputStream in = Corpus.class.getResourceAsStream("/toolscan/benign/npm-everything.json")) {
            return McpJsonDefaults.getMapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new TypeRef<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dir(String name) {
        try {
            return Path.of(Corpus.class.getResource("/toolscan/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
