/**
 * DPoP (RFC 9449): proof keys, proof generation, htu normalisation and per-origin server nonces.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth.dpop;
