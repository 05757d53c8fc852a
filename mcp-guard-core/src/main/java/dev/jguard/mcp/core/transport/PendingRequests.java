package dev.jguard.mcp.core.transport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded {@code id -> (method, tool)} map of requests in flight in one direction, so a response can be
 * correlated with the request it answers. Requests that never get a response (timeouts) would otherwise leak; when
 * the map is full, the oldest entry is evicted in O(1) (its response then arrives uncorrelated, with a null method,
 * and guards treat it as unknown).
 *
 * <pre>{@code
 * pending.put(request.id(), "tools/call", "book_flight");
 * PendingRequests.Entry e = pending.remove(response.id());
 * }</pre>
 *
 * <p>Thread-safe (one short lock per operation).
 */
public final class PendingRequests {

    /**
     * What is remembered about a request.
     *
     * @param method the request method
     * @param tool the tool name of a {@code tools/call}, else null
     */
    public record Entry(String method, String tool) {
    }

    private final Map<Object, Entry> entries;

    /**
     * @param capacity the maximum number of requests remembered at once
     */
    public PendingRequests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 64), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param id the request id
     * @param method the request method
     * @param tool the tool name for {@code tools/call}, else null
     */
    public void put(Object id, String method, String tool) {
        if (id == null) {
            return;
        }
        Entry entry = new Entry(method, tool);
        synchronized (entries) {
            entries.put(key(id), entry);
        }
    }

    /**
     * @param id a response id
     * @return what was remembered about its request, or null
     */
    public Entry remove(Object id) {
        if (id == null) {
            return null;
        }
        synchronized (entries) {
            return entries.remove(key(id));
        }
    }

    /** @return the number of requests remembered */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Integer and Long ids that are equal on the wire must be equal keys. */
    private static Object key(Object id) {
        return id instanceof Number n ? (Object) n.longValue() : id;
    }
}
