package dev.jguard.mcp.api.detect;

import java.util.Objects;

/**
 * One detection in a string: its type, where it is (Java string indices, {@code start} inclusive, {@code end}
 * exclusive) and which detector found it. It never holds the matched text, so it is safe to log.
 *
 * <pre>{@code
 * for (Finding f : detector.detect(text)) {
 *     System.out.println(f.type() + " at " + f.start() + ".." + f.end());
 * }
 * }</pre>
 *
 * @param type stable upper-case type, see {@link FindingTypes}
 * @param start first index (inclusive)
 * @param end last index (exclusive)
 * @param detectorId the detector that found it
 */
public record Finding(String type, int start, int end, String detectorId) {

    /**
     * @param type stable upper-case type
     * @param start first index (inclusive)
     * @param end last index (exclusive)
     * @param detectorId the detector
     */
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detectorId, "detectorId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Finding offsets must satisfy 0 <= start <= end");
        }
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }
}
