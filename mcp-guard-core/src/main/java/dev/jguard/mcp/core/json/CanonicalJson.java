package dev.jguard.mcp.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) for generic JSON trees ({@code Map}, {@code List}, {@code String},
 * {@code Number}, {@code Boolean}, {@code null}): object members sorted by UTF-16 code units, no whitespace,
 * ECMAScript number formatting and minimal string escaping. Two trees that differ only in key order or whitespace of
 * their source text canonicalise to the same string; any semantic difference gives a different string.
 *
 * <pre>{@code
 * String canonical = CanonicalJson.canonicalize(Map.of("b", 1, "a", List.of(true, 2.50)));
 * // {"a":[true,2.5],"b":1}
 * }</pre>
 *
 * <p>Bounded: nesting deeper than {@link #MAX_DEPTH} or output longer than the given limit is refused with an
 * {@link IllegalArgumentException}, so a hostile server cannot make the guard spend unbounded time or memory.
 * One deliberate extension of RFC 8785 (which assumes well-formed Unicode): a lone surrogate is written as a
 * {@code \\uXXXX} escape instead of being replaced, so distinct strings never canonicalise alike.
 *
 * <p>Thread-safe (stateless).
 */
public final class CanonicalJson {

    /** Maximum nesting depth of objects and arrays. */
    public static final int MAX_DEPTH = 128;

    /** Default maximum canonical length in chars (4 MiB). */
    public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740992L);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /**
     * @param tree a generic JSON tree
     * @return its RFC 8785 canonical form
     * @throws IllegalArgumentException if the tree is too deep, too large, holds a non-JSON value, a non-string key
     *     or a non-finite number
     */
    public static String canonicalize(Object tree) {
        return canonicalize(tree, DEFAULT_MAX_CHARS);
    }

    /**
     * @param tree a generic JSON tree
     * @param maxChars the largest canonical form accepted
     * @return its RFC 8785 canonical form
     * @throws IllegalArgumentException if the tree is too deep, larger than {@code maxChars}, holds a non-JSON value,
     *     a non-string key or a non-finite number
     */
    public static String canonicalize(Object tree, int maxChars) {
        TextSink out = new TextSink();
        write(tree, out, 0, maxChars);
        return out.text.toString();
    }

    /**
     * The SHA-256 of the canonical form, streamed into the digest as it is written: the same value as
     * {@code sha256Hex(canonicalize(tree))} without building the text. The bytes pass through a buffer of this call
     * only.
     *
     * @param tree a generic JSON tree
     * @return the lower-case hex SHA-256 of the UTF-8 bytes of its RFC 8785 canonical form
     * @throws IllegalArgumentException as {@link #canonicalize(Object)}
     */
    public static String canonicalSha256Hex(Object tree) {
        java.security.MessageDigest sha = SHA256.get();
        sha.reset(); // a call that failed midway leaves input behind
        DigestSink out = new DigestSink(sha);
        write(tree, out, 0, DEFAULT_MAX_CHARS);
        out.flush();
        return hex(sha.digest());
    }

    private static void write(Object value, Sink out, int depth, int maxChars) {
        if (out.length() > maxChars) {
            throw new IllegalArgumentException("JSON value is larger than the limit of " + maxChars + " chars");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue() ? "true" : "false");
        } else if (value instanceof Number n) {
            out.append(formatNumber(n));
        } else if (value instanceof Map<?, ?> map) {
            checkDepth(depth);
            List<String> keys = new ArrayList<>(map.size());
            for (Object k : map.keySet()) {
                if (!(k instanceof String ks)) {
                    throw new IllegalArgumentException("JSON object keys must be strings");
                }
                keys.add(ks);
            }
            keys.sort(null); // String.compareTo orders by UTF-16 code units, as RFC 8785 requires
            out.append('{');
            boolean first = true;
            for (String k : keys) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(k, out);
                out.append(':');
                write(map.get(k), out, depth + 1, maxChars);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            checkDepth(depth);
            out.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(o, out, depth + 1, maxChars);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(List.of(array), out, depth, maxChars);
        } else {
            throw new IllegalArgumentException("Not a generic JSON value: " + value.getClass().getName()
                    + " (convert typed objects to Map/List first)");
        }
    }

    private static void checkDepth(int depth) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting is deeper than the limit of " + MAX_DEPTH);
        }
    }

    /** One digest per thread: looking the algorithm up costs about a microsecond per call. */
    private static final ThreadLocal<java.security.MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });

    /**
     * @param canonicalJson an already canonical JSON text
     * @return the lower-case hex SHA-256 of its UTF-8 bytes
     */
    public static String sha256Hex(String canonicalJson) {
        return hex(SHA256.get().digest(canonicalJson.getBytes(java.nio.charset.StandardCharsets.UTF_8))); // digest() also resets it
    }

    private static String hex(byte[] d) {
        char[] out = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            out[2 * i] = HEX[(d[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[d[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * @param s a string
     * @return it as a canonical JSON string literal, quotes included
     */
    public static String quote(String s) {
        TextSink out = new TextSink();
        writeString(s, out);
        return out.text.toString();
    }

    private static void writeString(String s, Sink out) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        while (plain < n) { // most strings need no escape: copy them in one append
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                break;
            }
            plain++;
        }
        if (plain == n) {
            out.append(s);
            out.append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escape(c, out);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(s, i, i + 2);
                            i++;
                        } else {
                            escape(c, out);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        escape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void escape(char c, Sink out) {
        out.append("\\u");
        out.append(HEX[(c >> 12) & 0xF]);
        out.append(HEX[(c >> 8) & 0xF]);
        out.append(HEX[(c >> 4) & 0xF]);
        out.append(HEX[c & 0xF]);
    }

    /** Receives the canonical text as it is written. */
    private abstract static class Sink {
        abstract void append(char c);

        /** Appends {@code s[from, to)}; a surrogate pair is never split between two calls. */
        abstract void append(String s, int from, int to);

        /** Appends all of {@code s} (which holds no lone surrogate). */
        void append(String s) {
            append(s, 0, s.length());
        }

        /** @return the chars written so far */
        abstract long length();
    }

    /** Collects the text. */
    private static final class TextSink extends Sink {
        final StringBuilder text = new StringBuilder(256);

        @Override
        void append(char c) {
            text.append(c);
        }

        @Override
        void append(String s, int from, int to) {
            text.append(s, from, to);
        }

        @Override
        void append(String s) {
            text.append(s);
        }

        @Override
        long length() {
            return text.length();
        }
    }

    /**
     * Encodes the text as UTF-8 into a buffer of its own and hands each full buffer to a digest. The canonical text
     * holds surrogates only in pairs (a lone one is escaped), and a pair arrives in one call.
     */
    private static final class DigestSink extends Sink {
        private final java.security.MessageDigest digest;
        private final byte[] buf = new byte[2048];
        private int pos;
        private long chars;

        DigestSink(java.security.MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        void append(char c) {
            if (pos + 3 > buf.length) {
                flush();
            }
            chars++;
            if (c < 0x80) {
                buf[pos++] = (byte) c;
            } else {
                encode(c);
            }
        }

        @Override
        void append(String s, int from, int to) {
            chars += to - from;
            for (int i = from; i < to; i++) {
                if (pos + 4 > buf.length) {
                    flush();
                }
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[pos++] = (byte) c;
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | (cp >> 12) & 0x3F);
                    buf[pos++] = (byte) (0x80 | (cp >> 6) & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    encode(c);
                }
            }
        }

        @Override
        void append(String s) {
            if (s.length() < 16) {
                append(s, 0, s.length());
                return;
            }
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8); // one bulk copy for ASCII text
            chars += s.length();
            if (utf8.length > buf.length - pos) {
                flush();
                if (utf8.length > buf.length) {
                    digest.update(utf8);
                    return;
                }
            }
            System.arraycopy(utf8, 0, buf, pos, utf8.length);
            pos += utf8.length;
        }

        /** A char of the Basic Multilingual Plane at or above U+0080 (a lone surrogate, never written, as '?'). */
        private void encode(char c) {
            if (Character.isSurrogate(c)) {
                buf[pos++] = '?';
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | (c >> 6) & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }

        @Override
        long length() {
            return chars;
        }

        void flush() {
            digest.update(buf, 0, pos);
            pos = 0;
        }
    }

    /**
     * Formats a number as ECMAScript's {@code Number.prototype.toString} does (RFC 8785 section 3.2.2.3): integers
     * within the IEEE-754 safe range print exactly, everything else is first converted to a double.
     *
     * @param n a finite number
     * @return the canonical text
     */
    static String formatNumber(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            if (Math.abs(v) <= 9007199254740992L) {
                return Long.toString(v);
            }
            return formatDouble((double) v);
        }
        if (n instanceof BigInteger bi) {
            if (bi.abs().compareTo(MAX_SAFE) <= 0) {
                return bi.toString();
            }
            return formatDouble(bi.doubleValue());
        }
        if (n instanceof BigDecimal bd) {
            return formatDouble(bd.doubleValue());
        }
        return formatDouble(n.doubleValue());
    }

    static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON numbers must be finite");
        }
        if (d == 0) {
            return "0"; // also -0
        }
        BigDecimal shortest = shortest(d);
        String sign = d < 0 ? "-" : "";
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int k = digits.length();
        int e = k - abs.scale(); // value = 0.digits * 10^e, i.e. n in ECMAScript terms
        StringBuilder sb = new StringBuilder(sign);
        if (k <= e && e <= 21) {
            sb.append(digits);
            sb.append("0".repeat(e - k));
        } else if (0 < e && e <= 21) {
            sb.append(digits, 0, e).append('.').append(digits, e, k);
        } else if (-6 < e && e <= 0) {
            sb.append("0.").append("0".repeat(-e)).append(digits);
        } else {
            int exp = e - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(exp < 0 ? "-" : "+").append(Math.abs(exp));
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code d}; among equals, the one closest to {@code d}. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
