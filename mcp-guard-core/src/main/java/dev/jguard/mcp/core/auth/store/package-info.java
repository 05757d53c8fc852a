/**
 * Token storage: in memory by default, encrypted at rest (JWE dir+A256GCM) for refresh tokens.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth.store;
