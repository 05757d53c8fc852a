package dev.jguard.mcp.core.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void smallAndLargeSetsHoldExactlyTheirIds() {
        Random r = new Random(7);
        for (int size : new int[] {0, 1, 8, 9, 40, 300}) {
            Set<Integer> ids = new TreeSet<>();
            while (ids.size() < size) {
                ids.add(r.nextInt(5000));
            }
            IdSet set = IdSet.of(ids.stream().mapToInt(Integer::intValue).toArray());
            for (int id = 0; id < 6000; id++) {
                assertThat(set.contains(id)).as("size %d, id %d", size, id).isEqualTo(ids.contains(id));
            }
        }
    }

    @Test
    void idsOutsideTheSpannedWordsAreAbsent() {
        IdSet set = IdSet.of(new int[] {130, 131, 140, 150, 160, 170, 180, 190, 191});
        assertThat(set.contains(0)).isFalse();
        assertThat(set.contains(63)).isFalse();
        assertThat(set.contains(192)).isFalse();
        assertThat(set.contains(1 << 20)).isFalse();
        assertThat(set.contains(191)).isTrue();
    }

    @Test
    void theCallersArrayIsNotKept() {
        int[] ids = {3, 5};
        IdSet set = IdSet.of(ids);
        ids[0] = 4;
        assertThat(set.contains(3)).isTrue();
        assertThat(set.contains(4)).isFalse();
    }
}
