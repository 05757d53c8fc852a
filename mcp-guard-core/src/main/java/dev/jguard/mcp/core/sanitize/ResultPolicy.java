package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.core.detect.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the result guard treats the results of one server. Hidden text (terminal escapes, controls, invisible and bidi
 * characters, tag characters) is always removed; the rest is configurable:
 * <ul>
 *   <li>{@code injectionAction}: what to do with instruction-like text aimed at the model (default {@link ContentAction#FENCE}:
 *       the heuristic has false positives, and fencing degrades gracefully on them);</li>
 *   <li>{@code piiDetectors} + {@code piiAction}: PII/secret detectors run over every string of the result (default: none)
 *       and what to do with their findings (default {@link ContentAction#REDACT});</li>
 *   <li>{@code maxResultChars}: total characters of all strings in one result; a larger result is blocked (default 1 MiB);</li>
 *   <li>{@code maxDepth}: JSON nesting limit (default 64).</li>
 * </ul>
 *
 * <pre>{@code
 * ResultPolicy strict = ResultPolicy.builder()
 *     .injectionAction(ContentAction.BLOCK)
 *     .piiDetectors(List.of(Detectors.pii(), Detectors.secrets())).piiAction(ContentAction.REDACT)
 *     .maxResultChars(256 * 1024)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResultPolicy {

    private static final ResultPolicy DEFAULTS = builder().build();

    private final ContentAction injectionAction;
    private final List<Detector> piiDetectors;
    private final ContentAction piiAction;
    private final Redactor redactor;
    private final int maxResultChars;
    private final int maxDepth;

    private ResultPolicy(Builder b) {
        this.injectionAction = b.injectionAction;
        this.piiDetectors = List.copyOf(b.piiDetectors);
        this.piiAction = b.piiAction;
        this.redactor = b.redactor;
        this.maxResultChars = b.maxResultChars;
        this.maxDepth = b.maxDepth;
    }

    /** @return the secure defaults (fence injections, no PII detectors, 1 MiB, depth 64) */
    public static ResultPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a new builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the action for instruction-like text */
    public ContentAction injectionAction() {
        return injectionAction;
    }

    /** @return the PII/secret detectors run over result strings */
    public List<Detector> piiDetectors() {
        return piiDetectors;
    }

    /** @return the action for PII/secret findings */
    public ContentAction piiAction() {
        return piiAction;
    }

    /** @return how PII/secret findings are replaced */
    public Redactor redactor() {
        return redactor;
    }

    /** @return the maximum total characters of strings in one result */
    public int maxResultChars() {
        return maxResultChars;
    }

    /** @return the maximum JSON nesting depth */
    public int maxDepth() {
        return maxDepth;
    }

    @Override
    public String toString() {
        return "ResultPolicy[injection=" + injectionAction + ", piiDetectors=" + piiDetectors.size() + ", pii=" + piiAction
                + ", maxResultChars=" + maxResultChars + ", maxDepth=" + maxDepth + "]";
    }

    /**
     * Builds a {@link ResultPolicy}. Not thread-safe; throw away after {@link #build()}.
     *
     * <pre>{@code
     * ResultPolicy p = ResultPolicy.builder().injectionAction(ContentAction.REDACT).build();
     * }</pre>
     */
    public static final class Builder {
        private ContentAction injectionAction = ContentAction.FENCE;
        private final List<Detector> piiDetectors = new ArrayList<>();
        private ContentAction piiAction = ContentAction.REDACT;
        private Redactor redactor = Redactor.typeTags();
        private int maxResultChars = 1 << 20;
        private int maxDepth = 64;

        private Builder() {
        }

        /**
         * @param action what to do with instruction-like text (default FENCE)
         * @return this builder
         */
        public Builder injectionAction(ContentAction action) {
            this.injectionAction = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * @param detectors PII/secret detectors to run over every string of the result
         * @return this builder
         */
        public Builder piiDetectors(List<? extends Detector> detectors) {
            for (Detector d : detectors) {
                piiDetectors.add(Objects.requireNonNull(d, "detector"));
            }
            return this;
        }

        /**
         * @param action what to do with PII/secret findings (default REDACT; FENCE is treated as FLAG)
         * @return this builder
         */
        public Builder piiAction(ContentAction action) {
            this.piiAction = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * @param redactor how PII/secret findings are replaced (default {@code Redactor.typeTags()})
         * @return this builder
         */
        public Builder redactor(Redactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        /**
         * @param max total characters of all strings in one result (at least 1024)
         * @return this builder
         */
        public Builder maxResultChars(int max) {
            if (max < 1024) {
                throw new IllegalArgumentException("maxResultChars must be at least 1024, was " + max);
            }
            this.maxResultChars = max;
            return this;
        }

        /**
         * @param max JSON nesting limit (4..512)
         * @return this builder
         */
        public Builder maxDepth(int max) {
            if (max < 4 || max > 512) {
                throw new IllegalArgumentException("maxDepth must be between 4 and 512, was " + max);
            }
            this.maxDepth = max;
            return this;
        }

        /** @return the policy */
        public ResultPolicy build() {
            return new ResultPolicy(this);
        }
    }
}
