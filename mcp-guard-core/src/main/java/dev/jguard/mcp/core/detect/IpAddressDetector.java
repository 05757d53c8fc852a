package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import java.util.Set;

/**
 * IPv4 addresses in dotted-quad form (four octets 0-255 without leading zeros, not part of a longer dotted run such
 * as a version {@code 1.2.3.4.5}) and IPv6 addresses (RFC 4291 text forms: up to eight hex groups, one {@code ::},
 * an optional trailing IPv4 part), triggered at the {@code :} of IPv6 text. Time stamps ({@code 12:30:45}), MAC
 * addresses and C++ scopes ({@code std::vector}) are not addresses. Parsing is done here, never with
 * {@code InetAddress}, which may resolve names.
 */
final class IpAddressDetector extends TriggeredDetector {

    static final String ID = "pii.ip-address";

    IpAddressDetector() {
        super(ID, Set.of(FindingTypes.IP_ADDRESS), ":", "0123456789");
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        return s.charAt(i) == ':' ? scanV6(s, i, out) : scanV4(s, i, out);
    }

    private int scanV4(CharSequence s, int i, List<Finding> out) {
        char prev = Chars.at(s, i - 1);
        if (Chars.word(prev) || prev == '.' || prev == ':') {
            return skipDigits(s, i);
        }
        int end = ipv4End(s, i);
        if (end < 0) {
            return skipDigits(s, i);
        }
        char next = Chars.at(s, end);
        if (Chars.word(next) || (next == '.' && Chars.asciiAlnum(Chars.at(s, end + 1)))
                || (next == ':' && Chars.asciiLetter(Chars.at(s, end + 1)))) {
            return end;
        }
        out.add(finding(i, end));
        return end;
    }

    /** @return the end of a dotted quad starting at {@code i}, or -1 */
    static int ipv4End(CharSequence s, int i) {
        int j = i;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (Chars.at(s, j) != '.') {
                    return -1;
                }
                j++;
            }
            int start = j;
            int v = 0;
            while (j - start < 3 && Chars.digit(Chars.at(s, j))) {
                v = v * 10 + (s.charAt(j) - '0');
                j++;
            }
            if (j == start || v > 255 || (j - start > 1 && s.charAt(start) == '0') || Chars.digit(Chars.at(s, j))) {
                return -1;
            }
        }
        return j;
    }

    private static boolean v6Char(char c) {
        return Chars.hex(c) || c == ':' || c == '.';
    }

    private int scanV6(CharSequence s, int colon, List<Finding> out) {
        int start = colon;
        while (start > 0 && colon - start < 39 && v6Char(s.charAt(start - 1))) {
            start--;
        }
        int end = colon;
        int n = s.length();
        while (end < n && end - start < 45 && v6Char(s.charAt(end))) {
            end++;
        }
        while (end > colon + 1 && s.charAt(end - 1) == '.') {
            end--; // sentence full stop
        }
        if (end > colon + 1 && s.charAt(end - 1) == ':' && s.charAt(end - 2) != ':' && !Chars.word(Chars.at(s, end))
                && validV6(s, start, end - 1)) {
            end--; // "from 2001:db8::1: expired": a colon of the sentence, not of the address
        }
        if (Chars.word(Chars.at(s, start - 1)) || Chars.word(Chars.at(s, end))) {
            return skipV6(s, colon);
        }
        if (start < colon && s.charAt(start) == '.') {
            return skipV6(s, colon);
        }
        if (validV6(s, start, end)) {
            out.add(finding(start, end));
            return end;
        }
        return skipV6(s, colon);
    }

    private static int skipV6(CharSequence s, int colon) {
        int j = colon;
        while (j < s.length() && j - colon < 45 && v6Char(s.charAt(j))) {
            j++;
        }
        return Math.max(colon + 1, j);
    }

    static boolean validV6(CharSequence s, int start, int end) {
        int groups = 0;
        boolean doubleColon = false;
        boolean digitSeen = false;
        int i = start;
        if (Chars.matches(s, i, "::")) {
            doubleColon = true;
            i += 2;
            if (i == end) {
                return false; // "::" alone: unspecified address, never worth reporting
            }
        } else if (Chars.at(s, i) == ':') {
            return false;
        }
        while (i < end) {
            int gs = i;
            while (i < end && i - gs < 5 && Chars.hex(s.charAt(i))) {
                if (Chars.digit(s.charAt(i))) {
                    digitSeen = true;
                }
                i++;
            }
            if (i < end && s.charAt(i) == '.') {
                // embedded IPv4 must be last
                int v4 = ipv4End(s, gs);
                if (v4 != end || groups > 6) {
                    return false;
                }
                groups += 2;
                i = end;
                break;
            }
            int len = i - gs;
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < end && s.charAt(i) == ':') {
                if (doubleColon) {
                    return false;
                }
                doubleColon = true;
                i++;
                if (i == end) {
                    break;
                }
            } else if (i == end) {
                return false; // trailing single colon
            }
        }
        if (groups > 8 || (!doubleColon && groups != 8) || (doubleColon && groups > 7)) {
            return false;
        }
        return digitSeen && (groups >= 3 || Chars.matches(s, start, "::") || Chars.matches(s, start, "fe80"));
    }

    private static int skipDigits(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && Chars.digit(s.charAt(j))) {
            j++;
        }
        return Math.max(i + 1, j);
    }
}
