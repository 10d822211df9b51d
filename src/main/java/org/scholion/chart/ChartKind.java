package org.scholion.chart;

/** The three charts a table is drawn as. */
public enum ChartKind {
    /** Horizontal bars, one group per row, one bar per column (frequencies). */
    BAR,
    /** Coloured cells, rows by columns, with a colour legend (code x source, co-occurrence). */
    HEAT_MAP,
    /** One line per row across the columns (codes over time, columns are years). */
    LINE
}
