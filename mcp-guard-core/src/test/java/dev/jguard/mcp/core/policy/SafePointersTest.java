package dev.jguard.mcp.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafePointersTest {

    @Test
    void schema_style_pointers_take_the_fast_path_unchanged() {
        assertThat(SafePointers.isPlainNames("/arguments/passengers/12/loyalty_id")).isTrue();
        assertThat(SafePointers.of("/arguments/passengers/12/loyalty_id")).isEqualTo("/arguments/passengers/12/loyalty_id");
        assertThat(SafePointers.isPlainNames("")).isTrue();
    }

    @Test
    void anything_else_goes_through_the_detectors() {
        for (String p : new String[] {"/a/jane.doe@example.org", "/a/4111111111111111", "/a/Bob", "/a/key1", "/a/1234567",
            "/a/" + "x".repeat(33), "/a/ghp_" + "a".repeat(36)}) {
            assertThat(SafePointers.isPlainNames(p)).as(p).isFalse();
        }
        assertThat(SafePointers.of("/arguments/jane.doe@example.org/x")).doesNotContain("jane.doe").contains("<EMAIL>");
        assertThat(SafePointers.of("/arguments/4111 1111 1111 1111")).doesNotContain("4111 1111");
    }

    @Test
    void long_pointers_are_cut() {
        assertThat(SafePointers.of("/" + "a/".repeat(200))).hasSizeLessThanOrEqualTo(203);
    }
}
