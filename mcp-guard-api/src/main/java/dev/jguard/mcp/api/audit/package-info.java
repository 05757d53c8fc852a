/**
 * Where the redacted detail of sanitized errors goes: the {@link dev.jguard.mcp.api.audit.AuditSink} SPI and its
 * {@link dev.jguard.mcp.api.audit.AuditRecord}, correlated with exceptions and events by incident id.
 */
package dev.jguard.mcp.api.audit;
