package dev.jguard.mcp.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.store.EncryptedFileTokenStore;
import dev.jguard.mcp.core.auth.store.InMemoryTokenStore;
import dev.jguard.mcp.core.auth.store.StoredToken;
import dev.jguard.mcp.core.auth.store.TokenKey;
import dev.jguard.mcp.core.auth.store.TokenStoreException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    static final TokenKey KEY = new TokenKey("https://as.example", "travelbot", URI.create("https://hotel.example/mcp"));
    static final String REFRESH = "rt-9f8e7d6c5b4a-very-secret-refresh-token";

    static SecretKey aes() throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        return g.generateKey();
    }

    @Test
    void encryptedStoreRoundTripsThroughAKeyStoreKey(@TempDir Path dir) throws Exception {
        char[] pw = "store-pw".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setEntry("mcp-guard-tokens", new KeyStore.SecretKeyEntry(aes()), new KeyStore.PasswordProtection(pw));
        EncryptedFileTokenStore store = EncryptedFileTokenStore.fromKeyStore(dir.resolve("tokens"), ks, "mcp-guard-tokens", pw);
        Instant saved = Instant.parse("2026-11-25T10:00:00Z");
        store.save(KEY, new StoredToken(Secret.of(REFRESH), Set.of("hotel:read", "hotel:book"), saved));

        StoredToken loaded = store.load(KEY).orElseThrow();
        assertThat(loaded.refreshToken().reveal()).isEqualTo(REFRESH);
        assertThat(loaded.scopes()).containsExactlyInAnyOrder("hotel:read", "hotel:book");
        assertThat(loaded.savedAt()).isEqualTo(saved);
        assertThat(loaded.toString()).doesNotContain(REFRESH);

        Path file = store.fileFor(KEY);
        String onDisk = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(onDisk).doesNotContain(REFRESH).doesNotContain("hotel.example").doesNotContain("travelbot");
        assertThat(onDisk.split("\\.")).hasSize(5);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tokens")))).isEqualTo("rwx------");
        try (var files = Files.list(dir.resolve("tokens"))) {
            assertThat(files).containsExactly(file); // no temp files left behind
        }
    }

    @Test
    void stolenFileIsUselessWithAnotherKeyAndTheFailureSaysWhy(@TempDir Path dir) throws Exception {
        EncryptedFileTokenStore owner = EncryptedFileTokenStore.create(dir, aes());
        owner.save(KEY, new StoredToken(Secret.of(REFRESH), Set.of(), Instant.now()));
        EncryptedFileTokenStore thief = EncryptedFileTokenStore.create(dir, aes());
        assertThatThrownBy(() -> thief.load(KEY)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("the key is not the one that wrote it").hasMessageNotContaining(REFRESH);
    }

    @Test
    void tamperedOrSwappedFilesAreRefused(@TempDir Path dir) throws Exception {
        SecretKey k = aes();
        EncryptedFileTokenStore store = EncryptedFileTokenStore.create(dir, k);
        TokenKey other = new TokenKey("https://as.example", "travelbot", URI.create("https://airline.example/mcp"));
        store.save(other, new StoredToken(Secret.of(REFRESH), Set.of(), Instant.now()));
        Files.copy(store.fileFor(other), store.fileFor(KEY));
        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(TokenStoreException.class).hasMessageContaining("another");

        String jwe = Files.readString(store.fileFor(other));
        String[] parts = jwe.split("\\.");
        char c = parts[3].charAt(0);
        parts[3] = (c == 'A' ? 'B' : 'A') + parts[3].substring(1);
        Files.writeString(store.fileFor(other), String.join(".", parts));
        assertThatThrownBy(() -> store.load(other)).isInstanceOf(TokenStoreException.class).hasMessageContaining("modified");
    }

    @Test
    void missingFileIsEmptyAndDeleteForgets(@TempDir Path dir) throws Exception {
        EncryptedFileTokenStore store = EncryptedFileTokenStore.create(dir, aes());
        assertThat(store.load(KEY)).isEmpty();
        store.save(KEY, new StoredToken(Secret.of(REFRESH), Set.of(), Instant.now()));
        store.delete(KEY);
        assertThat(store.load(KEY)).isEmpty();
    }

    @Test
    void wrongKeyTypeIsRejectedWithAFix(@TempDir Path dir) throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(128);
        assertThatThrownBy(() -> EncryptedFileTokenStore.create(dir, g.generateKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keytool -genseckey");
    }

    @Test
    void inMemoryStoreNeverPrintsTokens() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save(KEY, new StoredToken(Secret.of(REFRESH), Set.of(), Instant.now()));
        assertThat(store.load(KEY)).isPresent();
        assertThat(store.toString()).doesNotContain(REFRESH).contains("entries=1");
    }
}
