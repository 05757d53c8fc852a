/**
 * Least-privilege context filters: the {@link dev.jguard.mcp.core.policy.ArgumentPolicy} that minimises what
 * {@code tools/call} arguments leave the client (tool allow/deny, pointer allowlists, undeclared-argument drop,
 * per-field actions, size and depth limits, detector-based redaction) and the
 * {@link dev.jguard.mcp.core.policy.ServerRequestPolicy} that limits what servers may ask of the client (roots,
 * sampling, elicitation). Both are enforced by built-in guards installed through
 * {@code McpGuard.builder().argumentPolicy(..)} and {@code .serverRequestPolicy(..)}, and can be loaded from a JSON or
 * YAML file with {@link dev.jguard.mcp.core.policy.PolicyFile}.
 */
package dev.jguard.mcp.core.policy;
