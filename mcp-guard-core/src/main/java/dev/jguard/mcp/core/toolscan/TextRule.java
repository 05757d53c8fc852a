package dev.jguard.mcp.core.toolscan;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction-like-content rule: a bounded regular expression over {@link NormalizedText}, run only when one of
 * its trigger words (or a trigger character) occurs, so most benign text is never matched against most rules.
 * Every pattern uses bounded gaps only ({@code {0,n}}), so matching stays linear in the text length.
 */
final class TextRule {

    /** Weak-signal categories: two different ones in one tool make a {@code poison.combined} finding. */
    enum Strength { STRONG, WEAK }

    /** Accepts or rejects one match, seeing the whole (normalized) text around it. */
    @FunctionalInterface
    interface Accept {
        boolean test(Matcher match, String text);
    }

    final String id;
    final String category;
    final Strength strength;
    final String explanation;
    final List<String> triggers;
    final Predicate<NormalizedText> charTrigger;
    final Pattern pattern;
    final Accept accept;
    final java.util.function.Function<String, String> finder;

    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers,
            Predicate<NormalizedText> charTrigger, String regex, Accept accept) {
        this.id = id;
        this.category = category;
        this.strength = strength;
        this.explanation = explanation;
        this.triggers = triggers;
        this.charTrigger = charTrigger;
        this.pattern = Pattern.compile(regex);
        this.accept = accept;
        this.finder = null;
    }

    /** A rule whose matching is code: a sequence of linear finds instead of one pattern with nested gaps. */
    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers,
            java.util.function.Function<String, String> finder) {
        this.id = id;
        this.category = category;
        this.strength = strength;
        this.explanation = explanation;
        this.triggers = triggers;
        this.charTrigger = t -> false;
        this.pattern = null;
        this.accept = null;
        this.finder = finder;
    }

    /** Half-width of the window around a trigger; longer than any match of a built-in pattern. */
    static final int WINDOW = 480;
    /** Trigger offsets kept per rule; beyond that the whole string is scanned (still linear, just slower). */
    static final int MAX_OFFSETS = 16;

    /** Characters whose position triggers this rule (besides words), e.g. {@code "<[#"}; empty for none. */
    String triggerChars = "";

    /**
     * Optional exact pre-condition: a pattern that every match of {@link #pattern} contains (e.g. the secret or file
     * noun that all branches of a rule need). When it finds nothing in the text, the expensive pattern is not run.
     */
    Pattern requires;
    /** Runs on every text with Chinese or Japanese characters (which have no word triggers). */
    boolean cjk;

    /** @return the matched span or null */
    String find(String text) {
        return find(text, null, 0);
    }

    /**
     * Matches only in windows around trigger positions, so a long benign text costs one cheap pass per rule instead of
     * a full regular-expression scan. {@code offsets == null} or an overflow scans the whole text.
     *
     * @param text normalized text
     * @param offsets ascending trigger offsets, or null
     * @param count how many offsets, or more than {@link #MAX_OFFSETS} for "too many"
     * @return the matched span or null
     */
    String find(String text, int[] offsets, int count) {
        if (finder != null) {
            return finder.apply(text);
        }
        if (requires != null && !requires.matcher(text).find()) {
            return null;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (offsets == null || count > MAX_OFFSETS) {
            return scan(m, text);
        }
        int i = 0;
        while (i < count) {
            int from = Math.max(0, offsets[i] - WINDOW);
            int to = Math.min(text.length(), offsets[i] + WINDOW);
            while (i + 1 < count && offsets[i + 1] - WINDOW <= to) {
                i++;
                to = Math.min(text.length(), offsets[i] + WINDOW);
            }
            m.region(from, to);
            String hit = scan(m, text);
            if (hit != null) {
                return hit;
            }
            i++;
        }
        return null;
    }

    private String scan(Matcher m, String text) {
        while (m.find()) {
            if (accept == null || accept.test(m, text)) {
                return text.substring(m.start(), m.end());
            }
        }
        return null;
    }
}
