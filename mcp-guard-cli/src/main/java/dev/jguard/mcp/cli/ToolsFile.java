package dev.jguard.mcp.cli;

import dev.jguard.mcp.api.ServerIdentity;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tools file in any of three shapes: a {@code tools/list} result ({@code {"tools":[...]}}), a JSON array of
 * tools, or JSONL with one tool object per line. An optional {@code "server"} field on a tool names its server (it is
 * removed before fingerprinting, since the server never sent it); tools without one belong to {@code defaultServer}.
 *
 * <pre>{@code
 * List<ServerTools> servers = ToolsFile.read(Path.of("tools.json"), "default");
 * }</pre>
 */
final class ToolsFile {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private ToolsFile() {
    }

    static List<ServerTools> read(Path file, String defaultServer) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CliInputException(file + " is larger than " + MAX_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliInputException(file + " does not exist");
        } catch (IOException e) {
            throw new CliInputException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        } catch (java.io.UncheckedIOException e) {
            throw new CliInputException(file + " is not valid UTF-8 text");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new CliInputException(file + " is empty; expected {\"tools\":[...]}, a JSON array of tools, or JSONL");
        }
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        List<Object> tools = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Object whole = null;
        try {
            whole = mapper.readValue(trimmed, Object.class);
        } catch (IOException | RuntimeException e) {
            whole = null;
        }
        if (whole instanceof Map<?, ?> map && map.get("tools") instanceof List<?> list) {
            addAll(list, tools, lines);
        } else if (whole instanceof Map<?, ?> map && map.get("result") instanceof Map<?, ?> result && result.get("tools") instanceof List<?> list) {
            addAll(list, tools, lines); // a whole JSON-RPC response
        } else if (whole instanceof List<?> list) {
            addAll(list, tools, lines);
        } else if (whole instanceof Map<?, ?> map && map.containsKey("name") && trimmed.indexOf('\n') < 0) {
            tools.add(map);
            lines.add(1);
        } else if (whole instanceof Map<?, ?>) {
            throw new CliInputException(file + " is a JSON object without a \"tools\" array; expected {\"tools\":[...]}, "
                    + "a JSON array of tools, or JSONL");
        } else {
            String[] rows = text.split("\r?\n", -1);
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].isBlank()) {
                    continue;
                }
                try {
                    tools.add(mapper.readValue(rows[i], Object.class));
                } catch (IOException | RuntimeException e) {
                    throw new CliInputException(file + " line " + (i + 1) + " is not valid JSON (the file is neither JSON nor JSONL)");
                }
                lines.add(i + 1);
            }
        }
        Map<String, ServerTools> byServer = new LinkedHashMap<>();
        for (int i = 0; i < tools.size(); i++) {
            if (!(tools.get(i) instanceof Map<?, ?> raw)) {
                throw new CliInputException(file + ": tool #" + (i + 1) + " (line " + lines.get(i) + ") is not a JSON object");
            }
            Map<String, Object> tool = new LinkedHashMap<>();
            raw.forEach((k, v) -> tool.put(String.valueOf(k), v));
            Object server = tool.remove("server");
            if (server != null && !(server instanceof String)) {
                throw new CliInputException(file + ": the \"server\" field of tool #" + (i + 1) + " must be a string");
            }
            String serverName = server == null || ((String) server).isBlank() ? defaultServer : (String) server;
            ServerTools st = byServer.computeIfAbsent(serverName,
                    n -> new ServerTools(ServerIdentity.of(n), new ArrayList<>(), new ArrayList<>(), null, file.toString()));
            st.tools().add(tool);
            st.lines().add(lines.get(i));
        }
        return List.copyOf(byServer.values());
    }

    private static void addAll(List<?> list, List<Object> tools, List<Integer> lines) {
        for (Object o : list) {
            tools.add(o);
            lines.add(1);
        }
    }

    /** Reads a JSON object file (config, JWK, JWKS) with clear errors. */
    static Map<String, Object> readObject(Path file, String what) {
        try {
            Map<String, Object> m = McpJsonDefaults.getMapper().readValue(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeRef<Map<String, Object>>() { });
            if (m == null) {
                throw new CliInputException(file + " is not a JSON object (" + what + ")");
            }
            return m;
        } catch (NoSuchFileException e) {
            throw new CliInputException(file + " does not exist (" + what + ")");
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliInputException c) {
                throw c;
            }
            throw new CliInputException(file + " is not valid JSON (" + what + ")");
        }
    }
}
