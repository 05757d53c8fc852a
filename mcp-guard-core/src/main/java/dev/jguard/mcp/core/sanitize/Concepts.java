package dev.jguard.mcp.core.sanitize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The concept lexicon of {@link InjectionModel}: words of 75 languages mapped to some thirty shared concepts
 * of instructions aimed at a model (INSTRUCTION, PREVIOUS, DISREGARD, ASSISTANT, SECRET, SEND, CONCEAL, ...; resource
 * {@value #RESOURCE}). The model sees each concept a window's words name, and each pair of concepts named close
 * together, next to the words themselves, so what it learns from one language ("ignore the previous instructions")
 * carries over to another ("पिछले सभी निर्देश भूल जाओ") it has seen little of.
 *
 * <p>Words are matched by the tokenizer's word hash, a two-word entry ("hướng dẫn") by the hashes of a word and the one
 * before it, an entry ending in {@code *} by the word's stem (its first
 * {@value PromptInjectionDetector#STEM} letters), and entries of scripts written without spaces (the tokenizer reads a
 * run of them as one word) inside the run, read from the left longest entry first as a dictionary segmenter does, and
 * never starting or ending inside a Thai or Lao syllable ({@link #ofRun}).
 *
 * <pre>{@code
 * Concepts c = Concepts.standard();
 * int id = c.ofWord(tokens, i);   // 0 when word i names no concept
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
final class Concepts {

    static final String RESOURCE = "concepts.tsv";
    /** Most concepts the tables can name (ids 1..{@value}). */
    static final int MAX_CONCEPTS = 63;

    private final List<String> names = new ArrayList<>();
    /** By concept id: the hash of its name, what the model's features use (so ids may change with the file). */
    private final int[] nameHashes = new int[MAX_CONCEPTS + 1];
    /**
     * A 16 KB bit filter over every key of the tables below (word, stem, phrase-start and character-pair keys, each
     * salted): most words of a text name no concept and are turned away by one load that stays in the first-level
     * cache, where the tables themselves (a few hundred KB) would cost a cache miss per word.
     */
    private final long[] filter = new long[FILTER_BITS / 64];
    private static final int FILTER_BITS = 1 << 17;
    private static final int STEM_SALT = 0x3C6EF372;
    private static final int PHRASE_SALT = 0x1B873593;
    private static final int PAIR_SALT = 0x27D4EB2F;
    private final IntTable words = new IntTable();
    /** Stem hash -> 1 + index into {@link #prefixes}: the prefix entries sharing that stem, checked letter by letter. */
    private final IntTable stems = new IntTable();
    private final List<String[]> prefixes = new ArrayList<>();
    private final List<int[]> prefixConcepts = new ArrayList<>();
    /** First character pair -> 1 + index into {@link #runEntries}: entries of unspaced scripts, compared whole. */
    private final IntTable pairs = new IntTable();
    private final List<String[]> runEntries = new ArrayList<>();
    private final List<int[]> runConcepts = new ArrayList<>();
    /** Two-word entries ("hướng dẫn"): by {@link #phraseKey} of the two words' hashes. */
    private final IntTable phrases = new IntTable();

    /** @return the lexicon of the jar, its words hashed by {@link #hashWord}; loaded once, shared by every detector */
    static Concepts standard() {
        return Standard.LEXICON;
    }

    /** Loaded on first use. */
    private static final class Standard {
        static final Concepts LEXICON = standard(Concepts::hashWord);
    }

    /**
     * @param wordHashes the tokenizer's hash of a single word in the high 32 bits and its stem hash (0 for a short
     *     word) in the low 32 bits; must be how the tokenizer hashes the words of a text
     */
    static Concepts standard(ToLongFunction<String> wordHashes) {
        try (InputStream in = Concepts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the concept lexicon " + RESOURCE + " is missing from the jar;"
                        + " rebuild mcp-guard-core");
            }
            return read(in, wordHashes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the concept lexicon " + RESOURCE, e);
        }
    }

    static Concepts read(InputStream in, ToLongFunction<String> wordHashes) throws IOException {
        Concepts c = new Concepts();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException(RESOURCE + " line " + lineNo + ": expected concept, language, words");
            }
            int id = c.id(f[0].strip());
            for (String w : f[2].split("\\|")) {
                c.add(w.strip().toLowerCase(java.util.Locale.ROOT), id, wordHashes);
            }
        }
        return c;
    }

    private int id(String name) {
        int k = names.indexOf(name);
        if (k >= 0) {
            return k + 1;
        }
        if (names.size() == MAX_CONCEPTS) {
            throw new IllegalStateException(RESOURCE + " names more than " + MAX_CONCEPTS + " concepts");
        }
        names.add(name);
        nameHashes[names.size()] = name.hashCode();
        return names.size();
    }

    private void add(String w, int id, ToLongFunction<String> wordHashes) {
        boolean prefix = w.endsWith("*");
        String word = prefix ? w.substring(0, w.length() - 1) : w;
        if (word.isEmpty()) {
            return;
        }
        int space = word.indexOf(' ');
        if (space > 0 && !prefix) {
            // a compound written as two words (Vietnamese is written a syllable at a time): found as a word pair
            String first = word.substring(0, space);
            String second = word.substring(space + 1).strip();
            long h1 = wordHashes.applyAsLong(first);
            long h2 = wordHashes.applyAsLong(second);
            if (h1 != 0 && h2 != 0 && second.indexOf(' ') < 0) {
                phrases.putIfAbsent(phraseKey((int) (h1 >>> 32), (int) (h2 >>> 32)), id);
                mark((int) (h1 >>> 32), PHRASE_SALT);
            }
            return;
        }
        if (InjectionModel.unspaced(word.charAt(0))) {
            // a run of an unspaced script is one token: its entries are found inside the run by their first character
            // pair, then compared whole
            if (word.length() >= 2 && !prefix) {
                addEntry(pairs, pairKey(word.charAt(0), word.charAt(1)), runEntries, runConcepts, word, id);
                longestFirst(runEntries, runConcepts, pairs.get(pairKey(word.charAt(0), word.charAt(1))) - 1);
                mark(pairKey(word.charAt(0), word.charAt(1)), PAIR_SALT);
            }
            return;
        }
        long h = wordHashes.applyAsLong(word);
        if (h == 0) {
            return; // not a single word for the tokenizer
        }
        if (prefix && word.length() >= PromptInjectionDetector.STEM) {
            // a longer word's stem hash is the hash of its first STEM letters read as a word
            int stem = (int) (wordHashes.applyAsLong(word.substring(0, PromptInjectionDetector.STEM)) >>> 32);
            addEntry(stems, stem, prefixes, prefixConcepts, word, id);
            mark(stem, STEM_SALT);
        }
        // a prefix is a word too ("attack*" names "attack", whose six letters give no stem)
        words.putIfAbsent((int) (h >>> 32), id);
        mark((int) (h >>> 32), 0);
    }

    private void mark(int key, int salt) {
        int b = filterBit(key, salt);
        filter[b >>> 6] |= 1L << b;
    }

    private boolean marked(int key, int salt) {
        int b = filterBit(key, salt);
        return (filter[b >>> 6] & 1L << b) != 0;
    }

    private static int filterBit(int key, int salt) {
        int h = (key ^ salt) * 0x9E3779B1;
        return (h ^ h >>> 16) & (FILTER_BITS - 1);
    }

    /**
     * The tokenizer's hashes of a single word, as {@code PromptInjectionDetector.Tokens} computes them (a test checks
     * every entry of the lexicon against it): the hash in the high 32 bits, the stem hash in the low 32, 0 if
     * {@code word} is not exactly one word. Written apart from the tokenizer on purpose: hashing ten thousand words of
     * fifty scripts through the tokenizer at start-up taught the JIT that its non-ASCII branches are common, and the
     * tokenizer's hot loop over ordinary text came out about a fifth slower.
     */
    static long hashWord(String word) {
        int hash = 0;
        int stem = 0;
        int len = 0;
        int i = 0;
        while (i < word.length() && !wordChar(word.charAt(i))) {
            i++; // the tokenizer starts a word at its first word character ("'yanci" is read as "yanci")
        }
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            char f;
            if (wordChar(c)) {
                f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= '\uFF21' && c <= '\uFF3A' ? (char) (c - '\uFF21' + 'a')
                        : c >= '\uFF41' && c <= '\uFF5A' ? (char) (c - '\uFF41' + 'a') : c < 0x80 ? c : Character.toLowerCase(c);
            } else if ("'-./+\u2019".indexOf(c) >= 0 && len > 0 && i + 1 < word.length() && wordChar(word.charAt(i + 1))) {
                f = c == '\u2019' ? '\'' : c;
            } else if ("\u200B\u200C\u200D\u2060\uFEFF\u00AD".indexOf(c) >= 0 && len > 0 && i + 1 < word.length()
                    && wordChar(word.charAt(i + 1))) {
                continue; // invisible inside a word (the Persian zero-width non-joiner): the tokenizer skips it
            } else {
                return 0;
            }
            if (len < 40) {
                hash = 31 * hash + f;
            }
            if (len == PromptInjectionDetector.STEM - 1) {
                stem = hash;
            }
            len++;
        }
        if (len == 0 || hash == 0) {
            return 0;
        }
        return (long) hash << 32 | (len > PromptInjectionDetector.STEM + 1 ? stem : 0) & 0xFFFFFFFFL;
    }

    /** The tokenizer's word characters: ASCII letters, digits and '_', other letters and digits, and script marks. */
    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return c >= 0x0591 && c < 0x1100 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    /** Adds {@code word} to the list of entries {@code table} finds under {@code key}. */
    private static void addEntry(IntTable table, int key, List<String[]> entries, List<int[]> concepts, String word, int id) {
        int slot = table.get(key);
        if (slot == 0) {
            entries.add(new String[0]);
            concepts.add(new int[0]);
            slot = entries.size();
            table.putIfAbsent(key, slot);
        }
        String[] e = java.util.Arrays.copyOf(entries.get(slot - 1), entries.get(slot - 1).length + 1);
        int[] ids = java.util.Arrays.copyOf(concepts.get(slot - 1), e.length);
        e[e.length - 1] = word;
        ids[e.length - 1] = id;
        entries.set(slot - 1, e);
        concepts.set(slot - 1, ids);
    }

    /**
     * Orders the run entries of a slot longest first (stable), so that "แก้ไข" is read as itself and not as its first
     * two letters "แก".
     */
    private static void longestFirst(List<String[]> entries, List<int[]> concepts, int slot) {
        String[] e = entries.get(slot);
        int[] ids = concepts.get(slot);
        for (int i = 1; i < e.length; i++) {
            for (int j = i; j > 0 && e[j].length() > e[j - 1].length(); j--) {
                String w = e[j];
                e[j] = e[j - 1];
                e[j - 1] = w;
                int id = ids[j];
                ids[j] = ids[j - 1];
                ids[j - 1] = id;
            }
        }
    }

    static int pairKey(char a, char b) {
        return a << 16 | b;
    }

    static int phraseKey(int firstHash, int secondHash) {
        return firstHash * 0x01000193 ^ secondHash;
    }

    /** @return the concept of a two-word entry made of the previous word and this one (by their hashes), 0 for none */
    int ofPhrase(int previousHash, int hash) {
        return !marked(previousHash, PHRASE_SALT) ? 0 : phrases.get(phraseKey(previousHash, hash));
    }

    /**
     * @param t the tokens of a text
     * @param i a word of it (not of an unspaced script)
     * @return the concept the word names (by its hash, else by its stem and the whole prefix), 0 for none
     */
    int ofWord(PromptInjectionDetector.Tokens t, int i) {
        int hash = t.hashes[i];
        int id = marked(hash, 0) ? words.get(hash) : 0;
        int stem = t.stems[i];
        if (id != 0 || stem == 0 || !marked(stem, STEM_SALT)) {
            return id;
        }
        int slot = stems.get(stem);
        if (slot == 0) {
            return 0;
        }
        String[] p = prefixes.get(slot - 1);
        for (int k = 0; k < p.length; k++) {
            if (t.startsWith(i, p[k])) {
                return prefixConcepts.get(slot - 1)[k];
            }
        }
        return 0;
    }

    private static boolean regionEquals(CharSequence text, int at, String entry) {
        for (int i = 0; i < entry.length(); i++) {
            if (text.charAt(at + i) != entry.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest entry written at {@code at} that is a whole syllable sequence there: it neither starts after a
     * leading vowel (Thai and Lao write those before their consonant) nor ends before a combining mark or a following
     * vowel (which belong to its last consonant), so "แก" (you) is not read inside "แก้ไข" (edit). Then the caller
     * goes on after the match, as a dictionary segmenter would.
     *
     * @param text the text
     * @param at a position inside a run of an unspaced script
     * @param end where the run ends
     * @return {@code length << 8 | concept} of that entry (see {@link #runConcept}, {@link #runLength}), 0 for none
     */
    int ofRun(CharSequence text, int at, int end) {
        if (at + 1 >= end) {
            return 0;
        }
        int key = pairKey(text.charAt(at), text.charAt(at + 1));
        int slot = marked(key, PAIR_SALT) ? pairs.get(key) : 0;
        if (slot == 0 || at > 0 && leadingVowel(text.charAt(at - 1))) {
            return 0;
        }
        String[] e = runEntries.get(slot - 1);
        for (int k = 0; k < e.length; k++) {
            int n = e[k].length();
            if (n <= end - at && regionEquals(text, at, e[k]) && (at + n == end || !attaches(text.charAt(at + n)))) {
                return n << 8 | runConcepts.get(slot - 1)[k];
            }
        }
        return 0;
    }

    /** @return the concept of an {@link #ofRun} match, 0 for none */
    static int runConcept(int match) {
        return match & 0xFF;
    }

    /** @return the length of an {@link #ofRun} match */
    static int runLength(int match) {
        return match >>> 8;
    }

    /** Thai and Lao vowels written before the consonant they follow in speech. */
    private static boolean leadingVowel(char c) {
        return c >= 0x0E40 && c <= 0x0E44 || c >= 0x0EC0 && c <= 0x0EC4;
    }

    /** A combining mark, or a Thai or Lao vowel that follows its consonant: it ends no word. */
    private static boolean attaches(char c) {
        if (c < 0x0E00) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45 || c == 0x0EB0 || c == 0x0EB2 || c == 0x0EB3;
    }

    /** @return how many concepts the lexicon names */
    int size() {
        return names.size();
    }

    /** @return the hash of the concept's name (ids from 1): what the model's features use, so ids may change */
    int nameHash(int id) {
        return nameHashes[id];
    }

    /** @return the concept's name (ids from 1) */
    String name(int id) {
        return names.get(id - 1);
    }

    @Override
    public String toString() {
        return "Concepts[" + names.size() + " concepts, " + words.size + " words, " + stems.size + " stems, " + pairs.size
                + " pairs, " + phrases.size + " phrases]";
    }

    /** An open-addressing int-to-int map; a value of 0 means absent. */
    private static final class IntTable {
        private int[] keys = new int[1024];
        private int[] values = new int[1024];
        private int mask = 1023;
        int size;

        void putIfAbsent(int key, int value) {
            if (4 * (size + 1) > keys.length) {
                grow();
            }
            int i = mix(key) & mask;
            while (values[i] != 0) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        int get(int key) {
            int i = mix(key) & mask;
            int v;
            while ((v = values[i]) != 0) {
                if (keys[i] == key) {
                    return v;
                }
                i = (i + 1) & mask;
            }
            return 0;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(int h) {
            h *= 0x9E3779B1;
            return h ^ (h >>> 15);
        }
    }
}
