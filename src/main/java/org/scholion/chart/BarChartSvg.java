package org.scholion.chart;

import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A table as horizontal bars: one group per row (a code, its label at the left, shortened), one bar
 * per column in the series colours, the value axis below with round gridlines, a legend when there
 * is more than one column. Horizontal, because code paths are long and read better level.
 */
final class BarChartSvg {

    private static final double PLOT_WIDTH = 480;
    private static final double TOP = 44;
    private static final double MARGIN = 16;

    private BarChartSvg() {
    }

    static String of(CountTable table) {
        Svg svg = new Svg();
        int rows = table.rows().size();
        int columns = table.columns().size();
        List<String> labels = ChartLabels.shortenAll(table.rows(), ChartLabels.ROW_LABEL);
        double labelWidth = Math.max(60, labels.stream().mapToDouble(l -> Svg.width(l, Svg.FONT)).max().orElse(0)) + 12;
        double left = MARGIN + labelWidth;
        double bar = columns <= 1 ? 16 : Math.max(5, 12 - columns);
        double group = columns * bar + 8;
        double plotHeight = Math.max(1, rows) * group;
        AxisScale scale = AxisScale.upTo(table.maximum());

        svg.label(MARGIN, 24, "start", 15, table.title(), "font-weight", "bold", "class", "chart-title");
        for (int tick = 0; tick <= scale.ticks(); tick++) {
            double x = left + PLOT_WIDTH * tick / scale.ticks();
            svg.empty("line", "x1", x, "y1", TOP, "x2", x, "y2", TOP + plotHeight, "stroke",
                    tick == 0 ? Svg.AXIS_COLOR : Svg.GRID_COLOR, "stroke-width", 1);
            svg.label(x, TOP + plotHeight + 16, "middle", 11, Long.toString(tick * scale.step()), "class", "tick");
        }
        svg.label(left + PLOT_WIDTH / 2, TOP + plotHeight + 34, "middle", Svg.FONT, table.measure(), "class",
                "axis-title");
        for (int r = 0; r < rows; r++) {
            double groupTop = TOP + r * group + 4;
            svg.open("text", "x", left - 8, "y", groupTop + columns * bar / 2 + 4, "text-anchor", "end",
                    "font-size", Svg.FONT, "class", "row-label").title(table.rows().get(r)).text(labels.get(r))
                    .close("text");
            for (int c = 0; c < columns; c++) {
                long value = table.cell(r, c);
                double width = PLOT_WIDTH * scale.fraction(value);
                double y = groupTop + c * bar;
                svg.open("rect", "x", left, "y", y, "width", width, "height", bar - 1, "fill",
                                ChartColors.series(c), "class", "bar", "data-row", table.rows().get(r),
                                "data-column", table.columns().get(c), "data-value", value)
                        .title(table.rows().get(r) + " \u2013 " + table.columns().get(c) + ": " + value + " "
                                + table.measure())
                        .close("rect");
                if (bar >= 10) {
                    svg.label(left + width + 4, y + bar - 3, "start", 10, Long.toString(value), "class", "value");
                }
            }
        }
        double bottom = TOP + plotHeight + 48;
        if (columns > 1) {
            bottom = Legend.draw(svg, table.columnHeading(), table.columns(), left, bottom);
        }
        if (table.isEmpty()) {
            svg.label(left, TOP + 14, "start", Svg.FONT, "Nothing to show", "class", "empty");
        }
        double width = Math.max(left + PLOT_WIDTH + 48, Svg.width(table.title(), 15) + 2 * MARGIN);
        return svg.document(width, bottom + MARGIN, table.title());
    }
}
