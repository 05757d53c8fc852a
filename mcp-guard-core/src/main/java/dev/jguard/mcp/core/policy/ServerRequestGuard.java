package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.Verdict;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in guard for requests a server sends to the client, enforcing a {@link ServerRequestPolicy}:
 * <ul>
 *   <li>{@code sampling/createMessage}: refused unless allowed for the server (the server gets a JSON-RPC error, the
 *       application never sees the request); when allowed, {@code maxTokens} is lowered to the limit and
 *       {@code includeContext: allServers} becomes {@code thisServer};</li>
 *   <li>{@code elicitation/create}: refused unless allowed; URL mode needs its own permission;</li>
 *   <li>{@code roots/list}: the client's answer is filtered to the roots the policy allows for that server.</li>
 * </ul>
 * Refusals are {@code MessageBlockedEvent}s; everything else a {@link ServerRequestEvent}.
 *
 * <pre>{@code
 * McpGuard guard = McpGuard.builder().serverRequestPolicy(policy).build();   // installs this guard
 * }</pre>
 *
 * <p>Stateless apart from the policy; thread-safe.
 */
public final class ServerRequestGuard implements GuardInterceptor {

    /** The guard id used in events and exceptions. */
    public static final String ID = "server-requests";

    private final ServerRequestPolicy policy;
    private final Clock clock;

    /**
     * @param policy the policy
     * @param clock the clock for event timestamps
     */
    public ServerRequestGuard(ServerRequestPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict inspect(GuardedMessage message) {
        String method = message.method();
        if (method == null) {
            return Verdict.pass();
        }
        ServerRequestRules rules = policy.rulesFor(message.server().name());
        if (message.direction() == Direction.INBOUND && message.kind() == MessageKind.REQUEST) {
            return switch (method) {
                case McpSchema.METHOD_SAMPLING_CREATE_MESSAGE -> sampling(message, rules);
                case McpSchema.METHOD_ELICITATION_CREATE -> elicitation(message, rules);
                case McpSchema.METHOD_ROOTS_LIST -> Verdict.pass();
                default -> Verdict.pass();
            };
        }
        if (message.direction() == Direction.OUTBOUND && message.kind() == MessageKind.RESPONSE
                && McpSchema.METHOD_ROOTS_LIST.equals(method)) {
            return roots(message, rules);
        }
        return Verdict.pass();
    }

    private Verdict sampling(GuardedMessage message, ServerRequestRules rules) {
        if (!rules.samplingAllowed()) {
            return Verdict.block("server.sampling.denied", "sampling/createMessage from server '" + message.server().name()
                    + "' is denied by the server-request policy; allow it with ServerRequestRules.allowSampling(maxTokens)");
        }
        Map<String, Object> params = message.params();
        Map<String, Object> changed = null;
        int lowered = 0;
        Object mt = params.get("maxTokens");
        if (!(mt instanceof Number n) || n.doubleValue() > rules.maxTokens() || n.doubleValue() < 1) {
            changed = new LinkedHashMap<>(params);
            changed.put("maxTokens", rules.maxTokens());
            lowered++;
        }
        Object ctx = params.get("includeContext");
        if (ctx != null && !"none".equals(ctx) && !"thisServer".equals(ctx)) {
            changed = changed == null ? new LinkedHashMap<>(params) : changed;
            changed.put("includeContext", "thisServer");
            lowered++;
        }
        if (changed == null) {
            emit(message, ServerRequestEvent.Decision.ALLOWED, "server.sampling.allowed", 0);
            return Verdict.pass();
        }
        emit(message, ServerRequestEvent.Decision.LIMITED, "server.sampling.limited", lowered);
        McpSchema.JSONRPCRequest r = (McpSchema.JSONRPCRequest) message.message();
        return Verdict.replace(new McpSchema.JSONRPCRequest(r.jsonrpc(), r.method(), r.id(), changed));
    }

    private Verdict elicitation(GuardedMessage message, ServerRequestRules rules) {
        if (!rules.elicitationAllowed()) {
            return Verdict.block("server.elicitation.denied", "elicitation/create from server '" + message.server().name()
                    + "' is denied by the server-request policy; allow it with ServerRequestRules.allowElicitation(..)");
        }
        boolean urlMode = "url".equals(message.params().get("mode"));
        if (urlMode && !rules.urlElicitationAllowed()) {
            return Verdict.block("server.elicitation.url-denied", "URL-mode elicitation from server '" + message.server().name()
                    + "' is denied; allow it with ServerRequestRules.allowElicitation(true)");
        }
        emit(message, ServerRequestEvent.Decision.ALLOWED, "server.elicitation.allowed", 0);
        return Verdict.pass();
    }

    private Verdict roots(GuardedMessage message, ServerRequestRules rules) {
        McpSchema.JSONRPCResponse response = (McpSchema.JSONRPCResponse) message.message();
        if (response.error() != null) {
            return Verdict.pass();
        }
        Map<String, Object> result = message.result();
        Object raw = result.get("roots");
        List<Object> kept = new ArrayList<>();
        int removed = 0;
        if (raw instanceof List<?> roots) {
            for (Object root : roots) {
                if (root instanceof Map<?, ?> m && m.get("uri") instanceof String uri && rules.rootAllowed(uri)) {
                    kept.add(root);
                } else {
                    removed++;
                }
            }
        } else if (raw != null) {
            removed = 1;
        }
        if (removed == 0 && raw != null) {
            emit(message, ServerRequestEvent.Decision.ALLOWED, "server.roots.allowed", 0);
            return Verdict.pass();
        }
        emit(message, ServerRequestEvent.Decision.FILTERED, "server.roots.filtered", removed);
        Map<String, Object> filtered = new LinkedHashMap<>(result);
        filtered.put("roots", kept);
        return Verdict.replace(McpSchema.JSONRPCResponse.result(response.id(), filtered));
    }

    private void emit(GuardedMessage message, ServerRequestEvent.Decision decision, String rule, int removed) {
        message.emit(new ServerRequestEvent(clock.instant(), message.server().name(), message.method(), decision, rule, removed,
                message.incidentId()));
    }

    @Override
    public String toString() {
        return "ServerRequestGuard[" + policy + "]";
    }
}
