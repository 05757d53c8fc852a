package dev.jguard.mcp.core.sanitize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the labelled corpus files under {@code src/test/resources/injection-corpus}. */
final class Corpus {

    record Sample(String id, String source, String text) {
    }

    private Corpus() {
    }

    static List<Sample> load(String name) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/injection-corpus/" + name)) {
            if (in == null) {
                throw new IOException("missing corpus file " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    /** Parses the records of one corpus file's text ({@code name} is for error messages). */
    static List<Sample> parse(String all, String name) throws IOException {
        List<Sample> out = new ArrayList<>();
        String id = null;
        String source = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (id != null) {
                    out.add(new Sample(id, source, text.toString().strip()));
                }
                String[] head = line.substring(4).trim().split("\\s+", 2);
                id = head[0];
                source = head.length > 1 ? head[1] : "";
                text.setLength(0);
            } else if (id != null) {
                text.append(line).append('\n');
            } else if (!line.startsWith("#") && !line.isBlank()) {
                throw new IOException("text before the first record in " + name);
            }
        }
        if (id != null) {
            out.add(new Sample(id, source, text.toString().strip()));
        }
        return out;
    }
}
