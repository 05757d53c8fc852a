package dev.jguard.mcp.core.policy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one server may ask of the client: which roots it is shown ({@code roots/list}), whether it may request LLM
 * sampling ({@code sampling/createMessage}) and within which limits, and whether it may ask the user for input
 * ({@code elicitation/create}). Everything is denied by default: no roots, no sampling, no elicitation.
 *
 * <pre>{@code
 * ServerRequestRules files = ServerRequestRules.builder()
 *     .allowRoot("file:///home/me/project")
 *     .allowSampling(512)                  // max tokens; context from other servers is never included
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class ServerRequestRules {

    private static final ServerRequestRules DENY_ALL = builder().build();

    private final List<String> roots;
    private final boolean sampling;
    private final int maxTokens;
    private final boolean elicitation;
    private final boolean urlElicitation;

    private ServerRequestRules(Builder b) {
        this.roots = List.copyOf(b.roots);
        this.sampling = b.sampling;
        this.maxTokens = b.maxTokens;
        this.elicitation = b.elicitation;
        this.urlElicitation = b.urlElicitation;
    }

    /** @return rules that show no root and deny sampling and elicitation */
    public static ServerRequestRules denyAll() {
        return DENY_ALL;
    }

    /** @return a builder that denies everything until told otherwise */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the allowed root URIs (a root is shown when it is one of them or lies below one) */
    public List<String> roots() {
        return roots;
    }

    /** @return whether sampling requests are answered */
    public boolean samplingAllowed() {
        return sampling;
    }

    /** @return the largest {@code maxTokens} a sampling request may ask for (larger ones are lowered) */
    public int maxTokens() {
        return maxTokens;
    }

    /** @return whether elicitation requests reach the application */
    public boolean elicitationAllowed() {
        return elicitation;
    }

    /** @return whether URL-mode elicitation (sending the user to a web page) is allowed too */
    public boolean urlElicitationAllowed() {
        return urlElicitation;
    }

    /**
     * @param uri a root URI the client offers
     * @return whether this server may see it
     */
    public boolean rootAllowed(String uri) {
        String candidate = normalise(uri);
        if (candidate == null) {
            return false;
        }
        for (String allowed : roots) {
            if (candidate.equals(allowed) || candidate.startsWith(allowed.endsWith("/") ? allowed : allowed + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases scheme and host, drops a trailing slash; rejects relative URIs and {@code .}/{@code ..} segments. */
    static String normalise(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI u = new URI(uri);
            if (!u.isAbsolute() || u.getRawPath() == null) {
                return null;
            }
            for (String seg : u.getRawPath().split("/")) {
                if (seg.equals(".") || seg.equals("..") || seg.equalsIgnoreCase("%2e") || seg.equalsIgnoreCase("%2e%2e")) {
                    return null;
                }
            }
            String s = u.getScheme().toLowerCase(Locale.ROOT) + ":" + (u.getRawAuthority() == null ? (uri.contains("://") ? "//" : "")
                    : "//" + u.getRawAuthority().toLowerCase(Locale.ROOT)) + u.getRawPath();
            return s.length() > 1 && s.endsWith("/") && !s.endsWith("://") && !s.endsWith(":///") ? s.substring(0, s.length() - 1) : s;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "ServerRequestRules[roots=" + roots.size() + ", sampling=" + (sampling ? "max " + maxTokens : "denied")
                + ", elicitation=" + (elicitation ? "allowed" : "denied") + "]";
    }

    /** Builds {@link ServerRequestRules}. Not thread-safe. */
    public static final class Builder {
        private final List<String> roots = new ArrayList<>();
        private boolean sampling;
        private int maxTokens;
        private boolean elicitation;
        private boolean urlElicitation;

        private Builder() {
        }

        /**
         * @param uris absolute root URIs this server may see (and roots below them), e.g. {@code file:///srv/data}
         * @return this builder
         * @throws IllegalArgumentException for a relative URI or one with {@code ..} segments
         */
        public Builder allowRoot(String... uris) {
            for (String u : uris) {
                String n = normalise(Objects.requireNonNull(u, "uri"));
                if (n == null) {
                    throw new IllegalArgumentException("Root '" + u + "' must be an absolute URI without '.' or '..' segments, e.g. file:///home/me/project");
                }
                roots.add(n);
            }
            return this;
        }

        /**
         * Allows sampling requests, lowering any {@code maxTokens} above the limit and never including context from
         * other servers ({@code includeContext: allServers} becomes {@code thisServer}).
         *
         * @param maxTokens the largest number of tokens a request may ask for
         * @return this builder
         */
        public Builder allowSampling(int maxTokens) {
            if (maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
            }
            this.sampling = true;
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * @param allowUrlMode whether URL-mode elicitation (which sends the user to a web page) is allowed as well as
         *     form mode
         * @return this builder
         */
        public Builder allowElicitation(boolean allowUrlMode) {
            this.elicitation = true;
            this.urlElicitation = allowUrlMode;
            return this;
        }

        /** @return the rules */
        public ServerRequestRules build() {
            return new ServerRequestRules(this);
        }
    }
}
