package dev.jguard.mcp.core.sanitize;

/**
 * How much of a server's (or the client's) error text survives sanitisation.
 *
 * <pre>{@code
 * ErrorSanitizer.builder().detail(ErrorDetail.REDACTED).redactor(LogRedactor.of(piiDetectors)).build();
 * }</pre>
 */
public enum ErrorDetail {
    /** Only the code, the server, the method/tool and an incident id (the default). */
    GENERIC,
    /** The generic text plus the original message, neutralised, run through the redactor and truncated. */
    REDACTED
}
