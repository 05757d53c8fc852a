package dev.jguard.mcp.core.auth.dpop;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recent {@code DPoP-Nonce} of each server, keyed by origin (RFC 9449 sections 8 and 9): a nonce is only ever
 * sent back to the origin that issued it. Values that are not RFC 9449 {@code NQCHAR} strings (or longer than 512
 * characters) are ignored, and at most 256 origins are remembered (least recently updated dropped first), so a hostile
 * server cannot grow memory.
 *
 * <pre>{@code
 * DPoPNonceStore nonces = new DPoPNonceStore();
 * nonces.update(URI.create("https://as.example/token"), "n-123");
 * nonces.get(URI.create("https://as.example/other"));   // Optional[n-123]
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class DPoPNonceStore {

    static final int MAX_NONCE_LENGTH = 512;
    static final int MAX_ORIGINS = 256;

    private final Map<String, String> byOrigin = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    /**
     * @param uri any URI of the server
     * @return the nonce to put into the next proof for that server, if one was issued
     */
    public synchronized Optional<String> get(URI uri) {
        return Optional.ofNullable(byOrigin.get(Htu.origin(uri)));
    }

    /**
     * Remembers a nonce a server sent in {@code DPoP-Nonce}.
     *
     * @param uri the URI of the request the response answered
     * @param nonce the header value (may be null: ignored)
     * @return true if the nonce was valid and stored
     */
    public synchronized boolean update(URI uri, String nonce) {
        if (!isValidNonce(nonce)) {
            return false;
        }
        String origin = Htu.origin(uri);
        byOrigin.remove(origin);
        byOrigin.put(origin, nonce);
        return true;
    }

    /**
     * @param nonce a candidate value
     * @return true if it is 1*NQCHAR (%x21 / %x23-5B / %x5D-7E) and not too long
     */
    public static boolean isValidNonce(String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
            return false;
        }
        for (int i = 0; i < nonce.length(); i++) {
            char c = nonce.charAt(i);
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized String toString() {
        return "DPoPNonceStore[origins=" + byOrigin.size() + "]";
    }
}
