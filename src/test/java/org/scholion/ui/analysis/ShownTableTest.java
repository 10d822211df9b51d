package org.scholion.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholion.analysis.CountTable;

/** What the window shows of a table: codes without counts left out, totals lines, as the user reads them. */
class ShownTableTest {

    private final CountTable byYear = CountTable.of("Codes over time", "Code", "Year", "segments",
            List.of("Georgia", "Unused", "NATO"), List.of("1991", "1992", "1993"), true,
            new long[][] {{1, 0, 2}, {0, 0, 0}, {0, 0, 5}});

    @Test
    void emptyCodesLeaveButYearsWithoutCountsStay() {
        CountTable shown = EmptyRows.removed(byYear, false);
        assertThat(shown.rows()).containsExactly("Georgia", "NATO");
        assertThat(shown.columns()).containsExactly("1991", "1992", "1993");
        assertThat(shown.cell("NATO", "1993")).isEqualTo(5);
        assertThat(shown.total()).isEqualTo(byYear.total());
    }

    @Test
    void inACoOccurrenceAnEmptyCodeLeavesAsRowAndColumn() {
        CountTable pairs = CountTable.of("Co-occurrence", "Code", "Code", "coding pairs", List.of("A", "B", "C"),
                List.of("A", "B", "C"), false, new long[][] {{0, 0, 3}, {0, 0, 0}, {3, 0, 1}});
        CountTable shown = EmptyRows.removed(pairs, true);
        assertThat(shown.rows()).containsExactly("A", "C");
        assertThat(shown.columns()).containsExactly("A", "C");
        assertThat(shown.cell("C", "C")).isEqualTo(1);
        assertThat(shown.cell("A", "C")).isEqualTo(3);
    }

    @Test
    void summableTablesGetATotalColumnAndLine() {
        assertThat(TableLine.headings(byYear)).containsExactly("Code", "1991", "1992", "1993", "Total");
        List<TableLine> lines = TableLine.of(byYear);
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).isEqualTo(new TableLine(0, "Georgia", List.of(1L, 0L, 2L, 3L), false));
        assertThat(lines.getLast()).isEqualTo(new TableLine(-1, "Total", List.of(1L, 0L, 7L, 8L), true));

        CountTable sources = CountTable.of("Sources per code", "Code", "Overall", "sources", List.of("Georgia"),
                List.of("Sources"), false, new long[][] {{4}});
        assertThat(TableLine.headings(sources)).containsExactly("Code", "Sources");
        assertThat(TableLine.of(sources)).containsExactly(new TableLine(0, "Georgia", List.of(4L), false));
    }
}
