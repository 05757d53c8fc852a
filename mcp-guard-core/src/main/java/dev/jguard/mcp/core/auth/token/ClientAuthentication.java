package dev.jguard.mcp.core.auth.token;

import dev.jguard.mcp.api.secret.Secret;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * How the client authenticates at the token endpoint: {@code none} (public client, PKCE),
 * {@code client_secret_basic}, {@code client_secret_post} or {@code tls_client_auth} (RFC 8705: the client certificate
 * of the mTLS connection authenticates; configure {@code OAuthTokenClient.Builder.mtls(..)}).
 *
 * <pre>{@code
 * ClientAuthentication.clientSecretBasic("travelbot", Secret.of(System.getenv("CLIENT_SECRET")));
 * ClientAuthentication.none("travelbot-cli");
 * ClientAuthentication.tlsClientAuth("travelbot");
 * }</pre>
 *
 * <p>Immutable and thread-safe; the secret never appears in {@code toString}.
 */
public final class ClientAuthentication {

    /** The token-endpoint authentication methods supported. */
    public enum Method {
        /** Public client: only {@code client_id} in the body. */
        NONE,
        /** HTTP Basic with the form-encoded id and secret. */
        CLIENT_SECRET_BASIC,
        /** {@code client_id} and {@code client_secret} in the body. */
        CLIENT_SECRET_POST,
        /** RFC 8705 PKI mutual TLS; {@code client_id} in the body. */
        TLS_CLIENT_AUTH
    }

    private final Method method;
    private final String clientId;
    private final Secret secret;

    private ClientAuthentication(Method method, String clientId, Secret secret) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("client_id must not be blank");
        }
        this.method = method;
        this.clientId = clientId;
        this.secret = secret;
    }

    /** @param clientId the client id  @return public-client authentication */
    public static ClientAuthentication none(String clientId) {
        return new ClientAuthentication(Method.NONE, clientId, null);
    }

    /** @param clientId id  @param secret secret  @return {@code client_secret_basic} */
    public static ClientAuthentication clientSecretBasic(String clientId, Secret secret) {
        return new ClientAuthentication(Method.CLIENT_SECRET_BASIC, clientId, Objects.requireNonNull(secret, "secret"));
    }

    /** @param clientId id  @param secret secret  @return {@code client_secret_post} */
    public static ClientAuthentication clientSecretPost(String clientId, Secret secret) {
        return new ClientAuthentication(Method.CLIENT_SECRET_POST, clientId, Objects.requireNonNull(secret, "secret"));
    }

    /** @param clientId the client id registered with {@code tls_client_auth}  @return mTLS client authentication */
    public static ClientAuthentication tlsClientAuth(String clientId) {
        return new ClientAuthentication(Method.TLS_CLIENT_AUTH, clientId, null);
    }

    /** @return the method */
    public Method method() {
        return method;
    }

    /** @return the client id */
    public String clientId() {
        return clientId;
    }

    void apply(HttpRequest.Builder request, Map<String, String> form) {
        switch (method) {
            case CLIENT_SECRET_BASIC -> {
                String user = URLEncoder.encode(clientId, StandardCharsets.UTF_8);
                String pass = URLEncoder.encode(secret.reveal(), StandardCharsets.UTF_8);
                request.setHeader("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8)));
            }
            case CLIENT_SECRET_POST -> {
                form.put("client_id", clientId);
                form.put("client_secret", secret.reveal());
            }
            case NONE, TLS_CLIENT_AUTH -> form.put("client_id", clientId);
        }
    }

    @Override
    public String toString() {
        return "ClientAuthentication[" + method + ", client_id=" + clientId + "]";
    }
}
