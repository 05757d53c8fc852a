package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.event.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scans tool definitions for poisoning and look-alike names: deterministic, explainable, offline. Each
 * {@link ToolFinding} names its rule, severity, JSON pointer and a short message; a tool is {@link ToolVerdict#BLOCK
 * blocked} when a finding reaches the block threshold ({@link Severity#HIGH} by default).
 *
 * <pre>{@code
 * ToolScanner scanner = ToolScanner.defaults();
 * ScanReport report = scanner.scan(List.of(ToolDefinition.of("airline", rawTool)));
 *
 * ToolScanner custom = ToolScanner.builder()
 *     .addDefaults()
 *     .addDetector(myClassifier)                        // ToolDetector SPI
 *     .addTextDetector(myDetector, Severity.MEDIUM)     // any api.detect.Detector, applied to every string
 *     .disableRule("name.shadowing")
 *     .build();
 * }</pre>
 *
 * <p>Built-in rule families: {@code unicode.*} (hidden characters), {@code poison.*} (instruction-like content),
 * {@code schema.*} (unrelated sensitive parameters), {@code name.*} (confusable, look-alike and shadowing names).
 * A detector that throws blocks the tool it was inspecting ({@code scanner.failed}): fail closed.
 *
 * <p>Thread-safe; its only state is a bounded cache of content findings ({@link Builder#cacheSize(int)}). The builder
 * is not thread-safe.
 */
public final class ToolScanner {

    /** Default number of definitions whose content findings are cached ({@link Builder#cacheSize(int)}). */
    public static final int DEFAULT_CACHE_SIZE = 4096;

    private static final ToolScanner DEFAULTS = builder().addDefaults().build();

    private final List<ToolDetector> detectors;
    private final Severity blockAt;
    private final Severity warnAt;
    private final Set<String> disabled;
    private final ContentFindingsCache contentCache;

    private ToolScanner(Builder b) {
        this.detectors = List.copyOf(b.detectors);
        this.contentCache = new ContentFindingsCache(b.cacheSize);
        this.blockAt = b.blockAt;
        this.warnAt = b.warnAt;
        this.disabled = Set.copyOf(b.disabled);
    }

    /** @return a scanner with every built-in rule and default thresholds (block at HIGH, warn at LOW) */
    public static ToolScanner defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder; call {@link Builder#addDefaults()} for the built-in rules */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Scans tools with no pinned names to compare against.
     *
     * @param tools the tools (any servers)
     * @return the report, one entry per tool in input order
     */
    public ScanReport scan(List<ToolDefinition> tools) {
        return scan(ScanContext.of(tools, Map.of()));
    }

    /**
     * Scans the tools of a context, comparing names against each other and against the context's pinned names.
     *
     * @param context the tools and pinned names
     * @return the report, one entry per tool in input order
     */
    public ScanReport scan(ScanContext context) {
        List<ToolReport> reports = new ArrayList<>(context.tools().size());
        try {
            for (ToolDefinition tool : context.tools()) {
                reports.add(scanOne(tool, context));
            }
        } finally {
            ScanCache.clear();
        }
        return new ScanReport(reports);
    }

    private ToolReport scanOne(ToolDefinition tool, ScanContext context) {
        List<ToolFinding> findings = new ArrayList<>();
        boolean contentDone = false;
        for (ToolDetector d : detectors) {
            if (d instanceof ContentDetector) {
                if (!contentDone) { // all of them at once, reused for an identical definition
                    contentDone = true;
                    for (ToolFinding f : contentCache.get(tool, () -> runContentDetectors(tool, context))) {
                        if (!disabled.contains(f.ruleId())) {
                            findings.add(f);
                        }
                    }
                }
                continue;
            }
            int from = findings.size();
            run(d, tool, context, findings);
            findings.subList(from, findings.size()).removeIf(f -> disabled.contains(f.ruleId()));
        }
        shadowing(findings);
        findings.sort(Comparator.comparing(ToolFinding::severity).reversed());
        ToolVerdict verdict = ToolVerdict.PASS;
        for (ToolFinding f : findings) {
            if (f.severity().compareTo(blockAt) >= 0) {
                verdict = ToolVerdict.BLOCK;
                break;
            }
            if (f.severity().compareTo(warnAt) >= 0) {
                verdict = ToolVerdict.WARN;
            }
        }
        return new ToolReport(tool, verdict, findings);
    }

    private List<ToolFinding> runContentDetectors(ToolDefinition tool, ScanContext context) {
        List<ToolFinding> out = new ArrayList<>();
        for (ToolDetector d : detectors) {
            if (d instanceof ContentDetector) {
                run(d, tool, context, out);
            }
        }
        return out;
    }

    private static void run(ToolDetector d, ToolDefinition tool, ScanContext context, List<ToolFinding> out) {
        try {
            List<ToolFinding> found = d.inspect(tool, context);
            if (found != null) {
                out.addAll(found);
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.add(new ToolFinding("scanner.failed", Severity.HIGH, "",
                    "detector " + d.getClass().getName() + " failed (" + e.getClass().getSimpleName() + "); blocked to stay safe"));
        }
    }

    /** A description that names another server's tool and also carries manipulation is the shadowing attack. */
    private void shadowing(List<ToolFinding> findings) {
        if (disabled.contains("poison.shadowing")) {
            return;
        }
        ToolFinding ref = null;
        boolean manipulation = false;
        for (ToolFinding f : findings) {
            if (f.ruleId().equals("name.cross-server-reference")) {
                ref = f;
            } else if (f.ruleId().startsWith("poison.") && !f.ruleId().equals("poison.sensitive-reference")
                    && f.severity().compareTo(Severity.MEDIUM) >= 0) {
                manipulation = true;
            }
        }
        if (ref != null && manipulation) {
            findings.add(new ToolFinding("poison.shadowing", Severity.HIGH, ref.pointer(),
                    "instructions about another server's tool: " + ref.message()));
        }
    }

    /** Builds a {@link ToolScanner}. Not thread-safe. */
    public static final class Builder {
        private final List<ToolDetector> detectors = new ArrayList<>();
        private Severity blockAt = Severity.HIGH;
        private Severity warnAt = Severity.LOW;
        private final Set<String> disabled = new HashSet<>();
        private boolean defaultsAdded;
        private int cacheSize = DEFAULT_CACHE_SIZE;

        private Builder() {
        }

        /**
         * Adds the built-in detectors: names, hidden Unicode, instruction-like content, unrelated sensitive parameters.
         *
         * @return this builder
         * @throws IllegalStateException if called twice
         */
        public Builder addDefaults() {
            if (defaultsAdded) {
                throw new IllegalStateException("addDefaults() was already called");
            }
            defaultsAdded = true;
            detectors.add(new NameDetector());
            detectors.add(new HiddenUnicodeDetector());
            detectors.add(new InstructionDetector());
            detectors.add(new SchemaParameterDetector());
            return this;
        }

        /**
         * @param detector a custom check, run after the ones added before it
         * @return this builder
         */
        public Builder addDetector(ToolDetector detector) {
            detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /**
         * Applies a text {@link Detector} to every string of every tool (values and keys). Its findings become rule
         * {@code detector.<id>.<TYPE>} at the given severity; the matched text is never quoted.
         *
         * @param detector the detector
         * @param severity severity of its findings
         * @return this builder
         */
        public Builder addTextDetector(Detector detector, Severity severity) {
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(severity, "severity");
            detectors.add((tool, ctx) -> {
                List<ToolFinding> out = new ArrayList<>();
                Map<String, Boolean> seen = new LinkedHashMap<>();
                for (TextField f : ScanCache.fields(tool)) {
                    for (Finding finding : detector.detect(f.text)) {
                        if (seen.putIfAbsent(finding.type(), Boolean.TRUE) == null) {
                            out.add(new ToolFinding("detector." + detector.id() + "." + finding.type(), severity, f.pointer(),
                                    detector.id() + " found " + finding.type() + " (" + finding.length() + " chars)"));
                        }
                    }
                }
                return out;
            });
            return this;
        }

        /**
         * How many tool definitions' built-in content findings (hidden Unicode, instruction-like text, unrelated
         * sensitive parameters) are remembered, keyed by the SHA-256 of the definition's canonical JSON, so a
         * re-listing of unchanged tools skips those rules. Name and cross-server checks and custom detectors always run.
         *
         * @param size entries (least recently used evicted), 0 to turn the cache off. Default: {@value #DEFAULT_CACHE_SIZE}
         * @return this builder
         */
        public Builder cacheSize(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("cacheSize must be 0 (off) or positive, was " + size);
            }
            this.cacheSize = size;
            return this;
        }

        /**
         * @param severity findings at or above it block the tool. Default: {@link Severity#HIGH}
         * @return this builder
         */
        public Builder blockAt(Severity severity) {
            this.blockAt = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * @param severity findings at or above it (and below the block threshold) make the tool WARN. Default: LOW
         * @return this builder
         */
        public Builder warnAt(Severity severity) {
            this.warnAt = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * @param ruleId a rule id whose findings are dropped (e.g. {@code name.shadowing} for hosts that namespace tools)
         * @return this builder
         */
        public Builder disableRule(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * @return the scanner
         * @throws IllegalStateException if no detector was added or warnAt is above blockAt
         */
        public ToolScanner build() {
            if (detectors.isEmpty()) {
                throw new IllegalStateException("Add at least one detector (addDefaults() adds the built-in rules)");
            }
            if (warnAt.compareTo(blockAt) > 0) {
                throw new IllegalStateException("warnAt (" + warnAt + ") must not be above blockAt (" + blockAt + ")");
            }
            return new ToolScanner(this);
        }
    }
}
