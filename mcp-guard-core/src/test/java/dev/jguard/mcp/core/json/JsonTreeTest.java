package dev.jguard.mcp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private final Map<String, Object> tree = Map.of("a", List.of("x", Map.of("b/c", "y", "n", 1)), "d~e", "z");

    @Test
    void visitsEveryStringWithEscapedPointers() {
        List<String> seen = new ArrayList<>();
        JsonTree.forEachString(tree, 10, (p, v) -> seen.add(p + "=" + v));
        assertThat(seen).containsExactlyInAnyOrder("/a/0=x", "/a/1/b~1c=y", "/d~0e=z");
    }

    @Test
    void readsByPointer() {
        assertThat(JsonTree.at(tree, "/a/1/b~1c")).isEqualTo("y");
        assertThat(JsonTree.at(tree, "/d~0e")).isEqualTo("z");
        assertThat(JsonTree.at(tree, "/a/7")).isNull();
        assertThat(JsonTree.at(tree, "")).isSameAs(tree);
        assertThatThrownBy(() -> JsonTree.at(tree, "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rewriteIsCopyOnWriteAndKeepsOrder() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("first", "keep");
        ordered.put("second", "secret");
        ordered.put("third", Map.of("k", "keep"));
        Object out = JsonTree.mapStrings(ordered, 10, (p, v) -> v.equals("secret") ? "<REDACTED>" : v);
        assertThat(out).isNotSameAs(ordered);
        assertThat(new ArrayList<Object>(((Map<?, ?>) out).keySet())).containsExactly("first", "second", "third");
        assertThat(((Map<?, ?>) out).get("second")).isEqualTo("<REDACTED>");
        assertThat(((Map<?, ?>) out).get("third")).isSameAs(ordered.get("third"));
        assertThat(ordered.get("second")).isEqualTo("secret");
        assertThat(JsonTree.mapStrings(ordered, 10, (p, v) -> v)).isSameAs(ordered);
    }

    @Test
    void hostileDepthFailsFastWithoutStackOverflow() {
        Object deep = "leaf";
        for (int i = 0; i < 100_000; i++) {
            deep = List.of(deep);
        }
        Object hostile = deep;
        assertThatThrownBy(() -> JsonTree.forEachString(hostile, 64, (p, v) -> { }))
                .isInstanceOf(JsonLimitExceededException.class).hasMessageContaining("64");
        assertThatThrownBy(() -> JsonTree.mapStrings(hostile, 64, (p, v) -> v)).isInstanceOf(JsonLimitExceededException.class);
        assertThat(JsonTree.depth(hostile, 64)).isEqualTo(65);
        assertThat(JsonTree.depth(tree, 64)).isEqualTo(3);
    }
}
