package dev.jguard.mcp.core.pinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedManifestTest {

    @TempDir
    Path dir;

    @Test
    void aGoodEcOrRsaSignatureVerifies() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("org-2026").generate();
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("org-rsa").generate();
        SignedManifest verifier = SignedManifest.trusting(new JWKSet(java.util.List.of(ec.toPublicJWK(), rsa.toPublicJWK())));
        assertThat(verifier.verify(SignedManifest.sign(LockfileTest.sample(), ec), "m")).isEqualTo(LockfileTest.sample());
        assertThat(verifier.verify(SignedManifest.sign(LockfileTest.sample(), rsa), "m")).isEqualTo(LockfileTest.sample());

        Path file = dir.resolve("pins.jws");
        Files.writeString(file, SignedManifest.sign(LockfileTest.sample(), ec));
        PinStore store = verifier.load(file);
        assertThat(store.snapshot()).isEqualTo(LockfileTest.sample());
        assertThat(store.writable()).isFalse();
        assertThatThrownBy(() -> store.save(ServerPins.builder("name:a", "a").build())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ToolPinning.builder(store).mode(PinMode.TRUST_ON_FIRST_USE).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedPayloadOrAnUntrustedKeyIsRefused() throws Exception {
        ECKey org = new ECKeyGenerator(Curve.P_256).keyID("org").generate();
        ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID("org").generate();
        SignedManifest verifier = SignedManifest.trusting(new JWKSet(org.toPublicJWK()));
        String good = SignedManifest.sign(LockfileTest.sample(), org);
        String[] parts = good.split("\\.");
        String evilPayload = Base64URL.encode(Lockfile.toJson(PinSet.empty()).getBytes(StandardCharsets.UTF_8)).toString();
        String tampered = parts[0] + "." + evilPayload + "." + parts[2];
        assertThatThrownBy(() -> verifier.verify(tampered, "m")).isInstanceOf(PinStoreException.class)
                .hasMessageContaining("signature does not verify");
        assertThatThrownBy(() -> verifier.verify(SignedManifest.sign(LockfileTest.sample(), attacker), "m"))
                .hasMessageContaining("signature does not verify");
        ECKey other = new ECKeyGenerator(Curve.P_256).keyID("someone-else").generate();
        assertThatThrownBy(() -> verifier.verify(SignedManifest.sign(LockfileTest.sample(), other), "m"))
                .hasMessageContaining("not trusted");
    }

    @Test
    void unsignedNoneAndHmacManifestsAreRefused() throws Exception {
        ECKey org = new ECKeyGenerator(Curve.P_256).keyID("org").generate();
        SignedManifest verifier = SignedManifest.trusting(new JWKSet(org.toPublicJWK()));
        String json = Lockfile.toJson(LockfileTest.sample());
        assertThatThrownBy(() -> verifier.verify(json, "m")).hasMessageContaining("not a signed JWS");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"mcp-guard-pins+jws\"}") + "."
                + Base64URL.encode(json) + ".";
        assertThatThrownBy(() -> verifier.verify(none, "m")).isInstanceOf(PinStoreException.class).hasMessageContaining("refused");
        OctetSequenceKey hmac = new OctetSequenceKeyGenerator(256).keyID("org").generate();
        JWSObject hs = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(SignedManifest.TYPE).keyID("org").build(), new Payload(json));
        hs.sign(new MACSigner(hmac));
        assertThatThrownBy(() -> verifier.verify(hs.serialize(), "m")).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> SignedManifest.trusting(new JWKSet(hmac))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EC or RSA");
        JWSObject wrongType = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("org").build(), new Payload(json));
        wrongType.sign(new com.nimbusds.jose.crypto.ECDSASigner(org));
        assertThatThrownBy(() -> verifier.verify(wrongType.serialize(), "m")).hasMessageContaining("typ");
        assertThatThrownBy(() -> SignedManifest.sign(LockfileTest.sample(), org.toPublicJWK())).hasMessageContaining("private key");
    }
}
