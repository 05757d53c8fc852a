package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ES256 DPoP proofs per second, exactly as sent on every MCP HTTP request: 128-bit {@code jti}, {@code htm},
 * normalised {@code htu}, {@code iat}, {@code ath} over an 800-character token, public JWK header, signature, compact
 * serialisation. {@code provider=bc} is the default ({@link DPoPKey#generate()}: BouncyCastle provider and key
 * objects); {@code provider=sunec} is the JDK's provider with JDK keys.
 *
 * <pre>{@code
 * taskset -c 0 java -jar mcp-guard-benchmarks/target/benchmarks.jar DPoPProofBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DPoPProofBenchmark {

    @Param({"bc", "sunec"})
    public String provider;

    private DPoPProofGenerator proofs;
    private final URI endpoint = URI.create("https://mcp.example.com/mcp?session=abc");
    private final Secret token = Secret.of("a".repeat(800));

    @Setup
    public void setUp() throws Exception {
        DPoPKey key;
        if (provider.equals("bc")) {
            key = DPoPKey.generate();
        } else {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", "SunEC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = g.generateKeyPair();
            key = DPoPKey.of(kp.getPrivate(), (ECPublicKey) kp.getPublic(), Security.getProvider("SunEC"));
        }
        proofs = new DPoPProofGenerator(key, Clock.systemUTC());
    }

    @Benchmark
    public String es256ResourceProof() {
        return proofs.proof("POST", endpoint, token, "server-nonce-1");
    }
}
