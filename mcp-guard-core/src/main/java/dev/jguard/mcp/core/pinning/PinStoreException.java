package dev.jguard.mcp.core.pinning;

/**
 * Pins could not be read, verified or written: a missing, corrupt or badly signed lockfile or manifest, or an I/O
 * failure. Never means "no pins": the guard fails closed when it sees one. The message names the file and how to fix
 * it, never pinned content.
 *
 * <pre>{@code
 * try { PinSet pins = Lockfile.read(path); }
 * catch (PinStoreException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class PinStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and how to fix it
     */
    public PinStoreException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and how to fix it
     * @param cause the underlying failure
     */
    public PinStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
