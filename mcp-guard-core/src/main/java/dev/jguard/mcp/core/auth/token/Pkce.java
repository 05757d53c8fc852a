package dev.jguard.mcp.core.auth.token;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A PKCE pair (RFC 7636) using {@code S256} only ({@code plain} is never offered): a 256-bit random verifier and its
 * SHA-256 challenge.
 *
 * <pre>{@code
 * Pkce pkce = Pkce.generate();
 * authorizationRequest.pkce(pkce);                       // sends code_challenge + code_challenge_method=S256
 * tokenClient.authorizationCode(code, redirectUri, pkce, resource);   // sends code_verifier
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code toString} hides the verifier.
 */
public final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String verifier;
    private final String challenge;

    private Pkce(String verifier) {
        this.verifier = verifier;
        try {
            this.challenge = Base64URL.encode(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** @return a new random pair */
    public static Pkce generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return new Pkce(Base64URL.encode(b).toString());
    }

    /** @return the {@code code_verifier} (secret until the token request) */
    public String verifier() {
        return verifier;
    }

    /** @return the {@code code_challenge} */
    public String challenge() {
        return challenge;
    }

    /** @return always {@code S256} */
    public String method() {
        return "S256";
    }

    @Override
    public String toString() {
        return "Pkce[S256, challenge=" + challenge + "]";
    }
}
