package dev.jguard.mcp.core;

import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.event.SecurityEventListener;
import dev.jguard.mcp.core.auth.CredentialLedger;
import dev.jguard.mcp.core.auth.TokenPassthroughGuard;
import dev.jguard.mcp.core.auth.SenderConstrainedAuth;
import dev.jguard.mcp.core.event.EventDispatcher;
import dev.jguard.mcp.core.event.Slf4jAuditListener;
import dev.jguard.mcp.core.sanitize.ErrorSanitizer;
import dev.jguard.mcp.core.sanitize.ResultSanitizer;
import dev.jguard.mcp.core.policy.ArgumentPolicy;
import dev.jguard.mcp.core.policy.ArgumentPolicyGuard;
import dev.jguard.mcp.core.policy.PolicyFile;
import dev.jguard.mcp.core.policy.PolicyFileException;
import dev.jguard.mcp.core.policy.ServerRequestGuard;
import dev.jguard.mcp.core.policy.ServerRequestPolicy;
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
 * {@code TOOL_PINNING, ARGUMENT_POLICY, SERVER_REQUESTS, RESULT_SANITIZER, ERROR_SANITIZER, TOKEN_PASSTHROUGH} (inside,
 * nearest the wire).
 * An outbound message visits {@code C[0] .. C[last]}; an inbound message visits {@code C[last] .. C[0]}. The first block
 * wins (deny wins over allow); an exception in any interceptor blocks the message (fail closed).
 *
 * <h2>Secure defaults</h2>
 * The {@code RESULT_SANITIZER} ({@link ResultSanitizer#standard()}: hidden text removed from every string of tool
 * results, instruction-like text fenced as untrusted) and the {@code ERROR_SANITIZER} ({@link ErrorSanitizer#standard()}:
 * server/client error messages and failing tool output replaced by code + incident id, transport exceptions replaced
 * by {@link dev.jguard.mcp.api.SanitizedTransportException}) are on unless configured otherwise or explicitly turned
 * off with {@link Builder#withoutResultSanitizer()} / {@link Builder#withoutErrorSanitizer()}. The
 * {@code SERVER_REQUESTS} stage denies every server roots, sampling and elicitation unless a
 * {@link ServerRequestPolicy} allows them ({@link Builder#withoutServerRequestPolicy()} opts out). The
 * {@code TOKEN_PASSTHROUGH} stage ({@link TokenPassthroughGuard}) is always on: no outbound message body carries a token
 * that this guard's {@link #senderConstrainedAuth()} bindings attach.
 *
 * <h2>Events</h2>
 * Listeners receive typed {@link dev.jguard.mcp.api.event.SecurityEvent}s synchronously; a listener that throws never
 * changes a decision. By default an {@link Slf4jAuditListener} writes {@code key=value} audit lines to the
 * {@code mcpguard.audit} logger ({@link Builder#auditLogging(boolean)} turns it off).
 */
public final class McpGuard {

    /** The built-in stages, in chain order (outer to inner). */
    private enum Stage {
        TOOL_PINNING, ARGUMENT_POLICY, SERVER_REQUESTS, RESULT_SANITIZER, ERROR_SANITIZER, TOKEN_PASSTHROUGH
    }

    private final List<GuardInterceptor> interceptors;
    private final EventDispatcher events;
    private final GuardChain chain;
    private final Clock clock;
    private final TransportErrorMapper errorMapper;
    private final int maxPendingRequests;
    private final CredentialLedger credentialLedger = new CredentialLedger();

    private McpGuard(Builder b) {
        List<GuardInterceptor> all = new ArrayList<>(b.userInterceptors);
        Map<Stage, GuardInterceptor> builtIns = new EnumMap<>(b.builtIns);
        if (b.argumentPolicy != null) {
            builtIns.put(Stage.ARGUMENT_POLICY, new ArgumentPolicyGuard(b.argumentPolicy, b.clock));
        }
        if (!b.serverRequestsUnguarded) { // secure default: servers get no roots, sampling or elicitation
            ServerRequestPolicy requests = b.serverRequestPolicy != null ? b.serverRequestPolicy : ServerRequestPolicy.denyAll();
            builtIns.put(Stage.SERVER_REQUESTS, new ServerRequestGuard(requests, b.clock));
        }
        if (!b.resultSanitizerSet) { // secure default: on unless configured or explicitly turned off
            builtIns.put(Stage.RESULT_SANITIZER, ResultSanitizer.builder().clock(b.clock).build());
        }
        ErrorSanitizer errorSanitizer = b.errorSanitizer;
        if (!b.errorSanitizerSet) {
            errorSanitizer = ErrorSanitizer.builder().clock(b.clock).build();
            builtIns.put(Stage.ERROR_SANITIZER, errorSanitizer);
        }
        // always on: no message body, on any transport, carries a token of this guard's sender-constrained bindings
        builtIns.put(Stage.TOKEN_PASSTHROUGH, new TokenPassthroughGuard(credentialLedger));
        for (Stage stage : Stage.values()) {
            GuardInterceptor builtIn = builtIns.get(stage);
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
        this.errorMapper = errorSanitizer != null ? errorSanitizer.transportErrorMapper(events) : b.errorMapper;
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

    /**
     * Starts a sender-constrained token binding (DPoP / mTLS, audience-bound, never forwarded) for one HTTP server,
     * pre-wired with this guard's clock, listeners and a credential ledger shared by all bindings of this guard (so no
     * token of one server can travel inside a message to another). Apply the result to the SDK transport builder, then
     * {@link #wrap} the transport as usual.
     *
     * <pre>{@code
     * SenderConstrainedAuth hotelAuth = guard.senderConstrainedAuth()
     *     .resource(URI.create("https://hotel.example/mcp"))
     *     .dpop(DPoPKey.generate())
     *     .tokenProvider(OAuthTokenProvider.builder(tokenClient).clientCredentials(true).build())
     *     .build();
     * McpClientTransport t = guard.wrap(
     *     hotelAuth.applyTo(HttpClientStreamableHttpTransport.builder("https://hotel.example")).build(),
     *     ServerIdentity.http("hotel", URI.create("https://hotel.example/mcp")));
     * }</pre>
     *
     * @return a binding builder; set at least {@code resource}, {@code tokenProvider} and {@code dpop} or {@code mtls}
     */
    public SenderConstrainedAuth.Builder senderConstrainedAuth() {
        return SenderConstrainedAuth.builder().clock(clock).addListener(events).ledger(credentialLedger);
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
        private ArgumentPolicy argumentPolicy;
        private ServerRequestPolicy serverRequestPolicy;
        private boolean serverRequestsUnguarded;
        private ErrorSanitizer errorSanitizer;
        private boolean resultSanitizerSet;
        private boolean errorSanitizerSet;

        private Builder() {
        }

        /**
         * Sets the {@code RESULT_SANITIZER} stage: hidden text removed from every string of tool results, instruction-like
         * text fenced/redacted/blocked, optional PII redaction per server, size limits. On by default with
         * {@link ResultSanitizer#standard()}.
         *
         * @param sanitizer the result sanitizer
         * @return this builder
         * @throws IllegalStateException when the result sanitizer is already configured or turned off
         */
        public Builder resultSanitizer(ResultSanitizer sanitizer) {
            Objects.requireNonNull(sanitizer, "sanitizer");
            markResult();
            return builtIn(Stage.RESULT_SANITIZER, sanitizer);
        }

        /**
         * Turns the result sanitizer off. Tool results then reach the model as the server sent them, terminal escapes
         * and hidden instructions included; only do this when another layer sanitizes them.
         *
         * @return this builder
         */
        public Builder withoutResultSanitizer() {
            markResult();
            return this;
        }

        /**
         * Sets the {@code ERROR_SANITIZER} stage and the transport error mapping: server and client error messages
         * rebuilt (code kept, message scrubbed, no data), failing tool results scrubbed, transport exceptions replaced by
         * {@link dev.jguard.mcp.api.SanitizedTransportException}. On by default with {@link ErrorSanitizer#standard()}.
         *
         * @param sanitizer the error sanitizer
         * @return this builder
         * @throws IllegalStateException when the error sanitizer is already configured or turned off
         */
        public Builder errorSanitizer(ErrorSanitizer sanitizer) {
            Objects.requireNonNull(sanitizer, "sanitizer");
            markError();
            this.errorSanitizer = sanitizer;
            return builtIn(Stage.ERROR_SANITIZER, sanitizer);
        }

        /**
         * Turns the error sanitizer off. Server error messages, failing tool output and transport exceptions (which
         * carry raw HTTP bodies and request headers) then reach the application unchanged.
         *
         * @return this builder
         */
        public Builder withoutErrorSanitizer() {
            markError();
            return this;
        }

        private void markResult() {
            if (resultSanitizerSet) {
                throw new IllegalStateException("the result sanitizer is already configured on this builder; configure it once");
            }
            resultSanitizerSet = true;
        }

        private void markError() {
            if (errorSanitizerSet) {
                throw new IllegalStateException("the error sanitizer is already configured on this builder; configure it once");
            }
            errorSanitizerSet = true;
        }

        /**
         * Installs the argument policy guard (stage {@code ARGUMENT_POLICY}): outbound {@code tools/call} arguments are
         * minimised, redacted or rejected per server and tool. Default: no argument policy.
         *
         * @param policy the policy
         * @return this builder
         * @throws IllegalStateException when an argument policy is already configured
         */
        public Builder argumentPolicy(ArgumentPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            if (argumentPolicy != null) {
                throw new IllegalStateException("ARGUMENT_POLICY is already configured on this builder; configure it once");
            }
            this.argumentPolicy = policy;
            return this;
        }

        /**
         * Installs the server-request guard (stage {@code SERVER_REQUESTS}): {@code roots/list} answers are filtered,
         * {@code sampling/createMessage} and {@code elicitation/create} are refused or limited per server. Default:
         * {@code ServerRequestPolicy.denyAll()} (no roots shown, sampling and elicitation refused for every server);
         * {@link #withoutServerRequestPolicy()} leaves them to the application's own handlers.
         *
         * @param policy the policy
         * @return this builder
         * @throws IllegalStateException when a server-request policy is already configured
         */
        public Builder serverRequestPolicy(ServerRequestPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            if (serverRequestPolicy != null || serverRequestsUnguarded) {
                throw new IllegalStateException("SERVER_REQUESTS is already configured on this builder; configure it once");
            }
            this.serverRequestPolicy = policy;
            return this;
        }

        /**
         * Turns off the secure default of the {@code SERVER_REQUESTS} stage: roots, sampling and elicitation requests
         * then reach the application's own handlers unfiltered. Prefer a {@link ServerRequestPolicy} that allows what
         * each server needs.
         *
         * @return this builder
         * @throws IllegalStateException when a server-request policy is already configured
         */
        public Builder withoutServerRequestPolicy() {
            if (serverRequestPolicy != null || serverRequestsUnguarded) {
                throw new IllegalStateException("SERVER_REQUESTS is already configured on this builder; configure it once");
            }
            this.serverRequestsUnguarded = true;
            return this;
        }

        /**
         * Loads a JSON or YAML policy file (see {@link PolicyFile}) and installs the policies it defines.
         *
         * @param file the file ({@code .json}, {@code .yaml} or {@code .yml})
         * @return this builder
         * @throws PolicyFileException naming the line or field of a mistake
         */
        public Builder policyFile(java.nio.file.Path file) {
            PolicyFile policies = PolicyFile.load(file);
            policies.argumentPolicy().ifPresent(this::argumentPolicy);
            policies.serverRequestPolicy().ifPresent(this::serverRequestPolicy);
            return this;
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
