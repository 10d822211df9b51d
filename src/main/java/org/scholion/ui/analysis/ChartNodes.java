package org.scholion.ui.analysis;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.scholion.analysis.CountTable;
import org.scholion.chart.ChartKind;
import org.scholion.chart.ChartLabels;

/**
 * A report's table as a JavaFX chart: horizontal bars (one series per column), a heat map, or one
 * line per row across the columns. Not animated, so that what is drawn is final at once (and a
 * snapshot shows it). The chart node has the id {@code analysis-chart}.
 */
final class ChartNodes {

    private ChartNodes() {
    }

    static Node of(ChartKind kind, CountTable table, HeatMapNode.CellClick onCell) {
        Node chart = switch (kind) {
            case BAR -> bars(table);
            case HEAT_MAP -> HeatMapNode.of(table, onCell);
            case LINE -> lines(table);
        };
        chart.setId("analysis-chart");
        chart.getStyleClass().add("analysis-paper");
        return chart;
    }

    private static Node bars(CountTable table) {
        NumberAxis values = new NumberAxis();
        values.setLabel(table.measure());
        values.setForceZeroInRange(true);
        CategoryAxis codes = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, codes);
        chart.setAnimated(false);
        chart.setTitle(table.title());
        chart.setLegendVisible(table.columns().size() > 1);
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        List<String> labels = ChartLabels.shortenAll(table.rows(), ChartLabels.ROW_LABEL);
        for (int c = 0; c < table.columns().size(); c++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(table.columns().get(c));
            // A horizontal bar chart draws its first category at the bottom: the rows go in reversed.
            for (int r = table.rows().size() - 1; r >= 0; r--) {
                series.getData().add(new XYChart.Data<>(table.cell(r, c), labels.get(r)));
            }
            chart.getData().add(series);
        }
        double perRow = Math.max(22, table.columns().size() * 12 + 8);
        chart.setPrefHeight(Math.max(360, table.rows().size() * perRow + 120));
        chart.setMinHeight(chart.getPrefHeight());
        chart.setPrefWidth(880);
        chart.setStyle("-fx-background-color: white;");
        return chart;
    }

    private static Node lines(CountTable table) {
        CategoryAxis columns = new CategoryAxis();
        columns.setLabel(table.columnHeading());
        NumberAxis values = new NumberAxis();
        values.setLabel(table.measure());
        values.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(columns, values);
        chart.setAnimated(false);
        chart.setTitle(table.title());
        chart.setCreateSymbols(true);
        List<String> labels = ChartLabels.shortenAll(table.rows(), ChartLabels.ROW_LABEL);
        for (int r = 0; r < table.rows().size(); r++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(labels.get(r));
            for (int c = 0; c < table.columns().size(); c++) {
                series.getData().add(new XYChart.Data<>(table.columns().get(c), table.cell(r, c)));
            }
            chart.getData().add(series);
        }
        chart.setPrefSize(880, 460);
        chart.setMinHeight(460);
        chart.setStyle("-fx-background-color: white;");
        return chart;
    }
}
