package dev.jguard.mcp.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared pass: two-character token starts, chunk boundaries and other {@link CharSequence}s. */
class TriggerScannerTest {

    private static final String KEY = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    /** Reports {@code TCK-} + 4 characters, called only at tokens starting with "TC". */
    private static final class TicketDetector extends TriggeredDetector {
        final List<Integer> calls = new ArrayList<>();

        TicketDetector() {
            super("acme.ticket", Set.of("TICKET_ID"), "", List.of("TC"));
        }

        @Override
        protected int scanAt(CharSequence text, int i, List<Finding> out) {
            calls.add(i);
            if (!text.toString().startsWith("TCK-", i) || i + 8 > text.length()) {
                return i + 1;
            }
            out.add(finding(i, i + 8));
            return i + 8;
        }
    }

    @Test
    void a_two_character_token_start_calls_only_tokens_that_begin_with_it() {
        TicketDetector d = new TicketDetector();
        String text = "TCK-0001 Tango TC xTCK-0002 T TCK-0003";
        assertThat(DetectorsTest.found(d, text)).containsExactly("TCK-0001", "TCK-0003");
        assertThat(d.calls).containsExactly(0, 15, 30); // not at "Tango", "T", nor inside "xTCK"
    }

    @Test
    void a_two_character_token_start_does_not_match_at_the_end_or_before_non_ascii() {
        TicketDetector d = new TicketDetector();
        d.detect("aT");
        d.detect("TÇ T");
        assertThat(d.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "é", "\u0000x"})
    void token_starts_must_be_one_or_two_ascii_characters(String start) {
        assertThatThrownBy(() -> new TriggeredDetector("x", Set.of("X"), "", List.of(start)) {
            @Override
            protected int scanAt(CharSequence text, int i, List<Finding> out) {
                return i + 1;
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token start");
    }

    @Test
    void findings_across_chunk_boundaries_are_the_same_at_every_offset() {
        Detector all = Detectors.all();
        for (int at = 4085; at <= 4100; at++) {
            String text = "x".repeat(at - 1) + " " + KEY + " mail bob@example.com";
            assertThat(DetectorsTest.found(all, text)).as("key at %d", at).containsExactly(KEY, "bob@example.com");
        }
        String words = "word ".repeat(819) + "w" + KEY; // the key starts inside a word that straddles the boundary
        assertThat(Detectors.all().detect(words)).isEmpty();
    }

    @Test
    void other_char_sequences_give_the_same_findings_as_a_string() {
        String text = ("Bearer " + KEY + " call +44 20 7946 0958, IBAN DE89 3704 0044 0532 0130 00 ").repeat(200);
        List<Finding> expected = Detectors.all().detect(text);
        assertThat(expected).hasSize(600);
        assertThat(Detectors.all().detect(new StringBuilder(text))).isEqualTo(expected);
        assertThat(Detectors.all().detect(CharBuffer.wrap(text))).isEqualTo(expected);
    }
}
