package dev.jguard.mcp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mcp-guard} command line. Run {@code ./mcp-guard --help} for the subcommands.
 *
 * <pre>{@code
 * ./mcp-guard demo
 * }</pre>
 */
@Command(name = "mcp-guard", mixinStandardHelpOptions = true, versionProvider = McpGuardCli.Version.class,
        description = "Security tooling for MCP clients: the TravelBot demo and offline checks.",
        subcommands = {DemoCommand.class, ScanCommand.class, PinCommand.class, VerifyCommand.class, SignCommand.class,
                DetectCommand.class})
public final class McpGuardCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting (for tests).
     *
     * @param args command line arguments
     * @return the exit code: 0 success, 1 findings that block, 2 bad input or usage
     */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new McpGuardCli());
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("mcp-guard: " + ex.getClass().getSimpleName() + ": " + (ex.getMessage() == null ? "failed" : ex.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = McpGuardCli.class.getPackage().getImplementationVersion();
            return new String[] {"mcp-guard " + (v == null ? "dev" : v)};
        }
    }
}
