package org.scholion.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics the benchmark tables report: a wrong percentile would misstate every latency goal. */
class BenchStatsTest {

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchStats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(BenchStats.median(List.of(5.0, 1.0, 9.0))).isEqualTo(5.0);
    }

    @Test
    void percentileIsTheNearestRank() {
        List<Double> oneToHundred = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            oneToHundred.add((double) i);
        }
        assertThat(BenchStats.percentile(oneToHundred, 95)).isEqualTo(95.0);
        assertThat(BenchStats.percentile(oneToHundred, 50)).isEqualTo(50.0);
        // 20 runs: the 95th percentile is the 19th value, not the slowest
        assertThat(BenchStats.percentile(oneToHundred.subList(80, 100), 95)).isEqualTo(19.0);
    }

    @Test
    void spreadShowsMedianAndRange() {
        assertThat(BenchStats.spread(List.of(0.5, 2.25, 1.0), 2)).isEqualTo("1.00 (0.50 - 2.25)");
        assertThatThrownBy(() -> BenchStats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suiteOptionsTakeTheThreeScalesAndRejectOthers() {
        assertThat(SuiteOptions.parse(new String[] {"--scale", "large", "--runs", "3"}).scale.newsSources).isEqualTo(100_000);
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--scale", "huge"}))
                .hasMessageContaining("small, medium or large");
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--runs", "0"})).hasMessageContaining("positive");
    }
}
