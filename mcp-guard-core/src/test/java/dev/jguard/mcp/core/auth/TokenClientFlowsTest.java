package dev.jguard.mcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import dev.jguard.mcp.core.auth.store.EncryptedFileTokenStore;
import dev.jguard.mcp.core.auth.token.AccessToken;
import dev.jguard.mcp.core.auth.token.AuthorizationRequest;
import dev.jguard.mcp.core.auth.token.ClientAuthentication;
import dev.jguard.mcp.core.auth.token.OAuthTokenClient;
import dev.jguard.mcp.core.auth.token.OAuthTokenProvider;
import dev.jguard.mcp.core.auth.token.Pkce;
import dev.jguard.mcp.core.auth.token.TokenRequest;
import dev.jguard.mcp.core.auth.token.TokenRequestFailedException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenClientFlowsTest {

    @Test
    void refreshTokensPersistEncryptedAndAreUsedByTheNextProcess(@TempDir Path dir) throws Exception {
        try (DPoPTestServer server = new DPoPTestServer()) {
            server.tokenLifetimeSeconds = 10; // shorter than the 30 s refresh skew: every call refreshes
            DPoPKey key = DPoPKey.generate();
            OAuthTokenClient client = OAuthTokenClient.builder(server.tokenEndpoint())
                    .clientAuthentication(ClientAuthentication.clientSecretPost("travelbot", Secret.of("s3cret")))
                    .dpop(new DPoPProofGenerator(key, Clock.systemUTC())).build();
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256);
            SecretKey kek = g.generateKey();
            TokenRequest request = new TokenRequest(server.mcpEndpoint(), Set.of("tools:read"));

            OAuthTokenProvider first = OAuthTokenProvider.builder(client).clientCredentials(true)
                    .store(EncryptedFileTokenStore.create(dir, kek)).build();
            AccessToken a = first.token(request);
            assertThat(a.jkt()).isEqualTo(key.thumbprint());
            assertThat(server.tokenForms.get(0)).containsEntry("grant_type", "client_credentials")
                    .containsEntry("client_id", "travelbot");
            assertThat(server.tokenForms).hasSize(1);
            try (var files = Files.list(dir)) {
                assertThat(files).singleElement().satisfies(f -> assertThat(Files.readString(f)).doesNotContain("rt-"));
            }

            OAuthTokenProvider restarted = OAuthTokenProvider.builder(client)
                    .store(EncryptedFileTokenStore.create(dir, kek)).build(); // no client_credentials: must refresh
            AccessToken b = restarted.token(request);
            assertThat(b.value()).isNotEqualTo(a.value());
            assertThat(server.tokenForms.get(1)).containsEntry("grant_type", "refresh_token")
                    .containsEntry("resource", server.mcpEndpoint().toString()).containsKey("refresh_token");
            assertThat(server.proofs).filteredOn(p -> p.path().equals("/token")).hasSize(2).allMatch(p -> !p.hadAth());

            OAuthTokenProvider wrongKey = OAuthTokenProvider.builder(client)
                    .store(EncryptedFileTokenStore.create(dir, g.generateKey())).build();
            assertThatThrownBy(() -> wrongKey.token(request)).hasMessageContaining("not the one that wrote it");
        }
    }

    @Test
    void authorizationRequestCarriesPkceResourceStateAndDPoPJktAndChecksTheRedirect() throws Exception {
        Pkce pkce = Pkce.generate();
        DPoPKey key = DPoPKey.generate();
        URI redirect = URI.create("http://localhost:8976/callback");
        AuthorizationRequest req = AuthorizationRequest.builder(URI.create("https://as.example/authorize"), "travelbot", redirect)
                .resource(URI.create("https://hotel.example/mcp")).scopes(Set.of("hotel:read")).dpopJkt(key.thumbprint())
                .pkce(pkce).build();
        Map<String, String> q = query(req.uri());
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", "travelbot")
                .containsEntry("code_challenge_method", "S256").containsEntry("resource", "https://hotel.example/mcp")
                .containsEntry("scope", "hotel:read").containsEntry("dpop_jkt", key.thumbprint())
                .containsEntry("redirect_uri", redirect.toString());
        String expectedChallenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(pkce.verifier().getBytes(StandardCharsets.US_ASCII)));
        assertThat(q.get("code_challenge")).isEqualTo(expectedChallenge);
        assertThat(pkce.verifier()).hasSize(43);
        assertThat(pkce.toString()).doesNotContain(pkce.verifier());

        String state = q.get("state");
        assertThat(req.codeFrom(URI.create(redirect + "?code=abc&state=" + state + "&iss=https%3A%2F%2Fas.example"),
                "https://as.example")).isEqualTo("abc");
        assertThatThrownBy(() -> req.codeFrom(URI.create(redirect + "?code=abc&state=forged"), "https://as.example"))
                .isInstanceOf(TokenRequestFailedException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> req.codeFrom(URI.create(redirect + "?code=abc&state=" + state + "&iss=https%3A%2F%2Fevil.example"),
                "https://as.example")).hasMessageContaining("RFC 9207");
        assertThatThrownBy(() -> req.codeFrom(URI.create(redirect + "?error=access_denied&state=" + state), null))
                .hasMessageContaining("access_denied");
        assertThatThrownBy(() -> AuthorizationRequest.builder(URI.create("http://as.example/authorize"), "c", redirect))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
