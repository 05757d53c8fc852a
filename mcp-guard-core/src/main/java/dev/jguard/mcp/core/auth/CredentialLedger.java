package dev.jguard.mcp.core.auth;

import dev.jguard.mcp.core.auth.token.AccessToken;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the access tokens the application's bindings attached recently, so that no token ever travels inside a
 * message body, to its own server or to another one ("no passthrough"). Share one ledger across all
 * {@link SenderConstrainedAuth}s of an application. Keeps at most 64 tokens (least recently used dropped).
 *
 * <pre>{@code
 * CredentialLedger ledger = new CredentialLedger();
 * SenderConstrainedAuth hotel = SenderConstrainedAuth.builder()...ledger(ledger).build();
 * SenderConstrainedAuth airline = SenderConstrainedAuth.builder()...ledger(ledger).build();
 * }</pre>
 *
 * <p>Thread-safe. {@code toString} shows the count only.
 */
public final class CredentialLedger {

    static final int MAX_TOKENS = 64;

    private final Map<String, AccessToken> tokens = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AccessToken> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    /** Whether any token was ever recorded: read on every outbound message without taking the lock. */
    private volatile boolean used;

    synchronized void record(AccessToken token) {
        tokens.put(token.value().fingerprint() + token.value().length(), token);
        used = true;
    }

    /**
     * @param text an outgoing message body
     * @return the first known token whose value occurs in it
     */
    synchronized Optional<AccessToken> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (AccessToken t : tokens.values()) {
            if (text.contains(t.value().reveal())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** @return whether no token has been recorded yet (the common case for guards without HTTP bindings) */
    boolean isEmpty() {
        return !used; // tokens are only ever added (the LRU keeps at most MAX_TOKENS), so never "empty again"
    }

    /** @return the recorded token values, most recently used last: scan a message without holding the lock */
    synchronized java.util.List<String> values() {
        java.util.List<String> out = new java.util.ArrayList<>(tokens.size());
        for (AccessToken t : tokens.values()) {
            out.add(t.value().reveal());
        }
        return out;
    }

    @Override
    public synchronized String toString() {
        return "CredentialLedger[tokens=" + tokens.size() + "]";
    }
}
