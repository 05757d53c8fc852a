/**
 * Mutual TLS (RFC 8705): client certificates, SSL contexts and server pinning.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth.mtls;
