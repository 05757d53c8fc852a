package dev.jguard.mcp.core.pinning;

import dev.jguard.mcp.core.json.CanonicalJson;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads and writes the pin lockfile: human-readable, diff-friendly JSON (sorted keys, one tool per line) that is
 * written atomically (temporary file in the same directory, {@code fsync}, atomic rename), so a crash leaves either
 * the old or the new file, never a torn one. A file that cannot be parsed is a {@link PinStoreException}, never
 * "no pins".
 *
 * <pre>{@code
 * Lockfile.write(Path.of("mcp-guard.lock.json"), pins);
 * PinSet again = Lockfile.read(Path.of("mcp-guard.lock.json"));
 * }</pre>
 *
 * The format:
 * <pre>{@code
 * {
 *   "lockfileVersion": 1,
 *   "servers": {
 *     "stdio:npx -y @modelcontextprotocol/server-everything": {
 *       "name": "everything",
 *       "instructions": "sha256:...",
 *       "tools": {
 *         "echo": "sha256:..."
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Thread-safe (stateless); concurrent writers to the same file must coordinate themselves (last rename wins).
 */
public final class Lockfile {

    /** The only lockfile version this release reads and writes. */
    public static final int VERSION = 1;

    /** The largest lockfile accepted (16 MiB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final Set<String> TOP_KEYS = Set.of("lockfileVersion", "servers");
    private static final Set<String> SERVER_KEYS = Set.of("name", "instructions", "tools");

    private Lockfile() {
    }

    /**
     * @param pins the pins
     * @return the lockfile text (UTF-8, ends with a newline)
     */
    public static String toJson(PinSet pins) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\n  \"lockfileVersion\": ").append(VERSION).append(",\n  \"servers\": {");
        boolean firstServer = true;
        for (ServerPins p : pins.servers().values()) {
            sb.append(firstServer ? "\n" : ",\n");
            firstServer = false;
            sb.append("    ").append(CanonicalJson.quote(p.location())).append(": {\n");
            sb.append("      \"name\": ").append(CanonicalJson.quote(p.name())).append(",\n");
            p.instructions().ifPresent(i -> sb.append("      \"instructions\": \"").append(i).append("\",\n"));
            sb.append("      \"tools\": {");
            boolean firstTool = true;
            for (Map.Entry<String, ToolFingerprint> t : p.tools().entrySet()) {
                sb.append(firstTool ? "\n" : ",\n");
                firstTool = false;
                sb.append("        ").append(CanonicalJson.quote(t.getKey())).append(": \"").append(t.getValue()).append('"');
            }
            sb.append(firstTool ? "}\n" : "\n      }\n").append("    }");
        }
        sb.append(firstServer ? "}\n}\n" : "\n  }\n}\n");
        return sb.toString();
    }

    /**
     * @param json lockfile text
     * @param source a name for the source used in error messages (e.g. the file name)
     * @return the pins
     * @throws PinStoreException if the text is not a valid lockfile
     */
    public static PinSet parse(String json, String source) {
        if (json.isBlank()) {
            throw corrupt(source, "it is empty (an interrupted write by another tool?)");
        }
        Map<String, Object> root;
        try {
            root = McpJsonDefaults.getMapper().readValue(json, new TypeRef<Map<String, Object>>() {
            });
        } catch (IOException | RuntimeException e) {
            throw corrupt(source, "it is not valid JSON");
        }
        if (root == null) {
            throw corrupt(source, "it is not a JSON object");
        }
        requireOnly(root.keySet(), TOP_KEYS, source, "top level");
        if (!(root.get("lockfileVersion") instanceof Number v) || v.intValue() != VERSION || v.doubleValue() != VERSION) {
            throw corrupt(source, "\"lockfileVersion\" must be " + VERSION);
        }
        if (!(root.get("servers") instanceof Map<?, ?> servers)) {
            throw corrupt(source, "\"servers\" must be an object");
        }
        List<ServerPins> list = new ArrayList<>();
        for (Map.Entry<?, ?> e : servers.entrySet()) {
            String location = (String) e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> server)) {
                throw corrupt(source, "the entry of a server must be an object");
            }
            @SuppressWarnings("unchecked")
            Set<String> keys = (Set<String>) server.keySet();
            requireOnly(keys, SERVER_KEYS, source, "a server entry");
            if (!(server.get("name") instanceof String name) || name.isBlank() || location.isBlank()) {
                throw corrupt(source, "every server needs a non-blank location key and \"name\"");
            }
            ServerPins.Builder b = ServerPins.builder(location, name);
            Object instr = server.get("instructions");
            if (instr != null) {
                b.instructions(fingerprint(instr, source));
            }
            if (!(server.get("tools") instanceof Map<?, ?> tools)) {
                throw corrupt(source, "\"tools\" of server '" + name + "' must be an object");
            }
            for (Map.Entry<?, ?> t : tools.entrySet()) {
                b.tool((String) t.getKey(), fingerprint(t.getValue(), source));
            }
            list.add(b.build());
        }
        return PinSet.of(list);
    }

    /**
     * @param file the lockfile
     * @return its pins
     * @throws PinStoreException if the file is missing, unreadable, too large or corrupt
     */
    public static PinSet read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw corrupt(file.toString(), "it is larger than " + MAX_BYTES + " bytes");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new PinStoreException("Lockfile " + file + " does not exist. Create it with 'mcp-guard pin'.");
        } catch (IOException e) {
            throw new PinStoreException("Cannot read lockfile " + file + " (" + e.getClass().getSimpleName()
                    + "). Check the path and its permissions.", e);
        }
    }

    /**
     * Writes the lockfile atomically: a crash at any point leaves the previous file (or none) in place.
     *
     * @param file the lockfile
     * @param pins the pins to write
     * @throws PinStoreException if writing fails or the file system cannot rename atomically
     */
    public static void write(Path file, PinSet pins) {
        write(file, pins, UnaryOperator.identity());
    }

    /** Test seam: {@code wrap} may decorate the stream that writes the temporary file (for example to fail mid-way). */
    static void write(Path file, PinSet pins, UnaryOperator<OutputStream> wrap) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        byte[] bytes = toJson(pins).getBytes(StandardCharsets.UTF_8);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = wrap.apply(Channels.newOutputStream(ch))) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            syncDirectory(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new PinStoreException("Cannot write lockfile " + file + ": its file system does not support atomic "
                    + "renames. Put the lockfile on a local file system.", e);
        } catch (IOException | RuntimeException e) {
            throw new PinStoreException("Cannot write lockfile " + file + " (" + e.getClass().getSimpleName()
                    + "); the previous lockfile is unchanged. Check free space and permissions.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file never replaces the lockfile
                }
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can fsync a directory; the rename itself is atomic
        }
    }

    private static ToolFingerprint fingerprint(Object value, String source) {
        if (value instanceof String s) {
            try {
                return ToolFingerprint.parse(s);
            } catch (IllegalArgumentException e) {
                throw corrupt(source, "a fingerprint is not 'sha256:' followed by 64 hex digits");
            }
        }
        throw corrupt(source, "a fingerprint must be a string");
    }

    private static void requireOnly(Set<String> keys, Set<String> allowed, String source, String where) {
        for (String k : keys) {
            if (!allowed.contains(k)) {
                throw corrupt(source, "unknown field at " + where + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static PinStoreException corrupt(String source, String why) {
        return new PinStoreException("Lockfile " + source + " is corrupt: " + why
                + ". Restore it from version control or re-create it with 'mcp-guard pin'; the guard will not treat it as empty.");
    }
}
