package dev.jguard.mcp.api.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A credential (access token, refresh token, client secret, API key) that never appears in {@code toString}, logs or
 * exception messages. {@link #reveal()} hands out the value only where it must go on the wire; {@link #fingerprint()}
 * is a safe identifier to log (a short prefix of the base64url SHA-256, as DPoP's {@code ath}).
 *
 * <pre>{@code
 * Secret token = Secret.of(accessToken);
 * log.info("using token {}", token);              // prints Secret[sha256:3q2+7w...]
 * request.header("Authorization", "DPoP " + token.reveal());
 * }</pre>
 *
 * <p>Immutable and thread-safe; equality is constant-time. Java strings cannot be wiped, so the value lives as long
 * as the garbage collector keeps it; prefer short-lived tokens.
 */
public final class Secret {

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /**
     * @param value the secret value, not empty
     * @return the wrapped secret
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A secret must not be empty");
        }
        return new Secret(value.toCharArray());
    }

    /** @return the plain value; call only where it must leave the process */
    public String reveal() {
        return new String(value);
    }

    /** @return the length of the value */
    public int length() {
        return value.length;
    }

    /** @return the first 8 characters of base64url(SHA-256(value)): safe to log and to correlate */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(new String(value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Secret other)) {
            return false;
        }
        byte[] a = new String(value).getBytes(StandardCharsets.UTF_8);
        byte[] b = new String(other.value).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fingerprint().getBytes(StandardCharsets.US_ASCII));
    }

    /** @return {@code Secret[sha256:<fingerprint>]}, never the value */
    @Override
    public String toString() {
        return "Secret[sha256:" + fingerprint() + "]";
    }
}
