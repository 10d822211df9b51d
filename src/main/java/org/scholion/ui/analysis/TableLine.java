package org.scholion.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A line of a report's table as the window shows it: a row label and its counts, with the row's
 * total when the table is summable; the last line holds the column totals.
 *
 * @param row   the row's index in the table, or -1 for the totals line
 */
public record TableLine(int row, String label, List<Long> counts, boolean totals) {

    public TableLine {
        counts = List.copyOf(counts);
    }

    /** The column headings of the shown table: the row heading, the columns, "Total" when summable. */
    public static List<String> headings(CountTable table) {
        List<String> headings = new ArrayList<>();
        headings.add(table.rowHeading());
        headings.addAll(table.columns());
        if (table.summable()) {
            headings.add("Total");
        }
        return headings;
    }

    public static List<TableLine> of(CountTable table) {
        List<TableLine> lines = new ArrayList<>();
        int columns = table.columns().size();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Long> counts = new ArrayList<>(columns + 1);
            for (int c = 0; c < columns; c++) {
                counts.add(table.cell(r, c));
            }
            if (table.summable()) {
                counts.add(table.rowTotal(r));
            }
            lines.add(new TableLine(r, table.rows().get(r), counts, false));
        }
        if (table.summable() && !table.rows().isEmpty()) {
            List<Long> totals = new ArrayList<>(columns + 1);
            for (int c = 0; c < columns; c++) {
                totals.add(table.columnTotal(c));
            }
            totals.add(table.total());
            lines.add(new TableLine(-1, "Total", totals, true));
        }
        return lines;
    }
}
