package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.analysis.ReportFixture.ENERGY;
import static org.scholion.analysis.ReportFixture.ENERGY_PATH;
import static org.scholion.analysis.ReportFixture.NATO;
import static org.scholion.analysis.ReportFixture.NATO_PATH;
import static org.scholion.analysis.ReportFixture.PEACE;
import static org.scholion.analysis.ReportFixture.PEACE_PATH;
import static org.scholion.analysis.ReportFixture.POLITICS;
import static org.scholion.analysis.ReportFixture.POLITICS_PATH;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scholion.codebook.Codebook;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;

/** Segments, sources and coded characters per code on small corpora whose counts are known by hand. */
class CodeFrequenciesTest {

    private final ReportFixture fixture = new ReportFixture();
    private final SourceId news2018 = fixture.source("Old news", SourceType.NEWS, 2018);
    private final SourceId undated = fixture.source("Undated article", SourceType.ARTICLE, null);
    private final SourceId news2020 = fixture.source("New news", SourceType.NEWS, 2020);

    @Test
    void aSegmentIsOneCodersSpanAndASourceCountsOncePerCode() {
        fixture.code(news2018, 0, 10, NATO, "ana");
        fixture.code(news2018, 0, 10, NATO, "ana"); // the same span twice by one coder: one segment
        fixture.code(news2018, 0, 10, NATO, "ben"); // the same span by another coder: another segment
        fixture.code(news2018, 50, 60, NATO, "ana");
        fixture.code(news2020, 5, 9, PEACE, "ana");

        Frequencies f = CodeFrequencies.of(fixture.corpus(), Breakdown.OVERALL, false);

        assertThat(f.segments().rows()).containsExactly(POLITICS_PATH, NATO_PATH, ENERGY_PATH, PEACE_PATH);
        assertThat(f.segments().columns()).containsExactly("All sources");
        assertThat(f.segments().cell(NATO_PATH, "All sources")).isEqualTo(3);
        assertThat(f.sources().cell(NATO_PATH, "All sources")).isEqualTo(1);
        assertThat(f.segments().cell(POLITICS_PATH, "All sources")).as("no sub-codes: the parent has none of its own").isZero();
        assertThat(f.segments().cell(PEACE_PATH, "All sources")).isEqualTo(1);
        assertThat(f.segments().summable()).isTrue();
        assertThat(f.sources().summable()).isFalse();
        assertThat(f.segments().title()).isEqualTo("Coded segments per code");
    }

    @Test
    void withSubCodesAParentCountsItsDescendantsSegmentsOnce() {
        fixture.code(news2018, 0, 10, NATO, "ana");
        fixture.code(news2018, 0, 10, POLITICS, "ana"); // same span, parent and child: one segment of Politics
        fixture.code(news2018, 20, 30, ENERGY, "ana");
        fixture.code(news2020, 20, 30, ENERGY, "ana");

        Frequencies f = CodeFrequencies.of(fixture.corpus(), Breakdown.OVERALL, true);

        assertThat(f.segments().cell(POLITICS_PATH, "All sources")).isEqualTo(3);
        assertThat(f.sources().cell(POLITICS_PATH, "All sources")).isEqualTo(2);
        assertThat(f.segments().cell(NATO_PATH, "All sources")).isEqualTo(1);
        assertThat(f.segments().cell(ENERGY_PATH, "All sources")).isEqualTo(2);
        assertThat(f.segments().summable()).as("a parent repeats its children").isFalse();
        assertThat(f.segments().title()).isEqualTo("Coded segments per code (with sub-codes)");
    }

    @Test
    void yearsRunWithoutGapsAndUndatedSourcesHaveTheirOwnColumn() {
        fixture.code(news2018, 0, 10, NATO, "ana");
        fixture.code(undated, 0, 10, NATO, "ana");
        fixture.code(undated, 30, 40, NATO, "ana");
        fixture.code(news2020, 0, 10, PEACE, "ana");

        CountTable overTime = CodesOverTime.of(fixture.corpus(), false);

        assertThat(overTime.columns()).containsExactly("2018", "2019", "2020", "undated");
        assertThat(overTime.cell(NATO_PATH, "2018")).isEqualTo(1);
        assertThat(overTime.cell(NATO_PATH, "2019")).isZero();
        assertThat(overTime.cell(NATO_PATH, "undated")).isEqualTo(2);
        assertThat(overTime.cell(PEACE_PATH, "2020")).isEqualTo(1);
        assertThat(overTime.title()).isEqualTo("Coded segments per code per year");
        assertThat(overTime.columnHeading()).isEqualTo("Year");
    }

    @Test
    void typesSourcesAndCodersAreColumnsInTheirOwnOrder() {
        fixture.code(news2018, 0, 10, NATO, "ben");
        fixture.code(undated, 0, 10, NATO, "ana");
        fixture.code(news2020, 0, 10, NATO, "ana");

        CodedCorpus corpus = fixture.corpus();
        CountTable byType = CodeFrequencies.of(corpus, Breakdown.TYPE, false).segments();
        assertThat(byType.columns()).containsExactly("article", "news");
        assertThat(byType.cell(NATO_PATH, "news")).isEqualTo(2);
        CountTable bySource = CodeFrequencies.of(corpus, Breakdown.SOURCE, false).sources();
        assertThat(bySource.columns()).containsExactly("Old news", "Undated article", "New news");
        assertThat(bySource.rowTotal(bySource.rows().indexOf(NATO_PATH))).isEqualTo(3);
        CountTable byCoder = CodeFrequencies.of(corpus, Breakdown.CODER, false).segments();
        assertThat(byCoder.columns()).containsExactly("ana", "ben");
        assertThat(byCoder.cell(NATO_PATH, "ana")).isEqualTo(2);
        assertThat(byCoder.title()).isEqualTo("Coded segments per code by coder");
    }

    @Test
    void aRequestNarrowsToItsCodersAndSourceTypes() {
        fixture.code(news2018, 0, 10, NATO, "ben");
        fixture.code(undated, 0, 10, NATO, "ana");
        fixture.code(news2020, 0, 10, NATO, "ana");

        CodedCorpus narrowed = fixture.corpus().select(new ReportRequest(Set.of("ana"), Set.of(SourceType.NEWS), false));

        assertThat(narrowed.codings()).hasSize(1);
        assertThat(CodeFrequencies.of(narrowed, Breakdown.YEAR, false).segments().columns()).containsExactly("2018", "2019", "2020");
    }

    @Test
    void overlappingCodingsOfOneCodeCountTheirCharactersOnce() {
        fixture.code(news2018, 0, 10, NATO, "ana");
        fixture.code(news2018, 5, 15, NATO, "ben");   // overlaps: union [0, 15)
        fixture.code(news2018, 15, 20, NATO, "ana");  // touches: adds 5
        fixture.code(news2020, 100, 110, NATO, "ana");
        fixture.code(news2018, 0, 4, ENERGY, "ana");

        CountTable chars = CodedCharacters.of(fixture.corpus(), Breakdown.SOURCE, false);
        assertThat(chars.measure()).isEqualTo("coded characters");
        assertThat(chars.cell(NATO_PATH, "Old news")).isEqualTo(20);
        assertThat(chars.cell(NATO_PATH, "New news")).isEqualTo(10);
        assertThat(chars.rowTotal(chars.rows().indexOf(NATO_PATH))).isEqualTo(30);

        CountTable rolledUp = CodedCharacters.of(fixture.corpus(), Breakdown.OVERALL, true);
        assertThat(rolledUp.cell(POLITICS_PATH, "All sources")).as("Energy's [0, 4) lies inside NATO's [0, 20)").isEqualTo(30);

        CountTable perCoder = CodedCharacters.of(fixture.corpus(), Breakdown.CODER, false);
        assertThat(perCoder.cell(NATO_PATH, "ana")).isEqualTo(10 + 5 + 10);
        assertThat(perCoder.cell(NATO_PATH, "ben")).isEqualTo(10);
    }

    @Test
    void anEmptyProjectGivesEmptyTablesNotErrors() {
        CodedCorpus empty = new CodedCorpus(Codebook.empty(), List.of(), List.of());
        Frequencies f = CodeFrequencies.of(empty, Breakdown.YEAR, false);
        assertThat(f.segments().isEmpty()).isTrue();
        assertThat(f.segments().total()).isZero();
        assertThat(CodesOverTime.of(empty, true).columns()).isEmpty();
        assertThat(CodedCharacters.of(empty, Breakdown.OVERALL, false).maximum()).isZero();
        CodedCorpus noCodings = new CodedCorpus(ReportFixture.CODEBOOK, List.of(), List.of());
        CountTable overall = CodeFrequencies.of(noCodings, Breakdown.OVERALL, true).segments();
        assertThat(overall.rows()).hasSize(4);
        assertThat(overall.total()).isZero();
    }
}
