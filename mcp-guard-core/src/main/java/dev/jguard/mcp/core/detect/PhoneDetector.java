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
 * shapes that are not phone numbers (dates, times, IPv4 addresses, decimals, version strings, SSN/EIN shapes, parts
 * of identifiers such as {@code APP-11099-4901}) are dropped before libphonenumber parses the candidate, in
 * international form or for each configured region, and keeps it only when the number is <em>valid</em> for its
 * region. Bare digit runs without any separator or {@code +} are only reported next to a phone keyword (phone, tel,
 * mobile, fax, call, Handy, portable, móvil, ... matched at a word start, in the 40 characters before or, for
 * numbers with separators, the 12 after), and numbers that are merely <em>possible</em> (e.g. fictional 555
 * numbers) only with both separators and a keyword: ids, order numbers and timestamps are not phone numbers. A
 * number right after an id word ({@code account}, {@code order no.}, {@code Kundennummer}, ...) is not reported
 * unless it starts with {@code +}. Two-group national numbers without a keyword must start with a trunk
 * {@code 0} ({@code 0171 1234567}, {@code 06-12345678}). With a keyword, national numbers that no configured region
 * accepts are also tried in a wider set of regions ({@link Detectors#KEYWORD_PHONE_REGIONS}).
 */
final class PhoneDetector extends TriggeredDetector {

    static final String ID = "pii.phone";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_CANDIDATE = 32;
    /** Matched case-insensitively at a word start (an entry may end in a space to require a whole word). */
    private static final String[] KEYWORDS = {"phone", "tel", "tél", "mobil", "mob", "cell", "celular", "fax", "call", "sms",
        "whatsapp", "contact", "kontakt", "contatt", "dial", "hotline", "ph.", "ph:", "téléphone", "teléfono", "numéro",
        "número", "numero", "handy", "portable", "gsm", "móvil", "movil", "fixe", "fijo", "festnetz", "rufnummer",
        "ring ", "bel ", "text me", "reach me", "tlf", "puhelin", "soita", "telefone", "電話", "携帯", "手机", "电话",
        "휴대폰", "전화", "연락처", "телефон"};
    /** A number right after one of these words is an identifier, not a phone number (whole word, or prefix if 4+). */
    private static final Set<String> ID_WORDS = Set.of("account", "acct", "acc", "order", "orders", "invoice", "inv", "ref",
        "reference", "case", "ticket", "po", "id", "customer", "kunde", "kunden", "bestellung", "rechnung", "auftrag",
        "commande", "facture", "pedido", "factura", "fattura", "ordine", "sku", "serial", "sn", "lot", "transaction", "txn",
        "routing", "konto", "tracking", "ean", "isbn", "batch", "build", "version", "pin", "zip", "postcode", "plz",
        "member", "policy", "claim", "badge", "employee", "mrn", "patient", "passport", "license", "licence", "vat", "tax",
        "ein", "ssn", "iban", "bic", "swift", "cvv", "otp", "item", "product", "part", "model", "contract", "vertrag",
        "client", "cliente", "user", "uid", "pid", "job", "run", "record", "file", "shipment", "parcel", "package",
        "firmware", "release", "rev", "revision", "driver", "kernel", "patch");
    /** Words that need the word before them to tell what the number is ("order number", "account no."). */
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "nr", "num", "nº", "n°", "nummer", "numéro", "número",
        "numero");

    /** At most this many {@link Detectors#KEYWORD_PHONE_REGIONS} are parsed per candidate (after the length filter). */
    private static final int MAX_KEYWORD_REGION_TRIES = 4;

    /** A region: its national (trunk) prefix and the possible national number lengths, to skip hopeless parses. */
    private record RegionInfo(String region, String nationalPrefix, boolean[] lengths) {
        static RegionInfo of(String region) {
            int cc = UTIL.getCountryCodeForRegion(region);
            boolean[] lengths = new boolean[20];
            for (int len = 4; len < 18; len++) {
                Phonenumber.PhoneNumber probe = new Phonenumber.PhoneNumber().setCountryCode(cc)
                    .setNationalNumber(Long.parseLong("5".repeat(len)));
                lengths[len] = UTIL.isPossibleNumber(probe);
            }
            String prefix = UTIL.getNddPrefixForRegion(region, true);
            return new RegionInfo(region, prefix == null ? "" : prefix, lengths);
        }

        /** A cheap test before parsing: the digits, less the trunk prefix, have a possible length for the region. */
        boolean possibleLength(CharSequence digits) {
            int len = digits.length();
            if (!nationalPrefix.isEmpty() && startsWith(digits, nationalPrefix)) {
                len -= nationalPrefix.length();
            }
            return len < lengths.length && lengths[len];
        }

        private static boolean startsWith(CharSequence s, String p) {
            if (s.length() < p.length()) {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (s.charAt(k) != p.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<RegionInfo> regions;
    private final List<RegionInfo> keywordRegions;

    PhoneDetector(List<String> regions) {
        this(regions, List.of());
    }

    PhoneDetector(List<String> regions, List<String> keywordRegions) {
        super(ID, Set.of(FindingTypes.PHONE_NUMBER), "", "+(0123456789");
        for (String r : regions) {
            checkRegion(r);
        }
        List<RegionInfo> extra = new java.util.ArrayList<>();
        for (String r : keywordRegions) {
            checkRegion(r);
            if (!regions.contains(r)) {
                extra.add(RegionInfo.of(r));
            }
        }
        this.regions = regions.stream().map(RegionInfo::of).toList();
        this.keywordRegions = List.copyOf(extra);
    }

    private static void checkRegion(String r) {
        if (!UTIL.getSupportedRegions().contains(r)) {
            throw new IllegalArgumentException("Unknown phone region '" + r + "': use an ISO 3166-1 alpha-2 code such as US or GB");
        }
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
        if ((prev == '-' || prev == '_' || prev == '/') && Chars.word(Chars.at(s, i - 2))) {
            return skipRun(s, i); // part of an identifier: APP-11099-4901, SN-1234567890, build/20240101
        }
        boolean plus = c == '+' || (c == '(' && Chars.at(s, i + 1) == '+');
        int n = s.length();
        int j = i + (c == '+' ? 1 : c == '(' && plus ? 2 : 0);
        int slashes = 0;
        int lastDigitEnd = -1;
        int quickDigits = 0;
        while (j < n && j - i < MAX_CANDIDATE) {
            char d = s.charAt(j);
            if (Chars.digit(d)) {
                lastDigitEnd = j + 1;
                quickDigits++;
            } else if (d == '/' && slashes == 0 && s.charAt(i) == '0' && quickDigits >= 2 && quickDigits <= 5
                    && lastDigitEnd == j && Chars.digit(Chars.at(s, j + 1))) {
                slashes++; // area code / subscriber: 089/1234567
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
            if (d == '+' || (d == '(' && k == i && plus)) {
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
        if (digits < 7 || digits > 15 || (Chars.word(Chars.at(s, end)) && !extension(s, end)) || continuesNumber(s, end)) {
            return Math.max(i + 1, end);
        }
        boolean structured = plus || seps > 0;
        if (dotsOnly && seps > 0 && (groups == 4 && maxGroup <= 3 || groups == 2)) {
            return end; // IPv4 address or decimal number
        }
        if (dateLike(s, i, end) || Chars.uniform(digitsOf(s, i, end), 0, digits)) {
            return end;
        }
        if (!plus && ssnOrEinShape(s, i, end)) {
            return end;
        }
        boolean keyword = keywordBefore(s, i) || (structured && keywordAfter(s, end));
        if (!structured && !keyword) {
            return end;
        }
        if (mixedSeps && !keyword && !plus) {
            return end;
        }
        boolean paren = Chars.at(s, i) == '(';
        if (!plus && !keyword && !paren && groups == 2 && s.charAt(i) != '0') {
            return end; // 2665-141, 2021-511281: two groups without a trunk prefix are ids
        }
        if (priceLike(s, i, end) || (!plus && afterIdWord(s, i))) {
            return end;
        }
        if (!ValidationBudget.take()) {
            // libphonenumber costs ~10 us a candidate; past the budget a text is hostile or a phone list, and a
            // candidate that got this far (keyword, + or phone-like grouping) is redacted unvalidated: fail closed
            out.add(finding(i, end));
            return end;
        }
        CharSequence candidate = s.subSequence(i, end);
        boolean possibleIsEnough = keyword && (structured || (digits == 10 && keywordIn(s, Math.max(0, i - 20), i)));
        boolean tryKeywordRegions = keyword && (structured || s.charAt(i) == '0') && digits <= 13;
        if (accept(candidate, plus, possibleIsEnough, tryKeywordRegions, digitsOf(s, i, end))) {
            out.add(finding(i, end));
        }
        return end;
    }

    /**
     * @param tryKeywordRegions whether {@link #keywordRegions} may be tried (a keyword is near)
     * @param digits the candidate's digits
     */
    private boolean accept(CharSequence candidate, boolean plus, boolean possibleIsEnough, boolean tryKeywordRegions,
            CharSequence digits) {
        if (plus) {
            return check(candidate, "ZZ", possibleIsEnough);
        }
        int idd = iddLength(digits);
        if (idd > 0) {
            // 0044 20 ..., 0011 44 20 ...: an international access code, then the country code (one parse); if that
            // fails, the number is still tried as a national one below
            int k = 0;
            int seen = 0;
            while (seen < idd) {
                if (Chars.digit(candidate.charAt(k++))) {
                    seen++;
                }
            }
            if (check("+" + candidate.subSequence(k, candidate.length()), "ZZ", possibleIsEnough)) {
                return true;
            }
        }
        // 011 is the US access code but also an area code (Delhi, Johannesburg, Buenos Aires): parse in every region
        boolean us011 = Chars.matches(digits, 0, "011");
        for (RegionInfo r : regions) {
            if ((us011 || r.possibleLength(digits)) && check(candidate, r.region(), possibleIsEnough)) {
                return true;
            }
        }
        if (tryKeywordRegions && idd == 0) {
            int tries = 0;
            for (RegionInfo r : keywordRegions) {
                if (!r.possibleLength(digits)) {
                    continue;
                }
                if (check(candidate, r.region(), false)) {
                    return true;
                }
                if (++tries == MAX_KEYWORD_REGION_TRIES) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean keywordBefore(CharSequence s, int i) {
        return keywordIn(s, Math.max(0, i - 40), i);
    }

    private static boolean keywordAfter(CharSequence s, int end) {
        return keywordIn(s, end, Math.min(s.length(), end + 12));
    }

    /** {@link #KEYWORDS} by their first character (ASCII), and those that start with another character. */
    private static final String[][] KEYWORDS_BY_FIRST = new String[128][];
    private static final String[] OTHER_KEYWORDS;

    static {
        java.util.Map<Character, java.util.List<String>> by = new java.util.HashMap<>();
        java.util.List<String> other = new java.util.ArrayList<>();
        for (String w : KEYWORDS) {
            if (w.charAt(0) < 128) {
                by.computeIfAbsent(w.charAt(0), x -> new java.util.ArrayList<>()).add(w);
            } else {
                other.add(w);
            }
        }
        by.forEach((c, l) -> KEYWORDS_BY_FIRST[c] = l.toArray(new String[0]));
        OTHER_KEYWORDS = other.toArray(new String[0]);
    }

    /** Whether a keyword starts at a word start in {@code s[from, to)} (and ends before {@code to}). Bounded. */
    private static boolean keywordIn(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            String[] candidates = c < 128 ? KEYWORDS_BY_FIRST[c] : OTHER_KEYWORDS;
            if (candidates == null) {
                continue;
            }
            if (c >= 128) {
                c = Character.toLowerCase(c);
            }
            for (String w : candidates) {
                if (w.charAt(0) != c || k + w.length() > to) {
                    continue;
                }
                if (Chars.asciiLetter(c) && k > 0 && Character.isLetter(s.charAt(k - 1))) {
                    continue;
                }
                if (regionMatchesIgnoreCase(s, k, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence s, int at, String lower) {
        for (int q = 0; q < lower.length(); q++) {
            if (Character.toLowerCase(s.charAt(at + q)) != lower.charAt(q)) {
                return false;
            }
        }
        return true;
    }

    /** {@code 123-45-6789}, {@code 123 45 6789} (SSN) and {@code 12-3456789} (US EIN) shapes. */
    private static boolean ssnOrEinShape(CharSequence s, int from, int to) {
        int len = to - from;
        if (len == 11) {
            char a = s.charAt(from + 3);
            return (a == '-' || a == ' ') && s.charAt(from + 6) == a && digitsOnly(s, from, from + 3)
                && digitsOnly(s, from + 4, from + 6) && digitsOnly(s, from + 7, to);
        }
        return len == 10 && s.charAt(from + 2) == '-' && digitsOnly(s, from, from + 2) && digitsOnly(s, from + 3, to);
    }

    private static boolean digitsOnly(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chars.digit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word before {@code i} (over spaces and {@code :#.}) names an identifier: order, account no., ... */
    private static boolean afterIdWord(CharSequence s, int i) {
        int end = skipBack(s, i);
        int start = wordStart(s, end);
        if (start == end) {
            return false;
        }
        String w = lower(s, start, end);
        if (NUMBER_WORDS.contains(w)) {
            int end2 = skipBack(s, start);
            int start2 = wordStart(s, end2);
            return start2 < end2 && idWord(lower(s, start2, end2));
        }
        return idWord(w) || (w.length() > 6 && (w.endsWith("nummer") || w.endsWith("number")) && !keywordIn(w, 0, w.length()));
    }

    private static int skipBack(CharSequence s, int i) {
        int k = i;
        while (k > 0 && i - k < 4 && " :#.\u00A0".indexOf(s.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    private static int wordStart(CharSequence s, int end) {
        int k = end;
        while (k > 0 && end - k < 24 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == 'º' || s.charAt(k - 1) == '°')) {
            k--;
        }
        return k > 0 && end - k >= 24 ? end : k;
    }

    private static String lower(CharSequence s, int from, int to) {
        return s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean idWord(String w) {
        if (ID_WORDS.contains(w)) {
            return true;
        }
        for (String id : ID_WORDS) {
            if (id.length() >= 4 && w.startsWith(id)) {
                return true;
            }
        }
        return false;
    }


    /** @return the length of an international access code (00, or 0011 from Australia) the digits start with, or 0 */
    private static int iddLength(CharSequence d) {
        if (d.length() < 9 || !Chars.matches(d, 0, "00")) {
            return 0;
        }
        return Chars.matches(d, 0, "0011") ? 4 : 2;
    }

    /**
     * How many candidates of one text libphonenumber validates: {@value #BASE_BUDGET} plus one per KiB, so a typical
     * call is always validated in full and 1 MiB of hostile candidates costs a bounded ~50 ms, not seconds. Kept per
     * thread for the text being scanned, reset when another text comes.
     */
    static final int BASE_BUDGET = 16;

    /** Candidates left to validate in the current scan of this thread; no reference to the text is kept. */
    private static final class ValidationBudget {
        private static final ThreadLocal<ValidationBudget> CURRENT = ThreadLocal.withInitial(ValidationBudget::new);
        private int remaining;

        static void reset(int length) {
            CURRENT.get().remaining = BASE_BUDGET + length / 1024;
        }

        static boolean take() {
            return CURRENT.get().remaining-- > 0;
        }
    }

    @Override
    protected void beginScan(CharSequence text) {
        ValidationBudget.reset(text.length());
    }

    private static boolean check(CharSequence candidate, String region, boolean possibleIsEnough) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(candidate, region);
            return UTIL.isValidNumber(number) || (possibleIsEnough && UTIL.isPossibleNumber(number));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** {@code x123} right after the number: an extension (Faker style {@code 234-567-8901x234}), not part of an id. */
    private static boolean extension(CharSequence s, int end) {
        if (Chars.at(s, end) != 'x' || !Chars.digit(Chars.at(s, end + 1))) {
            return false;
        }
        int k = end + 1;
        while (k - end <= 6 && Chars.digit(Chars.at(s, k))) {
            k++;
        }
        return k - end <= 6 && !Chars.word(Chars.at(s, k));
    }

    /** A following separator and digit means the digit run goes on (e.g. a longer id or a 4th IP octet). */
    private static boolean continuesNumber(CharSequence s, int end) {
        char a = Chars.at(s, end);
        if (a == ',') {
            // 1,234 goes on; a CSV field "+44 20 7946 0958,09/10/2007" does not
            return Chars.digit(Chars.at(s, end + 1)) && Chars.digit(Chars.at(s, end + 2)) && Chars.digit(Chars.at(s, end + 3))
                && !Chars.digit(Chars.at(s, end + 4)) && !Chars.word(Chars.at(s, end + 4));
        }
        return (a == '.' || a == '-' || a == '/' || a == ':') && Chars.digit(Chars.at(s, end + 1));
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
