package dev.jguard.mcp.core.auth.dpop;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The DPoP {@code htu} of a request (RFC 9449 section 4.2): the target URI without query and fragment, with scheme
 * and host lower-cased, the default port and any user-info removed, and the path kept exactly as sent (servers such as
 * Spring Security compare it as a string, so no trailing-slash change and no re-encoding). Also computes the origin
 * ({@code scheme://host[:port]}) that keys nonces and audience checks.
 *
 * <pre>{@code
 * Htu.of(URI.create("HTTPS://Api.Example:443/mcp?x=1#f"))      // "https://api.example/mcp"
 * Htu.origin(URI.create("http://127.0.0.1:8080/mcp"))          // "http://127.0.0.1:8080"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Htu {

    private Htu() {
    }

    /**
     * @param uri an absolute http(s) request URI
     * @return the normalised {@code htu}
     * @throws IllegalArgumentException if the URI is not an absolute http(s) URL with a host
     */
    public static String of(URI uri) {
        String path = uri.getRawPath();
        return origin(uri) + (path == null || path.isEmpty() ? "/" : path);
    }

    /**
     * @param uri an absolute http(s) URI
     * @return {@code scheme://host[:port]}, lower-case, without a default port
     * @throws IllegalArgumentException if the URI is not an absolute http(s) URL with a host
     */
    public static String origin(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Expected an absolute http(s) URL with a host, got scheme '" + scheme + "'");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
