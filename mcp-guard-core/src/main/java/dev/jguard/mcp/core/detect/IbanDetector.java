package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * International bank account numbers: a registered country code, two check digits and the country's exact BBAN
 * length, written contiguously or in groups of four separated by single spaces, upper case, with a valid ISO 13616
 * mod-97 checksum.
 */
final class IbanDetector extends TriggeredDetector {

    static final String ID = "pii.iban";

    /** SWIFT IBAN registry: country code -> total length. */
    private static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
                + "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 "
                + "IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 "
                + "NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 "
                + "SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        for (String e : table.split(" ")) {
            LENGTHS.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
        }
    }

    IbanDetector() {
        super(ID, Set.of(FindingTypes.IBAN), "", LENGTHS.keySet()); // a registered country code starts the token
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        if (Chars.word(Chars.at(s, i - 1)) || !Chars.upper(Chars.at(s, i + 1)) || !Chars.digit(Chars.at(s, i + 2))
                || !Chars.digit(Chars.at(s, i + 3))) {
            return i + 1;
        }
        Integer len = LENGTHS.get(String.valueOf(new char[] {s.charAt(i), s.charAt(i + 1)}));
        if (len == null) {
            return i + 1;
        }
        StringBuilder compact = new StringBuilder(len);
        int j = i;
        int n = s.length();
        int sinceSpace = 0;
        boolean spaced = false;
        while (j < n && compact.length() < len) {
            char c = s.charAt(j);
            if (Chars.upper(c) || Chars.digit(c)) {
                compact.append(c);
                sinceSpace++;
                j++;
            } else if (c == ' ' && sinceSpace == 4 && (spaced || compact.length() == 4) && j + 1 < n
                    && (Chars.upper(s.charAt(j + 1)) || Chars.digit(s.charAt(j + 1)))) {
                spaced = true;
                sinceSpace = 0;
                j++;
            } else {
                break;
            }
        }
        if (compact.length() != len || Chars.word(Chars.at(s, j))) {
            return i + 1;
        }
        if (spaced && sinceSpace == 4 && moreGroups(s, j)) {
            return i + 1; // more groups follow: not this country's length
        }
        if (Checksums.iban(compact)) {
            out.add(finding(i, j));
            return j;
        }
        return i + 1;
    }

    /** A space and a group of 1-4 upper-case letters or digits with a digit in it ("... 0130 00"), not a word ("by"). */
    private static boolean moreGroups(CharSequence s, int j) {
        if (Chars.at(s, j) != ' ') {
            return false;
        }
        int k = j + 1;
        boolean digit = false;
        while (k - j - 1 < 5 && (Chars.upper(Chars.at(s, k)) || Chars.digit(Chars.at(s, k)))) {
            digit |= Chars.digit(s.charAt(k));
            k++;
        }
        int len = k - j - 1;
        return len >= 1 && len <= 4 && digit && !Chars.word(Chars.at(s, k));
    }
}
