package dev.jguard.mcp.core.pinning;

import dev.jguard.mcp.core.json.CanonicalJson;
import dev.jguard.mcp.core.toolscan.ToolDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The SHA-256 of the RFC 8785 canonical form of a tool definition exactly as the server sent it in
 * {@code tools/list}: every field the model can see (name, title, description, the whole {@code inputSchema} with
 * {@code $defs}, {@code outputSchema}, annotations) and every other field too, so that nothing a client might pass to
 * the model escapes the pin. The typed SDK {@code Tool} drops unknown fields, so always fingerprint the raw map.
 *
 * <pre>{@code
 * ToolFingerprint fp = ToolFingerprint.of(rawToolMap);
 * fp.toString();                       // "sha256:9f86d0818..."
 * ToolFingerprint.parse(fp.toString()).equals(fp);   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Key order and whitespace of the source never change a fingerprint.
 */
public final class ToolFingerprint {

    private static final String PREFIX = "sha256:";

    private final String hex;

    private ToolFingerprint(String hex) {
        this.hex = hex;
    }

    /**
     * @param rawTool one element of the {@code tools} array of a {@code tools/list} result, as a generic JSON tree
     * @return its fingerprint
     * @throws IllegalArgumentException if the definition is too deep, too large (over
     *     {@link CanonicalJson#DEFAULT_MAX_CHARS}) or not generic JSON
     */
    public static ToolFingerprint of(Map<String, ?> rawTool) {
        Objects.requireNonNull(rawTool, "rawTool");
        return new ToolFingerprint(CanonicalJson.canonicalSha256Hex(rawTool));
    }

    /**
     * Fingerprints server instructions (the {@code instructions} string of the {@code initialize} result).
     *
     * @param instructions the instructions text
     * @return its fingerprint (of the canonical JSON string)
     */
    public static ToolFingerprint ofInstructions(String instructions) {
        Objects.requireNonNull(instructions, "instructions");
        return ofCanonical(CanonicalJson.canonicalize(instructions));
    }

    /**
     * @param canonicalJson an already canonical JSON text
     * @return the SHA-256 of its UTF-8 bytes
     */
    static ToolFingerprint ofCanonical(String canonicalJson) {
        return new ToolFingerprint(CanonicalJson.sha256Hex(canonicalJson));
    }

    /**
     * The fingerprint of a scanned definition, reusing the digest the definition computed once for the scanner.
     *
     * @param tool a definition built from the raw {@code tools/list} object
     * @return the same value as {@link #of(Map)} of its raw map
     * @throws IllegalArgumentException if the definition is not canonicalisable JSON
     */
    public static ToolFingerprint of(ToolDefinition tool) {
        return new ToolFingerprint(tool.contentSha256());
    }

    /**
     * @param text {@code sha256:} followed by 64 hex digits
     * @return the fingerprint
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static ToolFingerprint parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith(PREFIX) || text.length() != PREFIX.length() + 64) {
            throw new IllegalArgumentException("A fingerprint must be 'sha256:' followed by 64 hex digits");
        }
        String hex = text.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("A fingerprint must be 'sha256:' followed by 64 hex digits");
            }
        }
        return new ToolFingerprint(hex);
    }

    /** @return the first 12 hex digits, for short human-readable messages */
    public String shortForm() {
        return PREFIX + hex.substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToolFingerprint other
                && MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    /** @return {@code sha256:<64 hex digits>} */
    @Override
    public String toString() {
        return PREFIX + hex;
    }
}
