package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal pre-filter of the poison rules ({@link RegexLiterals}, {@link LiteralSet}, {@link TextRule}) must never
 * lose a match: each rule, run with the pre-filter, finds a match on exactly the texts where some branch has an
 * accepted match at some start when run over the whole text (or, for a rule that is code, where the code finds one).
 */
class LiteralPrefilterTest {

    @Test
    void requiredLiteralsOfSimplePatterns() {
        List<RegexLiterals.Clause> cnf = RegexLiterals.required("\\b(?:do\\s+not|never)\\s+tell\\s+(?:the\\s+)?users?\\b");
        // literal alternations and single blanks join a run; an optional group ends it
        assertThat(cnf).extracting(RegexLiterals.Clause::literals)
                .containsExactly(Set.of("do not tell ", "never tell "), Set.of("user"));
        assertThat(cnf.get(0).maxOffset()).isZero();
        assertThat(cnf.get(1).maxOffset()).isEqualTo(2 + RegexLiterals.BLANK_RUN + 3 + RegexLiterals.BLANK_RUN + 4 + RegexLiterals.BLANK_RUN + 3 + RegexLiterals.BLANK_RUN);
        assertThat(cnf).allMatch(RegexLiterals.Clause::wordStart);
        assertThat(RegexLiterals.required("\\bnot\\s*(?:to\\s+)").get(0).literals()).containsExactlyInAnyOrder("notto ", "not to ");
        // optional parts and classes require nothing; a rare character counts alone
        assertThat(RegexLiterals.required("(?:secret)?[a-z]{1,5}@\\w+")).extracting(RegexLiterals.Clause::literals)
                .containsExactly(Set.of("@"));
        // one alternative without a literal makes the alternation require nothing
        assertThat(RegexLiterals.required("ab(?:cdef|[0-9])")).isEmpty();
        // inside a word, not at its start
        assertThat(RegexLiterals.required("x\\w{0,3}secret").get(0).wordStart()).isFalse();
        assertThat(RegexLiterals.required("\\Qa.b*c\\E+").get(0).literals()).containsExactly("a.b*c");
    }

    @Test
    void maximumMatchLength() {
        assertThat(RegexLiterals.maxLength("ab{2,5}c")).isEqualTo(7);
        assertThat(RegexLiterals.maxLength("(?:ab|cde)\\s+x")).isEqualTo(3 + RegexLiterals.BLANK_RUN + 1);
        assertThat(RegexLiterals.maxLength("a(?=bcd)e")).isEqualTo(2);
        assertThat(RegexLiterals.maxLength("a.*b")).isGreaterThanOrEqualTo(RegexLiterals.UNBOUNDED);
    }

    @Test
    void branchesSplitAtTopLevelOnly() {
        assertThat(RegexLiterals.branches("a|(?:b|c)|[|]|\\||\\Q|\\Ed")).containsExactly("a", "(?:b|c)", "[|]", "\\|", "\\Q|\\Ed");
    }

    @Test
    void syntaxOutsideTheSubsetIsRejected() {
        assertThatThrownBy(() -> RegexLiterals.required("(?i)abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegexLiterals.required("(abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegexLiterals.required("\\1abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void literalSetFindsEveryOccurrenceLikeIndexOf() {
        List<String> literals = List.of("he", "she", "hers", "his", "@", "://", "übergib", "не");
        LiteralSet set = LiteralSet.of(literals);
        LiteralSet.Hits hits = set.newHits();
        Random random = new Random(7);
        String alphabet = "hesrisu@:/ übergibнеx";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            set.scan(text, hits);
            Set<String> expected = new HashSet<>();
            int occurrences = 0;
            for (String l : literals) {
                for (int at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) {
                    expected.add(l + "@" + (at + l.length()));
                    occurrences++;
                }
            }
            Set<String> found = new HashSet<>();
            for (int k = 0; k < hits.count(); k++) {
                found.add(literals.get(indexOf(set, literals, hits.id(k))) + "@" + hits.end(k));
            }
            assertThat(found).as(text).isEqualTo(expected);
            assertThat(hits.count()).isEqualTo(occurrences);
            for (String l : literals) {
                assertThat(hits.seen(set.id(l))).isEqualTo(text.contains(l));
            }
        }
    }

    @Test
    void nonAsciiLiteralsAreFoundInLongMostlyAsciiText() {
        List<String> literals = List.of("übergib", "→ next", "x→", "🎯 goal", "ab");
        LiteralSet set = LiteralSet.of(literals);
        LiteralSet.Hits hits = set.newHits();
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append("ab x".repeat(random.nextInt(12))).append(literals.get(random.nextInt(literals.size())).substring(random.nextInt(2)));
            }
            String text = sb.toString();
            set.scan(text, hits);
            List<String> found = new ArrayList<>();
            for (int k = 0; k < hits.count(); k++) {
                found.add(literals.get(indexOf(set, literals, hits.id(k))) + "@" + hits.end(k));
            }
            List<String> expected = new ArrayList<>();
            for (String l : literals) {
                for (int at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) {
                    expected.add(l + "@" + (at + l.length()));
                }
            }
            assertThat(found).as(text).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void triggerWordsAreFoundAsWholeWordsOnlyAndMarksAnywhere() {
        Map<String, Long> words = Map.of("he", 1L, "her", 2L, "übergib", 4L, "не", 8L, "api_key", 16L, "she", 32L);
        Map<String, Long> marks = Map.of("@", 64L, "://", 128L);
        LiteralSet set = LiteralSet.of(List.of("he", "her"), words, marks);
        LiteralSet.Hits hits = set.newHits();
        Random random = new Random(11);
        String alphabet = "hesr_@:/ übergibнеx9";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            long expected = 0;
            for (String word : text.split("[^a-z0-9\\p{L}\\p{Nd}]|_", -1)) { // the maximal runs of word characters
                expected |= words.getOrDefault(word, 0L);
            }
            expected |= text.contains("@") ? 64L : 0;
            expected |= text.contains("://") ? 128L : 0;
            set.scan(text, hits);
            assertThat(hits.triggered()).as(text).isEqualTo(expected & ~16L); // "api_key" can never be a whole word
        }
        set.scan("Her", hits);
        assertThat(hits.triggered()).isZero(); // the text is lower-case already
    }

    @Test
    void aBlankOfALiteralMatchesEitherBlankAndNormalizedTextKeepsOneBlankPerRun() {
        LiteralSet set = LiteralSet.of(List.of("other tools"));
        LiteralSet.Hits hits = set.newHits();
        set.scan("ask other\ntools now", hits);
        assertThat(hits.seen(set.id("other tools"))).isTrue();
        // NFKC of non-ASCII text may not leave two blanks in a row (the literals rely on it)
        assertThat(NormalizedText.of("a \u00A0\u3000 b\r\n\n\u2028c ｄ").text).isEqualTo("a b\nc d");
        assertThat(NormalizedText.of("x\u00A8 \u00A8y").text).doesNotContain("  ");
    }

    @Test
    void occurrencesBeyondTheCapSetOverflow() {
        LiteralSet set = LiteralSet.of(List.of("ab"));
        LiteralSet.Hits hits = set.newHits();
        set.scan("ab".repeat(LiteralSet.Hits.MAX_OCCURRENCES + 1), hits);
        assertThat(hits.overflow()).isTrue();
        assertThat(hits.seen(set.id("ab"))).isTrue();
    }

    @Test
    void prefilterNeverLosesAMatchOnTheCorpora() throws IOException {
        List<String> texts = corpusTexts();
        assertThat(texts).hasSizeGreaterThan(3000);
        int matches = 0;
        for (String raw : texts) {
            String text = NormalizedText.of(raw).text;
            for (TextRule rule : InstructionRules.RULES) {
                boolean expected = rule.pattern == null ? rule.finder.find(text, TextRule.Gate.OPEN) != null : reference(rule, text);
                assertThat(rule.find(text) != null).as(rule.id + " on a text of " + text.length() + " chars").isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
        }
        assertThat(matches).as("the corpora exercise the rules").isGreaterThan(300);
    }

    @Test
    void prefilterHoldsOnHostileSpacingAndPadding() {
        List<String> texts = new ArrayList<>();
        for (Corpus.Poisoned p : Corpus.poisoned()) {
            String d = p.tool().description();
            texts.add(d.replace(" ", "\n\n \t\n"));
            texts.add("x".repeat(900) + " " + d + " " + "y ".repeat(400));
            texts.add(d.replace(" ", "  \u00A0 "));
        }
        for (String raw : texts) {
            String text = NormalizedText.of(raw).text;
            for (TextRule rule : InstructionRules.RULES) {
                boolean expected = rule.pattern == null ? rule.finder.find(text, TextRule.Gate.OPEN) != null : reference(rule, text);
                assertThat(rule.find(text) != null).as(rule.id).isEqualTo(expected);
            }
        }
    }

    private static final java.util.Map<TextRule, List<Pattern>> BRANCHES = new java.util.IdentityHashMap<>();

    /** Every start of every branch over the whole text, no pre-filter. */
    private static boolean reference(TextRule rule, String text) {
        List<Pattern> branches = BRANCHES.computeIfAbsent(rule,
                r -> RegexLiterals.branches(r.pattern.pattern()).stream().map(Pattern::compile).toList());
        for (Pattern branch : branches) {
            Matcher m = branch.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            while (from <= text.length()) {
                m.region(from, text.length());
                if (!m.find()) {
                    break;
                }
                if (rule.accept == null || rule.accept.test(m, text)) {
                    return true;
                }
                from = m.start() + 1;
            }
        }
        return false;
    }

    static List<String> corpusTexts() throws IOException {
        List<ToolDefinition> tools = new ArrayList<>();
        for (String folder : List.of("benign", "holdout", "holdout2", "holdout3")) {
            tools.addAll(Corpus.benign(folder));
        }
        for (String folder : List.of("poisoned", "holdout", "holdout2", "holdout3")) {
            Corpus.poisoned(folder).forEach(p -> tools.add(p.tool()));
        }
        List<String> texts = new ArrayList<>();
        for (ToolDefinition t : tools) {
            for (TextField f : TextField.collect(t.raw())) {
                if (f.text.length() >= 10) {
                    texts.add(f.text);
                }
            }
        }
        for (String name : List.of("injected-dev.txt", "injected-holdout.txt", "injected-holdout2.txt", "injected-holdout3.txt",
                "benign-dev.txt", "benign-holdout.txt", "benign-holdout2.txt", "benign-holdout3.txt")) {
            try (InputStream in = LiteralPrefilterTest.class.getResourceAsStream("/injection-corpus/" + name)) {
                StringBuilder record = new StringBuilder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                    if (line.startsWith("### ")) {
                        texts.add(record.toString());
                        record.setLength(0);
                    } else if (!line.startsWith("#")) {
                        record.append(line).append('\n');
                    }
                }
                texts.add(record.toString());
            }
        }
        return texts;
    }

    private static int indexOf(LiteralSet set, List<String> literals, int id) {
        for (int i = 0; i < literals.size(); i++) {
            if (set.id(literals.get(i)) == id) {
                return i;
            }
        }
        throw new AssertionError("unknown id " + id);
    }
}
