package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces detected spans in a string with a placeholder that keeps the shape of the value: a type tag
 * ({@code <EMAIL>}) or a keyed-hash token ({@code <EMAIL:9f2c41d07a3b>}, the first 48 bits of HMAC-SHA256 under a
 * per-redactor key, so equal values get equal tokens within one guard, but tokens cannot be reversed by hashing
 * guesses without the key). The result is a plain Java string: put it back into the JSON tree and the mapper keeps
 * the document valid.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.keyedHash();               // random 256-bit key, lives as long as the redactor
 * String safe = redactor.redact(text, Detectors.all());   // "call <PHONE_NUMBER:0c1d...>"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {

    private static final Redactor TAGS = new Redactor(null);

    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    private Redactor(byte[] key) {
        this.key = key;
        this.macs = key == null ? null : ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
            }
        });
    }

    /** @return a redactor writing {@code <TYPE>} */
    public static Redactor typeTags() {
        return TAGS;
    }

    /** @return a redactor writing {@code <TYPE:hash>} under a fresh random 256-bit key */
    public static Redactor keyedHash() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new Redactor(k);
    }

    /**
     * @param key the HMAC key, at least 16 bytes (copied)
     * @return a redactor writing {@code <TYPE:hash>}, stable across runs that share the key
     */
    public static Redactor keyedHash(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("The redaction key must have at least 16 bytes (use 32 random bytes)");
        }
        return new Redactor(key.clone());
    }

    /**
     * @param text the text
     * @param detector finds what to replace
     * @return the text with every finding replaced
     */
    public String redact(CharSequence text, Detector detector) {
        return redact(text, detector.detect(text));
    }

    /**
     * @param text the text
     * @param findings spans in {@code text}; overlaps are merged, out-of-range spans ignored
     * @return the text with every finding replaced, or the same content when there is none
     */
    public String redact(CharSequence text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text.toString();
        }
        List<Finding> sorted = merge(findings, text.length());
        StringBuilder b = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : sorted) {
            if (f.end() > text.length() || f.start() < pos) {
                continue;
            }
            b.append(text, pos, f.start());
            b.append(token(f.type(), text.subSequence(f.start(), f.end())));
            pos = f.end();
        }
        b.append(text, pos, text.length());
        return b.toString();
    }

    /** Sorts findings and merges overlapping ones into their union, typed by the more specific finding. */
    private static List<Finding> merge(List<Finding> findings, int length) {
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.end() <= length && f.length() > 0) {
                sorted.add(f);
            }
        }
        sorted.sort(java.util.Comparator.comparingInt(Finding::start));
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() > f.start()) {
                Finding last = out.remove(out.size() - 1);
                Finding typed = CompositeDetector.preferred(last, f);
                out.add(new Finding(typed.type(), last.start(), Math.max(last.end(), f.end()), typed.detectorId()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * @param type the finding type
     * @param value the value being replaced
     * @return the placeholder for it
     */
    public String token(String type, CharSequence value) {
        if (key == null) {
            return "<" + type + ">";
        }
        return "<" + type + ":" + hash(value) + ">";
    }

    /**
     * @param value a value
     * @return the first 12 hex digits of HMAC-SHA256(key, value); with {@link #typeTags()} a SHA-256 prefix
     */
    public String hash(CharSequence value) {
        try {
            byte[] data = value.toString().getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            if (key == null) {
                digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            } else {
                digest = macs.get().doFinal(data); // doFinal resets the Mac for the next use
            }
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256/SHA-256 unavailable in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return key == null ? "Redactor[type-tags]" : "Redactor[keyed-hash]";
    }
}
