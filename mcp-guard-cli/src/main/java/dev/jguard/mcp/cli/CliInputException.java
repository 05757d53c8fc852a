package dev.jguard.mcp.cli;

/**
 * Bad input to a command (unreadable file, wrong shape, unreachable server): the command prints the message, with no
 * stack trace, and exits with code 2.
 *
 * <pre>{@code
 * throw new CliInputException("tools.json line 3 is not a JSON object");
 * }</pre>
 */
final class CliInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliInputException(String message) {
        super(message);
    }
}
