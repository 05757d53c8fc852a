package dev.jguard.mcp.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * The redacted detail of a sanitized error. {@link #toString()} omits {@link #detail()} so the record can be logged
 * by accident without spilling server text.
 *
 * <pre>{@code
 * AuditSink sink = r -> store.put(r.incidentId(), r.kind() + " " + r.originalType() + " " + r.detail());
 * }</pre>
 *
 * @param timestamp when
 * @param incidentId the incident id shown to the application
 * @param server the logical server name
 * @param kind what was replaced: {@code jsonrpc-error}, {@code tool-error}, {@code outbound-error} or {@code transport}
 * @param method the JSON-RPC method, may be null
 * @param tool the tool name, may be null
 * @param code the JSON-RPC error code, or null
 * @param originalType the exception class name for transport failures, or null
 * @param detail the original message or text, neutralised, PII/secret-redacted and truncated
 */
public record AuditRecord(Instant timestamp, String incidentId, String server, String kind, String method, String tool,
        Integer code, String originalType, String detail) {

    /**
     * @param timestamp when
     * @param incidentId the incident id
     * @param server the server
     * @param kind the kind
     * @param method the method
     * @param tool the tool
     * @param code the code
     * @param originalType the exception type
     * @param detail the redacted detail
     */
    public AuditRecord {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return "AuditRecord[incident=" + incidentId + ", server=" + server + ", kind=" + kind + ", method=" + method
                + ", code=" + code + ", type=" + originalType + ", detailLength=" + detail.length() + "]";
    }
}
