package dev.jguard.mcp.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the tools come from: a file ({@code --tools}) or live servers of a client config ({@code --config}).
 *
 * <pre>{@code
 * @Mixin InputOptions input;  ...  List<ServerTools> servers = input.load();
 * }</pre>
 */
final class InputOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--tools", paramLabel = "FILE",
                description = "tools/list result {\"tools\":[...]}, a JSON array of tools, or JSONL (one tool per line); "
                        + "an optional \"server\" field on a tool names its server")
        Path tools;

        @Option(names = "--config", paramLabel = "FILE",
                description = "MCP client config {\"mcpServers\":{...}}: connect to every server (stdio command/args/env or url) and list its tools")
        Path config;
    }

    @Option(names = "--server", paramLabel = "NAME", defaultValue = "default",
            description = "server name for tools without a \"server\" field (default: ${DEFAULT-VALUE})")
    String server;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "per-server timeout for --config (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    List<ServerTools> load() {
        if (source.tools != null) {
            return ToolsFile.read(source.tools, server);
        }
        return ConfigServers.list(source.config, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
    }
}
