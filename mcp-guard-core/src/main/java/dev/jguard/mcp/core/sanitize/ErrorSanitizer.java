package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.McpGuardException;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.SanitizedTransportException;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.audit.AuditRecord;
import dev.jguard.mcp.api.audit.AuditSink;
import dev.jguard.mcp.api.event.ErrorSanitizedEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import dev.jguard.mcp.core.transport.Incidents;
import dev.jguard.mcp.core.transport.SafeText;
import dev.jguard.mcp.core.transport.TransportErrorMapper;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpTransportSessionClosedException;
import io.modelcontextprotocol.spec.McpTransportSessionNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ERROR_SANITIZER} stage: rebuilds every error that reaches the application or the model, and every error
 * the client sends back to a server.
 * <ul>
 *   <li>Inbound JSON-RPC error responses keep their code; the message is replaced by a sanitized one and {@code data}
 *       is dropped.</li>
 *   <li>Failing tool results ({@code isError: true}) get one text content with the same sanitized message;
 *       {@code structuredContent} and {@code _meta} are dropped.</li>
 *   <li>Outbound error responses (the client's answers to server requests carry local exception messages) are
 *       scrubbed the same way.</li>
 *   <li>Exceptions raised by the wrapped transport (the SDK puts raw HTTP bodies and the Authorization/DPoP request
 *       headers into them) become a {@link SanitizedTransportException}: code, incident id and original type only; see
 *       {@link #transportErrorMapper(SecurityEventListener)}.</li>
 * </ul>
 * With {@link ErrorDetail#GENERIC} (the default) the message names only code, server, method/tool and incident id; with
 * {@link ErrorDetail#REDACTED} the original text follows, neutralised, redacted by the {@link LogRedactor} and
 * truncated. In both modes the full detail, redacted, goes to the {@link AuditSink} under the incident id, and each
 * replacement is an {@link ErrorSanitizedEvent}.
 *
 * <pre>{@code
 * ErrorSanitizer errors = ErrorSanitizer.builder()
 *     .auditSink(record -> auditLog.info("{} {}", record.incidentId(), record.detail()))
 *     .redactor(LogRedactor.of(piiDetectors))
 *     .build();
 * McpGuard guard = McpGuard.builder().errorSanitizer(errors).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrorSanitizer implements GuardInterceptor {

    /** The interceptor id. */
    public static final String ID = "error-sanitizer";
    private static final String REDACTED_SESSION = "[session id removed by mcp-guard]";

    private final ErrorDetail detail;
    private final LogRedactor redactor;
    private final AuditSink auditSink;
    private final int maxDetailChars;
    private final Clock clock;

    private ErrorSanitizer(Builder b) {
        this.detail = b.detail;
        this.redactor = b.redactor;
        this.auditSink = b.auditSink;
        this.maxDetailChars = b.maxDetailChars;
        this.clock = b.clock;
    }

    /** @return a sanitizer with the secure defaults (generic messages, no audit sink) */
    public static ErrorSanitizer standard() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict inspect(GuardedMessage message) {
        if (message.kind() != MessageKind.RESPONSE || !(message.message() instanceof McpSchema.JSONRPCResponse response)) {
            return Verdict.pass();
        }
        boolean inbound = message.direction() == Direction.INBOUND;
        if (response.error() != null) {
            McpSchema.JSONRPCResponse.JSONRPCError error = response.error();
            String kind = inbound ? "jsonrpc-error" : "outbound-error";
            String incident = message.incidentId();
            String original = error.message() == null ? "" : error.message();
            String auditText = error.data() == null ? original : original + " data=" + error.data();
            record(message, kind, error.code(), null, auditText);
            String text = (inbound ? "Server '" + SafeText.identifier(message.server().name()) + "' returned error "
                    : "Client returned error ") + error.code() + describe(message) + tail(original, incident);
            return Verdict.replace(new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), null,
                    new McpSchema.JSONRPCResponse.JSONRPCError(error.code(), text, null)));
        }
        if (inbound && McpSchema.METHOD_TOOLS_CALL.equals(message.method())
                && Boolean.TRUE.equals(message.result().get("isError"))) {
            String incident = message.incidentId();
            String original = toolText(message.result());
            record(message, "tool-error", null, null, original);
            String text = "Tool " + (message.toolName() == null ? "" : "'" + SafeText.identifier(message.toolName()) + "' ")
                    + "on server '" + SafeText.identifier(message.server().name()) + "' reported an error"
                    + tail(original, incident);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("type", "text");
            content.put("text", text);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("content", List.of(content));
            result.put("isError", Boolean.TRUE);
            return Verdict.replace(new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), result, null));
        }
        return Verdict.pass();
    }

    private String describe(GuardedMessage m) {
        StringBuilder sb = new StringBuilder();
        if (m.method() != null) {
            sb.append(" for ").append(SafeText.identifier(m.method()));
        }
        if (m.toolName() != null) {
            sb.append(" (tool '").append(SafeText.identifier(m.toolName())).append("')");
        }
        return sb.toString();
    }

    private String tail(String original, String incident) {
        String ref = " [MCPG-SANITIZED, incident " + incident + "]";
        if (detail == ErrorDetail.GENERIC || original.isEmpty()) {
            return ref;
        }
        String redacted = redactor.redact(original);
        if (redacted.length() > maxDetailChars) {
            redacted = redacted.substring(0, maxDetailChars) + "...";
        }
        return ": " + redacted + ref;
    }

    private void record(GuardedMessage m, String kind, Integer code, String type, String original) {
        m.emit(new ErrorSanitizedEvent(clock.instant(), m.server().name(), m.direction(), m.method(), m.toolName(), ID, kind,
                code, type, m.incidentId()));
        audit(new AuditRecord(clock.instant(), m.incidentId(), m.server().name(), kind, m.method(), m.toolName(), code, type,
                redactor.redact(original)));
    }

    private void audit(AuditRecord record) {
        try {
            auditSink.record(record);
        } catch (RuntimeException ignored) {
            // an audit sink failure never changes what the application sees
        }
    }

    private static String toolText(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        if (result.get("content") instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> m) {
                    if (m.get("text") instanceof String s) {
                        sb.append(s).append('\n');
                    } else if (m.get("resource") instanceof Map<?, ?> r && r.get("text") instanceof String s) {
                        sb.append(s).append('\n');
                    }
                }
            }
        }
        if (result.get("structuredContent") != null) {
            sb.append("structuredContent=").append(result.get("structuredContent"));
        }
        return sb.toString().strip();
    }

    /**
     * The transport half of this stage: replaces exceptions raised by the wrapped transport. The SDK's own
     * control-flow exceptions ({@code McpTransportSessionNotFoundException}, which triggers re-initialisation, and
     * {@code McpTransportSessionClosedException}) are rebuilt with a fixed message so session recovery keeps working;
     * guard exceptions and {@link Error}s pass unchanged; everything else becomes a {@link SanitizedTransportException}.
     *
     * @param events where {@link ErrorSanitizedEvent}s go
     * @return the mapper
     */
    public TransportErrorMapper transportErrorMapper(SecurityEventListener events) {
        Objects.requireNonNull(events, "events");
        return (failure, context) -> {
            if (failure instanceof McpGuardException || failure instanceof Error) {
                return failure;
            }
            if (failure instanceof McpTransportSessionNotFoundException) {
                return new McpTransportSessionNotFoundException(REDACTED_SESSION);
            }
            if (failure instanceof McpTransportSessionClosedException) {
                return new McpTransportSessionClosedException();
            }
            String incident = Incidents.newId();
            String type = failure.getClass().getName();
            String server = SafeText.identifier(context.server());
            try {
                events.onEvent(new ErrorSanitizedEvent(clock.instant(), context.server(), null, context.method(), null, ID,
                        "transport", null, type, incident));
            } catch (RuntimeException ignored) {
                // listeners never change the outcome
            }
            audit(new AuditRecord(clock.instant(), incident, context.server(), "transport", context.method(), null, null, type,
                    redactor.redact(transportDetail(failure))));
            return new SanitizedTransportException(incident, type, context.server(), context.operation(),
                    "mcp-guard replaced a transport failure (" + type + ") from server '" + server + "' during "
                            + SafeText.identifier(context.operation())
                            + (context.method() == null ? "" : " of " + SafeText.identifier(context.method()))
                            + " [MCPG-SANITIZED, incident " + incident + "]; the redacted detail is in the audit sink");
        };
    }

    /** Messages of the cause chain, plus the HTTP status of an authorization failure; never header values. */
    private static String transportDetail(Throwable failure) {
        List<String> parts = new ArrayList<>();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof McpHttpClientTransportAuthorizationException auth && auth.getResponseInfo() != null) {
                parts.add("http-status=" + auth.getResponseInfo().statusCode());
            }
            parts.add(t.getClass().getName() + ": " + stripHeaders(String.valueOf(t.getMessage())));
        }
        return String.join(" <- ", parts);
    }

    /** Removes values after credential header names, in case a message quotes request headers. */
    private static String stripHeaders(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int hit = -1;
            String name = null;
            for (String h : new String[] {"authorization", "dpop", "cookie", "set-cookie", "proxy-authorization", "x-api-key"}) {
                int k = lower.indexOf(h, i);
                if (k >= 0 && (hit < 0 || k < hit)) {
                    hit = k;
                    name = h;
                }
            }
            if (hit < 0) {
                sb.append(s, i, s.length());
                break;
            }
            int after = hit + name.length();
            sb.append(s, i, after);
            int j = after;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == ':' || s.charAt(j) == '=' || s.charAt(j) == '"'
                    || s.charAt(j) == '[')) {
                j++;
            }
            if (j > after) {
                int end = j;
                while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '\n' && s.charAt(end) != ']'
                        && s.charAt(end) != '}' && s.charAt(end) != ';') {
                    end++;
                }
                sb.append(s, after, j).append("<REDACTED>");
                i = end;
            } else {
                i = after;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ErrorSanitizer[detail=" + detail + ", " + redactor + "]";
    }

    /**
     * Builds an {@link ErrorSanitizer}. Not thread-safe; throw away after {@link #build()}.
     *
     * <pre>{@code
     * ErrorSanitizer s = ErrorSanitizer.builder().detail(ErrorDetail.REDACTED).redactor(LogRedactor.of(pii)).build();
     * }</pre>
     */
    public static final class Builder {
        private ErrorDetail detail = ErrorDetail.GENERIC;
        private LogRedactor redactor = LogRedactor.standard();
        private AuditSink auditSink = AuditSink.NONE;
        private int maxDetailChars = 200;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param detail how much of the original message survives (default GENERIC)
         * @return this builder
         */
        public Builder detail(ErrorDetail detail) {
            this.detail = Objects.requireNonNull(detail, "detail");
            return this;
        }

        /**
         * @param redactor redacts the original text for the audit sink and for {@link ErrorDetail#REDACTED} (default:
         *     {@link LogRedactor#standard()}, every built-in PII and secret detector)
         * @return this builder
         */
        public Builder redactor(LogRedactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /**
         * @param sink where the redacted detail goes, correlated by incident id (default: nowhere)
         * @return this builder
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * @param max how many characters of redacted detail the message keeps in REDACTED mode (16..4096, default 200)
         * @return this builder
         */
        public Builder maxDetailChars(int max) {
            if (max < 16 || max > 4096) {
                throw new IllegalArgumentException("maxDetailChars must be between 16 and 4096, was " + max);
            }
            this.maxDetailChars = max;
            return this;
        }

        /**
         * @param clock the clock for events and audit records (default system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the sanitizer */
        public ErrorSanitizer build() {
            return new ErrorSanitizer(this);
        }
    }
}
