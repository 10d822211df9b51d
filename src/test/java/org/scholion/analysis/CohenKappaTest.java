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
    void oneCoderOrThreeCodersAreRejectedWithOneLine() {
        ReliabilityData one = ReliabilityData.ofRows(List.of("A"), List.of(List.of("yes")));
        ReliabilityData three = ReliabilityData.ofRows(List.of("A", "B", "C"), List.of(List.of("x", "x", "y")));

        assertThatThrownBy(() -> CohenKappa.of(one)).hasMessage("Cohen's kappa needs exactly two coders, got 1");
        assertThatThrownBy(() -> CohenKappa.of(three)).hasMessage("Cohen's kappa needs exactly two coders, got 3");
        assertThatThrownBy(() -> PercentAgreement.of(one)).hasMessage("percent agreement needs at least two coders, got 1");
    }
}
