package dev.jguard.mcp.core.detect;

/** Character classes and bounded look-ups shared by the built-in detectors. Stateless. */
final class Chars {

    private Chars() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean asciiLetter(char c) {
        return upper(c) || lower(c);
    }

    static boolean asciiAlnum(char c) {
        return digit(c) || asciiLetter(c);
    }

    static boolean hex(char c) {
        return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Letters and digits of any script, and '_' : the characters a token or a word is made of. */
    static boolean word(char c) {
        return c < 128 ? asciiAlnum(c) || c == '_' : Character.isLetterOrDigit(c);
    }

    /** base64url alphabet. */
    static boolean b64url(char c) {
        return asciiAlnum(c) || c == '-' || c == '_';
    }

    /** @return the char at {@code i}, or 0 when out of range */
    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : 0;
    }

    /** Case-sensitive literal match at {@code i}. */
    static boolean matches(CharSequence s, int i, String literal) {
        int n = literal.length();
        if (i < 0 || i + n > s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (s.charAt(i + k) != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII case-insensitive match of a lower-case literal at {@code i}. */
    static boolean matchesIgnoreCase(CharSequence s, int i, String lowerLiteral) {
        int n = lowerLiteral.length();
        if (i < 0 || i + n > s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = s.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lowerLiteral.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one of the lower-case keywords occurs, case-insensitively, in the {@code window} characters before
     * {@code end}. Bounded: at most {@code window * keywords} comparisons.
     */
    static boolean keywordBefore(CharSequence s, int end, int window, String[] keywords) {
        int from = Math.max(0, end - window);
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            for (String k : keywords) {
                if (k.charAt(0) == c && i + k.length() <= end && matchesIgnoreCase(s, i, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param prefixes two-letter token starts in lower case
     * @return each in every combination of ASCII letter case ({@code "be"} gives be, Be, bE, BE)
     */
    static java.util.List<String> anyCase(String... prefixes) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String p : prefixes) {
            for (int k = 0; k < 4; k++) {
                char a = (k & 1) == 0 ? p.charAt(0) : Character.toUpperCase(p.charAt(0));
                char b = (k & 2) == 0 ? p.charAt(1) : Character.toUpperCase(p.charAt(1));
                out.add("" + a + b);
            }
        }
        return out;
    }

    /** Shannon entropy in bits per character of {@code s[from, to)} (ASCII histogram, others pooled). */
    static double entropy(CharSequence s, int from, int to) {
        int[] counts = new int[129];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            counts[c < 128 ? c : 128]++;
        }
        double n = to - from;
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / n;
                h -= p * (Math.log(p) / Math.log(2));
            }
        }
        return h;
    }

    /** Number of character classes (lower, upper, digit, other) present in {@code s[from, to)}; letters of any script count as letters. */
    static int classes(CharSequence s, int from, int to) {
        int mask = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            mask |= lower(c) ? 1 : upper(c) ? 2 : digit(c) ? 4 : c < 128 || !Character.isLetter(c) ? 8
                : Character.isUpperCase(c) ? 2 : 1;
        }
        return Integer.bitCount(mask);
    }

    /** Whether every char of {@code s[from, to)} is the same. */
    static boolean uniform(CharSequence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) != s.charAt(from)) {
                return false;
            }
        }
        return true;
    }
}
