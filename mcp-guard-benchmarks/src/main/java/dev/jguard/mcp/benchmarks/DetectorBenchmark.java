package dev.jguard.mcp.benchmarks;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.core.detect.Detectors;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Detector throughput over 1 MiB of text: {@code MB/s = 1.048576 / (ms/op) * 1000}. {@code typical} is prose-like JSON
 * string content; the other inputs are regex-hostile runs that must stay linear. {@code regexBaseline} runs ten typical
 * detector regexes with java.util.regex over the same typical text, for scale.
 *
 * <pre>{@code
 * java -jar mcp-guard-benchmarks/target/benchmarks.jar DetectorBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DetectorBenchmark {

    static final int SIZE = 1 << 20;

    @Param({"typical", "digits", "digitGroups", "atSigns", "colons", "dashes", "equals", "jwtHeads"})
    public String input;

    private String text;
    private final Detector all = Detectors.all();
    private final Detector pii = Detectors.pii();
    private final Detector secrets = Detectors.secrets();
    private static final List<Pattern> REGEXES = List.of(
        Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
        Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d"),
        Pattern.compile("\\b(?:\\d[ -]?){13,19}\\b"),
        Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b"),
        Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"),
        Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"),
        Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"),
        Pattern.compile("(?:AKIA|ASIA)[A-Z0-9]{16}"),
        Pattern.compile("gh[pousr]_[A-Za-z0-9]{36}"),
        Pattern.compile("(?i)(?:password|secret|token)\\s*[:=]\\s*\\S+"));

    @Setup
    public void setUp() {
        text = "typical".equals(input) ? BenchmarkTexts.typical(SIZE, 42) : BenchmarkTexts.hostile(input, SIZE);
    }

    @Benchmark
    public int all() {
        return all.detect(text).size();
    }

    @Benchmark
    public int pii() {
        return pii.detect(text).size();
    }

    @Benchmark
    public int secrets() {
        return secrets.detect(text).size();
    }

    @Benchmark
    public int regexBaseline() {
        if (!"typical".equals(input)) {
            return 0; // backtracking regexes on hostile input are what this design avoids; not measured
        }
        int n = 0;
        for (Pattern p : REGEXES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }
}
