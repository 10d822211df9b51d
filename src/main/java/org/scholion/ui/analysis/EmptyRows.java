package org.scholion.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A report without the codes that counted nothing: reports list every code of the codebook (so
 * that an unused code shows in the numbers), but a chart of thirty codes, most of them empty, hides
 * the few that speak. Columns stay (years without sources keep a time axis true), except in a
 * symmetric table (co-occurrence), where a code leaves as a row and as a column.
 */
final class EmptyRows {

    private EmptyRows() {
    }

    static CountTable removed(CountTable table, boolean symmetric) {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!allZero(table, r)) {
                kept.add(r);
            }
        }
        if (kept.size() == table.rows().size()) {
            return table;
        }
        List<Integer> columns = new ArrayList<>();
        if (symmetric && table.rows().equals(table.columns())) {
            columns.addAll(kept);
        } else {
            for (int c = 0; c < table.columns().size(); c++) {
                columns.add(c);
            }
        }
        long[][] grid = new long[kept.size()][columns.size()];
        for (int r = 0; r < kept.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                grid[r][c] = table.cell(kept.get(r), columns.get(c));
            }
        }
        return CountTable.of(table.title(), table.rowHeading(), table.columnHeading(), table.measure(),
                kept.stream().map(table.rows()::get).toList(), columns.stream().map(table.columns()::get).toList(),
                table.summable(), grid);
    }

    private static boolean allZero(CountTable table, int row) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.cell(row, c) != 0) {
                return false;
            }
        }
        return true;
    }
}
