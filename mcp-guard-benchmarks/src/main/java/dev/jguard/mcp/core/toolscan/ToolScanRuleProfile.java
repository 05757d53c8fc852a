package dev.jguard.mcp.core.toolscan;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a cold tool scan spends its time: each {@code poison.*} rule timed over the strings of the 100 real tool
 * definitions of {@code ToolScanBenchmark}, then each built-in detector. A diagnostic, not a benchmark: it uses
 * {@code System.nanoTime} around single calls (JMH's {@code ToolScanBenchmark} gives the figures to quote). It lives in
 * the scanner's package to reach its package-private rules.
 *
 * <pre>{@code
 * taskset -c 1 java -cp mcp-guard-benchmarks/target/benchmarks.jar dev.jguard.mcp.core.toolscan.ToolScanRuleProfile
 * }</pre>
 */
public final class ToolScanRuleProfile {

    private static final int WARM = 200;
    private static final int MEASURED = 60;

    private ToolScanRuleProfile() {
    }

    /**
     * @param args ignored
     * @throws IOException if the bundled tool list cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<ToolDefinition> tools = tools();
        List<String> texts = new ArrayList<>();
        for (ToolDefinition t : tools) {
            for (TextField f : TextField.collect(t.raw())) {
                if (f.text.length() >= 10) {
                    texts.add(f.text);
                }
            }
        }
        int rules = InstructionRules.RULES.size();
        long[] ns = new long[rules];
        long[] calls = new long[rules];
        LiteralSet.Hits hits = InstructionRules.LITERALS.newHits();
        long literalNs = 0;
        for (int iter = 0; iter < WARM + MEASURED; iter++) {
            boolean measure = iter >= WARM;
            for (String s : texts) {
                NormalizedText nt = NormalizedText.of(s);
                long l0 = System.nanoTime();
                InstructionRules.LITERALS.scan(nt.text, hits);
                if (measure) {
                    literalNs += System.nanoTime() - l0;
                }
                long mask = InstructionRules.triggered(nt, hits);
                for (int r = 0; r < rules; r++) {
                    if ((mask & (1L << r)) == 0) {
                        continue;
                    }
                    TextRule rule = InstructionRules.RULES.get(r);
                    long t0 = System.nanoTime();
                    rule.find(nt.text, hits);
                    if (measure) {
                        ns[r] += System.nanoTime() - t0;
                        calls[r]++;
                    }
                }
            }
        }
        long total = Arrays.stream(ns).sum();
        System.out.printf("%d strings; poison.* rules per cold scan: %.2f ms; literal pass %.2f ms (%s)%n", texts.size(),
                total / MEASURED / 1e6, literalNs / MEASURED / 1e6, InstructionRules.LITERALS);
        Integer[] order = new Integer[rules];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(ns[b], ns[a]));
        for (int k = 0; k < Math.min(15, rules); k++) {
            int r = order[k];
            System.out.printf("  %-40s %8.3f ms  (%d calls)%n", InstructionRules.RULES.get(r).id + "#" + r, ns[r] / MEASURED / 1e6,
                    calls[r] / MEASURED);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (ToolDetector d : List.of(new NameDetector(), new HiddenUnicodeDetector(), new InstructionDetector(),
                new SchemaParameterDetector())) {
            long t0 = 0;
            for (int iter = 0; iter < WARM + MEASURED; iter++) {
                if (iter == WARM) {
                    t0 = cpu.getCurrentThreadCpuTime();
                }
                ScanContext fresh = ScanContext.of(tools, Map.of()); // a first listing: no per-scan memo or name index yet
                for (ToolDefinition t : tools) {
                    d.inspect(t, fresh);
                }
            }
            System.out.printf("%-28s %8.3f ms CPU per 100 tools%n", d.getClass().getSimpleName(),
                    (cpu.getCurrentThreadCpuTime() - t0) / MEASURED / 1e6);
        }
        ToolScanner cold = ToolScanner.builder().addDefaults().cacheSize(0).build();
        long t0 = 0;
        for (int iter = 0; iter < WARM + MEASURED; iter++) {
            if (iter == WARM) {
                t0 = cpu.getCurrentThreadCpuTime();
            }
            cold.scan(ScanContext.of(tools, Map.of()));
        }
        System.out.printf("%-28s %8.3f ms CPU per 100 tools (JMH ToolScanBenchmark.scan100Cold gives the figure to quote)%n",
                "cold scan, all detectors", (cpu.getCurrentThreadCpuTime() - t0) / MEASURED / 1e6);
    }

    @SuppressWarnings("unchecked")
    private static List<ToolDefinition> tools() throws IOException {
        try (InputStream in = ToolScanRuleProfile.class.getResourceAsStream("/tools-100.json")) {
            Map<String, Object> doc = McpJsonDefaults.getMapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new TypeRef<Map<String, Object>>() { });
            List<ToolDefinition> out = new ArrayList<>();
            for (Object o : (List<?>) doc.get("tools")) {
                Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) o);
                String server = (String) t.remove("server");
                out.add(ToolDefinition.of(server, t));
            }
            return out;
        }
    }
}
