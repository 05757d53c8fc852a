package dev.jguard.mcp.core.sanitize;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The translated messages of a compiled gettext catalog ({@code .mo}, as under {@code /usr/share/locale}): program
 * messages in a hundred languages, many of them imperatives addressed to people ("Please enter your password", "Ignore
 * the previous settings"). {@link InjectionModelTrainer} uses them as negatives in the languages the documentation
 * negatives lack.
 *
 * <pre>{@code
 * String text = GettextCatalog.translations(Files.readAllBytes(path), 8_000); // paragraphs, one per message
 * }</pre>
 *
 * <p>Stateless. Test sources only: the library never reads catalogs.
 */
final class GettextCatalog {

    private static final int MAGIC = 0x950412de;

    private GettextCatalog() {
    }

    /**
     * @param mo       the catalog's bytes
     * @param maxBytes about how many bytes of translations to keep: messages are taken evenly across the catalog
     * @return the translations as paragraphs separated by blank lines (plural forms each as their own paragraph), or ""
     *         for something that is not a readable UTF-8 catalog
     */
    static String translations(byte[] mo, int maxBytes) {
        if (mo.length < 28) {
            return "";
        }
        ByteBuffer b = ByteBuffer.wrap(mo).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != MAGIC) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != MAGIC) {
                return "";
            }
        }
        int n = b.getInt(8);
        int table = b.getInt(16);
        if (n <= 0 || table < 0 || (long) table + 8L * n > mo.length) {
            return "";
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(0, b.getInt(table + 8 * i));
        }
        int step = (int) Math.max(1, (total + maxBytes - 1) / Math.max(1, maxBytes));
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i += step) {
            int len = b.getInt(table + 8 * i);
            int off = b.getInt(table + 8 * i + 4);
            if (len <= 0 || off < 0 || (long) off + len > mo.length) {
                continue;
            }
            String s;
            try {
                s = decoder.decode(ByteBuffer.wrap(mo, off, len)).toString();
            } catch (CharacterCodingException e) {
                return ""; // a catalog in a legacy charset: skipped whole
            }
            if (s.contains("Content-Type:")) {
                continue; // the header entry
            }
            for (String form : s.split("\0")) {
                out.append(form).append("\n\n");
            }
        }
        return out.toString();
    }
}
