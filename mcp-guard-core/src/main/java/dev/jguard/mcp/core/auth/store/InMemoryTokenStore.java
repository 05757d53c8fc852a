package dev.jguard.mcp.core.auth.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default store: refresh tokens only in this process's memory (lost on exit; nothing on disk).
 *
 * <pre>{@code
 * TokenStore store = new InMemoryTokenStore();
 * }</pre>
 *
 * <p>Thread-safe. {@code toString} shows the number of entries only.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final ConcurrentHashMap<TokenKey, StoredToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredToken> load(TokenKey key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void save(TokenKey key, StoredToken token) {
        tokens.put(key, token);
    }

    @Override
    public void delete(TokenKey key) {
        tokens.remove(key);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[entries=" + tokens.size() + "]";
    }
}
