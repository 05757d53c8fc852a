package dev.jguard.mcp.core.transport;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.event.GuardFailedEvent;
import dev.jguard.mcp.api.event.MessageBlockedEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Runs an ordered list of interceptors over one message. Outbound messages visit the list front to back, inbound
 * messages back to front, so the first interceptor is the one closest to the application. The first block wins and
 * stops the run; an exception, a null verdict or a replacement that changes the message's kind or id blocks the
 * message as a guard failure (fail closed).
 *
 * <pre>{@code
 * GuardChain chain = new GuardChain(List.of(userInterceptor, pinning), events, Clock.systemUTC());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GuardChain {

    private final GuardInterceptor[] interceptors;
    private final String[] ids;
    private final SecurityEventListener events;
    private final Clock clock;

    /**
     * @param interceptors outer (application side) to inner (wire side)
     * @param events where block and failure events go
     * @param clock timestamps for events
     */
    public GuardChain(List<GuardInterceptor> interceptors, SecurityEventListener events, Clock clock) {
        this.interceptors = interceptors.toArray(new GuardInterceptor[0]);
        this.ids = new String[this.interceptors.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Objects.requireNonNull(this.interceptors[i].id(), "interceptor id");
        }
        this.events = events;
        this.clock = clock;
    }

    /** @return true when there is no interceptor */
    public boolean isEmpty() {
        return interceptors.length == 0;
    }

    /** @return the interceptor ids, outer to inner */
    public List<String> ids() {
        return List.of(ids);
    }

    /** The result of a run. */
    public record Outcome(McpSchema.JSONRPCMessage message, boolean blocked, boolean failed, GuardErrorCode errorCode,
            String guardId, String ruleId, String reason, String incidentId) {

        static Outcome pass(McpSchema.JSONRPCMessage message) {
            return new Outcome(message, false, false, null, null, null, null, null);
        }
    }

    Outcome run(MessageView view) {
        int n = interceptors.length;
        boolean outbound = view.direction() == Direction.OUTBOUND;
        for (int k = 0; k < n; k++) {
            int i = outbound ? k : n - 1 - k;
            Verdict verdict;
            try {
                verdict = interceptors[i].inspect(view);
                if (verdict == null) {
                    throw new NullPointerException("interceptor returned a null verdict");
                }
                if (verdict.action() == Verdict.Action.REPLACE) {
                    checkReplacement(view, verdict.replacement());
                }
            } catch (Throwable t) { // NOSONAR: fail closed on anything, including StackOverflowError on hostile input
                String incident = view.incidentId();
                events.onEvent(new GuardFailedEvent(clock.instant(), view.server().name(), view.direction(), view.method(),
                        ids[i], t.getClass().getName(), incident));
                return new Outcome(view.message(), true, true, GuardErrorCode.GUARD_FAILURE, ids[i], "guard.failure",
                        "the guard failed while inspecting the message", incident);
            }
            switch (verdict.action()) {
                case PASS -> {
                }
                case REPLACE -> view.replace(verdict.replacement());
                case BLOCK -> {
                    String incident = view.incidentId();
                    events.onEvent(new MessageBlockedEvent(clock.instant(), view.server().name(), view.direction(),
                            view.method(), view.toolName(), ids[i], verdict.ruleId(), verdict.reason(), incident));
                    return new Outcome(view.message(), true, false, verdict.errorCode(), ids[i], verdict.ruleId(),
                            verdict.reason(), incident);
                }
                default -> throw new IllegalStateException("unknown verdict");
            }
        }
        return Outcome.pass(view.message());
    }

    private static void checkReplacement(MessageView view, McpSchema.JSONRPCMessage replacement) {
        if (GuardedTransport.kindOf(replacement) != view.kind()) {
            throw new IllegalStateException("a replacement must keep the message kind");
        }
        if (view.kind() != MessageKind.NOTIFICATION
                && !Objects.equals(String.valueOf(GuardedTransport.idOf(replacement)), String.valueOf(view.id()))) {
            throw new IllegalStateException("a replacement must keep the message id");
        }
    }
}
