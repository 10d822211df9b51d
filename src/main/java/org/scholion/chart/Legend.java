package org.scholion.chart;

import java.util.List;

/** The key to a chart's series: a swatch in each series colour beside its (shortened) label. */
final class Legend {

    private static final double LINE = 18;

    private Legend() {
    }

    /** Draws the legend from (x, top) downwards; returns where it ends. */
    static double draw(Svg svg, String heading, List<String> names, double x, double top) {
        svg.open("g", "class", "legend");
        svg.label(x, top + 12, "start", Svg.FONT, heading, "font-weight", "bold");
        double y = top + LINE;
        for (int i = 0; i < names.size(); i++) {
            svg.empty("rect", "x", x, "y", y + 2, "width", 12, "height", 12, "fill", ChartColors.series(i));
            svg.open("text", "x", x + 18, "y", y + 12, "font-size", Svg.FONT, "class", "legend-label")
                    .title(names.get(i)).text(ChartLabels.shorten(names.get(i), ChartLabels.ROW_LABEL)).close("text");
            y += LINE;
        }
        svg.close("g");
        return y + 4;
    }

    static double width(List<String> names) {
        return 18 + names.stream().mapToDouble(n -> Svg.width(ChartLabels.shorten(n, ChartLabels.ROW_LABEL), Svg.FONT))
                .max().orElse(0);
    }
}
