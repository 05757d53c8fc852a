package dev.jguard.mcp.core.toolscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link FirstChars} may only skip positions where no match starts. */
class FirstCharsTest {

    @Test
    void aWordAfterABoundaryStartsOnlyAtAWordStart() {
        FirstChars f = FirstChars.of("(?:^|[.,]\\s*|\\b(?:must|should)\\s+)read");
        String text = "you must read, then xmust read";
        assertThat(f.mayStart(text, 0)).isTrue(); // ^
        assertThat(f.mayStart(text, 4)).isTrue();
        assertThat(f.mayStart(text, 5)).isFalse();
        assertThat(f.mayStart(text, text.indexOf(','))).isTrue();
        assertThat(f.mayStart(text, text.indexOf("must read", 10))).isFalse(); // inside "xmust"
        assertThat(f.mayStart("r", 0)).isTrue();
        assertThat(FirstChars.of("\\bread").mayStart("a read", 1)).isFalse();
    }

    @Test
    void classesEscapesAndOptionalPartsAreFollowed() {
        FirstChars f = FirstChars.of("(?:the\\s+)?[a-c\\d_]x|\\Qq.\\E|(?<![a-z])é");
        for (char c : "tabc09_q".toCharArray()) {
            assertThat(f.mayStart(String.valueOf(c), 0)).as("%s", c).isTrue();
        }
        for (char c : "dxz-. ".toCharArray()) {
            assertThat(f.mayStart(String.valueOf(c), 0)).as("%s", c).isFalse();
        }
        assertThat(f.mayStart("é", 0)).isTrue();
        // what it cannot tell lets everything through: a negated class, a match that may be empty
        assertThat(FirstChars.of("[^a]b").mayStart("z", 0)).isTrue();
        assertThat(FirstChars.of("a?").mayStart("z", 0)).isTrue();
        assertThat(FirstChars.of("\\p{L}").mayStart("z", 0)).isTrue();
    }

    @Test
    void everyMatchStartOfEveryRuleBranchIsAdmittedOnTheCorpora() throws IOException {
        List<String> branches = InstructionRules.RULES.stream().filter(r -> r.pattern != null)
                .flatMap(r -> RegexLiterals.branches(r.pattern.pattern()).stream()).toList();
        List<Pattern> patterns = branches.stream().map(Pattern::compile).toList();
        List<FirstChars> firsts = branches.stream().map(FirstChars::of).toList();
        int starts = 0;
        int skipped = 0;
        for (String raw : LiteralPrefilterTest.corpusTexts()) {
            String text = NormalizedText.of(raw).text;
            for (int b = 0; b < branches.size(); b++) {
                Matcher m = patterns.get(b).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int from = 0; from <= text.length(); from = m.start() + 1) {
                    m.region(from, text.length());
                    if (!m.find()) {
                        break;
                    }
                    assertThat(firsts.get(b).mayStart(text, m.start())).as(branches.get(b)).isTrue();
                    starts++;
                }
                for (int p = 0; p < text.length(); p += 7) {
                    skipped += firsts.get(b).mayStart(text, p) ? 0 : 1;
                }
            }
        }
        assertThat(starts).as("the corpora exercise the rules").isGreaterThan(300);
        assertThat(skipped).as("most positions are ruled out").isGreaterThan(starts);
    }

    @Test
    void patternsOutsideTheSubsetAreRejected() {
        assertThat(List.of("(?i)a", "(a")).allSatisfy(re -> {
            try {
                FirstChars.of(re);
                throw new AssertionError("accepted " + re);
            } catch (IllegalArgumentException expected) {
                // as RegexLiterals
            }
        });
    }
}
