package dev.jguard.mcp.authit;

import static dev.jguard.mcp.testkit.Failures.catchAll;
import static dev.jguard.mcp.testkit.Failures.findCause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.core.auth.SenderConstrainedAuth;
import dev.jguard.mcp.core.auth.mtls.MtlsCredentials;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.OAuthTokenProvider;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import dev.jguard.mcp.testkit.TestPki;

/** RFC 8705 certificate-bound tokens against the real peer over TLS with client certificates (PKI made in the test). */
class SpringPeerMtlsTest {

    static ConfigurableApplicationContext peer;
    static URI base;
    static MtlsCredentials ours;
    static MtlsCredentials sameDnOtherKey;
    static KeyStore trust;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("mcpguard-pki");
        TestPki pki = new TestPki();
        char[] pw = "changeit".toCharArray();
        TestPki.Issued server = pki.server();
        KeyStore sks = KeyStore.getInstance("PKCS12");
        sks.load(null, null);
        sks.setKeyEntry("server", server.keys().getPrivate(), pw, new X509Certificate[] {server.certificate(), pki.ca});
        Path serverP12 = dir.resolve("server.p12");
        try (var out = Files.newOutputStream(serverP12)) {
            sks.store(out, pw);
        }
        trust = pki.trustStore();
        Path caP12 = dir.resolve("ca.p12");
        try (var out = Files.newOutputStream(caP12)) {
            trust.store(out, pw);
        }
        ours = MtlsCredentials.builder().pkcs12(pki.pkcs12(dir, "client", pki.client("mcp-client"), pw), pw)
                .trustStore(trust).pinServerPublicKey(MtlsCredentials.publicKeyPin(server.certificate())).build();
        sameDnOtherKey = MtlsCredentials.builder().pkcs12(pki.pkcs12(dir, "thief", pki.client("mcp-client"), pw), pw)
                .trustStore(trust).build();
        peer = new SpringApplicationBuilder(PeerApp.class).properties("server.address=127.0.0.1", "server.port=0",
                "spring.main.banner-mode=off", "logging.level.root=WARN",
                "server.ssl.enabled=true", "server.ssl.key-store=" + serverP12.toUri(), "server.ssl.key-store-password=changeit",
                "server.ssl.key-store-type=PKCS12", "server.ssl.key-alias=server", "server.ssl.client-auth=want",
                "server.ssl.trust-store=" + caP12.toUri(), "server.ssl.trust-store-password=changeit",
                "server.ssl.trust-store-type=PKCS12").run();
        base = URI.create("https://127.0.0.1:" + ((WebServerApplicationContext) peer).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    static OAuthTokenClient tokenClient(MtlsCredentials creds) {
        return OAuthTokenClient.builder(base.resolve("/oauth2/token"))
                .clientAuthentication(ClientAuthentication.tlsClientAuth("mcp-mtls-client"))
                .mtls(creds).requireCertificateBound(true).build();
    }

    static URI mcp() {
        return base.resolve("/mcp");
    }

    @Test
    void certificateBoundTokenWorksThroughTheGuard() {
        AccessToken token = tokenClient(ours).clientCredentials(mcp(), Set.of("mcp:tools")).accessToken();
        assertThat(token.type()).isEqualTo("Bearer");
        assertThat(token.certificateThumbprint()).isEqualTo(ours.certificateThumbprint());

        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(mcp()).mtls(ours).scopes(Set.of("mcp:tools"))
                .tokenProvider(OAuthTokenProvider.builder(tokenClient(ours)).clientCredentials(true).build()).build();
        try (McpSyncClient client = McpClient.sync(auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString())).build())
                .requestTimeout(Duration.ofSeconds(20)).build()) {
            client.initialize();
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("book_room", Map.of("city", "Oslo")));
            assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("booked in Oslo");
        }
    }

    @Test
    void bindingMismatchIsRefusedBeforeSendingAndTheServerAgrees() throws Exception {
        AccessToken token = tokenClient(ours).clientCredentials(mcp(), Set.of("mcp:tools")).accessToken();
        int before = PeerApp.MCP_REQUESTS.get();
        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(mcp()).mtls(sameDnOtherKey)
                .tokenProvider(TokenProvider.of(token)).build();
        McpSyncClient client = McpClient.sync(auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString())).build())
                .requestTimeout(Duration.ofSeconds(20)).build();
        Throwable t = catchAll(client::initialize);
        client.close();
        assertThat(findCause(t, GuardRejectedException.class).ruleId()).isEqualTo("mtls-binding-mismatch");
        assertThat(PeerApp.MCP_REQUESTS.get()).as("nothing was sent").isEqualTo(before);

        // Without the guard the same token over the other certificate is rejected by the resource server (401).
        HttpResponse<Void> raw = sameDnOtherKey.httpClientBuilder().build().send(HttpRequest.newBuilder(mcp())
                .header("Authorization", "Bearer " + token.value().reveal()).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(SpringPeerDPoPTest.INIT)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(raw.statusCode()).isEqualTo(401);
    }
}
