package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.core.detect.Detectors;
import dev.jguard.mcp.core.detect.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes a line of text safe to log: removes terminal escapes and hidden characters, replaces every span the
 * configured detectors find (e-mails, tokens, ...) by {@code <TYPE>}, escapes line breaks (no forged log lines,
 * CWE-117) and truncates. Applications use it on their own log lines; the guard uses it for audit records.
 *
 * <pre>{@code
 * LogRedactor redactor = LogRedactor.standard();   // every built-in PII and secret detector
 * log.warn("tool failed: {}", redactor.redact(exception.getMessage()));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Linear in the input when the detectors are.
 */
public final class LogRedactor {

    private static final LogRedactor STANDARD = builder().detectors(List.of(Detectors.all())).build();

    private final List<Detector> detectors;
    private final Redactor redactor;
    private final int maxLength;
    private final boolean singleLine;

    private LogRedactor(Builder b) {
        this.detectors = List.copyOf(b.detectors);
        this.redactor = b.redactor;
        this.maxLength = b.maxLength;
        this.singleLine = b.singleLine;
    }

    /**
     * The redactor with every built-in PII and secret detector ({@code Detectors.all()}), type tags, 4096 characters,
     * single line.
     *
     * @return the standard redactor
     */
    public static LogRedactor standard() {
        return STANDARD;
    }

    /** @return a new builder (no detectors, type tags, 4096 characters, single line) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param detectors the detectors whose findings are replaced
     * @return a redactor with those detectors and the other defaults
     */
    public static LogRedactor of(List<? extends Detector> detectors) {
        return builder().detectors(detectors).build();
    }

    /** @return the detectors this redactor applies */
    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * @param text any text (null gives {@code "null"})
     * @return the redacted, single-line, truncated text
     */
    public String redact(String text) {
        if (text == null) {
            return "null";
        }
        String clean = TextNeutralizer.standard().neutralize(text).text();
        List<Finding> findings = new ArrayList<>();
        for (Detector d : detectors) {
            findings.addAll(d.detect(clean));
        }
        String redacted = redactor.redact(clean, findings);
        if (singleLine) {
            redacted = redacted.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ");
        }
        if (redacted.length() > maxLength) {
            int cut = maxLength;
            if (Character.isHighSurrogate(redacted.charAt(cut - 1))) {
                cut--;
            }
            redacted = redacted.substring(0, cut) + "...(" + (redacted.length() - cut) + " more chars)";
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "LogRedactor[detectors=" + detectors.size() + ", maxLength=" + maxLength + "]";
    }

    /**
     * Builds a {@link LogRedactor}. Not thread-safe; throw away after {@link #build()}.
     *
     * <pre>{@code
     * LogRedactor r = LogRedactor.builder().detectors(list).maxLength(512).singleLine(true).build();
     * }</pre>
     */
    public static final class Builder {
        private final List<Detector> detectors = new ArrayList<>();
        private Redactor redactor = Redactor.typeTags();
        private int maxLength = 4096;
        private boolean singleLine = true;

        private Builder() {
        }

        /**
         * @param redactor how findings are replaced (default {@code Redactor.typeTags()}, e.g. {@code <EMAIL>};
         *     {@code Redactor.keyedHash()} keeps equal values correlatable)
         * @return this builder
         */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /**
         * @param detectors detectors to add
         * @return this builder
         */
        public Builder detectors(List<? extends Detector> detectors) {
            for (Detector d : detectors) {
                this.detectors.add(Objects.requireNonNull(d, "detector"));
            }
            return this;
        }

        /**
         * @param max the maximum length of the output before the truncation note (at least 16)
         * @return this builder
         */
        public Builder maxLength(int max) {
            if (max < 16) {
                throw new IllegalArgumentException("maxLength must be at least 16, was " + max);
            }
            this.maxLength = max;
            return this;
        }

        /**
         * @param enabled escape CR/LF so one call gives one log line (default true)
         * @return this builder
         */
        public Builder singleLine(boolean enabled) {
            this.singleLine = enabled;
            return this;
        }

        /** @return the redactor */
        public LogRedactor build() {
            return new LogRedactor(this);
        }
    }
}
