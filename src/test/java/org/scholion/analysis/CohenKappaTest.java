package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    private static final List<String> TWO = List.of("A", "B");

    /** Units for a 2x2 table: yes/yes, A yes B no, A no B yes, no/no. */
    private static ReliabilityData table(int yesYes, int yesNo, int noYes, int noNo) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < yesYes; i++) rows.add(List.of("yes", "yes"));
        for (int i = 0; i < yesNo; i++) rows.add(List.of("yes", "no"));
        for (int i = 0; i < noYes; i++) rows.add(List.of("no", "yes"));
        for (int i = 0; i < noNo; i++) rows.add(List.of("no", "no"));
        return ReliabilityData.ofRows(TWO, rows);
    }

    @Test
    void reproducesTheGrantProposalExample() {
        // Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals, two readers,
        // 20 yes/yes, 5 A-yes/B-no, 10 A-no/B-yes, 15 no/no; po = 0.7, pe = 0.5, kappa = 0.4.
        AgreementResult kappa = CohenKappa.of(table(20, 5, 10, 15));

        assertThat(kappa.value().getAsDouble()).isCloseTo(0.400, within(0.0005));
        assertThat(kappa.units()).isEqualTo(50);
        assertThat(kappa.coders()).isEqualTo(2);
        assertThat(PercentAgreement.of(table(20, 5, 10, 15)).value().getAsDouble()).isCloseTo(0.700, within(0.0005));
    }

    /** Units for a square agreement table: counts[a][b] units got value a+1 from A and b+1 from B. */
    private static ReliabilityData crossTable(int[][] counts) {
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts[a].length; b++) {
                for (int i = 0; i < counts[a][b]; i++) {
                    rows.add(List.of(String.valueOf(a + 1), String.valueOf(b + 1)));
                }
            }
        }
        return ReliabilityData.ofRows(TWO, rows);
    }

    @Test
    void reproducesCohens1960WorkedExample() {
        // Cohen (1960), "A coefficient of agreement for nominal scales", Educational and
        // Psychological Measurement 20(1), p. 45: two judges put 200 units into three categories
        // (the paper's Table 2 as cited by DKPro Statistics' Cohen1960Test and the quallmer tests).
        // The paper gives p_o = .70, p_c = .41, kappa = .492 and sigma_kappa = .055, so the 95 %
        // limits are .384 and .600.
        ReliabilityData judges = crossTable(new int[][] {
                {88, 14, 18},
                {10, 40, 10},
                {2, 6, 12}});

        AgreementResult kappa = CohenKappa.of(judges);
        double se = CohenKappa.standardError(judges).getAsDouble();

        assertThat(PercentAgreement.of(judges).value().getAsDouble()).isCloseTo(0.700, within(0.0005));
        assertThat(CohenKappa.chanceAgreement(judges).getAsDouble()).isCloseTo(0.410, within(0.0005));
        assertThat(kappa.value().getAsDouble()).isCloseTo(0.492, within(0.0005));
        assertThat(kappa.units()).isEqualTo(200);
        assertThat(se).isCloseTo(0.055, within(0.0005));
        assertThat(kappa.value().getAsDouble() - 1.96 * se).isCloseTo(0.384, within(0.001));
        assertThat(kappa.value().getAsDouble() + 1.96 * se).isCloseTo(0.600, within(0.001));
    }

    @Test
    void fullAgreementIsOne() {
        AgreementResult kappa = CohenKappa.of(table(7, 0, 0, 5));

        assertThat(kappa.value().getAsDouble()).isEqualTo(1.0);
        assertThat(PercentAgreement.of(table(7, 0, 0, 5)).value().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aCodeNobodyUsedHasNoVariation() {
        // Per-code agreement asks "code applied?" for each unit; a code nobody used is "no" everywhere.
        AgreementResult kappa = CohenKappa.of(table(0, 0, 0, 9));

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.undefinedReason()).contains("no variation");
        assertThat(CohenKappa.standardError(table(0, 0, 0, 9))).isEmpty();
        assertThat(PercentAgreement.of(table(0, 0, 0, 9)).value().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void samePercentAgreementGivesDifferentKappaForDifferentMarginals() {
        // Wikipedia, "Cohen's kappa", section "Same percentages but different numbers":
        // both tables have 60 % agreement; kappa = 0.1304 and 0.2593.
        assertThat(CohenKappa.of(table(45, 15, 25, 15)).value().getAsDouble()).isCloseTo(0.130, within(0.0005));
        assertThat(CohenKappa.of(table(25, 35, 5, 35)).value().getAsDouble()).isCloseTo(0.259, within(0.0005));
    }

    @Test
    void unitsOneCoderSkippedDoNotCount() {
        List<List<String>> rows = new ArrayList<>(table(20, 5, 10, 15).units().stream().map(ReliabilityData.Unit::values).toList());
        rows.add(Arrays.asList("yes", null));
        rows.add(Arrays.asList(null, "no"));

        AgreementResult kappa = CohenKappa.of(ReliabilityData.ofRows(TWO, rows));

        assertThat(kappa.units()).isEqualTo(50);
        assertThat(kappa.value().getAsDouble()).isCloseTo(0.400, within(0.0005));
    }

    @Test
    void everyoneUsingOneValueIsUndefinedWithAReasonNotNaN() {
        AgreementResult kappa = CohenKappa.of(table(12, 0, 0, 0));

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.undefinedReason()).contains("no variation");
        assertThat(kappa.units()).isEqualTo(12);
    }

    @Test
    void aSingleDisagreeingUnitIsNoBetterThanChance() {
        assertThat(CohenKappa.of(table(0, 1, 0, 0)).value().getAsDouble()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void emptyInputIsUndefined() {
        AgreementResult kappa = CohenKappa.of(ReliabilityData.ofRows(TWO, List.of()));

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.units()).isZero();
        assertThat(PercentAgreement.of(ReliabilityData.ofRows(TWO, List.of())).isDefined()).isFalse();
    }

    @Test
    void oneCoderIsUndefinedAndThreeCodersAreRejectedWithOneLine() {
        ReliabilityData one = ReliabilityData.ofRows(List.of("A"), List.of(List.of("yes")));
        ReliabilityData three = ReliabilityData.ofRows(List.of("A", "B", "C"), List.of(List.of("x", "x", "y")));

        assertThat(CohenKappa.of(one).undefinedReason()).isEqualTo("needs two coders, the data has only A");
        assertThat(CohenKappa.of(one).coders()).isEqualTo(1);
        assertThat(PercentAgreement.of(one).undefinedReason()).isEqualTo("needs two coders, the data has only A");
        assertThat(CohenKappa.standardError(one)).isEmpty();
        assertThatThrownBy(() -> CohenKappa.of(three)).hasMessage("Cohen's kappa needs exactly two coders, got 3");
    }
}
