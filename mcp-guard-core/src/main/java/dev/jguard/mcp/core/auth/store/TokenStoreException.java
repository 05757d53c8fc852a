package dev.jguard.mcp.core.auth.store;

/**
 * A token store could not read or write. The message names the file and what to check, never token values.
 *
 * <pre>{@code
 * catch (TokenStoreException e) { log.error("token store: {}", e.getMessage()); }
 * }</pre>
 */
public class TokenStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message a value-free message  @param cause the cause (its message must be value-free too), or null */
    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
