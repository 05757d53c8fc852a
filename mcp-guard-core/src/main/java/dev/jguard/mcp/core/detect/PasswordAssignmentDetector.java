package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values assigned to password-, secret-, token- or key-like names: {@code password=...}, {@code "client_secret":
 * "..."}, {@code DB_PASS: ...}, {@code api-key = ...}. Triggered at {@code =} and {@code :}; the key name (at most 48
 * characters) is read backwards, the value (at most 512) forwards; the finding spans the value. Password names need
 * a value of at least 6 characters that is quoted or mixes letters with digits or symbols; secret/token/key names
 * need a high-entropy value (at least 16 characters, two character classes, 3 bits/char). Placeholders and
 * template variables are not reported.
 */
final class PasswordAssignmentDetector extends TriggeredDetector {

    static final String ID = "secret.assignment";
    private static final String[] PASSWORD_NAMES = {"password", "passwd", "pwd", "passphrase", "passcode", "pass"};
    private static final String[] SECRET_NAMES = {"secret", "token", "apikey", "accesskey", "secretkey", "privatekey",
        "clientsecret", "authkey", "credential", "credentials", "signingkey", "encryptionkey", "masterkey", "sessionkey",
        "connectionstring", "sastoken", "webhooksecret", "key"};
    private static final String[] NOT_SECRET = {"pagetoken", "nexttoken", "continuationtoken", "cursortoken", "csrftoken",
        "maxtoken", "maxtokens", "publickey", "primarykey", "foreignkey", "sortkey", "partitionkey", "idempotencykey",
        "cachekey", "hotkey", "keyboard", "monkey", "turkey", "donkey", "jockey", "hockey", "whiskey", "passkey",
        "keyid", "apikeyid", "tokenid", "bypass", "compass", "overpass", "trespass", "encompass", "surpass"};

    PasswordAssignmentDetector() {
        super(ID, Set.of(FindingTypes.PASSWORD), "=:");
    }

    private static boolean nameChar(char c) {
        return Chars.asciiAlnum(c) || c == '_' || c == '-' || c == '.';
    }

    @Override
    protected int scanAt(CharSequence s, int op, List<Finding> out) {
        char next = Chars.at(s, op + 1);
        if (next == '=' || (s.charAt(op) == ':' && (next == '/' || next == ':'))) {
            return op + 2; // ==, ://, ::
        }
        // key name, backwards over closing quote and spaces
        int k = op;
        int skipped = 0;
        while (k > 0 && skipped < 3 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '"' || s.charAt(k - 1) == '\'')) {
            k--;
            skipped++;
        }
        int nameEnd = k;
        while (k > 0 && nameEnd - k < 48 && nameChar(s.charAt(k - 1))) {
            k--;
        }
        if (k == nameEnd || (k > 0 && nameChar(s.charAt(k - 1))) || !lastCharOfAName(s.charAt(nameEnd - 1))) {
            return op + 1;
        }
        int kind = classify(s, k, nameEnd);
        if (kind == 0) {
            return op + 1;
        }
        // value
        int v = op + 1;
        int sp = 0;
        while (Chars.at(s, v) == ' ' && sp < 3) {
            v++;
            sp++;
        }
        char quote = Chars.at(s, v);
        boolean quoted = quote == '"' || quote == '\'';
        if (quoted) {
            v++;
        }
        int start = v;
        int n = s.length();
        while (v < n && v - start < 512) {
            char c = s.charAt(v);
            if (quoted ? c == quote || c == '\n' : c <= ' ' || c == ',' || c == ';' || c == '&' || c == '"' || c == '\''
                    || c == ')' || c == '}' || c == ']' || c == '<') {
                break;
            }
            v++;
        }
        int end = v;
        if (v - start >= 512) {
            return v; // no value is that long: skip the run instead of rescanning it from the next '=' or ':'
        }
        if (quoted && Chars.at(s, end) != quote) {
            return op + 1;
        }
        if (!quoted) {
            while (end > start && (s.charAt(end - 1) == '.')) {
                end--;
            }
        }
        if (end == start || Placeholders.isPlaceholder(s, start, end)) {
            return op + 1;
        }
        if (kind == 1 ? passwordLike(s, start, end, quoted) : secretLike(s, start, end)) {
            out.add(finding(start, end));
            return end;
        }
        return op + 1;
    }

    /** Every password/secret name ends in one of these letters: a cheap filter before {@link #classify}. */
    private static boolean lastCharOfAName(char c) {
        switch (Character.toLowerCase(c)) {
            case 'd', 'e', 's', 't', 'n', 'y', 'l', 'g':
                return true;
            default:
                return false;
        }
    }

    /** @return 1 for a password name, 2 for a secret/token/key name, 0 otherwise */
    static int classify(CharSequence s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '_' && c != '-' && c != '.') {
                b.append(Character.toLowerCase(c));
            }
        }
        String name = b.toString();
        for (String no : NOT_SECRET) {
            if (name.endsWith(no)) {
                return 0;
            }
        }
        for (String p : PASSWORD_NAMES) {
            if (name.endsWith(p)) {
                return p.equals("pass") && name.length() > 4 && !rawEndsWithSeparated(s, from, to, "pass") ? 0 : 1;
            }
        }
        for (String p : SECRET_NAMES) {
            if (name.endsWith(p)) {
                if (p.equals("key") && name.length() == 3) {
                    return 0; // a bare "key" is usually a lookup key
                }
                return 2;
            }
        }
        return 0;
    }

    private static boolean rawEndsWithSeparated(CharSequence s, int from, int to, String word) {
        int at = to - word.length();
        if (at <= from) {
            return at == from;
        }
        char sep = s.charAt(at - 1);
        return (sep == '_' || sep == '-' || sep == '.') && Chars.matchesIgnoreCase(s, at, word)
                || Chars.upper(Chars.at(s, at)) && Chars.lower(Chars.at(s, at - 1));
    }

    private static boolean passwordLike(CharSequence s, int start, int end, boolean quoted) {
        int len = end - start;
        if (len < 6 || len > 128) {
            return false;
        }
        if (quoted) {
            return !prose(s, start, end);
        }
        return Chars.classes(s, start, end) >= 2;
    }

    private static boolean prose(CharSequence s, int start, int end) {
        int spaces = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces >= 2;
    }

    private static boolean secretLike(CharSequence s, int start, int end) {
        int len = end - start;
        if (len < 16 || prose(s, start, end) || s.subSequence(start, end).toString().toLowerCase(Locale.ROOT).startsWith("http")) {
            return false;
        }
        return Chars.classes(s, start, end) >= 2 && Chars.entropy(s, start, end) >= 3.0;
    }
}
