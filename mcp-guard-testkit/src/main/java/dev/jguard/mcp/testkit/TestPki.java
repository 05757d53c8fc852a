package dev.jguard.mcp.testkit;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway P-256 PKI for tests (BouncyCastle, generated in memory): a CA, a server certificate for
 * {@code localhost}/127.0.0.1 and client certificates ({@code O=example,CN=<name>}, client-auth EKU).
 *
 * <pre>{@code
 * TestPki pki = new TestPki();
 * TestPki.Issued client = pki.client("mcp-client");
 * Path p12 = pki.pkcs12(tempDir, "client", client, "changeit".toCharArray());
 * KeyStore trust = pki.trustStore();          // trusts the CA
 * }</pre>
 *
 * <p>Test code only: keys are weakly protected on purpose. Needs {@code bcpkix-jdk18on} on the test class path.
 * Immutable after construction and thread-safe.
 */
public final class TestPki {

    private final KeyPair caKeys;
    /** The CA certificate that signed every certificate issued here. */
    public final X509Certificate ca;

    public TestPki() throws Exception {
        caKeys = ecKeys();
        ca = issue("CN=test-ca", caKeys, "CN=test-ca", caKeys.getPrivate(), true, null, null);
    }

    public static KeyPair ecKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    public static X509Certificate issue(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey, boolean isCa,
            KeyPurposeId eku, String ipSan) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.HOURS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name(subject), subjectKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        if (eku != null) {
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
        }
        if (ipSan != null) {
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, ipSan)));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    /** A key + certificate signed by the CA. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    public Issued client(String cn) throws Exception {
        KeyPair k = ecKeys();
        return new Issued(k, issue("O=example,CN=" + cn, k, "CN=test-ca", caKeys.getPrivate(), false,
                KeyPurposeId.id_kp_clientAuth, null));
    }

    public Issued server() throws Exception {
        KeyPair k = ecKeys();
        return new Issued(k, issue("CN=localhost", k, "CN=test-ca", caKeys.getPrivate(), false,
                KeyPurposeId.id_kp_serverAuth, "127.0.0.1"));
    }

    public Path pkcs12(Path dir, String name, Issued issued, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(name, issued.keys().getPrivate(), password, new X509Certificate[] {issued.certificate(), ca});
        Path p = dir.resolve(name + ".p12");
        try (var out = Files.newOutputStream(p)) {
            ks.store(out, password);
        }
        return p;
    }

    public KeyStore trustStore() throws Exception {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", ca);
        return ts;
    }
}
