package dev.jguard.mcp.cli;

import dev.jguard.mcp.api.event.Severity;
import dev.jguard.mcp.core.pinning.ToolFingerprint;
import dev.jguard.mcp.core.toolscan.ScanReport;
import dev.jguard.mcp.core.toolscan.ToolFinding;
import dev.jguard.mcp.core.toolscan.ToolReport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a scan report as text, JSON or SARIF 2.1.0.
 *
 * <pre>{@code
 * Reports.write(report, sources, "sarif", System.out);
 * }</pre>
 */
final class Reports {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Reports() {
    }

    /** Where a tool came from: file and line. */
    record Source(String file, int line) {
    }

    static void write(ScanReport report, List<Source> sources, String format, PrintStream out) {
        switch (format) {
            case "text" -> text(report, out);
            case "json" -> out.println(json(jsonTree(report)));
            case "sarif" -> out.println(json(sarif(report, sources)));
            default -> throw new CliInputException("unknown --format '" + format + "' (use text, json or sarif)");
        }
    }

    static String json(Object tree) {
        try {
            return McpJsonDefaults.getMapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void text(ScanReport report, PrintStream out) {
        int blocked = 0;
        int warned = 0;
        for (ToolReport r : report.tools()) {
            switch (r.verdict()) {
                case BLOCK -> blocked++;
                case WARN -> warned++;
                default -> {
                }
            }
            out.println(r.verdict().label().toUpperCase(java.util.Locale.ROOT) + "  " + r.tool().server() + "/" + safe(r.tool().name()));
            for (ToolFinding f : r.findings()) {
                out.println("      " + f.severity() + " " + f.ruleId() + " at " + f.pointer() + ": " + f.message());
            }
        }
        out.println(report.tools().size() + " tools scanned: " + blocked + " blocked, " + warned + " warned, "
                + (report.tools().size() - blocked - warned) + " passed");
    }

    static Map<String, Object> jsonTree(ScanReport report) {
        List<Object> tools = new ArrayList<>();
        for (ToolReport r : report.tools()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("server", r.tool().server());
            t.put("name", r.tool().name());
            t.put("verdict", r.verdict().label());
            List<Object> findings = new ArrayList<>();
            for (ToolFinding f : r.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", f.ruleId());
                m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                m.put("message", f.message());
                m.put("pointer", f.pointer());
                findings.add(m);
            }
            t.put("findings", findings);
            tools.add(t);
        }
        return Map.of("tools", tools);
    }

    static Map<String, Object> sarif(ScanReport report, List<Source> sources) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> rules = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < report.tools().size(); i++) {
            ToolReport r = report.tools().get(i);
            Source src = i < sources.size() ? sources.get(i) : new Source("tools.json", 1);
            String fingerprint;
            try {
                fingerprint = ToolFingerprint.of(r.tool().raw()).toString();
            } catch (IllegalArgumentException e) {
                fingerprint = "unfingerprintable";
            }
            for (ToolFinding f : r.findings()) {
                Integer idx = ruleIndex.get(f.ruleId());
                if (idx == null) {
                    idx = rules.size();
                    ruleIndex.put(f.ruleId(), idx);
                    rules.add(Map.of("id", f.ruleId(), "shortDescription", Map.of("text", RuleCatalog.describe(f.ruleId())),
                            "defaultConfiguration", Map.of("level", level(f.severity()))));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", f.ruleId());
                result.put("ruleIndex", idx);
                result.put("level", level(f.severity()));
                result.put("message", Map.of("text", r.tool().server() + "/" + safe(r.tool().name()) + ": " + f.message()));
                result.put("locations", List.of(Map.of(
                        "physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(src.file())),
                                "region", Map.of("startLine", Math.max(1, src.line()))),
                        "logicalLocations", List.of(Map.of("name", safe(r.tool().name()),
                                "fullyQualifiedName", r.tool().server() + "/" + safe(r.tool().name()) + f.pointer(), "kind", "function")))));
                result.put("partialFingerprints", Map.of("toolDefinition/v1", fingerprint + ":" + f.ruleId() + ":" + f.pointer()));
                result.put("properties", Map.of("server", r.tool().server(), "tool", r.tool().name(), "verdict", r.verdict().label(),
                        "pointer", f.pointer(), "severity", f.severity().name()));
                results.add(result);
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "mcp-guard");
        String v = Reports.class.getPackage().getImplementationVersion();
        driver.put("semanticVersion", v == null ? "0.1.0" : v);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static String uri(String file) {
        Path p = Path.of(file);
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        String rel = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toUri().toString();
        return rel.replace('\\', '/');
    }

    static String level(Severity s) {
        return switch (s) {
            case HIGH, CRITICAL -> "error";
            case MEDIUM, LOW -> "warning";
            default -> "note";
        };
    }

    /** Tool names are server-controlled: escape anything outside printable ASCII for terminal output. */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(128).forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F) {
                sb.appendCodePoint(cp);
            } else {
                sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            }
        });
        return sb.toString();
    }
}
