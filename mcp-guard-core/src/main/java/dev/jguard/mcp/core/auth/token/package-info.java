/**
 * OAuth token client (client credentials, refresh, authorization code + PKCE, RFC 8707 resource), the {@link dev.jguard.mcp.core.auth.token.TokenProvider} SPI and resource-tagged access tokens.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth.token;
