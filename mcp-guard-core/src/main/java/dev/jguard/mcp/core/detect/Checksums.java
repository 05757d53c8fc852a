package dev.jguard.mcp.core.detect;

/** Check-digit algorithms used to validate candidates. Stateless. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812-1) over the digits of {@code digits[0, n)}. */
    static boolean luhn(int[] digits, int n) {
        int sum = 0;
        boolean dbl = false;
        for (int k = n - 1; k >= 0; k--) {
            int d = digits[k];
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 mod-97 check of an IBAN given as upper-case letters and digits (no spaces). */
    static boolean iban(CharSequence iban) {
        int n = iban.length();
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (Chars.digit(c)) {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (Chars.upper(c)) {
                int v = c - 'A' + 10;
                rem = (rem * 100 + v) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }
}
