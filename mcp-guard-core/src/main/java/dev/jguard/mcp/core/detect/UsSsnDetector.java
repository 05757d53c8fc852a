package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * US social security numbers in the {@code AAA-GG-SSSS} or {@code AAA GG SSSS} shape (a bare nine-digit run only
 * next to an "SSN"/"social security" keyword). Never-issued numbers are not reported: area 000, 666 or 900-999,
 * group 00, serial 0000, one repeated digit, and the publicised invalid examples (078-05-1120, 219-09-9999,
 * 123-45-6789).
 */
final class UsSsnDetector extends TriggeredDetector {

    static final String ID = "pii.us-ssn";
    private static final String[] KEYWORDS = {"ssn", "social security", "soc sec", "ss#", "ss #", "ssa", "taxpayer"};

    UsSsnDetector() {
        super(ID, Set.of(FindingTypes.US_SSN), "", "0123456789");
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        char prev = Chars.at(s, i - 1);
        if (Chars.word(prev) || ((prev == '-' || prev == '.' || prev == '/') && Chars.digit(Chars.at(s, i - 2)))) {
            return skip(s, i);
        }
        int end;
        char sep = Chars.at(s, i + 3);
        if ((sep == '-' || sep == ' ') && digits(s, i, 3) && digits(s, i + 4, 2) && Chars.at(s, i + 6) == sep
                && digits(s, i + 7, 4)) {
            end = i + 11;
        } else if (digits(s, i, 9) && !Chars.digit(Chars.at(s, i + 9)) && Chars.keywordBefore(s, i, 32, KEYWORDS)) {
            end = i + 9;
        } else {
            return skip(s, i);
        }
        char next = Chars.at(s, end);
        if (Chars.word(next) || ((next == '-' || next == '.' || next == '/') && Chars.digit(Chars.at(s, end + 1)))) {
            return end;
        }
        int k = end - i == 11 ? 1 : 0;
        int area = num(s, i, 3);
        int group = num(s, i + 3 + k, 2);
        int serial = num(s, i + 5 + 2 * k, 4);
        if (valid(area, group, serial)) {
            out.add(finding(i, end));
        }
        return end;
    }

    static boolean valid(int area, int group, int serial) {
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        if ((area == 78 && group == 5 && serial == 1120) || (area == 219 && group == 9 && serial == 9999)
                || (area == 123 && group == 45 && serial == 6789)) {
            return false;
        }
        String all = String.format("%03d%02d%04d", area, group, serial);
        return !Chars.uniform(all, 0, all.length());
    }

    private static boolean digits(CharSequence s, int from, int count) {
        for (int k = 0; k < count; k++) {
            if (!Chars.digit(Chars.at(s, from + k))) {
                return false;
            }
        }
        return true;
    }

    private static int num(CharSequence s, int from, int count) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            v = v * 10 + (s.charAt(from + k) - '0');
        }
        return v;
    }

    private static int skip(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && Chars.digit(s.charAt(j))) {
            j++;
        }
        return Math.max(i + 1, j);
    }
}
