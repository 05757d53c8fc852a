package dev.jguard.mcp.core.pinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockfileTest {

    @TempDir
    Path dir;

    static PinSet sample() {
        return PinSet.of(List.of(
                ServerPins.builder("stdio:npx -y @modelcontextprotocol/server-everything", "everything")
                        .instructions(ToolFingerprint.ofInstructions("Use these tools for testing."))
                        .tool("echo", ToolFingerprint.of(Map.of("name", "echo")))
                        .tool("get-sum", ToolFingerprint.of(Map.of("name", "get-sum")))
                        .build(),
                ServerPins.builder("https://airline.example/mcp", "airline")
                        .tool("Airline\"API", ToolFingerprint.of(Map.of("name", "AirlineAPI"))).build()));
    }

    @Test
    void roundTripsAndIsDiffFriendly() {
        Path file = dir.resolve("mcp-guard.lock.json");
        Lockfile.write(file, sample());
        assertThat(Lockfile.read(file)).isEqualTo(sample());
        String text = Lockfile.toJson(sample());
        assertThat(text).startsWith("{\n  \"lockfileVersion\": 1,\n  \"servers\": {\n").endsWith("}\n");
        assertThat(text.lines().filter(l -> l.contains("\"echo\": \"sha256:"))).hasSize(1); // one tool per line
        assertThat(text.indexOf("https://airline")).isLessThan(text.indexOf("stdio:")); // sorted by location
        assertThat(Lockfile.toJson(PinSet.empty())).isEqualTo("{\n  \"lockfileVersion\": 1,\n  \"servers\": {}\n}\n");
        assertThat(Lockfile.parse(Lockfile.toJson(PinSet.empty()), "x")).isEqualTo(PinSet.empty());
    }

    @Test
    void aWriteThatDiesHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("mcp-guard.lock.json");
        Lockfile.write(file, sample());
        String before = Files.readString(file);
        PinSet bigger = sample().with(ServerPins.builder("name:x", "x").tool("t", ToolFingerprint.of(Map.of("name", "t"))).build());

        assertThatThrownBy(() -> Lockfile.write(file, bigger, out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int half = Math.min(len, 100 - written);
                out.write(b, off, Math.max(half, 0));
                written += Math.max(half, 0);
                throw new IOException("disk full (simulated crash mid-write)");
            }
        })).isInstanceOf(PinStoreException.class).hasMessageContaining("previous lockfile is unchanged");

        assertThat(Files.readString(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mcp-guard.lock.json");
        }
    }

    @Test
    void everyTornPrefixIsACorruptFileNeverEmptyPins() throws IOException {
        byte[] full = Lockfile.toJson(sample()).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("torn.json");
        for (int len = 0; len < full.length - 1; len++) { // the last byte is the trailing newline
            Files.write(file, java.util.Arrays.copyOf(full, len));
            int n = len;
            assertThatThrownBy(() -> Lockfile.read(file)).as("prefix of %d bytes", n).isInstanceOf(PinStoreException.class)
                    .hasMessageContaining("is corrupt").hasMessageContaining("will not treat it as empty");
            assertThatThrownBy(() -> LockfilePinStore.open(file)).isInstanceOf(PinStoreException.class);
        }
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 1));
        assertThat(Lockfile.read(file)).isEqualTo(sample());
        Files.write(file, full);
        assertThat(LockfilePinStore.open(file).snapshot()).isEqualTo(sample());
    }

    @Test
    void corruptContentIsAClearError() throws IOException {
        Path file = dir.resolve("bad.json");
        for (String bad : List.of("[]", "{\"lockfileVersion\":2,\"servers\":{}}", "{\"lockfileVersion\":1}",
                "{\"lockfileVersion\":1,\"servers\":{},\"extra\":1}",
                "{\"lockfileVersion\":1,\"servers\":{\"name:a\":{\"name\":\"a\",\"tools\":{\"t\":\"md5:00\"}}}}",
                "{\"lockfileVersion\":1,\"servers\":{\"name:a\":{\"tools\":{}}}}", "not json")) {
            Files.writeString(file, bad);
            assertThatThrownBy(() -> Lockfile.read(file)).as(bad).isInstanceOf(PinStoreException.class).hasMessageContaining("corrupt");
        }
        assertThatThrownBy(() -> Lockfile.read(dir.resolve("missing.json"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> LockfilePinStore.openExisting(dir.resolve("missing.json"))).isInstanceOf(PinStoreException.class);
        assertThat(LockfilePinStore.open(dir.resolve("new.json")).snapshot()).isEqualTo(PinSet.empty());
    }

    @Test
    void storeSavesAtomicallyAndReloads() {
        Path file = dir.resolve("store.json");
        LockfilePinStore store = LockfilePinStore.open(file);
        ServerPins pins = ServerPins.builder("name:a", "a").tool("t", ToolFingerprint.of(Map.of("name", "t"))).build();
        store.save(pins);
        assertThat(store.load("name:a")).contains(pins);
        assertThat(LockfilePinStore.openExisting(file).load("name:a")).contains(pins);
    }
}
