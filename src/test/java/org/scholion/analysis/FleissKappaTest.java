package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** Fleiss (1971), Table 1 (p. 379): n_ij, how many of six psychiatrists put patient i into diagnosis j. */
    private static final RatingCounts DIAGNOSES = new RatingCounts(
            List.of("depression", "personality disorder", "schizophrenia", "neurosis", "other"), List.of(
            List.of(0, 0, 0, 6, 0), List.of(0, 3, 0, 0, 3), List.of(0, 1, 4, 0, 1), List.of(0, 0, 0, 0, 6),
            List.of(0, 3, 0, 3, 0), List.of(2, 0, 4, 0, 0), List.of(0, 0, 4, 0, 2), List.of(2, 0, 3, 1, 0),
            List.of(2, 0, 0, 4, 0), List.of(0, 0, 0, 0, 6), List.of(1, 0, 0, 5, 0), List.of(1, 1, 0, 4, 0),
            List.of(0, 3, 3, 0, 0), List.of(1, 0, 0, 5, 0), List.of(0, 2, 0, 3, 1), List.of(0, 0, 5, 0, 1),
            List.of(3, 0, 0, 1, 2), List.of(5, 1, 0, 0, 0), List.of(0, 2, 0, 4, 0), List.of(1, 0, 2, 0, 3),
            List.of(0, 0, 0, 0, 6), List.of(0, 1, 0, 5, 0), List.of(0, 2, 0, 1, 3), List.of(2, 0, 0, 4, 0),
            List.of(1, 0, 0, 4, 1), List.of(0, 5, 0, 1, 0), List.of(4, 0, 0, 0, 2), List.of(0, 2, 0, 4, 0),
            List.of(1, 0, 5, 0, 0), List.of(0, 0, 0, 0, 6)));

    @Test
    void reproducesFleiss1971PsychiatricDiagnoses() {
        // Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological
        // Bulletin 76(5), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses; kappa = .430.
        // The same data is R package irr's `diagnoses` set; DKPro Statistics' Fleiss1971Test lists
        // it rater by rater.
        AgreementResult kappa = FleissKappa.of(DIAGNOSES);

        assertThat(kappa.value().getAsDouble()).isCloseTo(0.430, within(0.0005));
        assertThat(kappa.units()).isEqualTo(30);
        assertThat(kappa.coders()).isEqualTo(6);
    }

    @Test
    void perCategoryKappasAgreeWithFleiss1971WithinHisRounding() {
        // The paper reports kappa_j = .248, .248, .517, .470, .565 (as quoted by DKPro Statistics'
        // Fleiss1971Test and quallmer's tests). Computed without rounding the category shares p_j
        // they are .245, .245, .520, .471, .566 (as R's irr::kappam.fleiss also prints), so they
        // agree to within .003, not to three decimals; we report the unrounded values.
        Map<String, AgreementResult> perCategory = FleissKappa.perCategory(DIAGNOSES);

        assertThat(perCategory.keySet()).containsExactlyElementsOf(DIAGNOSES.categories());
        double[] published = {0.248, 0.248, 0.517, 0.470, 0.565};
        double[] unrounded = {0.245, 0.245, 0.520, 0.471, 0.566};
        for (int j = 0; j < published.length; j++) {
            double kappa = perCategory.get(DIAGNOSES.categories().get(j)).value().getAsDouble();
            assertThat(kappa).isCloseTo(published[j], within(0.0035));
            assertThat(kappa).isCloseTo(unrounded[j], within(0.0005));
        }
    }

    @Test
    void aCategoryNobodyChoseIsUndefinedPerCategory() {
        RatingCounts counts = new RatingCounts(List.of("a", "b", "unused"), List.of(List.of(2, 0, 0), List.of(1, 1, 0)));

        Map<String, AgreementResult> perCategory = FleissKappa.perCategory(counts);

        assertThat(perCategory.get("unused").undefinedReason()).isEqualTo("nobody chose this category");
        assertThat(perCategory.get("a").isDefined()).isTrue();
        assertThat(FleissKappa.of(counts).isDefined()).isTrue();
    }

    @Test
    void fullAgreementIsOne() {
        RatingCounts counts = new RatingCounts(List.of("a", "b"), List.of(List.of(3, 0), List.of(0, 3), List.of(3, 0)));

        assertThat(FleissKappa.of(counts).value().getAsDouble()).isEqualTo(1.0);
        assertThat(FleissKappa.perCategory(counts).get("b").value().getAsDouble()).isEqualTo(1.0);
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
        assertThat(FleissKappa.of(new RatingCounts(List.of("a", "b"), List.of(List.of(1, 0)))).undefinedReason())
                .isEqualTo("needs two raters per subject, got 1");
        assertThat(FleissKappa.perCategory(new RatingCounts(List.of("a", "b"), List.of(List.of(4, 0), List.of(4, 0))))
                .get("a").undefinedReason()).contains("no variation");
    }
}
