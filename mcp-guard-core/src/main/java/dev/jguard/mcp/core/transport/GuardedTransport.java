package dev.jguard.mcp.core.transport;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardFailureException;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.McpGuardException;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEventListener;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A {@link McpClientTransport} decorator that runs a {@link GuardChain} on every JSON-RPC message in both directions.
 * Obtain one from {@code McpGuard.wrap(..)}; it is not meant to be constructed directly.
 *
 * <p>What it guarantees:
 * <ul>
 *   <li>{@code connect}, {@code closeGracefully}, {@code close}, {@code unmarshalFrom}, {@code setExceptionHandler} and
 *       {@code protocolVersions} are forwarded to the wrapped transport; {@code connect} may be called again after
 *       the client re-initialises.</li>
 *   <li>Message ids are never changed. Each outbound request is remembered ({@code id -> method, tool}) so that the
 *       response is seen as the answer to {@code tools/list} or {@code tools/call}; likewise for server requests.</li>
 *   <li>A blocked outbound request or notification fails at once with {@link GuardRejectedException} (policy) or
 *       {@link GuardFailureException} (the guard failed): the caller never waits for a timeout. A blocked inbound
 *       response reaches the client as a JSON-RPC error with the same id. A blocked server request is answered to
 *       the server with a JSON-RPC error and never reaches the client. A blocked answer to a server request is
 *       replaced by a JSON-RPC error. A blocked inbound notification is dropped.</li>
 * </ul>
 *
 * <pre>{@code
 * McpClientTransport guarded = guard.wrap(new StdioClientTransport(params, mapper), ServerIdentity.of("files"));
 * McpSyncClient client = McpClient.sync(guarded).build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class GuardedTransport implements McpClientTransport {

    private final McpClientTransport delegate;
    private final ServerIdentity server;
    private final GuardChain chain;
    private final SecurityEventListener events;
    private final TransportErrorMapper errorMapper;
    private final PendingRequests clientRequests;
    private final PendingRequests serverRequests;

    /**
     * @param delegate the transport to guard
     * @param server who it talks to
     * @param chain the interceptors
     * @param events where interceptors' events go
     * @param errorMapper rewrites the wrapped transport's failures
     * @param maxPending how many requests per direction are remembered for correlation
     */
    public GuardedTransport(McpClientTransport delegate, ServerIdentity server, GuardChain chain, SecurityEventListener events,
            TransportErrorMapper errorMapper, int maxPending) {
        this.delegate = Objects.requireNonNull(delegate, "transport");
        this.server = Objects.requireNonNull(server, "server");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.events = Objects.requireNonNull(events, "events");
        this.errorMapper = Objects.requireNonNull(errorMapper, "errorMapper");
        this.clientRequests = new PendingRequests(maxPending);
        this.serverRequests = new PendingRequests(maxPending);
    }

    /** @return the server this transport talks to */
    public ServerIdentity server() {
        return server;
    }

    /** @return the wrapped transport */
    public McpClientTransport delegate() {
        return delegate;
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        Objects.requireNonNull(handler, "handler");
        return delegate.connect(inbound -> handler.apply(inbound.flatMap(this::onInbound)))
                .onErrorMap(t -> mapError(t, "connect", null));
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.defer(() -> onOutbound(message));
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return delegate.unmarshalFrom(data, typeRef);
    }

    @Override
    public List<String> protocolVersions() {
        return delegate.protocolVersions();
    }

    @Override
    public void setExceptionHandler(Consumer<Throwable> handler) {
        Objects.requireNonNull(handler, "handler");
        delegate.setExceptionHandler(t -> handler.accept(mapError(t, "async", null)));
    }

    @Override
    public Mono<Void> closeGracefully() {
        return delegate.closeGracefully().onErrorMap(t -> mapError(t, "close", null));
    }

    @Override
    public void close() {
        delegate.close();
    }

    // ---------------------------------------------------------------- outbound

    private Mono<Void> onOutbound(McpSchema.JSONRPCMessage message) {
        Objects.requireNonNull(message, "message");
        MessageKind kind = kindOf(message);
        Object id = idOf(message);
        String method;
        String tool = null;
        if (kind == MessageKind.RESPONSE) {
            PendingRequests.Entry answered = serverRequests.remove(id);
            method = answered == null ? null : answered.method();
        } else {
            method = methodOf(message);
            if (kind == MessageKind.REQUEST && McpSchema.METHOD_TOOLS_CALL.equals(method)) {
                tool = toolNameOf(((McpSchema.JSONRPCRequest) message).params());
            }
        }
        McpSchema.JSONRPCMessage toSend = message;
        if (!chain.isEmpty()) {
            MessageView view = new MessageView(Direction.OUTBOUND, kind, method, id, tool, message, server, delegate, events);
            GuardChain.Outcome outcome = chain.run(view);
            if (outcome.blocked()) {
                if (kind == MessageKind.RESPONSE) {
                    return send(refusal(id, outcome, "Client refused to answer this request"), method);
                }
                return Mono.error(exception(outcome, Direction.OUTBOUND, method, tool));
            }
            toSend = outcome.message();
        }
        if (kind == MessageKind.REQUEST) {
            clientRequests.put(id, method, tool);
            return send(toSend, method).doOnError(t -> clientRequests.remove(id));
        }
        return send(toSend, method);
    }

    private Mono<Void> send(McpSchema.JSONRPCMessage message, String method) {
        Mono<Void> sent;
        try {
            sent = delegate.sendMessage(message);
        } catch (RuntimeException e) {
            return Mono.error(mapError(e, "send", method));
        }
        return sent.onErrorMap(t -> mapError(t, "send", method));
    }

    // ---------------------------------------------------------------- inbound

    private Mono<McpSchema.JSONRPCMessage> onInbound(McpSchema.JSONRPCMessage message) {
        MessageKind kind = kindOf(message);
        Object id = idOf(message);
        String method;
        String tool = null;
        if (kind == MessageKind.RESPONSE) {
            PendingRequests.Entry answered = clientRequests.remove(id);
            method = answered == null ? null : answered.method();
            tool = answered == null ? null : answered.tool();
        } else {
            method = methodOf(message);
        }
        McpSchema.JSONRPCMessage toDeliver = message;
        if (!chain.isEmpty()) {
            MessageView view = new MessageView(Direction.INBOUND, kind, method, id, tool, message, server, delegate, events);
            GuardChain.Outcome outcome = chain.run(view);
            if (outcome.blocked()) {
                return switch (kind) {
                    case RESPONSE -> Mono.just(refusal(id, outcome, describe(outcome, Direction.INBOUND, method, tool)));
                    case REQUEST -> send(refusal(id, outcome, "Request refused by client policy"), method)
                            .onErrorResume(t -> Mono.empty())
                            .then(Mono.empty());
                    case NOTIFICATION -> Mono.empty();
                };
            }
            toDeliver = outcome.message();
        }
        if (kind == MessageKind.REQUEST) {
            serverRequests.put(id, method, null);
        }
        return Mono.just(toDeliver);
    }

    // ---------------------------------------------------------------- helpers

    private static McpSchema.JSONRPCResponse refusal(Object id, GuardChain.Outcome outcome, String message) {
        return new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, null,
                new McpSchema.JSONRPCResponse.JSONRPCError(outcome.errorCode().jsonRpcCode(), message, null));
    }

    private McpGuardException exception(GuardChain.Outcome outcome, Direction direction, String method, String tool) {
        String message = describe(outcome, direction, method, tool);
        if (outcome.failed()) {
            return new GuardFailureException(outcome.guardId(), outcome.reason(), outcome.incidentId(), message);
        }
        return new GuardRejectedException(outcome.errorCode(), outcome.guardId(), outcome.ruleId(), outcome.incidentId(),
                message);
    }

    private String describe(GuardChain.Outcome outcome, Direction direction, String method, String tool) {
        StringBuilder sb = new StringBuilder(160).append("mcp-guard ");
        sb.append(outcome.failed() ? "failed closed on " : "blocked ");
        sb.append(direction == Direction.OUTBOUND ? "outbound " : "inbound ");
        sb.append(method == null ? "message" : SafeText.identifier(method));
        if (tool != null) {
            sb.append(" (tool '").append(SafeText.identifier(tool)).append("')");
        }
        sb.append(direction == Direction.OUTBOUND ? " to" : " from").append(" server '")
                .append(SafeText.identifier(server.name())).append("': ");
        sb.append(outcome.failed() ? "guard '" + outcome.guardId() + "' threw while inspecting it"
                : "rule '" + outcome.ruleId() + "' of guard '" + outcome.guardId() + "': " + outcome.reason());
        sb.append(" [").append(outcome.errorCode().code()).append(", incident ").append(outcome.incidentId()).append(']');
        return sb.toString();
    }

    private Throwable mapError(Throwable failure, String operation, String method) {
        if (failure instanceof McpGuardException) {
            return failure;
        }
        try {
            Throwable mapped = errorMapper.map(failure, new TransportErrorMapper.Context(server.name(), operation, method));
            return mapped == null ? failure : mapped;
        } catch (RuntimeException e) {
            return new GuardFailureException("transport-error-mapper", e.getClass().getName(), Incidents.newId(),
                    "mcp-guard failed to sanitize a transport error from server '" + SafeText.identifier(server.name()) + "'");
        }
    }

    static MessageKind kindOf(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest) {
            return MessageKind.REQUEST;
        }
        if (message instanceof McpSchema.JSONRPCResponse) {
            return MessageKind.RESPONSE;
        }
        if (message instanceof McpSchema.JSONRPCNotification) {
            return MessageKind.NOTIFICATION;
        }
        throw new IllegalArgumentException("Unsupported JSON-RPC message type " + message.getClass().getName());
    }

    static Object idOf(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest r) {
            return r.id();
        }
        if (message instanceof McpSchema.JSONRPCResponse r) {
            return r.id();
        }
        return null;
    }

    private static String methodOf(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest r) {
            return r.method();
        }
        if (message instanceof McpSchema.JSONRPCNotification n) {
            return n.method();
        }
        return null;
    }

    private static String toolNameOf(Object params) {
        if (params instanceof McpSchema.CallToolRequest c) {
            return c.name();
        }
        if (params instanceof Map<?, ?> m && m.get("name") instanceof String s) {
            return s;
        }
        return null;
    }
}
