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
 * <p>Responses can arrive out of order: a background GET that was built with an old nonce may be answered after a
 * newer POST. {@link #update(URI, String, String)} therefore takes the nonce the answered request carried and ignores
 * an answer to a request that was built before the request whose answer set the current nonce, so a late, stale
 * nonce never replaces a fresh one (which would cost the next request a {@code use_dpop_nonce} round trip).
 *
 * <pre>{@code
 * DPoPNonceStore nonces = new DPoPNonceStore();
 * nonces.update(URI.create("https://as.example/token"), "n-123");
 * nonces.get(URI.create("https://as.example/other"));   // Optional[n-123]
 * nonces.update(URI.create("https://as.example/token"), "n-124", "n-123"); // answer to a request that sent n-123
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class DPoPNonceStore {

    static final int MAX_NONCE_LENGTH = 512;
    static final int MAX_ORIGINS = 256;
    /** Recent nonces per origin whose order is remembered; a request that sent an older one counts as stale. */
    static final int MAX_REMEMBERED = 16;

    private final Map<String, OriginNonces> byOrigin = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OriginNonces> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    /**
     * @param uri any URI of the server
     * @return the nonce to put into the next proof for that server, if one was issued
     */
    public synchronized Optional<String> get(URI uri) {
        OriginNonces o = byOrigin.get(Htu.origin(uri));
        return Optional.ofNullable(o == null ? null : o.current);
    }

    /**
     * Remembers a nonce a server sent in {@code DPoP-Nonce}, unconditionally (as the newest).
     *
     * @param uri the URI of the request the response answered
     * @param nonce the header value (may be null: ignored)
     * @return true if the nonce was valid and stored
     */
    public synchronized boolean update(URI uri, String nonce) {
        if (!isValidNonce(nonce)) {
            return false;
        }
        OriginNonces o = originFor(uri);
        return o.store(nonce, o.issued);
    }

    /**
     * Remembers a nonce a server sent in {@code DPoP-Nonce} unless the answered request is older than the one whose
     * answer set the current nonce.
     *
     * @param uri the URI of the request the response answered
     * @param nonce the header value (may be null: ignored)
     * @param sentNonce the nonce the answered request's proof carried, or null if it carried none
     * @return true if the nonce was valid, not stale, and stored
     */
    public synchronized boolean update(URI uri, String nonce, String sentNonce) {
        if (!isValidNonce(nonce)) {
            return false;
        }
        OriginNonces o = originFor(uri);
        long basis = sentNonce == null ? 0 : o.remembered.getOrDefault(sentNonce, -1L);
        if (basis < o.currentBasis || basis < 0 && o.current != null) {
            return false; // the request predates the one that set the current nonce: its answer may be stale
        }
        return o.store(nonce, Math.max(basis, 0));
    }

    private OriginNonces originFor(URI uri) {
        String origin = Htu.origin(uri);
        OriginNonces o = byOrigin.remove(origin);
        if (o == null) {
            o = new OriginNonces();
        }
        byOrigin.put(origin, o);
        return o;
    }

    /** Per origin: the current nonce, the age of the request whose answer set it, and the order of recent nonces. */
    private static final class OriginNonces {
        String current;
        long currentBasis;
        long issued;
        final Map<String, Long> remembered = new LinkedHashMap<>(32, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };

        boolean store(String nonce, long basis) {
            if (nonce.equals(current)) {
                currentBasis = Math.max(currentBasis, basis);
                return true;
            }
            current = nonce;
            currentBasis = basis;
            remembered.remove(nonce);
            remembered.put(nonce, ++issued);
            return true;
        }
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
