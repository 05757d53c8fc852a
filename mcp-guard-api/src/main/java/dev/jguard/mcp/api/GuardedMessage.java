package dev.jguard.mcp.api;

import dev.jguard.mcp.api.event.SecurityEvent;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.json.TypeRef;
import java.util.Map;

/**
 * One JSON-RPC message as an interceptor sees it: the message itself plus what the guarded transport knows about it
 * (direction, the server, and for a response the request it answers).
 *
 * <pre>{@code
 * if (message.isResponseTo("tools/list")) {
 *     Map<String, Object> result = message.result();   // generic JSON tree (Map/List/String/Number/Boolean)
 *     ...
 * }
 * }</pre>
 *
 * <p>An instance is confined to the thread that runs the chain for this message; do not keep it.
 */
public interface GuardedMessage {

    /** @return which way the message travels */
    Direction direction();

    /** @return request, response or notification */
    MessageKind kind();

    /**
     * The method: of the request or notification itself, or, for a response, of the request it answers (correlated
     * by id). Null for a response whose request was never seen (for example one the server made up).
     *
     * @return the method or null
     */
    String method();

    /** @return the JSON-RPC id, or null for a notification */
    Object id();

    /** @return the message as it stands at this point of the chain (earlier interceptors may have replaced it) */
    McpSchema.JSONRPCMessage message();

    /** @return the server this transport talks to */
    ServerIdentity server();

    /**
     * The tool name of a {@code tools/call} request, or of the request a {@code tools/call} response answers.
     *
     * @return the tool name, or null when this message is not about a tool call
     */
    String toolName();

    /**
     * The params of a request or notification as a generic JSON tree (a mutable copy is never returned: treat it
     * as read-only and build a replacement to change anything).
     *
     * @return the params, or an empty map when there are none
     */
    Map<String, Object> params();

    /**
     * The result of a response as a generic JSON tree (read-only).
     *
     * @return the result, or an empty map for an error response
     */
    Map<String, Object> result();

    /**
     * Converts a value with the wrapped transport's own JSON mapper (Jackson 2 or 3, whichever the application
     * chose), e.g. a generic tree into {@code McpSchema.CallToolResult}.
     *
     * @param value the value
     * @param type the target type
     * @param <T> the target type
     * @return the converted value
     */
    <T> T convert(Object value, TypeRef<T> type);

    /**
     * Sends an event to the guard's listeners. Listener failures never affect this call.
     *
     * @param event the event; it must carry no payload values
     */
    void emit(SecurityEvent event);

    /**
     * An incident id for this message, created on first use, that correlates the exception, the events and any audit
     * record about it.
     *
     * @return the incident id
     */
    String incidentId();

    /**
     * @param method a method name
     * @return true when this is a request with that method
     */
    default boolean isRequest(String method) {
        return kind() == MessageKind.REQUEST && method.equals(method());
    }

    /**
     * @param method a method name
     * @return true when this is a response to a request with that method
     */
    default boolean isResponseTo(String method) {
        return kind() == MessageKind.RESPONSE && method.equals(method());
    }

    /**
     * @param method a method name
     * @return true when this is a notification with that method
     */
    default boolean isNotification(String method) {
        return kind() == MessageKind.NOTIFICATION && method.equals(method());
    }
}
