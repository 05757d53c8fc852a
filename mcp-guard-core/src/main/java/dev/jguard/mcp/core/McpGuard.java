package dev.jguard.mcp.core;

import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEventListener;
import dev.jguard.mcp.core.event.EventDispatcher;
import dev.jguard.mcp.core.event.Slf4jAuditListener;
import dev.jguard.mcp.core.transport.GuardChain;
import dev.jguard.mcp.core.transport.GuardedTransport;
import dev.jguard.mcp.core.transport.TransportErrorMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, thread-safe security guard for MCP clients. {@link #wrap(McpClientTransport, ServerIdentity)} returns
 * a transport that routes every JSON-RPC message, in both directions, through the guard's interceptor chain.
 *
 * <pre>{@code
 * McpGuard guard = McpGuard.builder()
 *     .addInterceptor(myInterceptor)
 *     .addListener(event -> metrics.increment(event.type()))
 *     .build();
 * McpClientTransport transport = guard.wrap(new StdioClientTransport(params, mapper), ServerIdentity.of("files"));
 * McpSyncClient client = McpClient.sync(transport).build();
 * }</pre>
 *
 * <h2>Chain order</h2>
 * The chain is the list {@code C = [u1, ..., un, b1, ..., bm]}: the user interceptors {@code u} in registration order
 * (outside, nearest the application), then the enabled built-in guards {@code b} in the fixed stage order
 * {@code TOOL_PINNING, ARGUMENT_POLICY, SERVER_REQUESTS, RESULT_SANITIZER, ERROR_SANITIZER} (inside, nearest the wire).
 * An outbound message visits {@code C[0] .. C[last]}; an inbound message visits {@code C[last] .. C[0]}. The first block
 * wins (deny wins over allow); an exception in any interceptor blocks the message (fail closed).
 *
 * <h2>Events</h2>
 * Listeners receive typed {@link dev.jguard.mcp.api.event.SecurityEvent}s synchronously; a listener that throws never
 * changes a decision. By default an {@link Slf4jAuditListener} writes {@code key=value} audit lines to the
 * {@code mcpguard.audit} logger ({@link Builder#auditLogging(boolean)} turns it off).
 */
public final class McpGuard {

    /** The built-in stages, in chain order (outer to inner). */
    private enum Stage {
        TOOL_PINNING, ARGUMENT_POLICY, SERVER_REQUESTS, RESULT_SANITIZER, ERROR_SANITIZER
    }

    private final List<GuardInterceptor> interceptors;
    private final EventDispatcher events;
    private final GuardChain chain;
    private final Clock clock;
    private final TransportErrorMapper errorMapper;
    private final int maxPendingRequests;

    private McpGuard(Builder b) {
        List<GuardInterceptor> all = new ArrayList<>(b.userInterceptors);
        for (Stage stage : Stage.values()) {
            GuardInterceptor builtIn = b.builtIns.get(stage);
            if (builtIn != null) {
                all.add(builtIn);
            }
        }
        List<SecurityEventListener> listeners = new ArrayList<>();
        if (b.auditLogging) {
            listeners.add(new Slf4jAuditListener());
        }
        listeners.addAll(b.listeners);
        this.interceptors = List.copyOf(all);
        this.events = new EventDispatcher(listeners);
        this.clock = b.clock;
        this.errorMapper = b.errorMapper;
        this.maxPendingRequests = b.maxPendingRequests;
        this.chain = new GuardChain(this.interceptors, events, clock);
    }

    /** @return a new builder with secure defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Wraps a transport to a server known by {@code server}.
     *
     * @param transport the transport the application already has (stdio, Streamable HTTP, SSE, in-process ...)
     * @param server who it talks to; keys pins and per-server policies, so give each server its own identity
     * @return the guarded transport, to pass to {@code McpClient.sync(..)} or {@code McpClient.async(..)}
     */
    public McpClientTransport wrap(McpClientTransport transport, ServerIdentity server) {
        return new GuardedTransport(transport, server, chain, events, errorMapper, maxPendingRequests);
    }

    /**
     * Wraps a transport to a single, unnamed server ({@code ServerIdentity.of("default")}). Applications that talk to
     * more than one server must use {@link #wrap(McpClientTransport, ServerIdentity)} so per-server state stays apart.
     *
     * @param transport the transport
     * @return the guarded transport
     */
    public McpClientTransport wrap(McpClientTransport transport) {
        return wrap(transport, ServerIdentity.of("default"));
    }

    /** @return the interceptor ids in chain order (outer to inner) */
    public List<String> chainOrder() {
        return chain.ids();
    }

    /** @return the guard's clock */
    public Clock clock() {
        return clock;
    }

    /** @return the listener that fans events out to every registered listener (for guards that emit outside a message) */
    public SecurityEventListener events() {
        return events;
    }

    @Override
    public String toString() {
        return "McpGuard" + chain.ids();
    }

    /**
     * Builds an {@link McpGuard}. Not thread-safe; throw it away after {@link #build()}. Each setting can be given once;
     * giving it again is an error, so a misconfiguration cannot silently override a security setting.
     *
     * <pre>{@code
     * McpGuard guard = McpGuard.builder().clock(Clock.systemUTC()).auditLogging(true).build();
     * }</pre>
     */
    public static final class Builder {
        private final List<GuardInterceptor> userInterceptors = new ArrayList<>();
        private final List<SecurityEventListener> listeners = new ArrayList<>();
        private final Map<Stage, GuardInterceptor> builtIns = new EnumMap<>(Stage.class);
        private Clock clock = Clock.systemUTC();
        private boolean auditLogging = true;
        private TransportErrorMapper errorMapper = TransportErrorMapper.IDENTITY;
        private int maxPendingRequests = 10_000;

        private Builder() {
        }

        /**
         * Adds an interceptor of the application's own. User interceptors sit outside the built-in guards, in
         * registration order.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder addInterceptor(GuardInterceptor interceptor) {
            userInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Adds an event listener (called synchronously; keep it fast).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder addListener(SecurityEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param clock the clock for event timestamps and time-based checks (default: system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param enabled whether to write SLF4J audit lines to {@code mcpguard.audit} (default: true)
         * @return this builder
         */
        public Builder auditLogging(boolean enabled) {
            this.auditLogging = enabled;
            return this;
        }

        /**
         * @param max how many requests in flight per direction and transport are remembered for correlation
         *     (default 10,000; the oldest are forgotten first)
         * @return this builder
         */
        public Builder maxPendingRequests(int max) {
            if (max < 16) {
                throw new IllegalArgumentException("maxPendingRequests must be at least 16, was " + max);
            }
            this.maxPendingRequests = max;
            return this;
        }

        /**
         * Enables tool pinning and poisoned-tool detection (issue 3): every {@code tools/list} is checked against the
         * pins, unapproved tools are removed from what the client sees, and calls to them are blocked.
         *
         * <pre>{@code
         * .toolPinning(ToolPinning.builder(LockfilePinStore.open(Path.of("mcp-guard.lock.json"))).mode(PinMode.ENFORCE).build())
         * }</pre>
         *
         * @param pinning the tool-pinning guard (use one instance per guard: it holds the current approvals)
         * @return this builder
         * @throws IllegalStateException if tool pinning was already configured
         */
        public Builder toolPinning(dev.jguard.mcp.core.pinning.ToolPinning pinning) {
            return builtIn(Stage.TOOL_PINNING, pinning);
        }

        private Builder builtIn(Stage stage, GuardInterceptor interceptor) {
            Objects.requireNonNull(interceptor, stage.name());
            if (builtIns.putIfAbsent(stage, interceptor) != null) {
                throw new IllegalStateException(stage + " is already configured on this builder; configure it once");
            }
            return this;
        }

        private Builder transportErrors(TransportErrorMapper mapper) {
            this.errorMapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** @return the immutable guard */
        public McpGuard build() {
            return new McpGuard(this);
        }
    }
}
