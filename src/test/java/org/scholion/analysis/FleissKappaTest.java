package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    private static final List<String> FIVE = List.of("1", "2", "3", "4", "5");

    @Test
    void reproducesTheWorkedExampleOnWikipedia() {
        // Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters,
        // 5 categories; P-bar = 0.378, Pe-bar = 0.213, kappa = 0.210.
        RatingCounts counts = new RatingCounts(FIVE, List.of(
                List.of(0, 0, 0, 0, 14),
                List.of(0, 2, 6, 4, 2),
                List.of(0, 0, 3, 5, 6),
                List.of(0, 3, 9, 2, 0),
                List.of(2, 2, 8, 1, 1),
                List.of(7, 7, 0, 0, 0),
                List.of(3, 2, 6, 3, 0),
                List.of(2, 5, 3, 2, 2),
                List.of(6, 5, 2, 1, 0),
                List.of(0, 2, 2, 3, 7)));

        AgreementResult kappa = FleissKappa.of(counts);

        assertThat(kappa.value().getAsDouble()).isCloseTo(0.210, within(0.0005));
        assertThat(kappa.units()).isEqualTo(10);
        assertThat(kappa.coders()).isEqualTo(14);
    }

    @Test
    void completeReliabilityDataIsCountedPerCategory() {
        ReliabilityData data = ReliabilityData.ofRows(List.of("A", "B", "C"), List.of(
                List.of("x", "x", "x"), List.of("y", "y", "x"), List.of("y", "y", "y")));

        AgreementResult kappa = FleissKappa.of(data);

        assertThat(kappa.units()).isEqualTo(3);
        assertThat(kappa.coders()).isEqualTo(3);
        // By hand: P-bar = (1 + 1/3 + 1) / 3 = 7/9, Pe = (4/9)^2 + (5/9)^2 = 41/81, kappa = 22/40.
        assertThat(kappa.value().getAsDouble()).isCloseTo(0.550, within(0.0005));
    }

    @Test
    void missingValuesAreRejectedPointingToAlpha() {
        ReliabilityData data = ReliabilityData.ofRows(List.of("A", "B"), List.of(Arrays.asList("x", null)));

        assertThatThrownBy(() -> FleissKappa.of(data)).hasMessageContaining("Krippendorff");
    }

    @Test
    void unequalRaterNumbersAreRejected() {
        assertThatThrownBy(() -> new RatingCounts(List.of("a", "b"), List.of(List.of(2, 1), List.of(1, 1))))
                .hasMessage("subject 2 has 2 ratings, the others 3; Fleiss' kappa needs equal numbers");
    }

    @Test
    void edgeCasesGiveAReasonOrOneLineNeverNaN() {
        AgreementResult allSame = FleissKappa.of(new RatingCounts(List.of("a", "b"), List.of(List.of(4, 0), List.of(4, 0))));
        AgreementResult empty = FleissKappa.of(new RatingCounts(FIVE, List.of()));

        assertThat(allSame.isDefined()).isFalse();
        assertThat(allSame.undefinedReason()).contains("no variation");
        assertThat(empty.isDefined()).isFalse();
        assertThatThrownBy(() -> FleissKappa.of(new RatingCounts(List.of("a", "b"), List.of(List.of(1, 0)))))
                .hasMessage("Fleiss' kappa needs at least two raters per subject, got 1");
    }
}
