package dev.jguard.mcp.api;

/**
 * The JSON-RPC shape of a message.
 *
 * <pre>{@code
 * if (message.kind() == MessageKind.RESPONSE && "tools/list".equals(message.method())) { ... }
 * }</pre>
 */
public enum MessageKind {
    /** A request: has a method and an id. */
    REQUEST,
    /** A response: has an id and either a result or an error; {@link GuardedMessage#method()} is the method it answers. */
    RESPONSE,
    /** A notification: has a method and no id. */
    NOTIFICATION
}
