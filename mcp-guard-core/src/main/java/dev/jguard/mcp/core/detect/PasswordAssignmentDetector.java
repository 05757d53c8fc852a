package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values assigned to password-, secret-, token- or key-like names: {@code password=...}, {@code "client_secret":
 * "..."}, {@code DB_PASS: ...}, {@code api-key = ...}, {@code --db-password=...}, {@code Passwort: ...},
 * {@code contraseña: ...}. Triggered at {@code =} and {@code :}; the key name (at most 48 characters, any script) is
 * read backwards, the value (at most 512) forwards; the finding spans the value. Password names need a value of at
 * least 6 characters that is quoted or mixes letters with digits or symbols; secret/token/key names need a
 * high-entropy value (at least 16 characters, two character classes, 3 bits/char). Placeholders and template
 * variables are not reported. An unquoted value ends at white space, {@code , ; " ' ) ] } <}, and at {@code &} only
 * where a query parameter ({@code &name=}) follows.
 *
 * <p>Also recognised, with the same value rules: a copula between name and operator ({@code Your password is:
 * ...}, {@code Ihr Passwort lautet: ...}); XML elements ({@code <password>...</password>}) and key/value attribute
 * pairs ({@code <add key="SmtpPassword" value="..."/>}); and, in prose, a password word directly followed by a value
 * ({@code using password Winter2024!}, {@code password is Tr0ub4dor&3}, netrc {@code password ...}), which must
 * then be 8-64 characters with at least three character classes (quoted: 6-64 characters, two classes).
 */
final class PasswordAssignmentDetector extends TriggeredDetector {

    static final String ID = "secret.assignment";
    /** Words between a name and its operator or value: "password is: ...", "Passwort lautet: ...". */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "ist", "lautet", "est", "es", "è",
        "är", "er", "jest", "é", "are", "sind", "lauten", "era", "wird", "will", "be", "now");
    PasswordAssignmentDetector() {
        super(ID, Set.of(FindingTypes.PASSWORD), "=:>", Chars.anyCase("pa", "pw", "ke"));
    }

    private static boolean nameChar(char c) {
        return c < 128 ? Chars.asciiAlnum(c) || c == '_' || c == '-' || c == '.' : Character.isLetter(c);
    }

    @Override
    protected int scanAt(CharSequence s, int op, List<Finding> out) {
        char c0 = s.charAt(op);
        if (c0 == '>') {
            return xmlElement(s, op, out);
        }
        if (c0 != '=' && c0 != ':') {
            return prose(s, op, out);
        }
        char next = Chars.at(s, op + 1);
        int valueFrom = op + 1;
        if (c0 == ':' && next == '=') {
            valueFrom = op + 2; // Go, Pascal: password := "..."
        } else if (c0 == '=' && next == '>') {
            valueFrom = op + 2; // PHP, Ruby, Perl: 'password' => '...'
        } else if (next == '=' || (c0 == ':' && (next == '/' || next == ':'))) {
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
        int kind = SecretNames.classify(s, k, nameEnd);
        if (kind == 0) {
            kind = copulaOrAttribute(s, k, nameEnd);
        }
        if (kind == 0) {
            return op + 1;
        }
        // value
        int v = spacesAfter(s, valueFrom);
        char quote = Chars.at(s, v);
        boolean quoted = quote == '"' || quote == '\'';
        if (quoted) {
            v++;
        }
        int start = v;
        int n = s.length();
        while (v < n && v - start < 512) {
            char c = s.charAt(v);
            if (quoted ? c == quote || c == '\n' : c <= ' ' || c == ',' || c == ';' || c == '"' || c == '\''
                    || c == ')' || c == '}' || c == ']' || c == '<' || (c == '&' && queryParameter(s, v + 1))) {
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

    /** @return the index after at most 3 spaces from {@code v} */
    private static int spacesAfter(CharSequence s, int v) {
        int k = v;
        while (Chars.at(s, k) == ' ' && k - v < 3) {
            k++;
        }
        return k;
    }

    /** @return the index before at most 3 spaces that end at {@code e} */
    private static int spacesBefore(CharSequence s, int e) {
        int k = e;
        while (k > 0 && e - k < 3 && s.charAt(k - 1) == ' ') {
            k--;
        }
        return k;
    }

    /** {@code name=} follows (a query string parameter), so a preceding {@code &} separates parameters. */
    private static boolean queryParameter(CharSequence s, int from) {
        int k = from;
        while (k < s.length() && k - from < 32 && (Chars.asciiAlnum(s.charAt(k)) || s.charAt(k) == '_' || s.charAt(k) == '-'
                || s.charAt(k) == '.' || s.charAt(k) == '[' || s.charAt(k) == ']')) {
            k++;
        }
        return k > from && Chars.at(s, k) == '=';
    }

    /**
     * The name before the operator is not a secret name, but it is a copula after one ({@code password is:}) or the
     * {@code value} attribute after {@code key="SmtpPassword"} / {@code name="..."}.
     *
     * @return the kind of the real name, or 0
     */
    private static int copulaOrAttribute(CharSequence s, int from, int to) {
        String word = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        if (COPULAS.contains(word)) {
            int e = spacesBefore(s, from);
            int b = e;
            while (b > 0 && e - b < 48 && nameChar(s.charAt(b - 1))) {
                b--;
            }
            return b < e && (b == 0 || !nameChar(s.charAt(b - 1))) ? SecretNames.classify(s, b, e) : 0;
        }
        if (word.equals("value")) {
            int e = spacesBefore(s, from);
            char q = Chars.at(s, e - 1);
            if (q != '"' && q != '\'') {
                return 0;
            }
            int nameEnd = e - 1;
            int b = nameEnd;
            while (b > 0 && nameEnd - b < 48 && nameChar(s.charAt(b - 1))) {
                b--;
            }
            if (b == nameEnd || Chars.at(s, b - 1) != q || Chars.at(s, b - 2) != '=') {
                return 0;
            }
            int attr = b - 2;
            if (Chars.matchesIgnoreCase(s, attr - 3, "key") || Chars.matchesIgnoreCase(s, attr - 4, "name")) {
                return SecretNames.classify(s, b, nameEnd);
            }
        }
        return 0;
    }

    /** {@code <password>value</password>}: at the {@code >} of an opening tag named like a secret. */
    private int xmlElement(CharSequence s, int gt, List<Finding> out) {
        int b = gt;
        while (b > 0 && gt - b < 48 && nameChar(s.charAt(b - 1))) {
            b--;
        }
        if (b == gt || Chars.at(s, b - 1) != '<') {
            return gt + 1;
        }
        int kind = SecretNames.classify(s, b, gt);
        if (kind == 0) {
            return gt + 1;
        }
        int start = gt + 1;
        int v = start;
        while (v < s.length() && v - start < 256 && s.charAt(v) != '<' && s.charAt(v) != '\n') {
            v++;
        }
        if (!Chars.matches(s, v, "</") || v == start || Placeholders.isPlaceholder(s, start, v)) {
            return gt + 1;
        }
        if (kind == 1 ? passwordLike(s, start, v, false) : secretLike(s, start, v)) {
            out.add(finding(start, v));
            return v;
        }
        return gt + 1;
    }

    /**
     * Prose: a password word at a token start followed by a value ({@code password Winter2024!}, {@code password is
     * Tr0ub4dor&3}, {@code Passwort lautet «...»}). Operators ({@code password: ...}) are left to the operator path.
     */
    private int prose(CharSequence s, int i, List<Finding> out) {
        int w = proseWordEnd(s, i);
        if (w < 0) {
            return i + 1;
        }
        int v = spacesAfter(s, w);
        if (v == w) {
            return w;
        }
        // one optional copula
        int c = v;
        while (c < s.length() && c - v < 8 && Character.isLetter(s.charAt(c))) {
            c++;
        }
        if (c > v && Chars.at(s, c) == ' ' && COPULAS.contains(s.subSequence(v, c).toString().toLowerCase(java.util.Locale.ROOT))) {
            v = spacesAfter(s, c);
        }
        char open = Chars.at(s, v);
        char close = closingQuote(open);
        if (close != 0) {
            v++;
            while (Chars.at(s, v) == ' ' && open == '«') {
                v++;
            }
        }
        int start = v;
        int n = s.length();
        while (v < n && v - start <= 64 && !Character.isWhitespace(s.charAt(v)) && (close == 0 || s.charAt(v) != close)) {
            v++;
        }
        int end = v;
        if (close == 0) {
            while (end > start && ".,;)".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        int len = end - start;
        boolean quotedValue = close != 0 && Chars.at(s, end) == close;
        if (len > 64 || (quotedValue ? len < 6 || Chars.classes(s, start, end) < 2 : len < 8 || Chars.classes(s, start, end) < 3)
                || Placeholders.isPlaceholder(s, start, end)
                || contains(s, start, end, "://") || Chars.at(s, start) == '/' || emailLike(s, start, end)) {
            return w;
        }
        char first = s.charAt(start);
        if (first == ':' || first == '=' || first == '(' || first == '-') {
            return w;
        }
        out.add(finding(start, end));
        return end;
    }

    /** @return the end of a password word (password, passwort, passwd, pwd, passcode, passphrase, kennwort) at i, or -1 */
    private static int proseWordEnd(CharSequence s, int i) {
        int e = -1;
        if (Chars.matchesIgnoreCase(s, i, "pass")) {
            for (String rest : PASS_WORD_ENDINGS) {
                if (Chars.matchesIgnoreCase(s, i + 4, rest)) {
                    e = i + 4 + rest.length();
                    break;
                }
            }
        } else if (Chars.matchesIgnoreCase(s, i, "kennwort")) {
            e = i + 8;
        } else if (Chars.matchesIgnoreCase(s, i, "pwd")) {
            e = i + 3;
        }
        if (e < 0 || Chars.at(s, e) == 's' || Chars.at(s, e) == 'S') {
            return -1; // "passwords are ..."
        }
        return Chars.word(Chars.at(s, e)) ? -1 : e;
    }

    /** password, passwort, passwd, passcode, passphrase after "pass". */
    private static final String[] PASS_WORD_ENDINGS = {"word", "wort", "wd", "code", "phrase"};

    private static char closingQuote(char open) {
        switch (open) {
            case '"': return '"';
            case '\'': return '\'';
            case '«': return '»';
            case '“': return '”';
            case '„': return '“';
            case '‘': return '’';
            case '`': return '`';
            default: return 0;
        }
    }

    private static boolean emailLike(CharSequence s, int from, int to) {
        int at = -1;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '@') {
                at = k;
            }
        }
        return at > from && contains(s, at, to, ".");
    }

    private static boolean contains(CharSequence s, int from, int to, String lit) {
        for (int k = from; k + lit.length() <= to; k++) {
            if (Chars.matches(s, k, lit)) {
                return true;
            }
        }
        return false;
    }

    /** Every password/secret name (and copula) ends in one of these letters: a cheap filter before {@link SecretNames#classify}. */
    private static boolean lastCharOfAName(char c) {
        switch (Character.toLowerCase(c)) {
            case 'd', 'e', 's', 't', 'n', 'y', 'l', 'g', 'a', 'o', 'r', 'è', 'é', 'w':
                return true;
            default:
                return false;
        }
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
