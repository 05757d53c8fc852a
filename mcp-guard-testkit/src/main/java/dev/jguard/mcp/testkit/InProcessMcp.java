package dev.jguard.mcp.testkit;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * An in-process MCP client/server transport pair. Every message is serialised to JSON text and parsed back on the
 * other side, exactly as on a real wire, so a guard sees the same Java types it sees over stdio or HTTP
 * ({@code LinkedHashMap} params and results inbound, typed records outbound).
 *
 * <pre>{@code
 * InProcessMcp pair = InProcessMcp.create(McpJsonDefaults.getMapper());
 * McpSyncServer server = McpServer.sync(pair.serverProvider()).serverInfo("demo", "1")
 *     .capabilities(ServerCapabilities.builder().tools(true).build())
 *     .toolCall(tool, (exchange, request) -> CallToolResult.builder().addTextContent("ok").build()).build();
 * McpSyncClient client = McpClient.sync(guard.wrap(pair.clientTransport(), ServerIdentity.of("demo"))).build();
 * client.initialize();
 * }</pre>
 *
 * <p>Thread-safe. One pair serves one client session; create a new pair per client.
 */
public final class InProcessMcp {

    private final McpJsonMapper mapper;
    private final ClientSide client = new ClientSide();
    private final ServerSide server = new ServerSide();

    private InProcessMcp(McpJsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * @param mapper the JSON mapper both sides use (e.g. {@code McpJsonDefaults.getMapper()})
     * @return a new, unconnected pair
     */
    public static InProcessMcp create(McpJsonMapper mapper) {
        return new InProcessMcp(mapper);
    }

    /** @return the client side, to give to {@code McpClient.sync(..)} (usually wrapped by a guard) */
    public McpClientTransport clientTransport() {
        return client;
    }

    /** @return the server side, to give to {@code McpServer.sync(..)} */
    public McpServerTransportProvider serverProvider() {
        return server;
    }

    private McpSchema.JSONRPCMessage overTheWire(McpSchema.JSONRPCMessage message) {
        try {
            return McpSchema.deserializeJsonRpcMessage(mapper, mapper.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException("In-process wire could not round-trip a message", e);
        }
    }

    private final class ClientSide implements McpClientTransport {
        private final AtomicReference<Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>>> handler =
                new AtomicReference<>();
        private volatile Consumer<Throwable> exceptionHandler = t -> { };

        @Override
        public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> h) {
            return Mono.fromRunnable(() -> handler.set(h));
        }

        void deliver(McpSchema.JSONRPCMessage message) {
            var h = handler.get();
            if (h == null) {
                exceptionHandler.accept(new IllegalStateException("In-process client is not connected"));
                return;
            }
            h.apply(Mono.just(overTheWire(message))).subscribe(null, exceptionHandler);
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return Mono.defer(() -> {
                McpServerSession session = server.session.get();
                if (session == null) {
                    return Mono.error(new IllegalStateException("In-process server has no session factory yet"));
                }
                McpSchema.JSONRPCMessage wire = overTheWire(message);
                session.handle(wire).subscribe(null, exceptionHandler);
                return Mono.empty();
            });
        }

        @Override
        public void setExceptionHandler(Consumer<Throwable> h) {
            this.exceptionHandler = Objects.requireNonNull(h);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.fromRunnable(() -> handler.set(null));
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return mapper.convertValue(data, typeRef);
        }
    }

    private final class ServerSide implements McpServerTransportProvider {
        private final AtomicReference<McpServerSession> session = new AtomicReference<>();
        private final ServerTransport transport = new ServerTransport();

        @Override
        public void setSessionFactory(McpServerSession.Factory factory) {
            session.set(factory.create(transport));
        }

        @Override
        public Mono<Void> notifyClients(String method, Object params) {
            McpServerSession s = session.get();
            return s == null ? Mono.empty() : s.sendNotification(method, params);
        }

        @Override
        public Mono<Void> closeGracefully() {
            McpServerSession s = session.get();
            return s == null ? Mono.empty() : s.closeGracefully();
        }

        @Override
        public List<String> protocolVersions() {
            return client.protocolVersions();
        }
    }

    private final class ServerTransport implements McpServerTransport {
        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return Mono.fromRunnable(() -> client.deliver(message));
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return mapper.convertValue(data, typeRef);
        }
    }
}
