/**
 * Typed, immutable security events and the listener SPI. Events carry identifiers (server, method, tool, rule,
 * JSON pointer, finding type, incident id), never argument values, result bodies or tokens.
 *
 * <p>An empty event stream does not prove that nothing happened: events are best-effort notifications; the
 * decision itself is enforced by the guard chain whether or not a listener is registered.
 */
package dev.jguard.mcp.api.event;
