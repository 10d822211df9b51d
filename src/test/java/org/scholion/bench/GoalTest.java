package org.scholion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suite's verdicts say whether a goal is met and, if not, by how much. */
class GoalTest {

    @Test
    void aTimeLimitIsMetAtOrUnderItAndOtherwiseMissedByTheRatio() {
        Goal p95 = Goal.atMost(50, "p95 < 50 ms");

        assertThat(p95.verdict(12.3)).isEqualTo("met");
        assertThat(p95.verdict(50)).isEqualTo("met");
        assertThat(p95.verdict(61.5)).isEqualTo("missed by 1.23x");
    }

    @Test
    void aRatioGoalIsMetWhenReachedAndOtherwiseMissedByWhatIsLacking() {
        Goal hundredTimes = Goal.atLeast(100, ">= 100x the scan");

        assertThat(hundredTimes.verdict(205)).isEqualTo("met");
        assertThat(hundredTimes.verdict(50)).isEqualTo("missed by 2.00x");
    }

    @Test
    void noGoalOrNoFigureGivesNoVerdict() {
        assertThat(Goal.NONE.verdict(3)).isEmpty();
        assertThat(Goal.atMost(1, "< 1 s").verdict(Double.NaN)).isEmpty();
    }
}
