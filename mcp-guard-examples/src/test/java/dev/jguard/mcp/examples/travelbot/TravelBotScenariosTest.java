package dev.jguard.mcp.examples.travelbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every TravelBot chapter really runs: each attack succeeds without the guard, and is stopped by it once defended. */
class TravelBotScenariosTest {

    /** Chapters whose defence has landed; the guarded run of these must stop the attack. */
    private static final Set<Integer> DEFENDED = Set.of(1, 2, 3, 4, 5);

    static java.util.List<Chapter> chapters() {
        return TravelBotDemo.chapters();
    }

    @ParameterizedTest(name = "chapter {index}")
    @MethodSource("chapters")
    void attackSucceedsWithoutTheGuard(Chapter chapter) throws Exception {
        Outcome outcome = chapter.run(false);
        assertThat(outcome.attackSucceeded()).as(outcome.detail()).isTrue();
    }

    @ParameterizedTest(name = "chapter {index}")
    @MethodSource("chapters")
    void guardedRunMatchesWhatHasBeenDefended(Chapter chapter) throws Exception {
        Outcome outcome = chapter.run(true);
        assertThat(outcome.attackSucceeded()).as(outcome.detail()).isEqualTo(!DEFENDED.contains(chapter.number()));
    }
}
