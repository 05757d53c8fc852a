package dev.jguard.mcp.core.sanitize;

/**
 * Misspelt key words of the injection rules ("igore all previus instrucions", "ignroe", "pasword"): an unknown word one
 * edit away from a key word (a letter dropped, added, changed, or two neighbours swapped) is read as that word. The
 * first letter must match and the edit may not be at the end, so inflections ("ignores", "prompts", "passwords") and
 * other words ("signore") stay themselves. Cost per unknown word: one comparison per key word of the same first
 * letter, each linear in the word.
 */
final class Typos {

    private static final String[] KEY_WORDS = {"ignore", "disregard", "previous", "instructions", "instruction", "password",
        "prompt", "system"};
    private static final int MIN = 5;
    private static final int MAX = 14;

    private final int[] ids;

    Typos(Vocabulary vocabulary) {
        ids = new int[KEY_WORDS.length];
        for (int i = 0; i < KEY_WORDS.length; i++) {
            ids[i] = vocabulary.id(KEY_WORDS[i]);
        }
    }

    /** The words to add to the vocabulary so that a misspelling can be given their id. */
    static String[] keyWords() {
        return KEY_WORDS.clone();
    }

    /**
     * @param w lower-cased letters of an unknown word
     * @param len its length
     * @return the vocabulary id of the key word it misspells, or -1
     */
    int lookup(char[] w, int len) {
        if (len < MIN || len > MAX) {
            return -1;
        }
        for (int i = 0; i < KEY_WORDS.length; i++) {
            String k = KEY_WORDS[i];
            if (k.charAt(0) == w[0] && Math.abs(k.length() - len) <= 1 && oneEditInside(k, w, len)) {
                return ids[i];
            }
        }
        return -1;
    }

    /** True when {@code w} is one edit from {@code k}, with the edit before the last letter of {@code k}. */
    private static boolean oneEditInside(String k, char[] w, int len) {
        int n = k.length();
        int i = 0;
        while (i < n && i < len && k.charAt(i) == w[i]) {
            i++;
        }
        if (i >= n - 1 || i >= len) {
            return false; // equal, or differing only at the end (an inflection)
        }
        if (len == n) {
            // a swap of neighbours or one changed letter
            if (i + 1 < n && k.charAt(i) == w[i + 1] && k.charAt(i + 1) == w[i] && rest(k, i + 2, w, i + 2, len)) {
                return true;
            }
            return rest(k, i + 1, w, i + 1, len);
        }
        if (len == n - 1) {
            return rest(k, i + 1, w, i, len); // a letter dropped
        }
        return rest(k, i, w, i + 1, len); // a letter added
    }

    private static boolean rest(String k, int ki, char[] w, int wi, int len) {
        if (k.length() - ki != len - wi) {
            return false;
        }
        for (; ki < k.length(); ki++, wi++) {
            if (k.charAt(ki) != w[wi]) {
                return false;
            }
        }
        return true;
    }
}
