package dev.jguard.mcp.api.event;

/**
 * Receives security events. Called synchronously on the thread that made the decision, so it must be fast; hand off
 * slow work. Whatever it throws is caught and logged (without the event's content) and never changes a decision.
 *
 * <pre>{@code
 * SecurityEventListener toQueue = queue::offer;
 * }</pre>
 */
@FunctionalInterface
public interface SecurityEventListener {

    /**
     * @param event the event
     */
    void onEvent(SecurityEvent event);
}
