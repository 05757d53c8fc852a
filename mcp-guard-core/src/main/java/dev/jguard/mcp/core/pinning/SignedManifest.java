package dev.jguard.mcp.core.pinning;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pin set distributed by an organisation as a JWS (compact serialisation) whose payload is a {@link Lockfile}.
 * The guard verifies it against configured public keys only (never keys named inside the JWS) and refuses an
 * unsigned, {@code alg=none}, HMAC, wrongly typed or badly signed manifest.
 *
 * <pre>{@code
 * String jws = SignedManifest.sign(pins, orgPrivateEcJwk);                 // build pipeline
 * SignedManifest verifier = SignedManifest.trusting(JWKSet.load(new File("org-keys.jwks")));
 * PinStore store = verifier.load(Path.of("pins.jws"));                     // read-only store
 * }</pre>
 *
 * <p>Supported algorithms: ES256, ES384, ES512 (EC keys) and PS256/384/512, RS256/384/512 (RSA keys of at least
 * 2048 bits). Immutable and thread-safe.
 */
public final class SignedManifest {

    /** The {@code typ} header every manifest must carry. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("mcp-guard-pins+jws");

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512);

    private final List<JWK> trusted;

    private SignedManifest(List<JWK> trusted) {
        this.trusted = trusted;
    }

    /**
     * @param trustedKeys the organisation's public keys (private parts, if present, are discarded)
     * @return a verifier that accepts manifests signed by one of these keys
     * @throws IllegalArgumentException if the set is empty or holds a key that is not EC or RSA
     */
    public static SignedManifest trusting(JWKSet trustedKeys) {
        Objects.requireNonNull(trustedKeys, "trustedKeys");
        List<JWK> keys = new ArrayList<>();
        for (JWK k : trustedKeys.getKeys()) {
            if (!(k instanceof ECKey) && !(k instanceof RSAKey)) {
                throw new IllegalArgumentException("Manifest keys must be EC or RSA public keys; a " + k.getKeyType()
                        + " key cannot verify a manifest (HMAC keys would let every verifier sign)");
            }
            keys.add(k.toPublicJWK());
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("Configure at least one trusted manifest key");
        }
        return new SignedManifest(List.copyOf(keys));
    }

    /**
     * Signs a pin set.
     *
     * @param pins the pins
     * @param privateKey an EC (P-256/384/521) or RSA private key, ideally with a {@code kid}
     * @return the compact JWS
     * @throws IllegalArgumentException if the key is not a private EC or RSA key
     */
    public static String sign(PinSet pins, JWK privateKey) {
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("Signing a manifest needs a private key; the given JWK is public");
        }
        try {
            JWSAlgorithm alg;
            JWSSigner signer;
            if (privateKey instanceof ECKey ec) {
                alg = ecAlgorithm(ec.getCurve());
                signer = new ECDSASigner(ec);
            } else if (privateKey instanceof RSAKey rsa) {
                alg = JWSAlgorithm.PS256;
                signer = new RSASSASigner(rsa);
            } else {
                throw new IllegalArgumentException("Manifest keys must be EC or RSA, not " + privateKey.getKeyType());
            }
            JWSHeader header = new JWSHeader.Builder(alg).type(TYPE).keyID(privateKey.getKeyID()).build();
            JWSObject jws = new JWSObject(header, new Payload(Lockfile.toJson(pins).getBytes(StandardCharsets.UTF_8)));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Cannot sign the manifest with this key: " + e.getMessage(), e);
        }
    }

    /**
     * @param compactJws the manifest
     * @param source a name for error messages (e.g. the file name)
     * @return the verified pins
     * @throws PinStoreException if the manifest is unsigned, badly signed, signed by an unknown key, or its payload
     *     is not a valid lockfile
     */
    public PinSet verify(String compactJws, String source) {
        Objects.requireNonNull(compactJws, "compactJws");
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws.strip());
        } catch (ParseException e) {
            throw refused(source, "it is not a signed JWS (unsigned JSON and alg=none are refused)");
        }
        JWSHeader header = jws.getHeader();
        if (!ALLOWED.contains(header.getAlgorithm())) {
            throw refused(source, "its algorithm " + header.getAlgorithm() + " is not allowed (use ES256 or PS256)");
        }
        if (!TYPE.equals(header.getType())) {
            throw refused(source, "its typ header is not " + TYPE);
        }
        boolean verified = false;
        for (JWK key : candidates(header)) {
            try {
                JWSVerifier verifier = key instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) key);
                if (verifier.supportedJWSAlgorithms().contains(header.getAlgorithm()) && jws.verify(verifier)) {
                    verified = true;
                    break;
                }
            } catch (JOSEException | IllegalStateException e) {
                // key unusable for this algorithm: try the next trusted key
            }
        }
        if (!verified) {
            throw refused(source, header.getKeyID() != null && candidates(header).isEmpty()
                    ? "it is signed by a key that is not trusted"
                    : "its signature does not verify against the trusted keys");
        }
        return Lockfile.parse(jws.getPayload().toString(), source + " (signed payload)");
    }

    /**
     * Reads and verifies a manifest file into a read-only pin store.
     *
     * @param file the manifest file
     * @return a store that serves the verified pins and refuses writes
     * @throws PinStoreException if the file cannot be read or is refused
     */
    public PinStore load(Path file) {
        try {
            if (Files.size(file) > Lockfile.MAX_BYTES) {
                throw refused(file.toString(), "it is too large");
            }
            PinSet pins = verify(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            return new ReadOnlyStore(pins, file.toString());
        } catch (IOException e) {
            throw new PinStoreException("Cannot read signed manifest " + file + " (" + e.getClass().getSimpleName()
                    + "). Check the path and its permissions.", e);
        }
    }

    private List<JWK> candidates(JWSHeader header) {
        String kid = header.getKeyID();
        if (kid == null) {
            return trusted;
        }
        List<JWK> out = new ArrayList<>();
        for (JWK k : trusted) {
            if (kid.equals(k.getKeyID())) {
                out.add(k);
            }
        }
        return out;
    }

    private static JWSAlgorithm ecAlgorithm(Curve curve) {
        if (Curve.P_256.equals(curve)) {
            return JWSAlgorithm.ES256;
        } else if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        } else if (Curve.P_521.equals(curve)) {
            return JWSAlgorithm.ES512;
        }
        throw new IllegalArgumentException("Manifest EC keys must use P-256, P-384 or P-521, not " + curve);
    }

    private static PinStoreException refused(String source, String why) {
        return new PinStoreException("Signed manifest " + source + " refused: " + why
                + ". Ask the manifest's publisher for a correctly signed copy or check the configured trusted keys.");
    }

    /** A read-only view of verified manifest pins. */
    private static final class ReadOnlyStore implements PinStore {
        private final PinSet pins;
        private final String source;

        ReadOnlyStore(PinSet pins, String source) {
            this.pins = pins;
            this.source = source;
        }

        @Override
        public Optional<ServerPins> load(String location) {
            return pins.server(location);
        }

        @Override
        public void save(ServerPins serverPins) {
            throw new UnsupportedOperationException("Signed manifest " + source + " is read-only; use PinMode.ENFORCE "
                    + "with a manifest, or a LockfilePinStore for trust on first use");
        }

        @Override
        public PinSet snapshot() {
            return pins;
        }

        @Override
        public boolean writable() {
            return false;
        }

        @Override
        public String toString() {
            return "SignedManifestStore[" + source + "]";
        }
    }
}
