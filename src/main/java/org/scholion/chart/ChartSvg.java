package org.scholion.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.scholion.analysis.CountTable;

/**
 * A chart of a table as a self-contained SVG file (UTF-8, no external fonts, images or scripts),
 * for a thesis: LaTeX (through Inkscape or svg packages), Word and browsers read it. Each bar, cell
 * and point carries its row, column and value ({@code data-row}, {@code data-column},
 * {@code data-value}) and a tooltip with the full labels, so the numbers stay in the picture.
 */
public final class ChartSvg {

    private ChartSvg() {
    }

    public static String of(ChartKind kind, CountTable table) {
        return switch (kind) {
            case BAR -> BarChartSvg.of(table);
            case HEAT_MAP -> HeatMapSvg.of(table);
            case LINE -> LineChartSvg.of(table);
        };
    }

    public static void write(ChartKind kind, CountTable table, OutputStream out) throws IOException {
        out.write(of(kind, table).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
