package dev.jguard.mcp.core.auth.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.secret.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Creates DPoP proof JWTs (RFC 9449 section 4.2): header {@code typ=dpop+jwt}, the key's algorithm (ES256 by
 * default) and its <em>public</em> JWK; claims {@code jti} (128 random bits), {@code htm}, {@code htu} (normalised by
 * {@link Htu}), {@code iat} (from the injected clock), {@code ath} (SHA-256 of the access token, when one is
 * presented) and {@code nonce} (when the server issued one). Every call makes a new proof: never cache them.
 *
 * <pre>{@code
 * DPoPProofGenerator proofs = new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC());
 * String tokenRequestProof = proofs.proof("POST", tokenEndpoint, null, null);
 * String resourceProof = proofs.proof("POST", URI.create("https://hotel.example/mcp"), accessToken, nonce);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DPoPProofGenerator {

    /** The {@code typ} of a DPoP proof. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DPoPKey key;
    private final Clock clock;
    private final JWSHeader header;
    private final String encodedHeader;
    private final ECDSASigner signer;

    /**
     * @param key the proof key
     * @param clock the source of {@code iat}
     */
    public DPoPProofGenerator(DPoPKey key, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.header = new JWSHeader.Builder(key.algorithm()).type(TYPE).jwk(key.publicJwk()).build();
        this.encodedHeader = header.toBase64URL().toString();
        this.signer = key.newSigner();
    }

    /**
     * Signs a new proof.
     *
     * @param method the HTTP method of the request, e.g. {@code POST}
     * @param uri the request URI (query and fragment are dropped)
     * @param accessToken the access token the request presents, or null (token requests)
     * @param nonce the server's latest {@code DPoP-Nonce}, or null
     * @return the compact JWS for the {@code DPoP} header
     */
    public String proof(String method, URI uri, Secret accessToken, String nonce) {
        Objects.requireNonNull(method, "method");
        Map<String, Object> claims = new LinkedHashMap<>(8);
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        claims.put("jti", Base64URL.encode(jti).toString());
        claims.put("htm", method.toUpperCase(Locale.ROOT));
        claims.put("htu", Htu.of(uri));
        claims.put("iat", clock.instant().getEpochSecond());
        if (accessToken != null) {
            claims.put("ath", ath(accessToken));
        }
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        String signingInput = encodedHeader + '.' + Base64URL.encode(JSONObjectUtils.toJSONString(claims));
        try {
            Base64URL signature = signer.sign(header, signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + '.' + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the DPoP proof failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param accessToken an access token
     * @return {@code base64url(SHA-256(ASCII(token)))}, the proof's {@code ath}
     */
    public static String ath(Secret accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.reveal().getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** @return the key proofs are signed with */
    public DPoPKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "DPoPProofGenerator[" + key + "]";
    }
}
