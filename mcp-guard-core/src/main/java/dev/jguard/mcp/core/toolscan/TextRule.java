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

    final String id;
    final String category;
    final Strength strength;
    final String explanation;
    final List<String> triggers;
    final Predicate<NormalizedText> charTrigger;
    final Pattern pattern;
    final Predicate<Matcher> accept;
    final java.util.function.Function<String, String> finder;

    TextRule(String id, String category, Strength strength, String explanation, List<String> triggers,
            Predicate<NormalizedText> charTrigger, String regex, Predicate<Matcher> accept) {
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

    /** @return the matched span or null */
    String find(String text) {
        if (finder != null) {
            return finder.apply(text);
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (accept == null || accept.test(m)) {
                return text.substring(m.start(), m.end());
            }
        }
        return null;
    }
}
