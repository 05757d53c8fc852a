package dev.jguard.mcp.core.auth.store;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jguard.mcp.api.secret.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * Keeps refresh tokens encrypted at rest: one compact JWE ({@code dir} + {@code A256GCM}) per {@link TokenKey} in a
 * directory, under a 256-bit AES key held in a {@link KeyStore} (PKCS#12, JCEKS, an OS key store). A stolen file is
 * useless without the key; a file decrypted with the wrong key, modified, or moved to another key's name is refused
 * with a clear message. Files are created owner-only ({@code rw-------}, directory {@code rwx------}) and replaced
 * atomically, so a crash never leaves a half-written token.
 *
 * <pre>{@code
 * // once: keytool -genseckey -keyalg AES -keysize 256 -alias mcp-guard-tokens -storetype PKCS12 -keystore keys.p12
 * KeyStore ks = KeyStore.getInstance("PKCS12");
 * ks.load(Files.newInputStream(Path.of("keys.p12")), storePassword);
 * TokenStore store = EncryptedFileTokenStore.fromKeyStore(Path.of(home, ".mcp-guard/tokens"), ks, "mcp-guard-tokens", keyPassword);
 * }</pre>
 *
 * <p>Thread-safe (writes are serialised per instance; concurrent processes see either the old or the new file).
 */
public final class EncryptedFileTokenStore implements TokenStore {

    /** The JWE content type of a token file. */
    public static final String CONTENT_TYPE = "mcp-guard-tokens+json";
    private static final int MAX_FILE_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final SecretKey key;
    private final boolean posix;

    private EncryptedFileTokenStore(Path directory, SecretKey key) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
        this.key = Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || encoded == null || encoded.length != 32) {
            throw new IllegalArgumentException("The token store key must be an exportable 256-bit AES key; create one with "
                    + "'keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12'");
        }
        Arrays.fill(encoded, (byte) 0);
        this.posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        createDirectory();
    }

    /**
     * @param directory where token files live (created owner-only if missing)
     * @param key a 256-bit AES key
     * @return the store
     */
    public static EncryptedFileTokenStore create(Path directory, SecretKey key) {
        return new EncryptedFileTokenStore(directory, key);
    }

    /**
     * @param directory where token files live (created owner-only if missing)
     * @param keyStore a loaded key store holding a secret-key entry
     * @param alias the entry alias
     * @param keyPassword the entry password
     * @return the store
     */
    public static EncryptedFileTokenStore fromKeyStore(Path directory, KeyStore keyStore, String alias, char[] keyPassword) {
        try {
            Key k = keyStore.getKey(alias, keyPassword);
            if (!(k instanceof SecretKey sk)) {
                throw new IllegalArgumentException("Key store entry '" + alias + "' is not a secret key; create one with "
                        + "'keytool -genseckey -keyalg AES -keysize 256 -alias " + alias + "'");
            }
            return new EncryptedFileTokenStore(directory, sk);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read key store entry '" + alias + "': " + e.getClass().getSimpleName()
                    + " (check the alias and password)", e);
        }
    }

    private void createDirectory() {
        try {
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIR_PERMS));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException e) {
            throw new TokenStoreException("Cannot create the token directory " + directory + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param tokenKey which token
     * @return the file that holds it (its name is a hash, it reveals nothing about the key)
     */
    public Path fileFor(TokenKey tokenKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(tokenKey.canonical().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(Base64URL.encode(h) + ".jwe");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public Optional<StoredToken> load(TokenKey tokenKey) {
        Path file = fileFor(tokenKey);
        String compact;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TokenStoreException("Token file " + file.getFileName() + " is larger than " + MAX_FILE_BYTES
                        + " bytes; it was not written by mcp-guard, delete it", null);
            }
            compact = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TokenStoreException("Cannot read token file " + file.getFileName() + ": " + e.getClass().getSimpleName(), e);
        }
        Map<String, Object> json;
        try {
            JWEObject jwe = JWEObject.parse(compact);
            if (!JWEAlgorithm.DIR.equals(jwe.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())
                    || !CONTENT_TYPE.equals(jwe.getHeader().getContentType())) {
                throw new TokenStoreException("Token file " + file.getFileName()
                        + " is not an mcp-guard token file (expected dir/A256GCM, cty " + CONTENT_TYPE + ")", null);
            }
            jwe.decrypt(new DirectDecrypter(key));
            json = JSONObjectUtils.parse(jwe.getPayload().toString(), MAX_FILE_BYTES);
        } catch (ParseException e) {
            throw new TokenStoreException("Token file " + file.getFileName() + " is corrupt (not a JWE); delete it", null);
        } catch (JOSEException e) {
            throw new TokenStoreException("Cannot decrypt token file " + file.getFileName()
                    + ": the key is not the one that wrote it, or the file was modified. Use the original key, or delete "
                    + "the file and sign in again", null);
        }
        try {
            TokenKey stored = new TokenKey(JSONObjectUtils.getString(json, "iss"), JSONObjectUtils.getString(json, "client_id"),
                    JSONObjectUtils.getURI(json, "resource"));
            if (!stored.equals(tokenKey)) {
                throw new TokenStoreException("Token file " + file.getFileName()
                        + " belongs to another issuer/client/resource (file swapped?); refusing to use it", null);
            }
            String scope = JSONObjectUtils.getString(json, "scope");
            Set<String> scopes = new LinkedHashSet<>();
            if (scope != null && !scope.isBlank()) {
                scopes.addAll(Arrays.asList(scope.trim().split(" +")));
            }
            return Optional.of(new StoredToken(Secret.of(JSONObjectUtils.getString(json, "refresh_token")), scopes,
                    Instant.ofEpochSecond(JSONObjectUtils.getLong(json, "saved_at"))));
        } catch (ParseException | RuntimeException e) {
            if (e instanceof TokenStoreException tse) {
                throw tse;
            }
            throw new TokenStoreException("Token file " + file.getFileName() + " has an unexpected content; delete it", null);
        }
    }

    @Override
    public synchronized void save(TokenKey tokenKey, StoredToken token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", 1);
        json.put("iss", tokenKey.issuer());
        json.put("client_id", tokenKey.clientId());
        json.put("resource", tokenKey.resource().toString());
        json.put("refresh_token", token.refreshToken().reveal());
        json.put("scope", String.join(" ", token.scopes()));
        json.put("saved_at", token.savedAt().getEpochSecond());
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .contentType(CONTENT_TYPE).build(), new Payload(JSONObjectUtils.toJSONString(json)));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new TokenStoreException("Cannot encrypt the token: " + e.getClass().getSimpleName(), null);
        }
        writeAtomically(fileFor(tokenKey), jwe.serialize());
    }

    private void writeAtomically(Path target, String content) {
        Path tmp = null;
        try {
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)}
                    : new FileAttribute<?>[0];
            tmp = Files.createTempFile(directory, ".tok-", ".tmp", attrs);
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new TokenStoreException("Cannot write token file " + target.getFileName() + ": " + e.getClass().getSimpleName(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    @Override
    public synchronized void delete(TokenKey tokenKey) {
        try {
            Files.deleteIfExists(fileFor(tokenKey));
        } catch (IOException e) {
            throw new TokenStoreException("Cannot delete a token file: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "EncryptedFileTokenStore[" + directory + ", dir+A256GCM]";
    }
}
