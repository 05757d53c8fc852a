package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass "within one edit" check agrees with the full (capped) Damerau distance. */
class NameIndexDistanceTest {

    @Test
    void withinOneAgreesWithTheTable() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? mutate(a, random) : word(random);
            int capped = Math.min(NameIndex.distance(a, b, 2), 2);
            assertThat(NameIndex.distance(a, b, 1)).as(a + " / " + b).isEqualTo(Math.min(capped, 2));
        }
        assertThat(NameIndex.distance("send_email", "send_emai1", 1)).isEqualTo(1);
        assertThat(NameIndex.distance("read_file", "raed_file", 1)).isEqualTo(1);
        assertThat(NameIndex.distance("read_file", "read_files", 1)).isEqualTo(1);
        assertThat(NameIndex.distance("read_file", "write_file", 1)).isEqualTo(2);
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            sb.append("abc_".charAt(random.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, 'a');
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, 'c');
                    }
                }
                default -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
