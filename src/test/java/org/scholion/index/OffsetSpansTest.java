package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed span counter behind the match totals joins spans exactly as the hits' spans are joined. */
class OffsetSpansTest {

    @Test
    void countsWhatTheHitsWouldShowForManyRandomPassages() {
        Random random = new Random(8);
        OffsetSpans counter = new OffsetSpans();
        for (int passage = 0; passage < 2_000; passage++) {
            counter.clear();
            List<int[]> spans = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                int start = random.nextInt(300);
                int end = start + random.nextInt(12);
                counter.add(start, end);
                if (end > start) {
                    spans.add(new int[] {start, end});
                }
            }
            assertThat(counter.mergedCount()).as("passage %d", passage).isEqualTo(MatchedPassage.merged(spans).size());
        }
    }

    @Test
    void touchingSpansStayTwoOverlappingOnesBecomeOneAndEmptyOnesAreNotCounted() {
        OffsetSpans counter = new OffsetSpans();
        counter.add(0, 5);
        counter.add(5, 9);
        counter.add(7, 12);
        counter.add(20, 20);
        counter.add(-1, 3);
        counter.add(Integer.MAX_VALUE - 10, Integer.MAX_VALUE);

        assertThat(counter.mergedCount()).isEqualTo(3);
    }
}
