package dev.jguard.mcp.core.auth.token;

import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.McpGuardException;

/**
 * A token could not be obtained or was refused by the client's own checks (wrong token type, bound to another key,
 * wrong resource). The message names the endpoint, the HTTP status and the OAuth {@code error} code only (validated
 * to the RFC 6749 character set); response bodies, {@code error_description} and tokens are never included.
 *
 * <pre>{@code
 * catch (TokenRequestFailedException e) { log.warn("token: status={} error={}", e.status(), e.oauthError()); }
 * }</pre>
 */
public class TokenRequestFailedException extends McpGuardException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String oauthError;

    /**
     * @param status the HTTP status, or 0 if none
     * @param oauthError the OAuth error code, or null
     * @param message a value-free message that says how to fix things
     */
    public TokenRequestFailedException(int status, String oauthError, String message) {
        super(GuardErrorCode.CREDENTIAL_REFUSED, null, message, null);
        this.status = status;
        this.oauthError = oauthError;
    }

    /** @return the HTTP status of the token endpoint's answer, or 0 */
    public int status() {
        return status;
    }

    /** @return the OAuth {@code error} code, or null */
    public String oauthError() {
        return oauthError;
    }
}
