package dev.jguard.mcp.core.event;

import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.event.SecurityEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each event to every listener in registration order. A listener that throws is logged (its class and the
 * exception type only, never the event's content or the exception message) and skipped; it never changes a decision
 * and never stops delivery to the others.
 *
 * <pre>{@code
 * EventDispatcher events = new EventDispatcher(List.of(new Slf4jAuditListener(), myListener));
 * events.onEvent(event);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventDispatcher implements SecurityEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final SecurityEventListener[] listeners;

    /**
     * @param listeners the listeners, in delivery order
     */
    public EventDispatcher(List<SecurityEventListener> listeners) {
        this.listeners = listeners.toArray(new SecurityEventListener[0]);
    }

    /** @return true when at least one listener is registered */
    public boolean hasListeners() {
        return listeners.length > 0;
    }

    @Override
    public void onEvent(SecurityEvent event) {
        for (SecurityEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (Throwable t) { // NOSONAR: a listener must never affect a decision
                LOG.warn("mcp-guard event listener {} threw {} for event type {}; ignored",
                        listener.getClass().getName(), t.getClass().getName(), event.type());
            }
        }
    }
}
