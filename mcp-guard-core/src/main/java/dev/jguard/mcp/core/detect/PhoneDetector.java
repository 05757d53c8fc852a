package dev.jguard.mcp.core.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers, validated by libphonenumber. A cheap scanner finds candidates (a run of at most 32 characters of
 * digits and phone separators starting at {@code +}, {@code (} or a digit that starts a number, with 7 to 15 digits);
 * shapes that are not phone numbers (dates, times, IPv4 addresses, decimals, version strings) are dropped before
 * libphonenumber parses the candidate, in international form or for each configured region, and keeps it only
 * when the number is <em>valid</em> for its region. Bare digit runs without any separator or {@code +} are only
 * reported next to a phone keyword (phone, tel, mobile, fax, call, ...), and numbers that are merely
 * <em>possible</em> (e.g. fictional 555 numbers) only with both separators and a keyword: ids, order numbers and
 * timestamps are not phone numbers.
 */
final class PhoneDetector extends TriggeredDetector {

    static final String ID = "pii.phone";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_CANDIDATE = 32;
    private static final String[] KEYWORDS = {"phone", "tel", "mobile", "cell", "fax", "call", "sms", "whatsapp",
        "contact", "dial", "hotline", "ph.", "ph:", "mob", "telefon", "téléphone", "teléfono", "numéro"};

    private final List<String> regions;

    PhoneDetector(List<String> regions) {
        super(ID, Set.of(FindingTypes.PHONE_NUMBER), "", "+(0123456789");
        for (String r : regions) {
            if (!UTIL.getSupportedRegions().contains(r)) {
                throw new IllegalArgumentException("Unknown phone region '" + r + "': use an ISO 3166-1 alpha-2 code such as US or GB");
            }
        }
        this.regions = List.copyOf(regions);
    }

    private static boolean sep(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00A0';
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        char prev = Chars.at(s, i - 1);
        char c = s.charAt(i);
        if (Chars.word(prev) || prev == '+' || (prev == '(' && c != '(') || prev == '$' || prev == '#'
                || prev == '€' || prev == '£') {
            return skipRun(s, i);
        }
        if ((prev == '.' || prev == '-' || prev == '/' || prev == ':' || prev == ',') && Chars.digit(Chars.at(s, i - 2))) {
            return skipRun(s, i); // continues an earlier number (date, IP, decimal, range)
        }
        int n = s.length();
        int j = i + (c == '+' ? 1 : 0);
        int lastDigitEnd = -1;
        int quickDigits = 0;
        while (j < n && j - i < MAX_CANDIDATE) {
            char d = s.charAt(j);
            if (Chars.digit(d)) {
                lastDigitEnd = j + 1;
                quickDigits++;
            } else if (!sep(d) || (d == ' ' && Chars.at(s, j + 1) == ' ') || (d == '.' && !Chars.digit(Chars.at(s, j + 1)))) {
                break;
            }
            j++;
        }
        if (lastDigitEnd < 0 || quickDigits < 7) {
            return Math.max(i + 1, lastDigitEnd);
        }
        int end = lastDigitEnd;
        // shape of the candidate: separators between digits only
        int digits = 0;
        int seps = 0;
        char lastSep = 0;
        boolean mixedSeps = false;
        boolean dotsOnly = true;
        int groups = 0;
        int maxGroup = 0;
        int group = 0;
        for (int k = i; k < end; k++) {
            char d = s.charAt(k);
            if (Chars.digit(d)) {
                digits++;
                group++;
                continue;
            }
            if (group > 0) {
                groups++;
                maxGroup = Math.max(maxGroup, group);
                group = 0;
            }
            if (d == '+') {
                continue;
            }
            seps++;
            boolean nearParen = d == '(' || d == ')' || (d == ' ' && (Chars.at(s, k - 1) == ')' || Chars.at(s, k + 1) == '('));
            if (!nearParen && !(d == ' ' && k > i && s.charAt(i) == '+' && groups == 1)) {
                char kind = d == '\u00A0' ? ' ' : d;
                if (lastSep != 0 && lastSep != kind) {
                    mixedSeps = true;
                }
                lastSep = kind;
            }
            if (d != '.') {
                dotsOnly = false;
            }
        }
        groups++;
        maxGroup = Math.max(maxGroup, group);
        if (digits < 7 || digits > 15 || Chars.word(Chars.at(s, end)) || continuesNumber(s, end)) {
            return Math.max(i + 1, end);
        }
        boolean plus = c == '+';
        boolean structured = plus || seps > 0;
        if (dotsOnly && seps > 0 && (groups == 4 && maxGroup <= 3 || groups == 2)) {
            return end; // IPv4 address or decimal number
        }
        if (dateLike(s, i, end) || Chars.uniform(digitsOf(s, i, end), 0, digits)) {
            return end;
        }
        boolean keyword = Chars.keywordBefore(s, i, 40, KEYWORDS);
        if (!structured && !keyword) {
            return end;
        }
        if (mixedSeps && !keyword) {
            return end;
        }
        if (priceLike(s, i, end)) {
            return end;
        }
        CharSequence candidate = s.subSequence(i, end);
        if (accept(candidate, plus, structured && keyword)) {
            out.add(finding(i, end));
        }
        return end;
    }

    private boolean accept(CharSequence candidate, boolean plus, boolean possibleIsEnough) {
        if (plus) {
            return check(candidate, "ZZ", possibleIsEnough);
        }
        for (String region : regions) {
            if (check(candidate, region, possibleIsEnough)) {
                return true;
            }
        }
        return false;
    }

    private static boolean check(CharSequence candidate, String region, boolean possibleIsEnough) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(candidate, region);
            return UTIL.isValidNumber(number) || (possibleIsEnough && UTIL.isPossibleNumber(number));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** A following separator and digit means the digit run goes on (e.g. a longer id or a 4th IP octet). */
    private static boolean continuesNumber(CharSequence s, int end) {
        char a = Chars.at(s, end);
        return (a == '.' || a == '-' || a == '/' || a == ':' || a == ',') && Chars.digit(Chars.at(s, end + 1));
    }

    private static int skipRun(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && Chars.digit(s.charAt(j))) {
            j++;
        }
        return Math.max(i + 1, j);
    }

    private static CharSequence digitsOf(CharSequence s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (Chars.digit(s.charAt(k))) {
                b.append(s.charAt(k));
            }
        }
        return b;
    }

    /** A decimal amount: the only dot is followed by exactly two final digits ({@code 1299.00}). */
    private static boolean priceLike(CharSequence s, int from, int to) {
        int dot = -1;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '.') {
                if (dot >= 0) {
                    return false;
                }
                dot = k;
            }
        }
        return dot >= 0 && to - dot == 3;
    }

    /** yyyy-mm-dd, dd.mm.yyyy, mm/dd/yyyy, yyyy/mm/dd and the same followed by a time. */
    static boolean dateLike(CharSequence s, int from, int to) {
        int[] g = new int[8];
        char[] sp = new char[8];
        int count = 0;
        int len = 0;
        for (int k = from; k < to && count < 8; k++) {
            char c = s.charAt(k);
            if (Chars.digit(c)) {
                len++;
            } else {
                if (len > 0) {
                    sp[count] = c;
                    g[count++] = len;
                }
                len = 0;
            }
        }
        if (len > 0 && count < 8) {
            g[count++] = len;
        }
        if (count < 3) {
            return false;
        }
        for (int t = 0; t + 2 < count; t++) {
            boolean ymd = g[t] == 4 && g[t + 1] <= 2 && g[t + 2] <= 2;
            boolean dmy = g[t] <= 2 && g[t + 1] <= 2 && (g[t + 2] == 4 || (g[t + 2] == 2 && count == 3));
            boolean sameSep = sp[t] == sp[t + 1] && (sp[t] == '-' || sp[t] == '/' || sp[t] == '.');
            if ((ymd || dmy) && sameSep) {
                return true;
            }
        }
        return false;
    }
}
