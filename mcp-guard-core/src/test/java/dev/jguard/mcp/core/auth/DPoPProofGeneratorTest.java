package dev.jguard.mcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;
import com.nimbusds.oauth2.sdk.dpop.verifiers.AccessTokenValidationException;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPIssuer;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPProtectedResourceRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPTokenRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DefaultDPoPSingleUseChecker;
import com.nimbusds.oauth2.sdk.dpop.verifiers.InvalidDPoPProofException;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Security;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.jguard.mcp.testkit.TestPki;

class DPoPProofGeneratorTest {

    static final Secret TOKEN = Secret.of("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ0cmF2ZWxib3QifQ.c2lnbmF0dXJl");

    private static DPoPProtectedResourceRequestVerifier rsVerifier() {
        return new DPoPProtectedResourceRequestVerifier(Set.of(JWSAlgorithm.ES256), 30, new DefaultDPoPSingleUseChecker(60, 60));
    }

    @Test
    void resourceProofPassesTheIndependentVerifierWithAthAndNormalisedHtu() throws Exception {
        DPoPKey key = DPoPKey.generate();
        Instant now = Instant.now();
        DPoPProofGenerator gen = new DPoPProofGenerator(key, Clock.fixed(now, ZoneOffset.UTC));
        String proof = gen.proof("post", URI.create("HTTPS://Hotel.Example:443/mcp?session=1#frag"), TOKEN, null);

        SignedJWT jwt = SignedJWT.parse(proof);
        assertThat(jwt.getHeader().getType().toString()).isEqualTo("dpop+jwt");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getJWK().isPrivate()).isFalse();
        assertThat(jwt.getHeader().getJWK().toJSONObject()).doesNotContainKey("d");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("htu")).isEqualTo("https://hotel.example/mcp");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("POST");
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant().getEpochSecond()).isEqualTo(now.getEpochSecond());
        String expectedAth = Base64URL.encode(MessageDigest.getInstance("SHA-256")
                .digest(TOKEN.reveal().getBytes(StandardCharsets.US_ASCII))).toString();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("ath")).isEqualTo(expectedAth);
        assertThat(jwt.verify(new ECDSAVerifier((ECKey) jwt.getHeader().getJWK()))).isTrue();

        rsVerifier().verify("POST", URI.create("https://hotel.example/mcp"), new DPoPIssuer("c"), jwt,
                new DPoPAccessToken(TOKEN.reveal()), new JWKThumbprintConfirmation(new Base64URL(key.thumbprint())));
    }

    @Test
    void verifierRejectsProofForAnotherTokenOrKeyOrUrl() throws Exception {
        DPoPKey key = DPoPKey.generate();
        DPoPProofGenerator gen = new DPoPProofGenerator(key, Clock.systemUTC());
        JWKThumbprintConfirmation cnf = new JWKThumbprintConfirmation(new Base64URL(key.thumbprint()));
        URI mcp = URI.create("https://hotel.example/mcp");
        SignedJWT p1 = SignedJWT.parse(gen.proof("POST", mcp, TOKEN, null));
        assertThatThrownBy(() -> rsVerifier().verify("POST", mcp, new DPoPIssuer("c"), p1,
                new DPoPAccessToken("another-token"), cnf)).isInstanceOf(AccessTokenValidationException.class);
        SignedJWT p2 = SignedJWT.parse(gen.proof("POST", mcp, TOKEN, null));
        JWKThumbprintConfirmation otherKey = new JWKThumbprintConfirmation(new Base64URL(DPoPKey.generate().thumbprint()));
        assertThatThrownBy(() -> rsVerifier().verify("POST", mcp, new DPoPIssuer("c"), p2,
                new DPoPAccessToken(TOKEN.reveal()), otherKey)).isInstanceOf(AccessTokenValidationException.class);
        SignedJWT p3 = SignedJWT.parse(gen.proof("POST", mcp, TOKEN, null));
        assertThatThrownBy(() -> rsVerifier().verify("POST", URI.create("https://airline.example/mcp"), new DPoPIssuer("c"), p3,
                new DPoPAccessToken(TOKEN.reveal()), cnf)).isInstanceOf(InvalidDPoPProofException.class);
    }

    @Test
    void replayedProofIsRejectedByTheVerifier() throws Exception {
        DPoPKey key = DPoPKey.generate();
        DPoPProofGenerator gen = new DPoPProofGenerator(key, Clock.systemUTC());
        URI mcp = URI.create("https://hotel.example/mcp");
        DPoPProtectedResourceRequestVerifier v = rsVerifier();
        JWKThumbprintConfirmation cnf = new JWKThumbprintConfirmation(new Base64URL(key.thumbprint()));
        SignedJWT p = SignedJWT.parse(gen.proof("POST", mcp, TOKEN, null));
        v.verify("POST", mcp, new DPoPIssuer("c"), p, new DPoPAccessToken(TOKEN.reveal()), cnf);
        assertThatThrownBy(() -> v.verify("POST", mcp, new DPoPIssuer("c"), p, new DPoPAccessToken(TOKEN.reveal()), cnf))
                .isInstanceOf(InvalidDPoPProofException.class);
    }

    @Test
    void tokenRequestProofHasNoAthAndCarriesTheNonce() throws Exception {
        DPoPKey key = DPoPKey.generate();
        URI tokenEndpoint = URI.create("https://as.example/oauth2/token");
        String proof = new DPoPProofGenerator(key, Clock.systemUTC()).proof("POST", tokenEndpoint, null, "n-42");
        SignedJWT jwt = SignedJWT.parse(proof);
        assertThat(jwt.getJWTClaimsSet().getClaim("ath")).isNull();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-42");
        JWKThumbprintConfirmation cnf = new DPoPTokenRequestVerifier(Set.of(JWSAlgorithm.ES256), tokenEndpoint, 30,
                new DefaultDPoPSingleUseChecker(60, 60)).verify(new DPoPIssuer("c"), jwt, new Nonce("n-42"));
        assertThat(cnf.getValue().toString()).isEqualTo(key.thumbprint());
    }

    @Test
    void everyProofHasAFreshJti() throws Exception {
        DPoPProofGenerator gen = new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC());
        Set<String> jtis = new HashSet<>();
        URI u = URI.create("https://hotel.example/mcp");
        for (int i = 0; i < 5_000; i++) {
            String jti = SignedJWT.parse(gen.proof("POST", u, TOKEN, null)).getJWTClaimsSet().getJWTID();
            assertThat(Base64URL.from(jti).decode()).hasSize(16);
            jtis.add(jti);
        }
        assertThat(jtis).hasSize(5_000);
    }

    @Test
    void iatComesFromTheInjectedClock() throws Exception {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        String proof = new DPoPProofGenerator(DPoPKey.generate(), Clock.fixed(past, ZoneOffset.UTC))
                .proof("GET", URI.create("https://h.example/mcp"), null, null);
        assertThat(SignedJWT.parse(proof).getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(past);
    }

    @Test
    void defaultKeyUsesBouncyCastleAndJdkProviderKeysWorkToo() throws Exception {
        DPoPKey bc = DPoPKey.generate();
        assertThat(bc.signingProvider().getName()).isEqualTo("BC");
        assertThat(Security.getProvider("BC")).as("BouncyCastle is not installed globally").isNull();
        KeyPair kp = TestPki.ecKeys();
        DPoPKey sun = DPoPKey.of(kp.getPrivate(), (ECPublicKey) kp.getPublic(), Security.getProvider("SunEC"));
        String proof = new DPoPProofGenerator(sun, Clock.systemUTC()).proof("POST", URI.create("https://h.example/mcp"), TOKEN, null);
        SignedJWT jwt = SignedJWT.parse(proof);
        assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) kp.getPublic()))).isTrue();
        assertThat(sun.toString()).contains("SunEC").contains(sun.thumbprint());
    }

    @Test
    void keyFromPkcs12KeyStoreSignsVerifiableProofs(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        TestPki.Issued issued = pki.client("dpop");
        char[] pw = "changeit".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(pki.pkcs12(dir, "dpop", issued, pw))) {
            ks.load(in, pw);
        }
        DPoPKey key = DPoPKey.fromKeyStore(ks, "dpop", pw);
        assertThat(key.publicJwk().toECPublicKey()).isEqualTo(issued.keys().getPublic());
        SignedJWT jwt = SignedJWT.parse(new DPoPProofGenerator(key, Clock.systemUTC())
                .proof("POST", URI.create("https://h.example/mcp"), TOKEN, null));
        assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) issued.keys().getPublic()))).isTrue();
        assertThatThrownBy(() -> DPoPKey.fromKeyStore(ks, "missing", pw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keytool");
    }
}
