package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * Payment card numbers: 12 to 19 digits, either contiguous or in groups separated consistently by single spaces or
 * hyphens (4-4-4-4[-3], 4-6-5, 4-6-4), with a known issuer prefix for that length (Visa, Mastercard, American
 * Express, Discover, Diners, JCB, UnionPay, Maestro) and a valid Luhn check digit. Runs that are part of a longer
 * number are not reported.
 */
final class CreditCardDetector extends TriggeredDetector {

    static final String ID = "pii.credit-card";

    CreditCardDetector() {
        super(ID, Set.of(FindingTypes.CREDIT_CARD), "", "0123456789");
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        char prev = Chars.at(s, i - 1);
        if (Chars.word(prev) || ((prev == '-' || prev == '.' || prev == ',' || prev == '/') && Chars.digit(Chars.at(s, i - 2)))) {
            return skipDigits(s, i);
        }
        if (!atLeastDigits(s, i, 12)) {
            return skipDigits(s, i);
        }
        int[] digits = new int[20];
        int[] groupLens = new int[8];
        int nd = 0;
        int ng = 0;
        int glen = 0;
        char sep = 0;
        int j = i;
        int n = s.length();
        int end = i;
        while (j < n && nd <= 19) {
            char c = s.charAt(j);
            if (Chars.digit(c)) {
                if (nd == 19) {
                    nd = 20; // too long
                    break;
                }
                digits[nd++] = c - '0';
                glen++;
                end = j + 1;
                j++;
            } else if ((c == ' ' || c == '-') && glen > 0 && Chars.digit(Chars.at(s, j + 1)) && (sep == 0 || sep == c)
                    && ng < 7) {
                sep = c;
                groupLens[ng++] = glen;
                glen = 0;
                j++;
            } else {
                break;
            }
        }
        if (nd > 19 || nd < 12 || Chars.word(Chars.at(s, end)) || followsDigitGroup(s, end)) {
            return Math.max(i + 1, end);
        }
        groupLens[ng++] = glen;
        if (ng > 1 && !groupingOk(groupLens, ng)) {
            return end;
        }
        if (issuer(digits, nd) && Checksums.luhn(digits, nd) && !Chars.uniform(s, i, end)) {
            out.add(finding(i, end));
        }
        return end;
    }

    private static boolean followsDigitGroup(CharSequence s, int end) {
        char a = Chars.at(s, end);
        return (a == '.' || a == ',' || a == '-' || a == '/') && Chars.digit(Chars.at(s, end + 1));
    }

    private static boolean groupingOk(int[] g, int ng) {
        if (ng == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4)) {
            return true;
        }
        for (int k = 0; k < ng - 1; k++) {
            if (g[k] != 4) {
                return false;
            }
        }
        return g[ng - 1] >= 1 && g[ng - 1] <= 4;
    }

    private static int prefix(int[] d, int len) {
        int v = 0;
        for (int k = 0; k < len; k++) {
            v = v * 10 + d[k];
        }
        return v;
    }

    static boolean issuer(int[] d, int n) {
        int p1 = d[0];
        int p2 = prefix(d, 2);
        int p3 = prefix(d, 3);
        int p4 = prefix(d, 4);
        int p6 = prefix(d, 6);
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return n == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15; // American Express
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
            return n >= 16 && n <= 19; // Discover
        }
        if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305) || p3 == 309) {
            return n >= 14 && n <= 19; // Diners Club
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 && n <= 19; // JCB
        }
        if (p2 == 62 || p2 == 81) {
            return n >= 16 && n <= 19; // UnionPay
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69) || p4 == 6759) {
            return n >= 12 && n <= 19; // Maestro
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return n == 16; // Mir
        }
        return false;
    }

    /** Cheap pre-check: at least {@code min} digits in a run of digits, spaces and hyphens (no allocation). */
    private static boolean atLeastDigits(CharSequence s, int i, int min) {
        int n = s.length();
        int count = 0;
        for (int j = i; j < n && j - i < 24; j++) {
            char c = s.charAt(j);
            if (Chars.digit(c)) {
                if (++count >= min) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static int skipDigits(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && Chars.digit(s.charAt(j))) {
            j++;
        }
        return Math.max(i + 1, j);
    }
}
