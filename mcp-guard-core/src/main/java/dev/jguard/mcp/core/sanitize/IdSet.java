package dev.jguard.mcp.core.sanitize;

/**
 * A small immutable set of vocabulary ids, tested once per word by the phrase rules: up to {@value #LINEAR} ids are
 * scanned in a few bytes, a larger set is a bit set over the 64-bit words its ids span (one load and no branches to
 * mispredict, where a binary search over a slot's hundreds of words took a dozen). Thread-safe.
 *
 * <pre>{@code
 * IdSet verbs = IdSet.of(new int[] {3, 17, 240});
 * boolean listed = verbs.contains(tokens.ids[k]);
 * }</pre>
 */
final class IdSet {

    private static final int LINEAR = 8;
    private static final IdSet EMPTY = new IdSet(new int[0], null, 0);

    private final int[] ids;
    private final long[] bits;
    /** The first 64-bit word of the vocabulary's bit set that {@link #bits} covers. */
    private final int base;

    private IdSet(int[] ids, long[] bits, int base) {
        this.ids = ids;
        this.bits = bits;
        this.base = base;
    }

    /** @param ids vocabulary ids, each at least 0 (the array is not kept) */
    static IdSet of(int[] ids) {
        if (ids.length == 0) {
            return EMPTY;
        }
        if (ids.length <= LINEAR) {
            return new IdSet(ids.clone(), null, 0);
        }
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int id : ids) {
            lo = Math.min(lo, id >>> 6);
            hi = Math.max(hi, id >>> 6);
        }
        long[] bits = new long[hi - lo + 1];
        for (int id : ids) {
            bits[(id >>> 6) - lo] |= 1L << id;
        }
        return new IdSet(null, bits, lo);
    }

    /** @return whether {@code id} (at least 0) is in the set */
    boolean contains(int id) {
        if (bits != null) {
            int w = (id >>> 6) - base;
            return w >= 0 && w < bits.length && (bits[w] & 1L << id) != 0;
        }
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }
}
