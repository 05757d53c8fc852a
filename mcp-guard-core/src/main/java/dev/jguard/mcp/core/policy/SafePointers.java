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
        return isPlainNames(p) ? p : Redactor.typeTags().redact(p, Detectors.all());
    }

    /**
     * The common case, checked without running the detectors: every segment is a short run of lower-case ASCII
     * letters, {@code _} and {@code -} (a schema-style member name), or an array index of at most six digits. No
     * detector type (e-mail, phone, card, key, token, ...) can be spelled that way.
     */
    static boolean isPlainNames(String p) {
        int run = 0;
        int digits = 0;
        boolean letters = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/') {
                if (digits > 0 && letters) {
                    return false;
                }
                run = 0;
                digits = 0;
                letters = false;
                continue;
            }
            if (++run > 32) {
                return false;
            }
            if (c >= '0' && c <= '9') {
                if (++digits > 6) {
                    return false;
                }
            } else if ((c >= 'a' && c <= 'z') || c == '_' || c == '-') {
                letters = true;
            } else {
                return false;
            }
        }
        return !(digits > 0 && letters);
    }
}
