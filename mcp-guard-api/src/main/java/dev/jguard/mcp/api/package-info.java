/**
 * The public SPI of mcp-guard: the {@link dev.jguard.mcp.api.GuardInterceptor} that every guard implements,
 * the {@link dev.jguard.mcp.api.GuardedMessage} view it inspects, its {@link dev.jguard.mcp.api.Verdict},
 * the {@link dev.jguard.mcp.api.ServerIdentity} that keys per-server state, and the exception hierarchy.
 *
 * <p>Applications normally only touch this package to write their own interceptor; the guard itself is built
 * with {@code dev.jguard.mcp.core.McpGuard.builder()} in {@code mcp-guard-core}.
 */
package dev.jguard.mcp.api;
