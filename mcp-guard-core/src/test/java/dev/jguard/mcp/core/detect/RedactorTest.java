package dev.jguard.mcp.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void type_tags_keep_the_shape() {
        String text = "mail bob@example.com or call +44 20 7946 0958";
        assertThat(Redactor.typeTags().redact(text, Detectors.all())).isEqualTo("mail <EMAIL> or call <PHONE_NUMBER>");
    }

    @Test
    void keyed_hash_is_stable_per_key_and_differs_across_keys() {
        byte[] key = new byte[32];
        Redactor a = Redactor.keyedHash(key);
        String r1 = a.redact("to bob@example.com", Detectors.email());
        assertThat(r1).matches("to <EMAIL:[0-9a-f]{12}>");
        assertThat(a.redact("cc bob@example.com", Detectors.email())).endsWith(r1.substring(3));
        assertThat(Redactor.keyedHash().redact("to bob@example.com", Detectors.email())).isNotEqualTo(r1);
        assertThat(r1).doesNotContain("bob");
        assertThatThrownBy(() -> Redactor.keyedHash(new byte[8])).hasMessageContaining("at least 16 bytes");
    }

    @Test
    void redacted_json_stays_valid() throws Exception {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("note", "quote \" backslash \\ key \"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\" mail a\"@b.io x@y.com");
        doc.put("card", "4111 1111 1111 1111");
        Map<String, Object> redacted = new LinkedHashMap<>();
        doc.forEach((k, v) -> redacted.put(k, Redactor.typeTags().redact((String) v, Detectors.all())));
        String json = mapper.writeValueAsString(redacted);
        Map<String, Object> back = mapper.readValue(json, new TypeRef<Map<String, Object>>() { });
        assertThat(back).isEqualTo(redacted);
        assertThat(json).doesNotContain("MIIB", "x@y.com", "4111");
        assertThat((String) back.get("card")).isEqualTo("<CREDIT_CARD>");
    }

    @Test
    void overlapping_and_out_of_range_findings_are_tolerated() {
        var f1 = new dev.jguard.mcp.api.detect.Finding("A", 0, 5, "t");
        var f2 = new dev.jguard.mcp.api.detect.Finding("B", 3, 9, "t");
        var f3 = new dev.jguard.mcp.api.detect.Finding("C", 20, 30, "t");
        assertThat(Redactor.typeTags().redact("0123456789", java.util.List.of(f1, f2, f3))).isEqualTo("<B>9");
    }

    @Test
    void to_string_reveals_no_key() {
        assertThat(Redactor.keyedHash(new byte[16]).toString()).isEqualTo("Redactor[keyed-hash]");
    }
}
