package dev.jguard.mcp.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.jguard.mcp.core.pinning.Lockfile;
import dev.jguard.mcp.core.pinning.PinStoreException;
import dev.jguard.mcp.core.pinning.SignedManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcp-guard sign}: signs a lockfile into a JWS manifest an organisation can distribute, or generates a signing
 * key pair. Verify a manifest with {@code mcp-guard verify --manifest ... --trusted-keys ...}.
 *
 * <pre>{@code
 * ./mcp-guard sign --new-key org.jwk --public-keys org-keys.jwks
 * ./mcp-guard sign --lockfile mcp-guard.lock.json --key org.jwk --out pins.jws
 * }</pre>
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a lockfile as a JWS manifest (ES256/PS256), or create a signing key pair with --new-key.")
public final class SignCommand implements Callable<Integer> {

    @Option(names = "--lockfile", paramLabel = "FILE", defaultValue = "mcp-guard.lock.json", description = "lockfile to sign (default: ${DEFAULT-VALUE})")
    Path lockfile;

    @Option(names = "--key", paramLabel = "JWK", description = "private EC or RSA key (JWK JSON) to sign with")
    Path key;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "mcp-guard.pins.jws", description = "manifest to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--new-key", paramLabel = "JWK", description = "generate a P-256 private key into this file (mode 600) and exit")
    Path newKey;

    @Option(names = "--public-keys", paramLabel = "JWKS", description = "with --new-key: also write the public key as a JWK set")
    Path publicKeys;

    @Override
    public Integer call() {
        try {
            if (newKey != null) {
                return generate();
            }
            if (key == null) {
                throw new CliInputException("give --key (a private JWK) to sign, or --new-key to create one");
            }
            JWK jwk;
            try {
                jwk = JWK.parse(Files.readString(key, StandardCharsets.UTF_8));
            } catch (IOException | ParseException e) {
                throw new CliInputException(key + " is not a readable JWK");
            }
            String jws;
            try {
                jws = SignedManifest.sign(Lockfile.read(lockfile), jwk);
            } catch (IllegalArgumentException e) {
                throw new CliInputException(e.getMessage());
            }
            Files.writeString(out, jws + "\n", StandardCharsets.US_ASCII);
            System.out.println("signed " + lockfile + " into " + out + (jwk.getKeyID() == null ? "" : " (kid " + jwk.getKeyID() + ")"));
            return 0;
        } catch (CliInputException | PinStoreException e) {
            System.err.println("mcp-guard sign: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("mcp-guard sign: cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
    }

    private int generate() throws IOException {
        if (Files.exists(newKey)) {
            throw new CliInputException(newKey + " already exists; refusing to overwrite a key");
        }
        ECKey ec;
        try {
            ec = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new CliInputException("cannot generate a key: " + e.getMessage());
        }
        Files.createFile(newKey);
        try {
            Files.setPosixFilePermissions(newKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(newKey, ec.toJSONString() + "\n", StandardCharsets.US_ASCII);
        if (publicKeys != null) {
            Files.writeString(publicKeys, new JWKSet(ec.toPublicJWK()).toString() + "\n", StandardCharsets.US_ASCII);
        }
        System.out.println("wrote private key " + newKey + " (kid " + ec.getKeyID() + ")" + (publicKeys == null ? "" : " and public keys " + publicKeys));
        return 0;
    }
}
