package org.scholion.chart;

import org.scholion.analysis.CountTable;

/**
 * A table as lines: one line per row (a code) in the series colours, across the columns. When
 * every column is a number (a year), the columns stand at their distance along the axis, so that
 * the gap between a thesis's 1991-2008 and later sources' 2012-2021 shows as a gap; otherwise they
 * are spaced evenly. A legend at the right names the lines.
 */
final class LineChartSvg {

    private static final double PLOT_WIDTH = 520;
    private static final double PLOT_HEIGHT = 280;
    private static final double TOP = 44;
    private static final double MARGIN = 16;

    private LineChartSvg() {
    }

    static String of(CountTable table) {
        Svg svg = new Svg();
        AxisScale scale = AxisScale.upTo(table.maximum());
        double left = MARGIN + Math.max(Svg.width(Long.toString(scale.maximum()), 11), 16) + 30;
        double bottom = TOP + PLOT_HEIGHT;
        double[] xs = XPositions.of(table.columns(), left, PLOT_WIDTH);

        svg.label(MARGIN, 24, "start", 15, table.title(), "font-weight", "bold", "class", "chart-title");
        for (int tick = 0; tick <= scale.ticks(); tick++) {
            double y = bottom - PLOT_HEIGHT * tick / scale.ticks();
            svg.empty("line", "x1", left, "y1", y, "x2", left + PLOT_WIDTH, "y2", y, "stroke",
                    tick == 0 ? Svg.AXIS_COLOR : Svg.GRID_COLOR, "stroke-width", 1);
            svg.label(left - 6, y + 4, "end", 11, Long.toString(tick * scale.step()), "class", "tick");
        }
        svg.empty("line", "x1", left, "y1", TOP, "x2", left, "y2", bottom, "stroke", Svg.AXIS_COLOR, "stroke-width", 1);
        // Column labels, thinned so that they never overlap.
        double widest = table.columns().stream().mapToDouble(c -> Svg.width(c, 11)).max().orElse(0) + 6;
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < xs.length; c++) {
            if (xs[c] - widest / 2 >= lastEnd || c == 0) {
                svg.empty("line", "x1", xs[c], "y1", bottom, "x2", xs[c], "y2", bottom + 4, "stroke", Svg.AXIS_COLOR);
                svg.label(xs[c], bottom + 17, "middle", 11, table.columns().get(c), "class", "column-label");
                lastEnd = xs[c] + widest / 2;
            }
        }
        svg.label(left + PLOT_WIDTH / 2, bottom + 36, "middle", Svg.FONT, table.columnHeading(), "class", "axis-title");
        double yTitle = TOP + PLOT_HEIGHT / 2;
        svg.label(MARGIN + 4, yTitle, "middle", Svg.FONT, table.measure(), "transform",
                "rotate(-90 " + Svg.number(MARGIN + 4) + " " + Svg.number(yTitle) + ")", "class", "axis-title");
        for (int r = 0; r < table.rows().size(); r++) {
            String color = ChartColors.series(r);
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < xs.length; c++) {
                double y = bottom - PLOT_HEIGHT * scale.fraction(table.cell(r, c));
                points.append(c == 0 ? "" : " ").append(Svg.number(xs[c])).append(',').append(Svg.number(y));
            }
            svg.open("g", "class", "series", "data-row", table.rows().get(r));
            svg.empty("polyline", "points", points, "fill", "none", "stroke", color, "stroke-width", 2);
            for (int c = 0; c < xs.length; c++) {
                long value = table.cell(r, c);
                svg.open("circle", "cx", xs[c], "cy", bottom - PLOT_HEIGHT * scale.fraction(value), "r", 3, "fill", color,
                                "class", "point", "data-row", table.rows().get(r), "data-column", table.columns().get(c),
                                "data-value", value)
                        .title(table.rows().get(r) + ", " + table.columns().get(c) + ": " + value + " " + table.measure())
                        .close("circle");
            }
            svg.close("g");
        }
        double legendX = left + PLOT_WIDTH + 24;
        double legendEnd = Legend.draw(svg, table.rowHeading(), table.rows(), legendX, TOP - 14);
        if (table.isEmpty()) {
            svg.label(left + 10, TOP + 20, "start", Svg.FONT, "Nothing to show", "class", "empty");
        }
        double width = Math.max(legendX + Legend.width(table.rows()) + MARGIN, Svg.width(table.title(), 15) + 2 * MARGIN);
        return svg.document(width, Math.max(bottom + 48, legendEnd) + MARGIN, table.title());
    }
}
