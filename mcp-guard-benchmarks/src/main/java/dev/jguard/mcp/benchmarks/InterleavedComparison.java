package dev.jguard.mcp.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of {@link SanitizeBenchmark#resultSanitizerStage} on a noisy, shared host: both builds are loaded
 * into one JVM through separate class loaders and timed in alternating short batches, so that a slow spell of the host
 * hits both alike. Prints, per workload, the fastest and the 10th-percentile batch of each build in microseconds per KB,
 * and the candidate's change at the 10th percentile. JMH remains the measure of absolute speed; this one tells whether a
 * change made the stage faster when the host's own noise (here often ±50% between JMH runs) hides it.
 *
 * <pre>{@code
 * # each argument is a class path holding the benchmark classes and the core (the shaded benchmarks.jar does)
 * java -cp mcp-guard-benchmarks/target/benchmarks.jar dev.jguard.mcp.benchmarks.InterleavedComparison \
 *     /tmp/baseline-benchmarks.jar mcp-guard-benchmarks/target/benchmarks.jar 400
 * }</pre>
 *
 * <p>The workloads are {@code prose,injected,json}; {@code -Dkinds=cjk} (any list of {@link SanitizeBenchmark#kind}s)
 * picks others.
 */
public final class InterleavedComparison {

    private InterleavedComparison() {
    }

    /**
     * @param args the baseline class path, the candidate class path (each {@code :}-separated), and optionally the
     *     number of batches per build and workload (default 400)
     * @throws Exception when a class path does not hold the benchmark
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: InterleavedComparison <baseline class path> <candidate class path> [batches]");
        }
        ClassLoader[] loaders = {loader(args[0]), loader(args[1])};
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        for (String kind : System.getProperty("kinds", "prose,injected,json").split(",")) {
            for (int kb : new int[] {1, 64}) {
                Object[] benches = {benchmark(loaders[0], kind, kb), benchmark(loaders[1], kind, kb)};
                Method[] stage = {benches[0].getClass().getMethod("resultSanitizerStage"),
                    benches[1].getClass().getMethod("resultSanitizerStage")};
                int perBatch = Math.max(1, 100 / kb);
                for (int b = 0; b < 2; b++) {
                    for (int i = 0; i < 20_000 / kb; i++) { // warm-up
                        stage[b].invoke(benches[b]);
                    }
                }
                double[][] t = new double[2][batches];
                for (int r = 0; r < batches; r++) {
                    for (int turn = 0; turn < 2; turn++) {
                        int b = (r & 1) == 0 ? turn : 1 - turn; // alternate which build goes first
                        long t0 = System.nanoTime();
                        for (int i = 0; i < perBatch; i++) {
                            stage[b].invoke(benches[b]);
                        }
                        t[b][r] = (System.nanoTime() - t0) / 1000.0 / perBatch / kb;
                    }
                }
                Arrays.sort(t[0]);
                Arrays.sort(t[1]);
                double p10a = t[0][batches / 10];
                double p10b = t[1][batches / 10];
                System.out.printf(Locale.ROOT, "%-8s %2d KB  baseline min %6.2f p10 %6.2f | candidate min %6.2f p10 %6.2f"
                        + " us/KB | change at p10 %+5.1f%%%n", kind, kb, t[0][0], p10a, t[1][0], p10b, 100 * (p10b - p10a) / p10a);
            }
        }
    }

    private static ClassLoader loader(String classPath) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(":")) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static Object benchmark(ClassLoader loader, String kind, int kb) throws Exception {
        Class<?> c = loader.loadClass(SanitizeBenchmark.class.getName());
        Object b = c.getConstructor().newInstance();
        c.getField("kind").set(b, kind);
        c.getField("kb").setInt(b, kb);
        c.getMethod("setup").invoke(b);
        return b;
    }
}
