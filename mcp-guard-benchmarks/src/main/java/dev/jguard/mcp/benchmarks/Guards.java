package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.pinning.InMemoryPinStore;
import dev.jguard.mcp.core.pinning.PinMode;
import dev.jguard.mcp.core.pinning.PinSet;
import dev.jguard.mcp.core.pinning.ToolPinning;
import dev.jguard.mcp.core.policy.ArgumentPolicy;
import dev.jguard.mcp.core.policy.ServerArgumentRules;
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
     * The wrapper alone: every built-in stage that is on by default switched off, no audit listener.
     *
     * @return the pass-through guard
     */
    public static McpGuard passthrough() {
        return McpGuard.builder().auditLogging(false).withoutServerRequestPolicy().withoutResultSanitizer()
                .withoutErrorSanitizer().build();
    }

    /**
     * Every built-in guard, as an application would arm them all: the secure defaults (server-request policy, result
     * and error sanitizers, SLF4J audit listener) plus trust-on-first-use tool pinning with the tool scanner, and an
     * argument policy that allows the benchmark server's tools, drops undeclared arguments and runs every PII/secret
     * detector over each string argument.
     *
     * @return the fully armed guard
     */
    public static McpGuard full() {
        return McpGuard.builder()
                .toolPinning(ToolPinning.builder(InMemoryPinStore.of(PinSet.empty())).mode(PinMode.TRUST_ON_FIRST_USE).build())
                .argumentPolicy(ArgumentPolicy.builder().server(SERVER.name(), ServerArgumentRules.allowAll()).build())
                .build();
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
