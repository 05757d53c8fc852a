package dev.jguard.mcp.core.auth.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Objects;

/**
 * The key pair that DPoP proofs are signed with. Only the public half ever leaves this object (as the proof's
 * {@code jwk} header and as the RFC 7638 thumbprint {@code jkt} a bound token carries in {@code cnf.jkt}). The private
 * key may be non-exportable (PKCS#11 token, OS key store): it is used only through {@link java.security.Signature}.
 * EC keys on P-256 (ES256, the default), P-384 (ES384) and P-521 (ES512) are supported.
 *
 * <pre>{@code
 * DPoPKey key = DPoPKey.generate();                                   // in memory, per process or per session
 * DPoPKey hsm = DPoPKey.fromKeyStore(pkcs11KeyStore, "dpop", null);   // non-exportable key in a token
 * String jkt = key.thumbprint();                                      // what cnf.jkt must equal
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the algorithm and thumbprint only.
 */
public final class DPoPKey {

    private final PrivateKey privateKey;
    private final ECKey publicJwk;
    private final JWSAlgorithm algorithm;
    private final Provider signingProvider;
    private final String thumbprint;

    private DPoPKey(PrivateKey privateKey, ECPublicKey publicKey, Provider signingProvider) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        Curve curve = Curve.forECParameterSpec(publicKey.getParams());
        if (curve == null) {
            throw new IllegalArgumentException("Unsupported EC curve for DPoP; use P-256 (ES256), P-384 or P-521");
        }
        this.algorithm = algorithmFor(curve);
        this.publicJwk = new ECKey.Builder(curve, publicKey).build();
        this.signingProvider = signingProvider;
        try {
            this.thumbprint = publicJwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the JWK thumbprint of the DPoP key", e);
        }
    }

    /**
     * Generates a fresh P-256 key pair in memory, with BouncyCastle key objects when BouncyCastle is available (the
     * fastest ES256 signer, see {@link JcaProviders}).
     *
     * @return a new key
     */
    public static DPoPKey generate() {
        Provider bc = JcaProviders.bouncyCastle().orElse(null);
        try {
            KeyPairGenerator kpg = bc == null ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", bc);
            kpg.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = kpg.generateKeyPair();
            return new DPoPKey(kp.getPrivate(), (ECPublicKey) kp.getPublic(), bc);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a P-256 key pair for DPoP", e);
        }
    }

    /**
     * Wraps an existing EC key pair. Exportable private keys are translated to BouncyCastle key objects when
     * BouncyCastle is available (faster signing); others are used as they are.
     *
     * @param keyPair an EC key pair
     * @return the key
     */
    public static DPoPKey of(KeyPair keyPair) {
        Objects.requireNonNull(keyPair, "keyPair");
        return fromParts(keyPair.getPrivate(), keyPair.getPublic(), null);
    }

    /**
     * Wraps a private key that must be used with a specific provider (for example SunPKCS11 for an HSM key).
     *
     * @param privateKey the private key (may be non-exportable)
     * @param publicKey the matching EC public key
     * @param signingProvider the provider that can sign with {@code privateKey}
     * @return the key
     */
    public static DPoPKey of(PrivateKey privateKey, ECPublicKey publicKey, Provider signingProvider) {
        return new DPoPKey(privateKey, publicKey, Objects.requireNonNull(signingProvider, "signingProvider"));
    }

    /**
     * Loads the key from a key store entry (PKCS#12, PKCS#11, Windows-MY, KeychainStore). The public key comes from the
     * entry's certificate. A non-exportable key is signed with the key store's own provider.
     *
     * @param keyStore a loaded key store
     * @param alias the entry alias
     * @param password the entry password (null for PKCS#11 entries, which use the store PIN)
     * @return the key
     * @throws IllegalArgumentException if there is no EC private key entry with a certificate under {@code alias}
     */
    public static DPoPKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
        try {
            java.security.Key key = keyStore.getKey(alias, password);
            Certificate cert = keyStore.getCertificate(alias);
            if (!(key instanceof PrivateKey pk) || cert == null || !(cert.getPublicKey() instanceof ECPublicKey)) {
                throw new IllegalArgumentException("Key store entry '" + alias
                        + "' is not an EC private key with a certificate; create one with "
                        + "'keytool -genkeypair -keyalg EC -groupname secp256r1 -alias " + alias + "'");
            }
            Provider ksProvider = pk.getEncoded() == null ? keyStore.getProvider() : null;
            return fromParts(pk, cert.getPublicKey(), ksProvider);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read key store entry '" + alias + "': " + e.getClass().getSimpleName()
                    + " (check the alias and the password)", e);
        }
    }

    private static DPoPKey fromParts(PrivateKey pk, java.security.PublicKey pub, Provider forced) {
        if (!(pub instanceof ECPublicKey ecPub)) {
            throw new IllegalArgumentException("DPoP keys must be EC keys (P-256 for ES256)");
        }
        if (forced != null) {
            return new DPoPKey(pk, ecPub, forced);
        }
        Provider bc = JcaProviders.bouncyCastle().orElse(null);
        if (bc != null && pk.getEncoded() != null) {
            try {
                PrivateKey bcKey = (PrivateKey) KeyFactory.getInstance("EC", bc).translateKey(pk);
                return new DPoPKey(bcKey, ecPub, bc);
            } catch (GeneralSecurityException e) {
                // fall through to the key's own provider
            }
        }
        return new DPoPKey(pk, ecPub, null);
    }

    private static JWSAlgorithm algorithmFor(Curve curve) {
        if (Curve.P_256.equals(curve)) {
            return JWSAlgorithm.ES256;
        }
        if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        }
        if (Curve.P_521.equals(curve)) {
            return JWSAlgorithm.ES512;
        }
        throw new IllegalArgumentException("Unsupported EC curve for DPoP: " + curve + "; use P-256 (ES256)");
    }

    /** @return the JWS algorithm of proofs signed with this key (ES256 for P-256) */
    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the public key as a JWK (never contains private members) */
    public ECKey publicJwk() {
        return publicJwk;
    }

    /** @return the RFC 7638 SHA-256 thumbprint, base64url: the value of {@code cnf.jkt} and {@code dpop_jkt} */
    public String thumbprint() {
        return thumbprint;
    }

    /** @return the provider used for signing, or null for the JDK default */
    public Provider signingProvider() {
        return signingProvider;
    }

    ECDSASigner newSigner() {
        try {
            ECDSASigner signer = new ECDSASigner(privateKey, publicJwk.getCurve());
            if (signingProvider != null) {
                signer.getJCAContext().setProvider(signingProvider);
            }
            return signer;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create an ECDSA signer for the DPoP key", e);
        }
    }

    @Override
    public String toString() {
        return "DPoPKey[" + algorithm + ", jkt=" + thumbprint + ", provider="
                + (signingProvider == null ? "default" : signingProvider.getName()) + "]";
    }
}
