package dev.jguard.mcp.core.auth;

import static dev.jguard.mcp.testkit.Failures.catchAll;
import static dev.jguard.mcp.testkit.Failures.findCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardRejectedException;
import dev.jguard.mcp.api.event.SecurityEvent;
import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.mtls.MtlsCredentials;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.OAuthTokenProvider;
import dev.jguard.mcp.core.auth.token.TokenProvider;
import dev.jguard.mcp.core.auth.token.TokenRequestFailedException;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.jguard.mcp.testkit.TestPki;

class SenderConstrainedAuthTest {

    DPoPTestServer server;
    DPoPKey key;
    final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new DPoPTestServer();
        key = DPoPKey.generate();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    OAuthTokenClient tokenClient() {
        return OAuthTokenClient.builder(server.tokenEndpoint())
                .clientAuthentication(ClientAuthentication.clientSecretBasic("travelbot", Secret.of("s3cret")))
                .dpop(new DPoPProofGenerator(key, Clock.systemUTC())).build();
    }

    SenderConstrainedAuth.Builder auth(Set<String> scopes) {
        return SenderConstrainedAuth.builder().resource(server.mcpEndpoint()).dpop(key).scopes(scopes)
                .tokenProvider(OAuthTokenProvider.builder(tokenClient()).clientCredentials(true).build())
                .addListener(events::add);
    }

    static McpSyncClient client(SenderConstrainedAuth auth, URI base) {
        var transport = auth.applyTo(HttpClientStreamableHttpTransport.builder(base.toString())).build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(10)).build();
    }

    static McpSchema.CallToolResult call(McpSyncClient c, Map<String, Object> args) {
        return c.callTool(new McpSchema.CallToolRequest("echo", args));
    }

    @Test
    void guardedClientGetsBoundTokenAndCallsToolsWithFreshVerifiedProofs() {
        try (McpSyncClient c = client(auth(Set.of("tools:read")).build(), server.base())) {
            c.initialize();
            assertThat(c.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("echo");
            assertThat(call(c, Map.of()).isError()).isFalse();
        }
        List<DPoPTestServer.SeenProof> mcp = server.proofs.stream().filter(p -> p.path().equals("/mcp")).toList();
        assertThat(mcp).hasSizeGreaterThanOrEqualTo(3).allMatch(p -> p.status() == 200 && p.hadAth()
                && p.htu().equals(server.mcpEndpoint().toString()));
        List<DPoPTestServer.SeenProof> all = List.copyOf(server.proofs); // one snapshot: late GET/DELETE may still arrive
        assertThat(all.stream().map(DPoPTestServer.SeenProof::jti).distinct().count()).isEqualTo(all.size());
        assertThat(server.tokenForms).hasSize(1);
        assertThat(server.tokenForms.get(0)).containsEntry("resource", server.mcpEndpoint().toString())
                .containsEntry("scope", "tools:read").containsEntry("grant_type", "client_credentials");
        assertThat(server.rsUnauthorized).hasValue(0);
    }

    @Test
    void resourceServerNonceIsRetriedExactlyOnce() {
        server.rsRequiresNonce = true;
        SenderConstrainedAuth auth = auth(Set.of()).build();
        try (McpSyncClient c = client(auth, server.base())) {
            c.initialize();
            c.listTools();
            call(c, Map.of());
        }
        assertThat(server.rsUnauthorized).as("one use_dpop_nonce challenge in the whole session").hasValue(1);
        List<DPoPTestServer.SeenProof> mcp = server.proofs.stream().filter(p -> p.path().equals("/mcp")).toList();
        assertThat(mcp.get(0).status()).isEqualTo(401);
        assertThat(mcp.get(0).nonce()).isNull();
        assertThat(mcp.get(1).status()).isEqualTo(200);
        assertThat(mcp.get(1).nonce()).isEqualTo(server.currentRsNonce());
        assertThat(mcp.get(1).jti()).isNotEqualTo(mcp.get(0).jti());
        assertThat(mcp.subList(1, mcp.size())).allMatch(p -> p.status() == 200);
        assertThat(events).filteredOn(e -> e instanceof CredentialRetryEvent r && r.reason().equals("dpop-nonce")).hasSize(1);
    }

    @Test
    void noncesDeliveredOnSuccessfulResponsesAreUsedNext() {
        server.rsRequiresNonce = true;
        server.rotateNonceOnSuccess = true;
        SenderConstrainedAuth auth = auth(Set.of()).build();
        try (McpSyncClient c = client(auth, server.base())) {
            c.initialize();
            c.listTools();
            int before = server.rsUnauthorized.get();
            int proofsBefore = server.proofs.size();
            for (int i = 0; i < 5; i++) {
                call(c, Map.of()); // sequential: each 200 rotates the nonce; the next request must already carry it
            }
            assertThat(server.rsUnauthorized.get()).as("no challenge once nonces come with 200s").isEqualTo(before);
            assertThat(List.copyOf(server.proofs.subList(proofsBefore, server.proofs.size()))).filteredOn(p -> p.method().equals("POST"))
                    .hasSize(5).allMatch(p -> p.status() == 200);
            assertThat(auth.nonces().get(server.mcpEndpoint())).contains(server.currentRsNonce());
        }
    }

    @Test
    void resourceServerThatKeepsRejectingTheNonceGetsOneRetryOnly() {
        server.rsRequiresNonce = true;
        SenderConstrainedAuth auth = auth(Set.of()).build();
        // The first request learns the nonce and retries once; make every later nonce stale by rotating it server-side
        // without telling the client: the client must not retry with the same nonce again.
        try (McpSyncClient c = client(auth, server.base())) {
            c.initialize();
            int before = server.rsUnauthorized.get();
            auth.nonces().update(server.mcpEndpoint(), "stale-nonce");
            assertThat(auth.nonces().get(server.mcpEndpoint())).contains("stale-nonce");
            c.listTools(); // 401 with the real nonce -> exactly one retry with it -> 200
            assertThat(server.rsUnauthorized.get() - before).isEqualTo(1);
        }
    }

    @Test
    void authorizationServerNonceIsRetriedExactlyOnce() {
        server.asRequiresNonce = true;
        try (McpSyncClient c = client(auth(Set.of()).build(), server.base())) {
            c.initialize();
        }
        assertThat(server.asUnauthorized).hasValue(1);
        assertThat(server.tokenForms).hasSize(2);
        List<DPoPTestServer.SeenProof> token = server.proofs.stream().filter(p -> p.path().equals("/token")).toList();
        assertThat(token).extracting(DPoPTestServer.SeenProof::status).containsExactly(400, 200);
        assertThat(token.get(1).nonce()).isNotNull();
        assertThat(token).allMatch(p -> !p.hadAth());
    }

    @Test
    void authorizationServerThatKeepsAskingForNewNoncesFailsAfterOneRetry() {
        server.asRequiresNonce = true;
        server.asAlwaysNewNonce = true;
        assertThatThrownBy(() -> tokenClient().clientCredentials(server.mcpEndpoint(), Set.of()))
                .isInstanceOf(TokenRequestFailedException.class).hasMessageContaining("400").hasMessageContaining("use_dpop_nonce");
        assertThat(server.tokenForms).hasSize(2);
    }

    @Test
    void bearerTokenTypeIsDiscardedWhenDPoPIsRequired() {
        server.tokenType = "Bearer";
        assertThatThrownBy(() -> tokenClient().clientCredentials(server.mcpEndpoint(), Set.of()))
                .isInstanceOf(TokenRequestFailedException.class).hasMessageContaining("not DPoP");
        McpSyncClient c = client(auth(Set.of()).build(), server.base());
        assertThatThrownBy(c::initialize).isInstanceOf(RuntimeException.class);
        c.close();
        assertThat(server.mcpRequestsWithAuthorization).hasValue(0);
    }

    @Test
    void tokenIsNeverSentToAnotherOrigin() throws Exception {
        try (DPoPTestServer other = new DPoPTestServer()) {
            McpSyncClient c = client(auth(Set.of()).build(), other.base());
            Throwable t = catchAll(c::initialize);
            c.close();
            GuardRejectedException rejected = findCause(t, GuardRejectedException.class);
            assertThat(rejected.errorCode()).isEqualTo(GuardErrorCode.CREDENTIAL_REFUSED);
            assertThat(rejected.ruleId()).isEqualTo("wrong-audience");
            assertThat(other.mcpRequests).hasValue(0);
            assertThat(server.tokenForms).isEmpty();
            assertThat(events).filteredOn(e -> e instanceof CredentialRefusedEvent).singleElement()
                    .satisfies(e -> assertThat(e.incidentId()).isEqualTo(rejected.incidentId()));
        }
    }

    @Test
    void providerTokenForAnotherResourceIsRefused() {
        AccessToken foreign = tokenClient().clientCredentials(URI.create("http://127.0.0.1:1/mcp"), Set.of()).accessToken();
        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(server.mcpEndpoint()).dpop(key)
                .tokenProvider(TokenProvider.of(foreign)).addListener(events::add).build();
        McpSyncClient c = client(auth, server.base());
        GuardRejectedException e = findCause(catchAll(c::initialize), GuardRejectedException.class);
        c.close();
        assertThat(e.ruleId()).isEqualTo("token-resource-mismatch");
        assertThat(e.getMessage()).doesNotContain(foreign.value().reveal());
        assertThat(server.mcpRequests).hasValue(0);
    }

    @Test
    void tokenInsideAMessageBodyIsNeverForwarded() {
        SenderConstrainedAuth auth = auth(Set.of()).build();
        try (McpSyncClient c = client(auth, server.base())) {
            c.initialize();
            String stolen = currentToken(auth);
            int before = server.toolCallRequests.get();
            Throwable t = catchAll(() -> call(c, Map.of("note", "forward this: " + stolen)));
            assertThat(findCause(t, GuardRejectedException.class).ruleId()).isEqualTo("token-in-body");
            assertThat(server.toolCallRequests.get()).as("the call never left the client").isEqualTo(before);
        }
    }

    private String currentToken(SenderConstrainedAuth auth) {
        // the token the binding uses: ask its provider through the public SPI
        return ((OAuthTokenProvider) readProvider(auth)).token(new dev.jguard.mcp.core.auth.token.TokenRequest(
                server.mcpEndpoint(), Set.of())).value().reveal();
    }

    private static TokenProvider readProvider(SenderConstrainedAuth auth) {
        try {
            var f = SenderConstrainedAuth.class.getDeclaredField("tokenProvider");
            f.setAccessible(true);
            return (TokenProvider) f.get(auth);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void insufficientScopeStepsUpOnceWithTheUnionOfScopes() {
        server.scopeRequiredForCall = "tools:call";
        try (McpSyncClient c = client(auth(Set.of("tools:read")).build(), server.base())) {
            c.initialize();
            assertThat(call(c, Map.of()).isError()).isFalse();
        }
        assertThat(server.forbidden).hasValue(1);
        assertThat(server.tokenForms).extracting(f -> f.get("scope")).containsExactly("tools:read", "tools:read tools:call");
    }

    @Test
    void stepUpIsBounded() {
        server.scopeRequiredForCall = "tools:call";
        try (McpSyncClient c = client(auth(Set.of("tools:read")).maxStepUps(0).build(), server.base())) {
            c.initialize();
            assertThatThrownBy(() -> call(c, Map.of())).isInstanceOf(RuntimeException.class);
        }
        assertThat(server.forbidden).hasValue(1);
        assertThat(server.tokenForms).hasSize(1);
    }

    @Test
    void certificateBoundTokenForAnotherCertificateIsRefusedBeforeSending(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        char[] pw = "pw".toCharArray();
        MtlsCredentials ours = MtlsCredentials.builder().pkcs12(pki.pkcs12(dir, "ours", pki.client("ours"), pw), pw).build();
        String otherThumbprint = MtlsCredentials.thumbprint(pki.client("other").certificate());
        String header = Base64URL.encode("{\"alg\":\"ES256\"}").toString();
        String payload = Base64URL.encode(("{\"aud\":\"" + server.mcpEndpoint() + "\",\"cnf\":{\"x5t#S256\":\""
                + otherThumbprint + "\"}}").getBytes(StandardCharsets.UTF_8)).toString();
        AccessToken bound = AccessToken.builder(Secret.of(header + "." + payload + ".c2ln"), server.mcpEndpoint()).build();
        assertThat(bound.certificateThumbprint()).isEqualTo(otherThumbprint);
        SenderConstrainedAuth auth = SenderConstrainedAuth.builder().resource(server.mcpEndpoint()).mtls(ours)
                .tokenProvider(TokenProvider.of(bound)).addListener(events::add).build();
        McpSyncClient c = client(auth, server.base());
        GuardRejectedException e = findCause(catchAll(c::initialize), GuardRejectedException.class);
        c.close();
        assertThat(e.ruleId()).isEqualTo("mtls-binding-mismatch");
        assertThat(server.mcpRequests).as("nothing was sent").hasValue(0);
    }

    @Test
    void unboundTokensNeedAnExplicitOptIn() {
        assertThatThrownBy(() -> SenderConstrainedAuth.builder().resource(server.mcpEndpoint())
                .tokenProvider(r -> null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("allowUnboundTokens");
    }

    @Test
    void toStringsNeverShowTokens() {
        var response = tokenClient().clientCredentials(server.mcpEndpoint(), Set.of("tools:read"));
        String at = response.accessToken().value().reveal();
        String rt = response.refreshToken().orElseThrow().reveal();
        assertThat(response.toString()).doesNotContain(at).doesNotContain(rt).contains("jkt=" + key.thumbprint());
        assertThat(auth(Set.of()).build().toString()).doesNotContain(at);
    }
}
