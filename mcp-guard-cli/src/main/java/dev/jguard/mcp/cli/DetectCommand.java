package dev.jguard.mcp.cli;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.core.detect.DetectorCatalog;
import dev.jguard.mcp.core.detect.Redactor;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mcp-guard detect}: runs the detectors over JSONL records and prints their findings and a redacted text.
 *
 * <pre>{@code
 * echo '{"id":1,"text":"mail bob@example.com"}' | ./mcp-guard detect --detectors pii,secrets
 * {"id":1,"findings":[{"type":"EMAIL","start":5,"end":20,"detector":"pii.email"}],"redacted":"mail <EMAIL>"}
 * }</pre>
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Finds PII and secrets in JSONL records {\"id\":..,\"text\":..} (stdin by default) and writes JSONL",
            "{\"id\":..,\"findings\":[{\"type\":..,\"start\":..,\"end\":..,\"detector\":..}],\"redacted\":..}.",
            "Offsets are Java string (UTF-16) indices, start inclusive, end exclusive."},
        footer = {"", "Finding types:",
            "  pii:     EMAIL, PHONE_NUMBER, CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS",
            "  secrets: PRIVATE_KEY, JWT, API_KEY, AUTH_CREDENTIAL, PASSWORD",
            "  injection: PROMPT_INJECTION (instruction-like text aimed at the model), HIDDEN_UNICODE (tag, invisible",
            "           and bidi characters), ANSI_ESCAPE (terminal escape sequences), CONTROL_CHARACTER (C0/C1)",
            "  (other groups registered in the detector catalogue add their own types)",
            "", "Exit status: 0 done, 2 bad input or options (bad records are reported on stderr and skipped)."})
public final class DetectCommand implements Callable<Integer> {

    private static final int MAX_LINE = 16 * 1024 * 1024;

    @Option(names = "--detectors", defaultValue = "pii,secrets", paramLabel = "NAMES",
            description = "Comma-separated groups or detector ids: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}",
            completionCandidates = Names.class)
    String detectors;

    @Option(names = "--input", paramLabel = "FILE", description = "JSONL input file (default: standard input)")
    Path input;

    @Option(names = "--redaction", defaultValue = "tags", paramLabel = "MODE",
            description = "tags (<EMAIL>) or hash (<EMAIL:hmac>, random key per run); default: ${DEFAULT-VALUE}")
    String redaction;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The names the catalogue resolves, for --help. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            names.add("all");
            names.addAll(DetectorCatalog.standard().groupNames());
            names.addAll(DetectorCatalog.standard().detectorNames());
            return names.iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Detector detector;
        try {
            detector = DetectorCatalog.standard().resolve(detectors);
        } catch (IllegalArgumentException e) {
            err.println("mcp-guard detect: " + e.getMessage());
            return 2;
        }
        Redactor redactor = switch (redaction) {
            case "tags" -> Redactor.typeTags();
            case "hash" -> Redactor.keyedHash();
            default -> null;
        };
        if (redactor == null) {
            err.println("mcp-guard detect: --redaction must be tags or hash");
            return 2;
        }
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        int bad = 0;
        try (Reader raw = input == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                BufferedReader lines = new BufferedReader(raw)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> record = parse(mapper, line);
                if (record == null || !(record.get("text") instanceof String text)) {
                    err.println("mcp-guard detect: line " + number + ": expected a JSON object with a string \"text\" (skipped)");
                    bad++;
                    continue;
                }
                List<Finding> findings = detector.detect(text);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", record.get("id"));
                List<Map<String, Object>> fs = new ArrayList<>(findings.size());
                for (Finding f : findings) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", f.type());
                    m.put("start", f.start());
                    m.put("end", f.end());
                    m.put("detector", f.detectorId());
                    fs.add(m);
                }
                result.put("findings", fs);
                result.put("redacted", redactor.redact(text, findings));
                out.println(mapper.writeValueAsString(result));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("mcp-guard detect: no such file: " + input);
            return 2;
        }
        out.flush();
        return bad == 0 ? 0 : 2;
    }

    private static Map<String, Object> parse(McpJsonMapper mapper, String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        try {
            return mapper.readValue(line, new TypeRef<Map<String, Object>>() { });
        } catch (Exception e) {
            return null;
        }
    }
}
