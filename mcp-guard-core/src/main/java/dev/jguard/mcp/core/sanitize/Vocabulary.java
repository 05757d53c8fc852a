package dev.jguard.mcp.core.sanitize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The exact words of the injection rules, each with a small integer id, in an open-addressing table that can be probed
 * with a word of the scanned text without allocating: the caller hashes the lower-cased characters as it reads them
 * ({@code h = 31 * h + c}, the same as {@code String.hashCode()} of the lower-cased word) and compares in place.
 * Immutable after construction and thread-safe.
 */
final class Vocabulary {

    /** Per id, the word's hash and characters: a probe compares these, never the strings. */
    private final int[] hashes;
    private final char[][] chars;
    private final int[] table; // id + 1, 0 = empty
    private final int mask;

    Vocabulary(Set<String> all) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(all));
        String[] words = list.toArray(new String[0]);
        this.hashes = new int[words.length];
        this.chars = new char[words.length][];
        for (int id = 0; id < words.length; id++) {
            hashes[id] = words[id].hashCode();
            chars[id] = words[id].toCharArray();
        }
        int size = Integer.highestOneBit(Math.max(16, words.length * 4) - 1) << 1;
        this.table = new int[size];
        this.mask = size - 1;
        for (int id = 0; id < words.length; id++) {
            int slot = spread(words[id].hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    int size() {
        return chars.length;
    }

    int id(String word) {
        return lookup(word, 0, word.length(), word.hashCode(), null);
    }

    /**
     * @param text the scanned text
     * @param start first char of the word
     * @param end one past the last char
     * @param hash hash of the lower-cased word
     * @param folded the word's lower-cased chars as the tokenizer produced them (length {@code end - start})
     * @return the id, or -1 when the word is not in the vocabulary
     */
    int lookup(CharSequence text, int start, int end, int hash, char[] folded) {
        int len = end - start;
        int slot = spread(hash) & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                return -1;
            }
            int id = e - 1;
            if (hashes[id] == hash && chars[id].length == len && equal(chars[id], text, start, folded)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean equal(char[] w, CharSequence text, int start, char[] folded) {
        for (int i = 0; i < w.length; i++) {
            char c = folded == null ? text.charAt(start + i) : folded[i];
            if (c != w[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
