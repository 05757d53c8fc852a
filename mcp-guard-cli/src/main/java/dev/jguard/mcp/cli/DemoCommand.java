package dev.jguard.mcp.cli;

import dev.jguard.mcp.examples.travelbot.TravelBotDemo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code mcp-guard demo}: runs the five TravelBot attack chapters without and with the guard and prints the table.
 *
 * <pre>{@code
 * ./mcp-guard demo
 * }</pre>
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the TravelBot story: five attacks on an MCP agent, without and with mcp-guard.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        TravelBotDemo.print(TravelBotDemo.runAll(), System.out);
        return 0;
    }
}
