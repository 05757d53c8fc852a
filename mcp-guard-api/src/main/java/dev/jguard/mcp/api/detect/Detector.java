package dev.jguard.mcp.api.detect;

import java.util.List;
import java.util.Set;

/**
 * Finds sensitive or hostile spans in text. Implementations must be thread-safe, must run in time linear in the
 * input (no catastrophic regex backtracking: every input may come from a hostile server), and must not retain the
 * text.
 *
 * <pre>{@code
 * Detector employeeIds = new Detector() {
 *     public String id() { return "acme.employee-id"; }
 *     public Set<String> types() { return Set.of("EMPLOYEE_ID"); }
 *     public List<Finding> detect(CharSequence text) { ... }
 * };
 * }</pre>
 */
public interface Detector {

    /** @return a stable detector id, e.g. {@code pii.email} */
    String id();

    /** @return the finding types this detector can report */
    Set<String> types();

    /**
     * @param text the text to scan (any length, any content, including lone surrogates)
     * @return the findings in ascending start order; empty when none
     */
    List<Finding> detect(CharSequence text);
}
