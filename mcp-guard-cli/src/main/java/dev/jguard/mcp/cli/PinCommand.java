package dev.jguard.mcp.cli;

import dev.jguard.mcp.core.pinning.LockfilePinStore;
import dev.jguard.mcp.core.pinning.PinStoreException;
import dev.jguard.mcp.core.pinning.ServerPins;
import dev.jguard.mcp.core.pinning.ToolFingerprint;
import dev.jguard.mcp.core.toolscan.ScanReport;
import dev.jguard.mcp.core.toolscan.ToolReport;
import dev.jguard.mcp.core.toolscan.ToolScanner;
import dev.jguard.mcp.core.toolscan.ToolVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcp-guard pin}: writes or updates a lockfile with the current tools of one or more servers. Tools the scanner
 * blocks are not pinned unless {@code --include-flagged} is given. Exit 0 on success, 1 when some tools were left out,
 * 2 on bad input.
 *
 * <pre>{@code
 * ./mcp-guard pin --tools everything-tools.json --server everything --lockfile mcp-guard.lock.json
 * ./mcp-guard pin --config mcp.json
 * }</pre>
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
        description = "Write or update a lockfile with the current tool definitions (fingerprints) of servers.")
public final class PinCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--lockfile", paramLabel = "FILE", defaultValue = "mcp-guard.lock.json", description = "lockfile to write (default: ${DEFAULT-VALUE})")
    Path lockfile;

    @Option(names = "--include-flagged", description = "also pin tools the scanner blocks (after you reviewed them)")
    boolean includeFlagged;

    @Override
    public Integer call() {
        try {
            LockfilePinStore store = LockfilePinStore.open(lockfile);
            List<ServerTools> servers = input.load();
            int skipped = 0;
            for (ServerTools st : servers) {
                ScanReport report = ToolScanner.defaults().scan(st.definitions());
                ServerPins.Builder b = ServerPins.builder(st.identity().location(), st.identity().name());
                if (st.instructions() != null) {
                    b.instructions(ToolFingerprint.ofInstructions(st.instructions()));
                }
                for (int i = 0; i < st.tools().size(); i++) {
                    Map<String, Object> tool = st.tools().get(i);
                    ToolReport r = report.tools().get(i);
                    String name = r.tool().name();
                    if (name.isEmpty()) {
                        throw new CliInputException("a tool of server '" + st.identity().name() + "' has no name");
                    }
                    if (r.verdict() == ToolVerdict.BLOCK && !includeFlagged) {
                        skipped++;
                        System.err.println("not pinned (blocked by scan, review with 'mcp-guard scan'): " + st.identity().name() + "/"
                                + Reports.safe(name));
                        continue;
                    }
                    try {
                        b.tool(name, ToolFingerprint.of(tool));
                    } catch (IllegalArgumentException e) {
                        throw new CliInputException("tool '" + Reports.safe(name) + "' cannot be fingerprinted: " + e.getMessage());
                    }
                }
                ServerPins pins = b.build();
                store.save(pins);
                System.out.println("pinned " + pins.tools().size() + " tools of '" + st.identity().name() + "' (" + st.identity().location()
                        + ") in " + lockfile);
            }
            return skipped > 0 ? 1 : 0;
        } catch (CliInputException | PinStoreException e) {
            System.err.println("mcp-guard pin: " + e.getMessage());
            return 2;
        }
    }
}
