package dev.jguard.mcp.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jguard.mcp.api.detect.Detector;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs of 1 MiB that make backtracking regex engines quadratic or exponential must scan in bounded time.
 * The bound (10 s for every input through the full detector set, on a loaded 2-core machine) is a safety net that
 * catches super-linear behaviour, not a speed measurement: speed is measured with JMH in mcp-guard-benchmarks.
 */
class AdversarialInputTest {

    private static final int N = 1 << 20;

    static Stream<Arguments> inputs() {
        return Stream.of(
            Arguments.of("digits", "1".repeat(N)),
            Arguments.of("digit groups", "1234 ".repeat(N / 5)),
            Arguments.of("dashed digits", "123-".repeat(N / 4)),
            Arguments.of("at signs", "@".repeat(N)),
            Arguments.of("local parts", "a.".repeat(N / 2) + "@"),
            Arguments.of("domains", "a@" + "b.".repeat(N / 2)),
            Arguments.of("many addresses", "a@b.co ".repeat(N / 7)),
            Arguments.of("colons", ":".repeat(N)),
            Arguments.of("hex colons", "a1:".repeat(N / 3)),
            Arguments.of("dots", "1.".repeat(N / 2)),
            Arguments.of("equals", "password=".repeat(N / 9)),
            Arguments.of("key names", "a".repeat(N) + "=x"),
            Arguments.of("pem begins", "-----BEGIN RSA PRIVATE KEY-----".repeat(N / 31)),
            Arguments.of("dashes", "-".repeat(N)),
            Arguments.of("jwt heads", "eyJ.".repeat(N / 4)),
            Arguments.of("jwt segments", "eyJhbGciOiJIUzI1NiJ9." + "a".repeat(N)),
            Arguments.of("bearers", "Bearer ".repeat(N / 7)),
            Arguments.of("url userinfo", "http://" + "u:".repeat(N / 2) + "@"),
            Arguments.of("prefixes", "sk-".repeat(N / 3)),
            Arguments.of("upper", "DE89".repeat(N / 4)),
            Arguments.of("pluses", "+(".repeat(N / 2)),
            Arguments.of("lone surrogates", "\uD800a@b.io\uDC00 ".repeat(N / 9)),
            Arguments.of("nested json", "{\"a\":[".repeat(N / 6)),
            Arguments.of("phone keywords", "tel 00123456789 ".repeat(N / 16)),
            Arguments.of("phone keywords, national", "Handy 012345678 ".repeat(N / 16)),
            Arguments.of("phone extensions", "1234567890x1 ".repeat(N / 13)),
            Arguments.of("prose passwords", "password is Abc123!x ".repeat(N / 21)),
            Arguments.of("xml secrets", "<password>".repeat(N / 10)),
            Arguments.of("xml secret values", "<password>a1!".repeat(N / 13)),
            Arguments.of("attribute pairs", "key=\"SmtpPassword\" value=".repeat(N / 27)),
            Arguments.of("query ampersands", ("password=" + "a&".repeat(200)).repeat(N / 409)),
            Arguments.of("token headers", "Authorization: Token ".repeat(N / 21)),
            Arguments.of("mixed", ("x@y.z 1.2.3.4 :: eyJ Basic sk- AKIA 4111 +1 (" + "\uD83D").repeat(N / 48)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void hostile_input_scans_in_bounded_time(String name, String input) {
        Detector all = Detectors.all();
        int findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> all.detect(input).size());
        assertThat(findings).isGreaterThanOrEqualTo(0);
        String redacted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Redactor.typeTags().redact(input, all));
        assertThat(redacted.length()).isLessThanOrEqualTo(input.length() * 3);
    }
}
