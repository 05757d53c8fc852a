package dev.jguard.mcp.core.auth.mtls;

import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A client certificate for mutual TLS (RFC 8705) and the {@link SSLContext} that presents it, with optional server
 * certificate or public-key pinning. Feed {@link #sslContext()} to the transport's {@code HttpClient} and to the token
 * client; {@link #certificateThumbprint()} is the {@code cnf.x5t#S256} a certificate-bound token must carry, which
 * {@link dev.jguard.mcp.core.auth.SenderConstrainedAuth} checks before a token is sent.
 *
 * <pre>{@code
 * MtlsCredentials mtls = MtlsCredentials.builder()
 *         .pkcs12(Path.of("client.p12"), password)          // or .pem(Path.of("client.crt"), Path.of("client.key"))
 *         .trustPem(Path.of("ca.pem"))                        // default: the JDK trust store
 *         .pinServerPublicKey("bWFueSBieXRlcy4uLg==")         // optional: base64 SHA-256 of the server SPKI
 *         .build();
 * HttpClient.Builder http = HttpClient.newBuilder().sslContext(mtls.sslContext());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Private keys stay inside the {@code SSLContext}; {@code toString} shows the subject
 * and thumbprint only.
 */
public final class MtlsCredentials {

    private final SSLContext sslContext;
    private final X509Certificate certificate;
    private final String thumbprint;

    private MtlsCredentials(SSLContext sslContext, X509Certificate certificate) {
        this.sslContext = sslContext;
        this.certificate = certificate;
        this.thumbprint = thumbprint(certificate);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param certificate a certificate
     * @return {@code base64url(SHA-256(DER))}, the RFC 8705 {@code x5t#S256}
     */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash the certificate", e);
        }
    }

    /**
     * @param certificate a certificate
     * @return standard base64 of SHA-256 over its SubjectPublicKeyInfo (the HPKP-style pin format)
     */
    public static String publicKeyPin(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** @return the SSL context presenting the client certificate */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** @return the client certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return {@code x5t#S256} of the client certificate */
    public String certificateThumbprint() {
        return thumbprint;
    }

    /** @return {@code HttpClient.newBuilder().sslContext(sslContext())} */
    public HttpClient.Builder httpClientBuilder() {
        return HttpClient.newBuilder().sslContext(sslContext);
    }

    @Override
    public String toString() {
        return "MtlsCredentials[subject=" + certificate.getSubjectX500Principal().getName() + ", x5t#S256=" + thumbprint + "]";
    }

    /** Throwaway builder; not thread-safe. */
    public static final class Builder {
        private PrivateKey key;
        private List<X509Certificate> chain;
        private KeyStore trustStore;
        private final Set<String> publicKeyPins = new LinkedHashSet<>();
        private final Set<String> certificatePins = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Loads the first private-key entry of a PKCS#12 file.
         *
         * @param file the {@code .p12} file
         * @param password its password (used for the store and the key)
         * @return this
         */
        public Builder pkcs12(Path file, char[] password) {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(in, password);
                return keyStore(ks, null, password);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("Cannot load the PKCS#12 file " + file.getFileName() + ": "
                        + e.getClass().getSimpleName() + " (check the path and the password)", e);
            }
        }

        /**
         * Uses a private-key entry of a loaded key store (PKCS#12, PKCS#11, ...).
         *
         * @param keyStore the key store
         * @param alias the entry alias, or null for the first private-key entry
         * @param keyPassword the entry password (null for PKCS#11)
         * @return this
         */
        public Builder keyStore(KeyStore keyStore, String alias, char[] keyPassword) {
            try {
                String a = alias;
                if (a == null) {
                    for (Enumeration<String> e = keyStore.aliases(); e.hasMoreElements(); ) {
                        String candidate = e.nextElement();
                        if (keyStore.isKeyEntry(candidate)) {
                            a = candidate;
                            break;
                        }
                    }
                }
                if (a == null || !(keyStore.getKey(a, keyPassword) instanceof PrivateKey pk)) {
                    throw new IllegalArgumentException("The key store has no private-key entry"
                            + (alias == null ? "" : " named '" + alias + "'"));
                }
                Certificate[] certs = keyStore.getCertificateChain(a);
                if (certs == null || certs.length == 0) {
                    throw new IllegalArgumentException("Key store entry '" + a + "' has no certificate chain");
                }
                List<X509Certificate> c = new ArrayList<>();
                for (Certificate cert : certs) {
                    c.add((X509Certificate) cert);
                }
                this.key = pk;
                this.chain = c;
                return this;
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("Cannot read the client key: " + e.getClass().getSimpleName()
                        + " (check the alias and password)", e);
            }
        }

        /**
         * Loads a PEM certificate chain and an unencrypted PKCS#8 PEM private key ({@code BEGIN PRIVATE KEY}).
         *
         * @param certificateChain PEM file with the client certificate first
         * @param privateKey PEM file with the PKCS#8 key
         * @return this
         */
        public Builder pem(Path certificateChain, Path privateKey) {
            try (InputStream in = Files.newInputStream(certificateChain)) {
                Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
                List<X509Certificate> c = new ArrayList<>();
                for (Certificate cert : certs) {
                    c.add((X509Certificate) cert);
                }
                if (c.isEmpty()) {
                    throw new IllegalArgumentException("No certificate in " + certificateChain.getFileName());
                }
                this.chain = c;
                this.key = readPkcs8(Files.readString(privateKey, StandardCharsets.US_ASCII), privateKey);
                return this;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("Cannot load the PEM client credentials: " + e.getClass().getSimpleName(), e);
            }
        }

        private static PrivateKey readPkcs8(String pem, Path file) throws GeneralSecurityException {
            String begin = "-----BEGIN PRIVATE KEY-----";
            int s = pem.indexOf(begin);
            int e = pem.indexOf("-----END PRIVATE KEY-----");
            if (s < 0 || e < s) {
                throw new IllegalArgumentException(file.getFileName() + " is not an unencrypted PKCS#8 key; convert it with "
                        + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem'");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(s + begin.length(), e));
            PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
            try {
                return KeyFactory.getInstance("EC").generatePrivate(spec);
            } catch (GeneralSecurityException notEc) {
                return KeyFactory.getInstance("RSA").generatePrivate(spec);
            }
        }

        /** @param trustStore trusted CAs for the server certificate (default: the JDK's)  @return this */
        public Builder trustStore(KeyStore trustStore) {
            this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
            return this;
        }

        /**
         * @param caCertificates a PEM file of trusted CA certificates for the server certificate
         * @return this
         */
        public Builder trustPem(Path caCertificates) {
            try (InputStream in = Files.newInputStream(caCertificates)) {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                int i = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    ts.setCertificateEntry("ca-" + i++, c);
                }
                return trustStore(ts);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("Cannot load CA certificates: " + e.getClass().getSimpleName(), e);
            }
        }

        /**
         * Accept the server only if a certificate in its chain has this public key.
         *
         * @param sha256SpkiBase64 standard base64 of SHA-256 over the SubjectPublicKeyInfo (see {@link #publicKeyPin})
         * @return this
         */
        public Builder pinServerPublicKey(String sha256SpkiBase64) {
            publicKeyPins.add(Objects.requireNonNull(sha256SpkiBase64, "pin"));
            return this;
        }

        /**
         * Accept the server only if its leaf certificate has this {@code x5t#S256}.
         *
         * @param x5tS256 base64url SHA-256 of the DER certificate (see {@link #thumbprint})
         * @return this
         */
        public Builder pinServerCertificate(String x5tS256) {
            certificatePins.add(Objects.requireNonNull(x5tS256, "pin"));
            return this;
        }

        /** @return the credentials */
        public MtlsCredentials build() {
            if (key == null || chain == null) {
                throw new IllegalStateException("Set the client key with pkcs12(..), keyStore(..) or pem(..)");
            }
            try {
                char[] pw = new char[16];
                SecureRandom r = new SecureRandom();
                for (int i = 0; i < pw.length; i++) {
                    pw[i] = (char) ('a' + r.nextInt(26));
                }
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("client", key, pw, chain.toArray(new X509Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, pw);
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trustStore);
                TrustManager[] tms = tmf.getTrustManagers();
                if (!publicKeyPins.isEmpty() || !certificatePins.isEmpty()) {
                    for (int i = 0; i < tms.length; i++) {
                        if (tms[i] instanceof X509ExtendedTrustManager x) {
                            tms[i] = new PinningTrustManager(x, publicKeyPins, certificatePins);
                        }
                    }
                }
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(kmf.getKeyManagers(), tms, null);
                return new MtlsCredentials(ctx, chain.get(0));
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("Cannot build the mTLS SSLContext: " + e.getClass().getSimpleName(), e);
            }
        }
    }
}
