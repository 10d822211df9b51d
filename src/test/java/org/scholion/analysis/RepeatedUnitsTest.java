package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences as units give hundreds of thousands of units that nobody coded; the analysis passes
 * them as one unit with a count. Every statistic must give exactly what the units written out one
 * by one give.
 */
class RepeatedUnitsTest {

    private static final List<String> CODERS = List.of("ana", "ben", "cleo");
    private static final List<List<String>> PATTERNS = List.of(
            List.of("1", "1", "1"), List.of("1", "0", "1"), List.of("0", "0", "0"), List.of("0", "1", "0"),
            Arrays.asList("1", null, "1"), Arrays.asList("0", "0", null));
    private static final int[] COUNTS = {7, 3, 400, 2, 5, 9};

    private static ReliabilityData written(List<String> coders, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < PATTERNS.size(); p++) {
            for (int i = 0; i < COUNTS[p]; i++) {
                rows.add(PATTERNS.get(p).subList(0, width));
            }
        }
        return ReliabilityData.ofRows(coders, rows);
    }

    private static ReliabilityData counted(List<String> coders, int width) {
        List<ReliabilityData.Unit> units = new ArrayList<>();
        for (int p = 0; p < PATTERNS.size(); p++) {
            units.add(new ReliabilityData.Unit("pattern " + p, PATTERNS.get(p).subList(0, width), COUNTS[p]));
        }
        return new ReliabilityData(coders, units);
    }

    @Test
    void countedUnitsGiveWhatWrittenOutUnitsGive() {
        assertSame(PercentAgreement.of(written(CODERS, 3)), PercentAgreement.of(counted(CODERS, 3)));
        assertSame(KrippendorffAlpha.nominal(written(CODERS, 3)), KrippendorffAlpha.nominal(counted(CODERS, 3)));
        List<String> two = CODERS.subList(0, 2);
        assertSame(CohenKappa.of(written(two, 2)), CohenKappa.of(counted(two, 2)));
    }

    @Test
    void fleissCountsRepeatedSubjects() {
        List<ReliabilityData.Unit> complete = counted(CODERS, 3).units().stream()
                .filter(unit -> !unit.values().contains(null)).toList();
        List<List<String>> rows = new ArrayList<>();
        complete.forEach(unit -> rows.addAll(java.util.Collections.nCopies(unit.count(), unit.values())));

        AgreementResult repeated = FleissKappa.of(new ReliabilityData(CODERS, complete));
        AgreementResult one = FleissKappa.of(ReliabilityData.ofRows(CODERS, rows));

        assertSame(one, repeated);
        assertThat(repeated.units()).isEqualTo(412);
        var perCategoryRepeated = FleissKappa.perCategory(RatingCounts.of(new ReliabilityData(CODERS, complete)));
        var perCategoryOne = FleissKappa.perCategory(RatingCounts.of(ReliabilityData.ofRows(CODERS, rows)));
        for (String category : List.of("0", "1")) {
            assertSame(perCategoryOne.get(category), perCategoryRepeated.get(category));
        }
    }

    private static void assertSame(AgreementResult expected, AgreementResult actual) {
        assertThat(actual.value().getAsDouble()).isCloseTo(expected.value().getAsDouble(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.coders()).isEqualTo(expected.coders());
    }
}
