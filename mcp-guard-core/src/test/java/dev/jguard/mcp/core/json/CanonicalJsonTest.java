package dev.jguard.mcp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.core.support.Mappers;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @Test
    void sortsKeysByUtf16CodeUnitsAndDropsWhitespace() throws Exception {
        for (McpJsonMapper mapper : Mappers.both().toList()) {
            Map<String, Object> a = mapper.readValue("{ \"b\": [1, {\"z\":true, \"a\":null}],\n \"a\": \"x\" }", new TypeRef<Map<String, Object>>() { });
            Map<String, Object> b = mapper.readValue("{\"a\":\"x\",\"b\":[1,{\"a\":null,\"z\":true}]}", new TypeRef<Map<String, Object>>() { });
            assertThat(CanonicalJson.canonicalize(a)).isEqualTo(CanonicalJson.canonicalize(b))
                    .isEqualTo("{\"a\":\"x\",\"b\":[1,{\"a\":null,\"z\":true}]}");
        }
        // RFC 8785 3.2.3: sorting is by UTF-16 code units, so U+10000 (D800 DC00) sorts before U+FB33
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\ufb33", 1);
        m.put("\ud800\udc00", 2);
        m.put("a", 3);
        assertThat(CanonicalJson.canonicalize(m)).isEqualTo("{\"a\":3,\"\ud800\udc00\":2,\"\ufb33\":1}");
    }

    @ParameterizedTest
    @CsvSource({"1e21,1e+21", "1e20,100000000000000000000", "0.000001,0.000001", "1e-7,1e-7", "-0.0,0", "2.50,2.5",
            "333333333.33333329,333333333.3333333", "4.50,4.5", "1e-27,1e-27", "9007199254740993,9007199254740992",
            "5e-324,5e-324", "1.7976931348623157e308,1.7976931348623157e+308"})
    void formatsNumbersAsEcmaScript(String in, String expected) {
        assertThat(CanonicalJson.formatNumber(new BigDecimal(in))).isEqualTo(expected);
    }

    @Test
    void formatsIntegersExactlyInTheSafeRange() {
        assertThat(CanonicalJson.formatNumber(42)).isEqualTo("42");
        assertThat(CanonicalJson.formatNumber(-9007199254740992L)).isEqualTo("-9007199254740992");
        assertThat(CanonicalJson.formatNumber(new BigInteger("123456789012345678901234567890"))).isEqualTo("1.2345678901234568e+29");
        assertThat(CanonicalJson.formatNumber(2.0d)).isEqualTo("2");
    }

    @Test
    void escapesOnlyWhatRfc8785Requires() {
        assertThat(CanonicalJson.canonicalize("\"\\\b\f\n\r\t\u0001/é€😀"))
                .isEqualTo("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001/é€😀\"");
    }

    @Test
    void keepsLoneSurrogatesDistinct() {
        assertThat(CanonicalJson.canonicalize("a\ud800b")).isEqualTo("\"a\\ud800b\"");
        assertThat(CanonicalJson.canonicalize("a\ud800b")).isNotEqualTo(CanonicalJson.canonicalize("a\ud801b"));
    }

    @Test
    void refusesNonFiniteNumbersTooDeepOrTooLargeTrees() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        Object deep = "x";
        for (int i = 0; i < 200; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertThatThrownBy(() -> CanonicalJson.canonicalize(tooDeep)).hasMessageContaining("deeper than the limit");
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            big.add("0123456789".repeat(10));
        }
        assertThatThrownBy(() -> CanonicalJson.canonicalize(big, 5_000)).hasMessageContaining("larger than the limit");
        assertThatThrownBy(() -> CanonicalJson.canonicalize(new Object())).hasMessageContaining("Not a generic JSON value");
    }

    @Test
    void streamedDigestEqualsTheDigestOfTheCanonicalText() {
        String pair = "😀"; // a surrogate pair, also across the stream's buffer boundaries below
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", List.of(1, 2.5, -0.0, true, false, "a\ud800b\udc00c\u0001\"\\"));
        tree.put("é€" + pair, Map.of("k", "x".repeat(2045) + pair + "ü".repeat(1500) + "€".repeat(1500) + pair.repeat(700)));
        tree.put("a", null);
        for (Object t : List.of(tree, "", "plain", pair, List.of(), Map.of())) {
            assertThat(CanonicalJson.canonicalSha256Hex(t)).isEqualTo(CanonicalJson.sha256Hex(CanonicalJson.canonicalize(t)));
        }
        for (int n = 2040; n < 2050; n++) { // every alignment of a pair and of multi-byte chars with the buffer's end
            List<String> strings = List.of("y".repeat(n) + pair + "é" + "€" + pair, "key", "z".repeat(n / 3) + "é€", "ü".repeat(n));
            assertThat(CanonicalJson.canonicalSha256Hex(strings)).isEqualTo(CanonicalJson.sha256Hex(CanonicalJson.canonicalize(strings)));
        }
        assertThatThrownBy(() -> CanonicalJson.canonicalSha256Hex(Map.of("a", "x".repeat(5000), "b", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalJson.canonicalSha256Hex("plain")).isEqualTo(CanonicalJson.sha256Hex("\"plain\"")); // a failed call left nothing behind
    }
}
