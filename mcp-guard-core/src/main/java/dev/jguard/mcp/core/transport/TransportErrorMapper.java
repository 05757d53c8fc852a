package dev.jguard.mcp.core.transport;

/**
 * Rewrites failures raised by the wrapped transport before the application sees them (for example to replace an SDK
 * exception that embeds raw HTTP bodies and request headers by a sanitized one).
 *
 * <pre>{@code
 * TransportErrorMapper keepAsIs = TransportErrorMapper.IDENTITY;
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw.
 */
@FunctionalInterface
public interface TransportErrorMapper {

    /** Leaves every failure unchanged. */
    TransportErrorMapper IDENTITY = (failure, context) -> failure;

    /**
     * @param failure what the wrapped transport raised
     * @param context which server and operation it concerns
     * @return the failure the application sees
     */
    Throwable map(Throwable failure, Context context);

    /**
     * Where a failure happened.
     *
     * @param server logical server name
     * @param operation {@code connect}, {@code send}, {@code close} or {@code async} (the transport's exception handler)
     * @param method the JSON-RPC method of the message being sent, or null
     */
    record Context(String server, String operation, String method) {
    }
}
