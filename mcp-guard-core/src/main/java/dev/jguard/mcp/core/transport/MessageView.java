package dev.jguard.mcp.core.transport;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Collections;
import java.util.Map;

/** The {@link GuardedMessage} one chain run works on. Confined to the thread that runs the chain. */
final class MessageView implements GuardedMessage {

    static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {
    };

    private final Direction direction;
    private final MessageKind kind;
    private final String method;
    private final Object id;
    private final String tool;
    private final ServerIdentity server;
    private final McpClientTransport mapperSource;
    private final SecurityEventListener events;
    private McpSchema.JSONRPCMessage message;
    private Map<String, Object> params;
    private Map<String, Object> result;
    private String incidentId;

    MessageView(Direction direction, MessageKind kind, String method, Object id, String tool, McpSchema.JSONRPCMessage message,
            ServerIdentity server, McpClientTransport mapperSource, SecurityEventListener events) {
        this.direction = direction;
        this.kind = kind;
        this.method = method;
        this.id = id;
        this.tool = tool;
        this.message = message;
        this.server = server;
        this.mapperSource = mapperSource;
        this.events = events;
    }

    void replace(McpSchema.JSONRPCMessage replacement) {
        this.message = replacement;
        this.params = null;
        this.result = null;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public MessageKind kind() {
        return kind;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public Object id() {
        return id;
    }

    @Override
    public McpSchema.JSONRPCMessage message() {
        return message;
    }

    @Override
    public ServerIdentity server() {
        return server;
    }

    @Override
    public String toolName() {
        return tool;
    }

    @Override
    public Map<String, Object> params() {
        if (params == null) {
            Object raw = message instanceof McpSchema.JSONRPCRequest r ? r.params()
                    : message instanceof McpSchema.JSONRPCNotification n ? n.params() : null;
            params = asMap(raw);
        }
        return params;
    }

    @Override
    public Map<String, Object> result() {
        if (result == null) {
            result = message instanceof McpSchema.JSONRPCResponse r ? asMap(r.result()) : Map.of();
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(Object raw) {
        if (raw == null) {
            return Map.of();
        }
        if (raw instanceof Map<?, ?> m) {
            return Collections.unmodifiableMap((Map<String, Object>) m);
        }
        Map<String, Object> converted = mapperSource.unmarshalFrom(raw, MAP);
        return converted == null ? Map.of() : Collections.unmodifiableMap(converted);
    }

    @Override
    public <T> T convert(Object value, TypeRef<T> type) {
        return mapperSource.unmarshalFrom(value, type);
    }

    @Override
    public void emit(SecurityEvent event) {
        events.onEvent(event);
    }

    @Override
    public String incidentId() {
        if (incidentId == null) {
            incidentId = Incidents.newId();
        }
        return incidentId;
    }

    @Override
    public String toString() {
        return "GuardedMessage[" + direction + " " + kind + " " + method + "]";
    }
}
