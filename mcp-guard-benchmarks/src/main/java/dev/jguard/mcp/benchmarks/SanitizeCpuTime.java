package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Cross-check for {@link SanitizeBenchmark} on a shared, overloaded machine: the same workloads measured in thread CPU
 * time (time the thread actually ran), which a busy neighbour does not inflate the way it inflates JMH's wall-clock
 * average. Prints microseconds of CPU per KB after a warm-up.
 *
 * <pre>{@code
 * java -cp mcp-guard-benchmarks/target/benchmarks.jar dev.jguard.mcp.benchmarks.SanitizeCpuTime
 * }</pre>
 */
public final class SanitizeCpuTime {

    private SanitizeCpuTime() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String kind : new String[] {"prose", "injected", "json"}) {
            for (int kb : new int[] {1, 64}) {
                SanitizeBenchmark b = new SanitizeBenchmark();
                b.kind = kind;
                b.kb = kb;
                b.setup();
                int ops = Math.max(200, 40_000 / kb);
                for (int i = 0; i < ops * 3; i++) { // warm-up
                    sink(b.resultSanitizerStage());
                    sink(b.injectionDetector());
                }
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink(b.injectionDetector());
                }
                long t1 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink(b.neutralizer().text().length());
                }
                long t2 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink(b.resultSanitizerStage());
                }
                long t3 = mx.getCurrentThreadCpuTime();
                double perKb = 1000.0 * ops * kb;
                System.out.printf(Locale.ROOT, "%-8s %3d KB  detector %6.2f us/KB  neutralizer %6.2f us/KB  stage %6.2f us/KB%n",
                        kind, kb, (t1 - t0) / perKb, (t2 - t1) / perKb, (t3 - t2) / perKb);
            }
        }
        System.out.println(blackhole == 42 ? "" : "done");
    }

    private static long blackhole;

    private static void sink(Object o) {
        blackhole += o == null ? 0 : o.hashCode() & 1;
    }

    private static void sink(int v) {
        blackhole += v;
    }

    private static void sink(Verdict v) {
        blackhole += v.action().ordinal();
    }
}
