package dev.jguard.mcp.cli;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.toolscan.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The raw tools of one server, as read from a file or listed live, with where each came from (file and line) for
 * reports.
 *
 * <pre>{@code
 * ServerTools st = ...; st.definitions();   // for the scanner
 * }</pre>
 *
 * @param identity the server's secret-free identity (keys the lockfile)
 * @param tools raw tool objects
 * @param lines the 1-based source line of each tool (same order), 1 when unknown
 * @param instructions the server's instructions, or null
 * @param source the file the tools came from (for SARIF locations)
 */
record ServerTools(ServerIdentity identity, List<Map<String, Object>> tools, List<Integer> lines, String instructions, String source) {

    List<ToolDefinition> definitions() {
        List<ToolDefinition> out = new ArrayList<>();
        for (Map<String, Object> t : tools) {
            out.add(ToolDefinition.of(identity.name(), t));
        }
        return out;
    }
}
