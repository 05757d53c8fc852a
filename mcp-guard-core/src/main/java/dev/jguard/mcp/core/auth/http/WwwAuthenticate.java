package dev.jguard.mcp.core.auth.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded, linear-time parser for {@code WWW-Authenticate} challenges (RFC 9110 section 11.6.1), enough to read
 * {@code DPoP error="use_dpop_nonce"}, {@code Bearer error="insufficient_scope", scope="a b"} and
 * {@code resource_metadata}. Unknown parameters are kept and may be ignored (RFC 9449 section 7.1); a header is read up
 * to 8 KiB and at most 16 challenges with 32 parameters each are kept, so hostile servers cannot exhaust memory.
 *
 * <pre>{@code
 * WwwAuthenticate w = WwwAuthenticate.parse(response.headers().allValues("WWW-Authenticate"));
 * if (w.hasError("use_dpop_nonce")) { ... }
 * Optional<String> scope = w.param("scope");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WwwAuthenticate {

    static final int MAX_CHARS = 8192;
    static final int MAX_CHALLENGES = 16;
    static final int MAX_PARAMS = 32;

    /**
     * One challenge.
     *
     * @param scheme the auth scheme, lower-case (e.g. {@code dpop}, {@code bearer})
     * @param params the auth parameters, names lower-case
     */
    public record Challenge(String scheme, Map<String, String> params) {
        /** @param scheme scheme  @param params params */
        public Challenge {
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    private static final WwwAuthenticate EMPTY = new WwwAuthenticate(List.of());

    private final List<Challenge> challenges;

    private WwwAuthenticate(List<Challenge> challenges) {
        this.challenges = List.copyOf(challenges);
    }

    /**
     * @param headerValues all {@code WWW-Authenticate} values of a response (null or empty: no challenge)
     * @return the parsed challenges
     */
    public static WwwAuthenticate parse(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return EMPTY;
        }
        List<Challenge> out = new ArrayList<>();
        int budget = MAX_CHARS;
        for (String v : headerValues) {
            if (v == null || budget <= 0) {
                continue;
            }
            String s = v.length() > budget ? v.substring(0, budget) : v;
            budget -= s.length();
            parseInto(s, out);
        }
        return new WwwAuthenticate(out);
    }

    private static void parseInto(String s, List<Challenge> out) {
        int i = 0;
        int n = s.length();
        String scheme = null;
        Map<String, String> params = null;
        boolean justReadScheme = false; // a token right after "<scheme> " (no comma) may be a token68
        while (i < n && out.size() < MAX_CHALLENGES) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == ',') {
                justReadScheme = false;
                i++;
                continue;
            }
            int start = i;
            while (i < n && isTchar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++; // skip a stray character
                continue;
            }
            String token = s.substring(start, i);
            int j = i;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            boolean isParam = j < n && s.charAt(j) == '=' && (j + 1 >= n || s.charAt(j + 1) != '=');
            if (isParam) {
                i = j + 1;
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                StringBuilder value = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    while (i < n && s.charAt(i) != '"') {
                        if (s.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        value.append(s.charAt(i));
                        i++;
                    }
                    i++; // closing quote
                } else {
                    while (i < n && s.charAt(i) != ',' && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                        value.append(s.charAt(i));
                        i++;
                    }
                }
                if (scheme != null && params.size() < MAX_PARAMS) {
                    params.putIfAbsent(token.toLowerCase(Locale.ROOT), value.toString());
                }
                justReadScheme = false;
            } else if (justReadScheme) {
                while (i < n && s.charAt(i) == '=') {
                    i++; // token68 padding; the token68 itself is not needed
                }
                justReadScheme = false;
            } else {
                if (scheme != null) {
                    out.add(new Challenge(scheme, params));
                }
                scheme = token.toLowerCase(Locale.ROOT);
                params = new LinkedHashMap<>();
                justReadScheme = true;
            }
        }
        if (scheme != null && out.size() < MAX_CHALLENGES) {
            out.add(new Challenge(scheme, params));
        }
    }

    private static boolean isTchar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~/".indexOf(c) >= 0;
    }

    /** @return all challenges in order */
    public List<Challenge> challenges() {
        return challenges;
    }

    /**
     * @param scheme a scheme, case-insensitive
     * @return the first challenge with that scheme
     */
    public Optional<Challenge> challenge(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return challenges.stream().filter(c -> c.scheme().equals(s)).findFirst();
    }

    /**
     * @param name a parameter name, case-insensitive
     * @return its value in the first challenge that has it
     */
    public Optional<String> param(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return challenges.stream().map(c -> c.params().get(n)).filter(v -> v != null).findFirst();
    }

    /**
     * @param error an OAuth error code, e.g. {@code use_dpop_nonce}
     * @return true if any challenge carries {@code error="<error>"}
     */
    public boolean hasError(String error) {
        return challenges.stream().anyMatch(c -> error.equals(c.params().get("error")));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WwwAuthenticate[");
        for (Challenge c : challenges) {
            sb.append(c.scheme()).append(' ').append(c.params().keySet()).append(';');
        }
        return sb.append(']').toString();
    }
}
