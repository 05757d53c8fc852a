package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import io.modelcontextprotocol.spec.McpClientTransport;

/**
 * The guard configurations the benchmarks compare, selected by a JMH {@code @Param guard}:
 * <ul>
 *   <li>{@code none}: the raw transport, no wrapper;</li>
 *   <li>{@code passthrough}: wrapped by a guard with no interceptors and audit logging off, i.e. the bare cost of
 *       {@code GuardedTransport} (classification, id correlation, Reactor plumbing);</li>
 *   <li>{@code full}: every built-in guard that exists on this branch, with its secure defaults (see {@link #full()}).</li>
 * </ul>
 *
 * <pre>{@code
 * McpClientTransport transport = Guards.apply("full", pair.clientTransport());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Guards {

    /** The identity every benchmark transport is wrapped with. */
    public static final ServerIdentity SERVER = ServerIdentity.of("bench");

    private Guards() {
    }

    /**
     * The wrapper alone: no interceptors, no audit listener.
     *
     * @return the pass-through guard
     */
    public static McpGuard passthrough() {
        return McpGuard.builder().auditLogging(false).build();
    }

    /**
     * Every built-in guard with secure defaults, as an application would enable them all. <b>This grows as the
     * built-in guards land</b>: tool pinning (issue 3), argument and server-request policy (issue 4), result and error
     * sanitizers (issue 5) and token binding (issue 6) each add their builder call here when merged, so the
     * {@code guard=full} figures are only comparable between runs of the same commit. On the foundation commit no
     * built-in guard exists yet, so {@code full} differs from {@code passthrough} only by the default SLF4J audit
     * listener (which writes nothing for an honest server).
     *
     * @return the fully armed guard
     */
    public static McpGuard full() {
        return McpGuard.builder().build();
    }

    /**
     * @param guard {@code none}, {@code passthrough} or {@code full}
     * @param raw the transport to wrap
     * @return {@code raw} itself for {@code none}, else {@code raw} wrapped by that guard
     */
    public static McpClientTransport apply(String guard, McpClientTransport raw) {
        return switch (guard) {
            case "none" -> raw;
            case "passthrough" -> passthrough().wrap(raw, SERVER);
            case "full" -> full().wrap(raw, SERVER);
            default -> throw new IllegalArgumentException("Unknown guard configuration '" + guard
                    + "'; use none, passthrough or full (-p guard=...)");
        };
    }
}
