package dev.jguard.mcp.core.auth.store;

import java.util.Optional;

/**
 * Where refresh tokens live between runs. {@link InMemoryTokenStore} is the default (nothing touches the disk);
 * {@link EncryptedFileTokenStore} keeps them encrypted at rest under a key from a {@link java.security.KeyStore}.
 *
 * <pre>{@code
 * TokenStore store = new InMemoryTokenStore();
 * store.save(key, new StoredToken(refreshToken, scopes, now));
 * store.load(key).ifPresent(t -> ...);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must never put token values into logs, exceptions or {@code toString}.
 */
public interface TokenStore {

    /**
     * @param key which token
     * @return the stored token, if any
     * @throws TokenStoreException if the store exists but cannot be read (for example the wrong key)
     */
    Optional<StoredToken> load(TokenKey key);

    /**
     * @param key which token
     * @param token the token to store (replaces an older one)
     */
    void save(TokenKey key, StoredToken token);

    /** @param key which token to forget */
    void delete(TokenKey key);
}
