package dev.jguard.mcp.api;

/**
 * One link of the guard chain. Every JSON-RPC message that crosses a guarded transport, in either direction, is
 * offered to every interceptor in the chain order (see {@code McpGuard} for the formula); each returns a
 * {@link Verdict}. A {@link Verdict#block block} from any interceptor wins; a {@link Verdict#replace replacement}
 * is what the next interceptor sees.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Fast and non-blocking.</b> It runs on the transport's I/O threads for every message.</li>
 *   <li><b>Thread-safe.</b> One instance serves all transports wrapped by the same guard, concurrently.</li>
 *   <li><b>Fail closed.</b> Anything it throws blocks the message and is reported as a guard failure, never let
 *       through.</li>
 *   <li><b>No payload in diagnostics.</b> Rule ids and reasons must never quote argument values, result bodies
 *       or tokens.</li>
 * </ul>
 *
 * <pre>{@code
 * GuardInterceptor noDelete = message ->
 *     message.isRequest("tools/call") && "delete_file".equals(message.toolName())
 *         ? Verdict.block("local.no-delete", "deleting files is not allowed for this agent")
 *         : Verdict.pass();
 * }</pre>
 */
@FunctionalInterface
public interface GuardInterceptor {

    /**
     * Inspects one message.
     *
     * @param message the message with its correlation context; never null
     * @return the verdict; never null
     * @throws Exception any failure, which blocks the message (fail closed)
     */
    Verdict inspect(GuardedMessage message) throws Exception;

    /**
     * A stable identifier used in events and exceptions.
     *
     * @return by default the simple class name ({@code "interceptor"} for lambdas and anonymous classes)
     */
    default String id() {
        Class<?> type = getClass();
        String simple = type.getSimpleName();
        return simple.isEmpty() || type.isSynthetic() || type.isHidden() || simple.contains("$$Lambda") ? "interceptor" : simple;
    }
}
