/**
 * HTTP helpers: WWW-Authenticate parsing and a response-observing HttpClient.
 *
 * <pre>{@code
 * SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(uri).dpop(DPoPKey.generate()).tokenProvider(p).build();
 * }</pre>
 */
package dev.jguard.mcp.core.auth.http;
