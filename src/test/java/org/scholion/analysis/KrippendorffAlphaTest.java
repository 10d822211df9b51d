package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    @Test
    void reproducesTheNominalExampleWithMissingData() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (nominal data, any number of observers, missing values):
        // 4 observers x 12 units, nominal data with missing values; alpha = 0.743.
        // Unit 12 has a single value and is not pairable, so 11 units count.
        String m = null;
        ReliabilityData data = ReliabilityData.ofRows(List.of("A", "B", "C", "D"), List.of(
                Arrays.asList("1", "1", m, "1"),
                Arrays.asList("2", "2", "3", "2"),
                Arrays.asList("3", "3", "3", "3"),
                Arrays.asList("3", "3", "3", "3"),
                Arrays.asList("2", "2", "2", "2"),
                Arrays.asList("1", "2", "3", "4"),
                Arrays.asList("4", "4", "4", "4"),
                Arrays.asList("1", "1", "2", "1"),
                Arrays.asList("2", "2", "2", "2"),
                Arrays.asList(m, "5", "5", "5"),
                Arrays.asList(m, m, "1", "1"),
                Arrays.asList(m, "3", m, m)));

        AgreementResult alpha = KrippendorffAlpha.nominal(data);

        assertThat(alpha.value().getAsDouble()).isCloseTo(0.743, within(0.0005));
        assertThat(alpha.units()).isEqualTo(11);
        assertThat(alpha.coders()).isEqualTo(4);
    }

    @Test
    void twoCodersWithoutMissingValuesMatchTheSmallSampleCorrectedFormula() {
        // Grant-proposal table (Wikipedia, "Cohen's kappa"): 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
        // By hand: n = 100, n_yes = 55, n_no = 45, o_yes,no + o_no,yes = 30,
        // alpha = 1 - 99 * 30 / (2 * 55 * 45) = 0.4.
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) rows.add(List.of("yes", "yes"));
        for (int i = 0; i < 5; i++) rows.add(List.of("yes", "no"));
        for (int i = 0; i < 10; i++) rows.add(List.of("no", "yes"));
        for (int i = 0; i < 15; i++) rows.add(List.of("no", "no"));

        assertThat(KrippendorffAlpha.nominal(ReliabilityData.ofRows(List.of("A", "B"), rows)).value().getAsDouble())
                .isCloseTo(0.400, within(0.0005));
    }

    @Test
    void edgeCasesAreUndefinedWithAReasonNeverNaN() {
        AgreementResult oneCoder = KrippendorffAlpha.nominal(
                ReliabilityData.ofRows(List.of("A"), List.of(List.of("x"), List.of("y"))));
        AgreementResult empty = KrippendorffAlpha.nominal(ReliabilityData.ofRows(List.of("A", "B"), List.of()));
        AgreementResult allSame = KrippendorffAlpha.nominal(
                ReliabilityData.ofRows(List.of("A", "B"), List.of(List.of("x", "x"), List.of("x", "x"))));

        assertThat(oneCoder.isDefined()).isFalse();
        assertThat(oneCoder.undefinedReason()).isEqualTo("needs two coders, the data has only A");
        assertThat(empty.undefinedReason()).isEqualTo("no unit has two or more values to compare");
        assertThat(allSame.isDefined()).isFalse();
        assertThat(allSame.undefinedReason()).contains("no variation");
        assertThat(allSame.units()).isEqualTo(2);
    }

    @Test
    void fullAgreementIsOneAndACodeNobodyUsedHasNoVariation() {
        // Per code, each unit's value is "coded" or "not coded"; nobody using the code leaves only "not coded".
        ReliabilityData agreeing = ReliabilityData.ofRows(List.of("A", "B", "C"), List.of(
                List.of("yes", "yes", "yes"), Arrays.asList("no", "no", null), List.of("no", "no", "no")));
        ReliabilityData unused = ReliabilityData.ofRows(List.of("A", "B"), List.of(
                List.of("no", "no"), List.of("no", "no"), List.of("no", "no")));

        assertThat(KrippendorffAlpha.nominal(agreeing).value().getAsDouble()).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.nominal(unused).undefinedReason()).contains("no variation");
        assertThat(KrippendorffAlpha.nominal(unused).units()).isEqualTo(3);
    }

    @Test
    void aSingleUnitWithTwoDifferentValuesIsDefined() {
        // n = 2, n_x = n_y = 1: alpha = 1 - 1 * 2 / 2 = 0.
        AgreementResult alpha = KrippendorffAlpha.nominal(
                ReliabilityData.ofRows(List.of("A", "B"), List.of(List.of("x", "y"))));

        assertThat(alpha.value().getAsDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(alpha.units()).isEqualTo(1);
    }
}
