package dev.jguard.mcp.core.toolscan;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Look-alike keys of every tool name in a scan plus every pinned name: the UTS #39 confusable skeleton (ICU4J
 * {@link SpoofChecker}) of the name with separators removed, computed both before and after case folding, so
 * {@code AirlineAP1}/{@code AirlineAPI}, {@code send_emai1}/{@code send_email} and {@code read-file}/{@code read_file}
 * share a key.
 */
final class NameIndex {

    /** Shared UTS #39 checker (thread-safe once built). */
    static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    /** Edit-distance comparison is quadratic: skip it beyond this many names. */
    static final int MAX_FUZZY_NAMES = 2000;

    record Entry(String server, String name, boolean pinned, String k1, String k2, String folded) {
    }

    final List<Entry> entries;
    final Map<String, List<Entry>> byKey;
    final Map<String, List<Entry>> byName;
    final List<Entry> distinctive;
    /** Distinctive unpinned names (see {@link NameDetector#distinctive}) by name, for word lookups in descriptions. */
    final Map<String, List<Entry>> distinctiveByName;
    /** The {@code String.hashCode()} of each distinctive name, sorted: a word of a description is looked up only on a hit. */
    private final int[] distinctiveHashes;
    /** A bit per hash of {@link #distinctiveHashes} (folded to {@link #FILTER_BITS}): most words miss without a search. */
    private final long[] hashFilter = new long[FILTER_BITS / 64];
    private static final int FILTER_BITS = 4096;
    private final Map<String, Entry> byServerAndName;

    private NameIndex(List<Entry> entries) {
        this.entries = entries;
        List<Entry> d = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.pinned() && e.name().length() >= 5 && NameDetector.distinctive(e.name())) {
                d.add(e);
            }
        }
        this.distinctive = d;
        this.distinctiveByName = new HashMap<>();
        for (Entry e : d) {
            distinctiveByName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        }
        this.distinctiveHashes = distinctiveByName.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
        for (int h : distinctiveHashes) {
            int bit = filterBit(h);
            hashFilter[bit >>> 6] |= 1L << bit;
        }
        this.byKey = new HashMap<>();
        this.byName = new HashMap<>();
        this.byServerAndName = new HashMap<>();
        for (Entry e : entries) {
            byServerAndName.putIfAbsent(e.server() + '\u0000' + e.name(), e);
            byKey.computeIfAbsent(e.k1, k -> new ArrayList<>()).add(e);
            if (!e.k2.equals(e.k1)) {
                byKey.computeIfAbsent(e.k2, k -> new ArrayList<>()).add(e);
            }
            byName.computeIfAbsent(e.name, k -> new ArrayList<>()).add(e);
        }
    }

    /** @return whether some distinctive name has this {@code String.hashCode()} */
    boolean distinctiveHash(int h) {
        int bit = filterBit(h);
        return (hashFilter[bit >>> 6] & (1L << bit)) != 0 && java.util.Arrays.binarySearch(distinctiveHashes, h) >= 0;
    }

    private static int filterBit(int h) {
        return (h ^ h >>> 12) & (FILTER_BITS - 1);
    }

    static NameIndex build(ScanContext ctx) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ToolDefinition t : ctx.tools()) {
            if (!t.name().isEmpty() && seen.add(t.server() + '\u0000' + t.name())) {
                entries.add(entry(t.server(), t.name(), ctx.isPinned(t.server(), t.name())));
            }
        }
        ctx.pinnedNames().forEach((server, names) -> {
            for (String n : names) {
                if (!n.isEmpty() && seen.add(server + '\u0000' + n)) {
                    entries.add(entry(server, n, true));
                }
            }
        });
        return new NameIndex(entries);
    }

    static Entry entry(String server, String name, boolean pinned) {
        String bounded = name.length() > 256 ? name.substring(0, 256) : name;
        String stripped = stripSeparators(Normalizer.normalize(bounded, Normalizer.Form.NFKC));
        String k1 = SPOOF.getSkeleton(stripped).toLowerCase(Locale.ROOT);
        String folded = stripped.toLowerCase(Locale.ROOT);
        String k2 = folded.equals(stripped) ? k1 : SPOOF.getSkeleton(folded).toLowerCase(Locale.ROOT); // most names are lower case
        return new Entry(server, name, pinned, k1, k2, folded);
    }

    private static String stripSeparators(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '_' || cp == '-' || cp == '.' || cp == '/' || cp == ':' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || type == Character.FORMAT || type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /**
     * @return the indexed entry of a tool of the scan (its keys are computed once per scan), or a new one when the
     *     tool is not indexed
     */
    Entry entryOf(String server, String name, boolean pinned) {
        Entry e = byServerAndName.get(server + '\u0000' + name);
        return e != null && e.pinned() == pinned ? e : entry(server, name, pinned);
    }

    /** @return the entries (other than {@code self}) sharing a look-alike key with it */
    List<Entry> lookalikes(Entry self) {
        List<Entry> out = new ArrayList<>();
        for (String key : self.k1.equals(self.k2) ? List.of(self.k1) : List.of(self.k1, self.k2)) {
            List<Entry> same = byKey.get(key);
            if (same != null) {
                for (Entry e : same) {
                    if (!e.name.equals(self.name) && !out.contains(e)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** The distance of {@link #distance} capped at one, in one pass without tables: 0, 1, or 2 for "more than one". */
    private static int withinOne(String a, String b) {
        int n = a.length();
        int m = b.length();
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && i == m) {
            return 0;
        }
        if (n == m) {
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return 1; // substitution
            }
            boolean swapped = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
            return swapped ? 1 : 2;
        }
        String longer = n > m ? a : b;
        String shorter = longer == a ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i) ? 1 : 2; // one insertion
    }

    /** Optimal-string-alignment (Damerau-Levenshtein) distance, capped: returns {@code cap + 1} when larger. */
    static int distance(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > cap) {
            return cap + 1;
        }
        if (cap == 1) {
            return withinOne(a, b);
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
