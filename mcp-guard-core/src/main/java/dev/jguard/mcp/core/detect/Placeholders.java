package dev.jguard.mcp.core.detect;

import java.util.Set;

/** Values that stand for a secret without being one: masks, template variables, well-known dummies. */
final class Placeholders {

    private static final Set<String> WORDS = Set.of("null", "none", "nil", "true", "false", "undefined", "redacted",
        "hidden", "secret", "password", "passwd", "your_password", "yourpassword", "your-password", "example", "placeholder",
        "string", "required", "optional", "env", "token", "your_token", "your-token", "your_api_key", "api_key", "apikey",
        "xxx", "changeit", "changeme", "todo", "tbd", "fixme", "n/a", "dummy", "test", "sample", "value", "empty", "omitted", "masked", "removed", "private");

    private Placeholders() {
    }

    static boolean isPlaceholder(CharSequence s, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return true;
        }
        char first = s.charAt(from);
        if (first == '$' || first == '<' || first == '%' || first == '{' || first == '[' || first == '*') {
            return true;
        }
        if (Chars.uniform(s, from, to)) {
            return true;
        }
        if (len > 40) {
            return false;
        }
        String v = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        if (WORDS.contains(v) || v.startsWith("process.env") || v.startsWith("os.environ") || v.startsWith("env.")
                || v.startsWith("secrets.") || v.startsWith("xxxx") || v.endsWith("xxxx") || v.contains("****")
                || v.startsWith("your") || v.startsWith("my_") || v.contains("example") || v.startsWith("replace")
                || v.startsWith("change_me") || v.startsWith("changeme")) {
            return true;
        }
        return false;
    }
}
