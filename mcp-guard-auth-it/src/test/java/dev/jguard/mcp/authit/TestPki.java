package dev.jguard.mcp.authit;

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

/** A throwaway P-256 PKI for tests: a CA, a server certificate for 127.0.0.1 and client certificates. */
public final class TestPki {

    final KeyPair caKeys;
    final X509Certificate ca;

    TestPki() throws Exception {
        caKeys = ecKeys();
        ca = issue("CN=test-ca", caKeys, "CN=test-ca", caKeys.getPrivate(), true, null, null);
    }

    static KeyPair ecKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static X509Certificate issue(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey, boolean isCa,
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
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    Issued client(String cn) throws Exception {
        KeyPair k = ecKeys();
        return new Issued(k, issue("O=example,CN=" + cn, k, "CN=test-ca", caKeys.getPrivate(), false,
                KeyPurposeId.id_kp_clientAuth, null));
    }

    Issued server() throws Exception {
        KeyPair k = ecKeys();
        return new Issued(k, issue("CN=localhost", k, "CN=test-ca", caKeys.getPrivate(), false,
                KeyPurposeId.id_kp_serverAuth, "127.0.0.1"));
    }

    Path pkcs12(Path dir, String name, Issued issued, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(name, issued.keys().getPrivate(), password, new X509Certificate[] {issued.certificate(), ca});
        Path p = dir.resolve(name + ".p12");
        try (var out = Files.newOutputStream(p)) {
            ks.store(out, password);
        }
        return p;
    }

    KeyStore trustStore() throws Exception {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", ca);
        return ts;
    }
}
