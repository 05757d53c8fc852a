package dev.jguard.mcp.core.detect;

/**
 * Recognises member and variable names that hold secrets ({@code password}, {@code DB_PASS}, {@code client_secret},
 * {@code apiKey}, {@code x-auth-token}, ...) but not look-alikes ({@code bypass}, {@code max_tokens},
 * {@code next_page_token}, {@code public_key}). The same rules drive the {@code secret.assignment} detector.
 *
 * <pre>{@code
 * if (SecretNames.isSecretName("client_secret")) { redactWholeValue(); }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SecretNames {

    private static final String[] PASSWORD_NAMES = {"password", "passwd", "pwd", "passphrase", "passcode", "pass", "passwort",
        "kennwort", "contraseña", "contrasena", "senha", "wachtwoord", "hasło", "haslo", "lösenord", "losenord", "salasana",
        "adgangskode", "passord", "heslo", "jelszó", "motdepasse"};
    private static final String[] SECRET_NAMES = {"secret", "token", "apikey", "accesskey", "secretkey", "privatekey",
        "clientsecret", "authkey", "credential", "credentials", "signingkey", "encryptionkey", "masterkey", "sessionkey",
        "connectionstring", "sastoken", "webhooksecret", "key"};
    private static final String[] NOT_SECRET = {"pagetoken", "nexttoken", "continuationtoken", "cursortoken", "csrftoken",
        "maxtoken", "maxtokens", "publickey", "primarykey", "foreignkey", "sortkey", "partitionkey", "idempotencykey",
        "cachekey", "hotkey", "keyboard", "monkey", "turkey", "donkey", "jockey", "hockey", "whiskey", "passkey",
        "keyid", "apikeyid", "tokenid", "bypass", "compass", "overpass", "trespass", "encompass", "surpass"};

    private SecretNames() {
    }

    /**
     * @param name a member, header or variable name
     * @return whether values under that name are secrets
     */
    public static boolean isSecretName(CharSequence name) {
        if (name.length() == 0 || name.length() > 64) {
            return false;
        }
        return classify(name, 0, name.length()) != 0;
    }

    /**
     * @param value a value
     * @return whether it is a placeholder rather than a secret ({@code ***}, {@code ${VAR}}, {@code <token>}, {@code null})
     */
    public static boolean isPlaceholder(CharSequence value) {
        return Placeholders.isPlaceholder(value, 0, value.length());
    }

    /** @return 1 for a password name, 2 for a secret/token/key name, 0 otherwise */
    static int classify(CharSequence s, int from, int to) {
        if (to - from == 5 && Chars.matchesIgnoreCase(s, from, "passe")
                && (Chars.matchesIgnoreCase(s, from - 7, "mot de ") || Chars.matchesIgnoreCase(s, from - 7, "mot-de-"))) {
            return 1; // mot de passe
        }
        int last = to;
        while (last > from && separator(s.charAt(last - 1))) {
            last--;
        }
        if (last == from) {
            return 0;
        }
        int bucket = Character.toLowerCase(s.charAt(last - 1)) & 127;
        int length = nameLength(s, from, last);
        for (String no : NOT_SECRET_BY_LAST[bucket]) {
            if (no.length() <= length && nameEndsWith(s, from, last, no)) {
                return 0;
            }
        }
        for (String p : PASSWORD_BY_LAST[bucket]) {
            if (p.length() <= length && nameEndsWith(s, from, last, p)) {
                return p.equals("pass") && length > 4 && !rawEndsWithSeparated(s, from, to, "pass") ? 0 : 1;
            }
        }
        for (String p : SECRET_BY_LAST[bucket]) {
            if (p.length() <= length && nameEndsWith(s, from, last, p)) {
                if (p.equals("key") && length == 3) {
                    return 0; // a bare "key" is usually a lookup key
                }
                return 2;
            }
        }
        return 0;
    }

    /** Name lists by the last character of each word (folded to 7 bits): a name is compared with one bucket only. */
    private static final String[][] NOT_SECRET_BY_LAST = byLastChar(NOT_SECRET);
    private static final String[][] PASSWORD_BY_LAST = byLastChar(PASSWORD_NAMES);
    private static final String[][] SECRET_BY_LAST = byLastChar(SECRET_NAMES);

    private static String[][] byLastChar(String[] words) {
        String[][] buckets = new String[128][0];
        for (String w : words) { // order within a bucket is the order of the list
            int b = w.charAt(w.length() - 1) & 127;
            buckets[b] = java.util.Arrays.copyOf(buckets[b], buckets[b].length + 1);
            buckets[b][buckets[b].length - 1] = w;
        }
        return buckets;
    }

    private static boolean separator(char c) {
        return c == '_' || c == '-' || c == '.';
    }

    /** Whether {@code s[from, to)}, lower-cased without separators, ends with the lower-case {@code word}. */
    private static boolean nameEndsWith(CharSequence s, int from, int to, String word) {
        int k = word.length();
        for (int i = to - 1; i >= from && k > 0; i--) {
            char c = s.charAt(i);
            if (!separator(c)) {
                if (Character.toLowerCase(c) != word.charAt(--k)) {
                    return false;
                }
            }
        }
        return k == 0;
    }

    private static int nameLength(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += separator(s.charAt(i)) ? 0 : 1;
        }
        return n;
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
}
