package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.event.MessageRedactedEvent;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in guard that enforces an {@link ArgumentPolicy} on outbound {@code tools/call} requests and learns input
 * schemas from inbound {@code tools/list} responses. A rejected call is blocked (the caller gets a
 * {@code GuardRejectedException} at once, and a {@code MessageBlockedEvent} names the rule and the pointer); a changed
 * call is replaced with the same id, with one {@code MessageRedactedEvent} per changed value (at most
 * {@value #MAX_EVENTS} per call).
 *
 * <pre>{@code
 * McpGuard guard = McpGuard.builder().argumentPolicy(policy).build();   // installs this guard
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every transport of a guard; per-server schema state is bounded.
 */
public final class ArgumentPolicyGuard implements GuardInterceptor {

    /** The guard id used in events and exceptions. */
    public static final String ID = "argument-policy";
    static final int MAX_EVENTS = 64;

    private final ArgumentPolicy policy;
    private final ArgumentFilter filter;
    private final LearnedSchemas learned = new LearnedSchemas();
    private final ToolSchemaSource schemas;
    private final Clock clock;

    /**
     * @param policy the policy
     * @param clock the clock for event timestamps
     */
    public ArgumentPolicyGuard(ArgumentPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.filter = new ArgumentFilter(policy);
        ToolSchemaSource pinned = policy.schemaSource();
        this.schemas = pinned == null ? learned : (server, tool) -> {
            Map<String, Object> s = pinned.inputSchema(server, tool);
            return s != null ? s : learned.inputSchema(server, tool);
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict inspect(GuardedMessage message) {
        if (message.direction() == Direction.INBOUND && message.isResponseTo(McpSchema.METHOD_TOOLS_LIST)) {
            learned.learn(message.server(), message.result());
            return Verdict.pass();
        }
        if (message.direction() != Direction.OUTBOUND || message.kind() != MessageKind.REQUEST
                || !McpSchema.METHOD_TOOLS_CALL.equals(message.method())) {
            return Verdict.pass();
        }
        Map<String, Object> params = message.params();
        Object name = params.get("name");
        String tool = name instanceof String s ? s : message.toolName();
        if (tool == null) {
            return Verdict.block("args.no-tool", "tools/call without a tool name");
        }
        Object rawArgs = params.get("arguments");
        if (rawArgs != null && !(rawArgs instanceof Map)) {
            return Verdict.block("args.not-an-object", "tools/call arguments must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = (Map<String, Object>) rawArgs;
        ArgumentFilter.Result result = filter.apply(message.server().name(), tool, arguments,
                schemas.inputSchema(message.server(), tool));
        if (result.blocked()) {
            String pointer = SafePointers.of(result.blockPointer());
            String where = pointer == null || pointer.isEmpty() ? "" : " [pointer " + pointer + "]";
            return Verdict.block(result.blockRule(), SafePointers.of(result.blockReason()) + where);
        }
        if (!result.changed()) {
            return Verdict.pass();
        }
        int emitted = 0;
        java.time.Instant now = clock.instant(); // one decision, one time
        for (ArgumentFilter.Change c : result.changes()) {
            if (emitted++ >= MAX_EVENTS) {
                break;
            }
            message.emit(new MessageRedactedEvent(now, message.server().name(), Direction.OUTBOUND,
                    McpSchema.METHOD_TOOLS_CALL, tool, ID, c.ruleId(), SafePointers.of("/arguments" + c.pointer()),
                    c.findingType(), message.incidentId()));
        }
        Map<String, Object> newParams = new LinkedHashMap<>(params);
        newParams.put("arguments", result.arguments());
        McpSchema.JSONRPCRequest request = (McpSchema.JSONRPCRequest) message.message();
        return Verdict.replace(new McpSchema.JSONRPCRequest(request.jsonrpc(), request.method(), request.id(), newParams));
    }

    @Override
    public String toString() {
        return "ArgumentPolicyGuard[" + policy + "]";
    }
}
