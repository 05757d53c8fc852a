package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.core.pinning.ToolFingerprint;
import dev.jguard.mcp.core.toolscan.ScanContext;
import dev.jguard.mcp.core.toolscan.ScanReport;
import dev.jguard.mcp.core.toolscan.ToolDefinition;
import dev.jguard.mcp.core.toolscan.ToolScanner;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Canonical fingerprint + detection of a 100-tool list (real definitions from public MCP servers, about 150 KB of JSON):
 * what the tool-pinning guard does on every {@code tools/list}, cold (first listing) and re-listed (content cache warm).
 * Target: under 5 ms.
 *
 * <pre>{@code
 * java -jar mcp-guard-benchmarks/target/benchmarks.jar ToolScanBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ToolScanBenchmark {

    private List<Map<String, Object>> raw;
    private List<ToolDefinition> tools;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ToolScanBenchmark.class.getResourceAsStream("/tools-100.json")) {
            Map<String, Object> doc = McpJsonDefaults.getMapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new TypeRef<Map<String, Object>>() { });
            raw = new ArrayList<>();
            tools = new ArrayList<>();
            for (Object o : (List<?>) doc.get("tools")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) o);
                String server = (String) t.remove("server");
                raw.add(t);
                tools.add(ToolDefinition.of(server, t));
            }
        }
        if (raw.size() != 100) {
            throw new IllegalStateException("expected 100 tools, got " + raw.size());
        }
    }

    /** Fingerprint every tool (RFC 8785 + SHA-256). */
    @Benchmark
    public void fingerprint100(Blackhole bh) {
        for (Map<String, Object> t : raw) {
            bh.consume(ToolFingerprint.of(t));
        }
    }

    /** Every built-in rule over 100 tools never seen before (content cache off): the first listing of a server. */
    @Benchmark
    public ScanReport scan100Cold() {
        return COLD.scan(ScanContext.of(tools, Map.of()));
    }

    /**
     * The same tools listed again (the default scanner, whose content cache then holds them): every later
     * {@code tools/list} of an unchanged server. Name and cross-server checks still run in full.
     */
    @Benchmark
    public ScanReport scan100Relisted() {
        return ToolScanner.defaults().scan(ScanContext.of(tools, Map.of()));
    }

    /** Fingerprints + a cold scan, as the guard does on a server's first listing. */
    @Benchmark
    public ScanReport fingerprintAndScan100Cold(Blackhole bh) {
        for (Map<String, Object> t : raw) {
            bh.consume(ToolFingerprint.of(t));
        }
        return COLD.scan(ScanContext.of(tools, Map.of()));
    }

    /** Fingerprints + a re-listing scan, as the guard does on every later listing of unchanged tools. */
    @Benchmark
    public ScanReport fingerprintAndScan100Relisted(Blackhole bh) {
        for (Map<String, Object> t : raw) {
            bh.consume(ToolFingerprint.of(t));
        }
        return ToolScanner.defaults().scan(ScanContext.of(tools, Map.of()));
    }

    private static final ToolScanner COLD = ToolScanner.builder().addDefaults().cacheSize(0).build();
}
