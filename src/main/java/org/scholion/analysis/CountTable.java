package org.scholion.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of counts with labelled rows and columns: the one shape every report has (frequencies,
 * code x source matrices, co-occurrence, codes over time), so that one chart, one CSV and one XLSX
 * writer serve them all.
 *
 * @param title         what the table counts, as a caption ("Codes by source type")
 * @param rowHeading    what the rows are ("Code")
 * @param columnHeading what the columns are ("Source type", "Year")
 * @param measure       the unit of every cell ("segments", "sources", "coded characters")
 * @param rows          row labels, top to bottom
 * @param columns       column labels, left to right
 * @param summable      whether totals mean something: segment counts add up; source counts do not,
 *                      as one source can count under several codes
 */
public record CountTable(String title, String rowHeading, String columnHeading, String measure,
                         List<String> rows, List<String> columns, boolean summable, long[] cells) {

    public CountTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rowHeading, "rowHeading");
        Objects.requireNonNull(columnHeading, "columnHeading");
        Objects.requireNonNull(measure, "measure");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.clone();
        if (cells.length != rows.size() * columns.size()) {
            throw new IllegalArgumentException(title + ": " + cells.length + " cells for " + rows.size() + " rows x "
                    + columns.size() + " columns");
        }
    }

    /** A table from a row-major grid of counts ({@code grid[row][column]}). */
    public static CountTable of(String title, String rowHeading, String columnHeading, String measure,
                                List<String> rows, List<String> columns, boolean summable, long[][] grid) {
        long[] flat = new long[rows.size() * columns.size()];
        if (grid.length != rows.size()) {
            throw new IllegalArgumentException(title + ": " + grid.length + " grid rows for " + rows.size() + " labels");
        }
        for (int r = 0; r < grid.length; r++) {
            if (grid[r].length != columns.size()) {
                throw new IllegalArgumentException(title + ": row " + rows.get(r) + " has " + grid[r].length
                        + " cells for " + columns.size() + " columns");
            }
            System.arraycopy(grid[r], 0, flat, r * columns.size(), columns.size());
        }
        return new CountTable(title, rowHeading, columnHeading, measure, rows, columns, summable, flat);
    }

    @Override
    public long[] cells() {
        return cells.clone();
    }

    public long cell(int row, int column) {
        Objects.checkIndex(row, rows.size());
        Objects.checkIndex(column, columns.size());
        return cells[row * columns.size() + column];
    }

    /** The cell in the row and column with these labels. */
    public long cell(String row, String column) {
        int r = rows.indexOf(row);
        int c = columns.indexOf(column);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException(title + " has no cell (" + row + ", " + column + ")");
        }
        return cell(r, c);
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (int c = 0; c < columns.size(); c++) {
            sum += cell(row, c);
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += cell(r, column);
        }
        return sum;
    }

    public long total() {
        return Arrays.stream(cells).sum();
    }

    /** The largest cell, which scales a chart or a heat map; 0 for an empty table. */
    public long maximum() {
        return Arrays.stream(cells).max().orElse(0);
    }

    public boolean isEmpty() {
        return rows.isEmpty() || columns.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountTable that && title.equals(that.title) && rowHeading.equals(that.rowHeading)
                && columnHeading.equals(that.columnHeading) && measure.equals(that.measure) && rows.equals(that.rows)
                && columns.equals(that.columns) && summable == that.summable && Arrays.equals(cells, that.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, rowHeading, columnHeading, measure, rows, columns, summable, Arrays.hashCode(cells));
    }

    @Override
    public String toString() {
        return title + " (" + rows.size() + " x " + columns.size() + " " + measure + ")";
    }
}
