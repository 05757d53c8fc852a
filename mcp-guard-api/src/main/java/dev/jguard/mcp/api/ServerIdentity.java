package dev.jguard.mcp.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Who a guarded transport talks to. Keys every piece of per-server state (tool pins, policies, nonces) and names the
 * server in events. It never carries secrets: an HTTP location loses user-info, query and fragment, and a stdio
 * location keeps only the command and its arguments, never environment values.
 *
 * <pre>{@code
 * ServerIdentity airline = ServerIdentity.http("airline", URI.create("https://airline.example/mcp"));
 * ServerIdentity files = ServerIdentity.stdio("files", "npx", List.of("@modelcontextprotocol/server-filesystem", "/tmp"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ServerIdentity {

    private final String name;
    private final String location;

    private ServerIdentity(String name, String location) {
        this.name = requireText(name, "name");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * A server known only by a logical name (for example an in-process server).
     *
     * @param name a logical name, unique per guard, e.g. {@code "airline"}
     * @return the identity
     */
    public static ServerIdentity of(String name) {
        return new ServerIdentity(name, "name:" + name);
    }

    /**
     * A server reached over HTTP. User-info, query and fragment are dropped, scheme and host are lower-cased and a
     * default port is removed, so the location is a canonical, secret-free URL.
     *
     * @param name a logical name, e.g. {@code "hotel"}
     * @param endpoint the server's endpoint URL
     * @return the identity
     */
    public static ServerIdentity http(String name, URI endpoint) {
        return new ServerIdentity(name, canonicalHttp(endpoint));
    }

    /**
     * A server started as a child process over stdio. Environment values are deliberately not part of the identity.
     *
     * @param name a logical name, e.g. {@code "everything"}
     * @param command the executable
     * @param args its arguments
     * @return the identity
     */
    public static ServerIdentity stdio(String name, String command, List<String> args) {
        requireText(command, "command");
        StringBuilder sb = new StringBuilder("stdio:").append(command);
        for (String a : List.copyOf(args)) {
            sb.append(' ').append(a);
        }
        return new ServerIdentity(name, sb.toString());
    }

    /** @return the logical name used in events, policies and lockfiles */
    public String name() {
        return name;
    }

    /** @return the canonical, secret-free location ({@code https://host/path}, {@code stdio:cmd args}, or {@code name:n}) */
    public String location() {
        return location;
    }

    /**
     * Canonicalises an HTTP(S) URL: lower-case scheme and host, no default port, no user-info, query or fragment.
     *
     * @param uri an absolute URL
     * @return the canonical form
     * @throws IllegalArgumentException if the URI is not an absolute http or https URL
     */
    public static String canonicalHttp(URI uri) {
        Objects.requireNonNull(uri, "endpoint");
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("Server endpoint must be an absolute http(s) URL with a host");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("ServerIdentity " + what + " must not be blank");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerIdentity other && name.equals(other.name) && location.equals(other.location);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + location.hashCode();
    }

    @Override
    public String toString() {
        return "ServerIdentity[" + name + " @ " + location + "]";
    }
}
