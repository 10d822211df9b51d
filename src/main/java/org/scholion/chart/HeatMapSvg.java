package org.scholion.chart;

import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A table as a heat map: one cell per count, coloured by its share of the largest count and
 * labelled with the number; row labels at the left, column labels slanted above, and a legend
 * below that runs the colour scale from 0 to the largest count.
 */
final class HeatMapSvg {

    private static final double CELL_WIDTH = 48;
    private static final double CELL_HEIGHT = 26;
    private static final double MARGIN = 16;
    private static final double LEGEND_WIDTH = 200;

    private HeatMapSvg() {
    }

    static String of(CountTable table) {
        Svg svg = new Svg();
        int rows = table.rows().size();
        int columns = table.columns().size();
        long maximum = table.maximum();
        List<String> rowLabels = ChartLabels.shortenAll(table.rows(), ChartLabels.ROW_LABEL);
        List<String> columnLabels = ChartLabels.shortenAll(table.columns(), ChartLabels.COLUMN_LABEL);
        double left = MARGIN + Math.max(60, rowLabels.stream().mapToDouble(l -> Svg.width(l, Svg.FONT)).max()
                .orElse(0)) + 10;
        // Slanted at 45 degrees, a label of width w rises w / sqrt 2.
        double rise = columnLabels.stream().mapToDouble(l -> Svg.width(l, Svg.FONT)).max().orElse(0) / Math.sqrt(2);
        double top = 40 + rise + 12;

        svg.label(MARGIN, 24, "start", 15, table.title(), "font-weight", "bold", "class", "chart-title");
        for (int c = 0; c < columns; c++) {
            double x = left + c * CELL_WIDTH + CELL_WIDTH / 2;
            double y = top - 6;
            svg.open("text", "x", x, "y", y, "font-size", Svg.FONT, "transform",
                    "rotate(-45 " + Svg.number(x) + " " + Svg.number(y) + ")", "class", "column-label")
                    .title(table.columns().get(c)).text(columnLabels.get(c)).close("text");
        }
        for (int r = 0; r < rows; r++) {
            double y = top + r * CELL_HEIGHT;
            svg.open("text", "x", left - 8, "y", y + CELL_HEIGHT / 2 + 4, "text-anchor", "end", "font-size", Svg.FONT,
                    "class", "row-label").title(table.rows().get(r)).text(rowLabels.get(r)).close("text");
            for (int c = 0; c < columns; c++) {
                long value = table.cell(r, c);
                double x = left + c * CELL_WIDTH;
                svg.open("rect", "x", x, "y", y, "width", CELL_WIDTH, "height", CELL_HEIGHT, "fill",
                                ChartColors.heat(value, maximum), "stroke", "#ffffff", "stroke-width", 1, "class", "cell",
                                "data-row", table.rows().get(r), "data-column", table.columns().get(c), "data-value", value)
                        .title(table.rows().get(r) + " \u00d7 " + table.columns().get(c) + ": " + value + " "
                                + table.measure())
                        .close("rect");
                svg.label(x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4, "middle", 11, Long.toString(value), "fill",
                        ChartColors.lightText(value, maximum) ? "#ffffff" : Svg.TEXT_COLOR, "class", "cell-value");
            }
        }
        double legendTop = top + rows * CELL_HEIGHT + 20;
        svg.define("<linearGradient id=\"heat-scale\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
                + "<stop offset=\"0\" stop-color=\"" + ChartColors.heat(0, 1) + "\"/>"
                + "<stop offset=\"1\" stop-color=\"" + ChartColors.heat(1, 1) + "\"/></linearGradient>");
        svg.open("g", "class", "legend");
        svg.label(left, legendTop + 12, "start", Svg.FONT, table.measure(), "font-weight", "bold");
        svg.empty("rect", "x", left, "y", legendTop + 18, "width", LEGEND_WIDTH, "height", 12, "fill",
                "url(#heat-scale)", "stroke", Svg.GRID_COLOR, "class", "legend-scale");
        svg.label(left, legendTop + 44, "start", 11, "0", "class", "legend-min");
        svg.label(left + LEGEND_WIDTH, legendTop + 44, "end", 11, Long.toString(maximum), "class", "legend-max");
        svg.close("g");
        if (table.isEmpty()) {
            svg.label(left, top + 14, "start", Svg.FONT, "Nothing to show", "class", "empty");
        }
        double width = Math.max(Math.max(left + columns * CELL_WIDTH, left + LEGEND_WIDTH) + rise + MARGIN,
                Svg.width(table.title(), 15) + 2 * MARGIN);
        return svg.document(width, legendTop + 50 + MARGIN, table.title());
    }
}
