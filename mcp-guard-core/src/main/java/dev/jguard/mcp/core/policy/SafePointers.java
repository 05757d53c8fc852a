package dev.jguard.mcp.core.policy;

import dev.jguard.mcp.core.detect.Detectors;
import dev.jguard.mcp.core.detect.Redactor;

/**
 * Makes a JSON pointer safe for events and exceptions. Pointers are built from member names, and a hostile or careless
 * caller may use data as a member name ({@code {"bob@example.com": 1}}), so detected spans are replaced by type tags and
 * the pointer is cut to 200 characters.
 */
final class SafePointers {

    private SafePointers() {
    }

    static String of(String pointer) {
        if (pointer == null) {
            return null;
        }
        String p = pointer.length() > 200 ? pointer.substring(0, 200) + "..." : pointer;
        return Redactor.typeTags().redact(p, Detectors.all());
    }
}
