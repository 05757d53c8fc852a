/**
 * Sender-constrained, audience-bound credentials for the MCP SDK's HTTP transports: {@link dev.jguard.mcp.core.auth.SenderConstrainedAuth} is the entry point.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth;
