package dev.jguard.mcp.core.transport;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded {@code id -> (method, tool)} map of requests in flight in one direction, so a response can be
 * correlated with the request it answers. Requests that never get a response (timeouts) would otherwise leak; when
 * the map is full, the oldest entries are evicted (their responses then arrive uncorrelated, with a null method, and
 * guards treat them as unknown).
 *
 * <pre>{@code
 * pending.put(request.id(), "tools/call", "book_flight");
 * PendingRequests.Entry e = pending.remove(response.id());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PendingRequests {

    /** What is remembered about a request. */
    public record Entry(String method, String tool, long sequence) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private long sequence;

    /**
     * @param capacity the maximum number of requests remembered at once
     */
    public PendingRequests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
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
        long seq;
        synchronized (this) {
            seq = ++sequence;
        }
        entries.put(key(id), new Entry(method, tool, seq));
        if (entries.size() > capacity) {
            evictOldest();
        }
    }

    /**
     * @param id a response id
     * @return what was remembered about its request, or null
     */
    public Entry remove(Object id) {
        return id == null ? null : entries.remove(key(id));
    }

    /** @return the number of requests remembered */
    public int size() {
        return entries.size();
    }

    private synchronized void evictOldest() {
        while (entries.size() > capacity) {
            Object oldestKey = null;
            long oldest = Long.MAX_VALUE;
            for (Iterator<Map.Entry<Object, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Object, Entry> e = it.next();
                if (e.getValue().sequence() < oldest) {
                    oldest = e.getValue().sequence();
                    oldestKey = e.getKey();
                }
            }
            if (oldestKey == null) {
                return;
            }
            entries.remove(oldestKey);
        }
    }

    /** Integer and Long ids that are equal on the wire must be equal keys. */
    private static Object key(Object id) {
        return id instanceof Number n ? (Object) n.longValue() : id;
    }
}
