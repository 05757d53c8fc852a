package dev.jguard.mcp.cli;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.core.McpGuard;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Connects to every server of a standard client config ({@code {"mcpServers":{"name":{"command":..,"args":[..],"env":{..}}
 * | {"url":..}}}}) and lists its tools raw (every field, as sent), plus its instructions. A stdio server gets only the
 * configured environment (plus {@code PATH}, {@code HOME}), not this process's whole environment.
 *
 * <pre>{@code
 * List<ServerTools> servers = ConfigServers.list(Path.of("claude_desktop_config.json"), Duration.ofSeconds(30));
 * }</pre>
 */
final class ConfigServers {

    private ConfigServers() {
    }

    static List<ServerTools> list(Path config, Duration timeout) {
        Map<String, Object> root = ToolsFile.readObject(config, "MCP client config");
        if (!(root.get("mcpServers") instanceof Map<?, ?> servers) || servers.isEmpty()) {
            throw new CliInputException(config + " has no \"mcpServers\" object with servers");
        }
        List<ServerTools> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : servers.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> server)) {
                throw new CliInputException(config + ": server '" + name + "' must be an object");
            }
            out.add(listOne(name, server, config.toString(), timeout));
        }
        return out;
    }

    private static ServerTools listOne(String name, Map<?, ?> server, String source, Duration timeout) {
        ServerIdentity identity;
        McpClientTransport raw;
        if (server.get("url") instanceof String url) {
            URI uri;
            try {
                uri = URI.create(url);
                identity = ServerIdentity.http(name, uri);
            } catch (IllegalArgumentException ex) {
                throw new CliInputException("server '" + name + "': \"url\" must be an absolute http(s) URL");
            }
            String base = uri.getScheme() + "://" + uri.getRawAuthority();
            String endpoint = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            raw = HttpClientStreamableHttpTransport.builder(base).endpoint(endpoint).build();
        } else if (server.get("command") instanceof String command) {
            List<String> args = new ArrayList<>();
            if (server.get("args") instanceof List<?> list) {
                list.forEach(a -> args.add(String.valueOf(a)));
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (server.get("env") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
            }
            identity = ServerIdentity.stdio(name, command, args);
            ServerParameters params = ServerParameters.builder(command).args(args).env(env).build();
            StdioClientTransport stdio = new StdioClientTransport(params, McpJsonDefaults.getMapper()) {
                @Override
                protected ProcessBuilder getProcessBuilder() {
                    ProcessBuilder pb = super.getProcessBuilder();
                    Map<String, String> childEnv = pb.environment();
                    String path = System.getenv("PATH");
                    String home = System.getenv("HOME");
                    childEnv.clear();
                    if (path != null) {
                        childEnv.put("PATH", path);
                    }
                    if (home != null) {
                        childEnv.put("HOME", home);
                    }
                    return pb;
                }
            };
            stdio.setStdErrorHandler(line -> { });
            raw = stdio;
        } else {
            throw new CliInputException("server '" + name + "' needs a \"command\" (stdio) or a \"url\" (HTTP)");
        }
        List<Map<String, Object>> tools = new CopyOnWriteArrayList<>();
        AtomicReference<String> instructions = new AtomicReference<>();
        McpGuard capture = McpGuard.builder().auditLogging(false).addInterceptor(message -> {
            if (message.isResponseTo(McpSchema.METHOD_TOOLS_LIST) && message.result().get("tools") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        Map<String, Object> copy = new LinkedHashMap<>();
                        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                        tools.add(copy);
                    }
                }
            } else if (message.isResponseTo(McpSchema.METHOD_INITIALIZE) && message.result().get("instructions") instanceof String s) {
                instructions.set(s);
            }
            return Verdict.pass();
        }).build();
        McpSyncClient client = McpClient.sync(capture.wrap(raw, identity)).requestTimeout(timeout).initializationTimeout(timeout).build();
        try {
            client.initialize();
            tools.clear(); // servers may announce list_changed during start-up; keep only the explicit listing below
            client.listTools();
        } catch (RuntimeException ex) {
            throw new CliInputException("cannot list the tools of server '" + name + "' (" + ex.getClass().getSimpleName() + ")");
        } finally {
            try {
                client.closeGracefully();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
        Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
        for (Map<String, Object> t : tools) {
            unique.put(String.valueOf(t.get("name")), t); // a concurrent re-listing may have captured a tool twice
        }
        List<Integer> lines = new ArrayList<>();
        unique.values().forEach(t -> lines.add(1));
        return new ServerTools(identity, new ArrayList<>(unique.values()), lines, instructions.get(), source);
    }
}
