package dev.jguard.mcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.jguard.mcp.core.auth.dpop.DPoPNonceStore;
import dev.jguard.mcp.core.auth.dpop.Htu;
import dev.jguard.mcp.core.auth.http.WwwAuthenticate;
import dev.jguard.mcp.core.auth.mtls.MtlsCredentials;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.jguard.mcp.testkit.TestPki;

class MtlsAndHttpHelpersTest {

    @Test
    void mtlsContextPresentsTheClientCertificateAndPinsTheServer(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        TestPki.Issued serverCert = pki.server();
        TestPki.Issued clientCert = pki.client("mcp-client");
        char[] pw = "pw".toCharArray();
        KeyStore sks = KeyStore.getInstance("PKCS12");
        sks.load(null, null);
        sks.setKeyEntry("server", serverCert.keys().getPrivate(), pw, new X509Certificate[] {serverCert.certificate(), pki.ca});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(sks, pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(pki.trustStore());
        SSLContext serverCtx = SSLContext.getInstance("TLS");
        serverCtx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverCtx) {
            @Override
            public void configure(HttpsParameters params) {
                var p = serverCtx.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        AtomicReference<String> seenClient = new AtomicReference<>();
        https.createContext("/", ex -> {
            SSLSession s = ((com.sun.net.httpserver.HttpsExchange) ex).getSSLSession();
            seenClient.set(MtlsCredentials.thumbprint((X509Certificate) s.getPeerCertificates()[0]));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        https.start();
        try {
            URI uri = URI.create("https://127.0.0.1:" + https.getAddress().getPort() + "/");
            Path p12 = pki.pkcs12(dir, "client", clientCert, pw);
            MtlsCredentials pinnedOk = MtlsCredentials.builder().pkcs12(p12, pw).trustStore(pki.trustStore())
                    .pinServerPublicKey(MtlsCredentials.publicKeyPin(serverCert.certificate())).build();
            HttpResponse<Void> r = pinnedOk.httpClientBuilder().build()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(seenClient.get()).isEqualTo(pinnedOk.certificateThumbprint());

            MtlsCredentials pinnedWrong = MtlsCredentials.builder().pkcs12(p12, pw).trustStore(pki.trustStore())
                    .pinServerCertificate(MtlsCredentials.thumbprint(pki.ca)).build();
            HttpClient wrong = pinnedWrong.httpClientBuilder().build();
            assertThatThrownBy(() -> wrong.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
        } finally {
            https.stop(0);
        }
    }

    @Test
    void pemCredentialsLoadAndExplainUnsupportedKeys(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        TestPki.Issued c = pki.client("pem");
        Path cert = dir.resolve("c.pem");
        Path key = dir.resolve("k.pem");
        java.nio.file.Files.writeString(cert, pem("CERTIFICATE", c.certificate().getEncoded()));
        java.nio.file.Files.writeString(key, pem("PRIVATE KEY", c.keys().getPrivate().getEncoded()));
        assertThat(MtlsCredentials.builder().pem(cert, key).build().certificateThumbprint())
                .isEqualTo(MtlsCredentials.thumbprint(c.certificate()));
        java.nio.file.Files.writeString(key, pem("EC PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> MtlsCredentials.builder().pem(cert, key)).hasMessageContaining("openssl pkcs8");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + java.util.Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Test
    void wwwAuthenticateParsesChallengesAndParams() {
        WwwAuthenticate w = WwwAuthenticate.parse(List.of(
                "DPoP error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce\", algs=\"ES256 PS256\"",
                "Bearer realm=\"x\", error=\"insufficient_scope\", scope=\"a b\", Basic abc==, Negotiate"));
        assertThat(w.challenges()).extracting(WwwAuthenticate.Challenge::scheme).containsExactly("dpop", "bearer", "basic", "negotiate");
        assertThat(w.hasError("use_dpop_nonce")).isTrue();
        assertThat(w.hasError("insufficient_scope")).isTrue();
        assertThat(w.challenge("Bearer").orElseThrow().params()).containsEntry("scope", "a b");
        assertThat(w.param("algs")).contains("ES256 PS256");
        assertThat(WwwAuthenticate.parse(null).challenges()).isEmpty();
    }

    @Test
    void wwwAuthenticateIsBoundedOnHostileInput() {
        String hostile = "DPoP " + "a=\"".repeat(50_000) + ",".repeat(100_000);
        WwwAuthenticate w = WwwAuthenticate.parse(List.of(hostile, "x ".repeat(100_000)));
        assertThat(w.challenges().size()).isLessThanOrEqualTo(16);
        assertThat(w.challenges()).allSatisfy(c -> assertThat(c.params().size()).isLessThanOrEqualTo(32));
    }

    @Test
    void htuDropsQueryFragmentDefaultPortAndUserInfoButKeepsThePath() {
        assertThat(Htu.of(URI.create("HTTPS://user:pw@Hotel.Example:443/MCP/?a=1#x"))).isEqualTo("https://hotel.example/MCP/");
        assertThat(Htu.of(URI.create("http://127.0.0.1:8080/mcp%2Fx?y"))).isEqualTo("http://127.0.0.1:8080/mcp%2Fx");
        assertThat(Htu.of(URI.create("http://h.example"))).isEqualTo("http://h.example/");
        assertThatThrownBy(() -> Htu.of(URI.create("file:///etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonceStoreIsPerOriginAndRejectsInvalidValues() {
        DPoPNonceStore s = new DPoPNonceStore();
        assertThat(s.update(URI.create("https://a.example/token"), "n1")).isTrue();
        assertThat(s.get(URI.create("https://a.example/other"))).contains("n1");
        assertThat(s.get(URI.create("https://b.example/token"))).isEmpty();
        assertThat(s.get(URI.create("https://a.example:8443/token"))).isEmpty();
        assertThat(s.update(URI.create("https://a.example/"), "bad nonce")).isFalse();
        assertThat(s.update(URI.create("https://a.example/"), "x".repeat(513))).isFalse();
        for (int i = 0; i < 1000; i++) {
            s.update(URI.create("https://h" + i + ".example/"), "n");
        }
        assertThat(s.toString()).contains("origins=256");
    }

    @Test
    void nonceStoreIgnoresALateAnswerToARequestOlderThanTheOneThatSetTheCurrentNonce() {
        DPoPNonceStore s = new DPoPNonceStore();
        URI mcp = URI.create("https://rs.example/mcp");
        assertThat(s.update(mcp, "n1", null)).isTrue(); // first challenge: the request carried no nonce
        // a POST and a background GET are both built with n1; the POST's 200 rotates to n2, its next POST to n3
        assertThat(s.update(mcp, "n2", "n1")).isTrue();
        assertThat(s.update(mcp, "n3", "n2")).isTrue();
        // the GET built with n1 is answered late with the then-current n2: stale, must not replace n3
        assertThat(s.update(mcp, "n2", "n1")).isFalse();
        assertThat(s.get(mcp)).contains("n3");
        // an answer to a request built before any nonce was known is stale too once one is
        assertThat(s.update(mcp, "n0", null)).isFalse();
        // two answers to requests built with the same nonce: the later one wins
        assertThat(s.update(mcp, "n4", "n3")).isTrue();
        assertThat(s.update(mcp, "n5", "n3")).isTrue();
        assertThat(s.get(mcp)).contains("n5");
        // a nonce the store never issued (or forgot) cannot date its request: ignored while a nonce is known
        assertThat(s.update(mcp, "n6", "unknown")).isFalse();
        // the unconditional update (a caller that knows better) always wins
        assertThat(s.update(mcp, "n7")).isTrue();
        assertThat(s.get(mcp)).contains("n7");
        for (int i = 0; i < 100; i++) {
            assertThat(s.update(mcp, "r" + (i + 1), i == 0 ? "n7" : "r" + i)).isTrue(); // long rotation chains stay bounded
        }
        assertThat(s.update(mcp, "late", "n7")).isFalse(); // forgotten long ago
        assertThat(s.get(mcp)).contains("r100");
    }
}
