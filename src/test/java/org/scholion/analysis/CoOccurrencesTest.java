package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.analysis.ReportFixture.ENERGY;
import static org.scholion.analysis.ReportFixture.ENERGY_PATH;
import static org.scholion.analysis.ReportFixture.NATO;
import static org.scholion.analysis.ReportFixture.NATO_PATH;
import static org.scholion.analysis.ReportFixture.PEACE;
import static org.scholion.analysis.ReportFixture.PEACE_PATH;
import static org.scholion.analysis.ReportFixture.POLITICS_PATH;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/** Co-occurrence edge cases, counted by hand: touching spans, coders, paragraphs, sub-codes, the diagonal. */
class CoOccurrencesTest {

    private final ReportFixture fixture = new ReportFixture();
    private final SourceId source = fixture.source("Text", SourceType.NEWS, 2020);
    private final SourceId other = fixture.source("Other text", SourceType.NEWS, 2021);

    @Test
    void spansThatOnlyTouchDoNotOverlap() {
        fixture.code(source, 0, 10, NATO, "ana");
        fixture.code(source, 10, 20, PEACE, "ana");

        CoOccurrence co = overlap(false);

        assertThat(co.table().cell(NATO_PATH, PEACE_PATH)).isZero();
        assertThat(co.table().total()).isZero();
    }

    @Test
    void aCellCountsOverlappingCodingPairsSymmetricallyWithThePairsBehindIt() {
        Coding nato = fixture.code(source, 0, 10, NATO, "ana");
        Coding peace = fixture.code(source, 9, 20, PEACE, "ana");
        Coding peace2 = fixture.code(source, 2, 3, PEACE, "ana");
        fixture.code(other, 9, 20, PEACE, "ana"); // another source: no pair with nato

        CoOccurrence co = overlap(false);

        assertThat(co.table().cell(NATO_PATH, PEACE_PATH)).isEqualTo(2);
        assertThat(co.table().cell(PEACE_PATH, NATO_PATH)).isEqualTo(2);
        assertThat(co.table().cell(PEACE_PATH, PEACE_PATH)).as("[2, 3) and [9, 20) do not overlap").isZero();
        assertThat(co.pairs(NATO_PATH, PEACE_PATH)).containsExactlyInAnyOrder(
                new CodingPair(nato, peace2), new CodingPair(nato, peace));
        assertThat(co.pairs(PEACE_PATH, NATO_PATH)).hasSize(2);
        assertThat(co.pairs(ENERGY_PATH, PEACE_PATH)).isEmpty();
        assertThat(co.table().summable()).isFalse();
        assertThat(co.table().measure()).isEqualTo("coding pairs");
    }

    @Test
    void pairsAreFormedWithinOneCoderOnly() {
        fixture.code(source, 0, 10, NATO, "ana");
        fixture.code(source, 0, 10, PEACE, "ben");
        fixture.code(source, 0, 10, NATO, "ben");

        CoOccurrence co = overlap(false);

        assertThat(co.table().cell(NATO_PATH, PEACE_PATH)).isEqualTo(1);
        assertThat(co.table().cell(NATO_PATH, NATO_PATH)).as("ana's and ben's NATO are not a pair").isZero();
    }

    @Test
    void theDiagonalCountsPairsOfOverlappingCodingsOfOneCode() {
        Coding first = fixture.code(source, 0, 10, NATO, "ana");
        Coding second = fixture.code(source, 5, 15, NATO, "ana");

        CoOccurrence co = overlap(false);

        assertThat(co.table().cell(NATO_PATH, NATO_PATH)).isEqualTo(1);
        assertThat(co.pairs(NATO_PATH, NATO_PATH)).containsExactly(new CodingPair(first, second));
    }

    @Test
    void withSubCodesAPairCountsOncePerCell() {
        fixture.code(source, 0, 10, NATO, "ana");
        fixture.code(source, 5, 15, ENERGY, "ana");
        fixture.code(source, 50, 60, NATO, "ana");
        fixture.code(source, 55, 65, NATO, "ana");

        CoOccurrence co = overlap(true);

        assertThat(co.table().cell(NATO_PATH, ENERGY_PATH)).isEqualTo(1);
        assertThat(co.table().cell(POLITICS_PATH, ENERGY_PATH)).isEqualTo(1);
        assertThat(co.table().cell(POLITICS_PATH, NATO_PATH)).as("each pair touching NATO, once").isEqualTo(2);
        assertThat(co.table().cell(POLITICS_PATH, POLITICS_PATH)).isEqualTo(2);
        assertThat(co.table().cell(NATO_PATH, NATO_PATH)).isEqualTo(1);
    }

    @Test
    void paragraphScopePairsCodingsSharingAParagraph() {
        List<Span> paragraphs = List.of(new Span(0, 100), new Span(102, 200), new Span(202, 300));
        fixture.code(source, 10, 20, NATO, "ana");   // paragraph 0
        fixture.code(source, 50, 60, PEACE, "ana");  // paragraph 0, no overlap with NATO
        fixture.code(source, 150, 160, ENERGY, "ana"); // paragraph 1
        fixture.code(source, 90, 110, PEACE, "ben"); // paragraphs 0 and 1
        fixture.code(source, 120, 130, NATO, "ben"); // paragraph 1
        fixture.code(source, 100, 102, ENERGY, "ben"); // between paragraphs only: in none

        CoOccurrence co = CoOccurrences.of(fixture.corpus(), CoOccurrenceScope.PARAGRAPH, false, Map.of(source, paragraphs));

        assertThat(co.table().cell(NATO_PATH, PEACE_PATH)).as("ana in paragraph 0, ben across 0 and 1").isEqualTo(2);
        assertThat(co.table().cell(NATO_PATH, ENERGY_PATH)).as("different paragraphs; ben's Energy in none").isZero();
        assertThat(co.table().cell(PEACE_PATH, ENERGY_PATH)).isZero();
        assertThat(co.table().title()).isEqualTo("Co-occurrence of codes within a paragraph");
    }

    @Test
    void noCodingsGiveAnEmptyTable() {
        CoOccurrence co = CoOccurrences.of(new CodedCorpus(Codebook.empty(), List.of(), List.of()),
                CoOccurrenceScope.PARAGRAPH, false, Map.of());
        assertThat(co.table().isEmpty()).isTrue();
        assertThat(overlap(false).table().total()).isZero();
    }

    @Test
    void aThousandCodingsOnOneSpotAreAllPaired() {
        for (int i = 0; i < 1000; i++) {
            fixture.code(source, i, i + 2000, i % 2 == 0 ? NATO : PEACE, "ana");
        }
        CoOccurrence co = overlap(false);
        assertThat(co.table().cell(NATO_PATH, PEACE_PATH)).isEqualTo(500L * 500);
        assertThat(co.table().cell(NATO_PATH, NATO_PATH)).isEqualTo(500L * 499 / 2);
        assertThat(co.pairs(NATO_PATH, PEACE_PATH)).hasSize(500 * 500);
    }

    private CoOccurrence overlap(boolean withSubCodes) {
        return CoOccurrences.of(fixture.corpus(), CoOccurrenceScope.OVERLAP, withSubCodes, Map.of());
    }
}
