package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void asciiTextIsLowerCasedWithOneBlankPerRun() {
        assertThat(NormalizedText.of("Read  the\tFILE \r\n\n  Then").text).isEqualTo("read the file\nthen");
        assertThat(NormalizedText.of("a \n").text).isEqualTo("a\n");
        assertThat(NormalizedText.of("\n\nx  ").text).isEqualTo("\nx ");
    }

    @Test
    void textAlreadyInNormalFormIsNotCopied() {
        String normal = "already normal text\nwith one blank per run";
        assertThat(NormalizedText.of(normal).text).isSameAs(normal);
    }
}
