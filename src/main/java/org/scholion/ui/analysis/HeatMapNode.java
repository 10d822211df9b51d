package org.scholion.ui.analysis;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.scholion.analysis.CountTable;
import org.scholion.chart.ChartColors;
import org.scholion.chart.ChartLabels;

/**
 * A table as a heat map in the workbench: a grid of cells coloured as the SVG colours them
 * ({@link ChartColors#heat}), each with its number; row labels at the left, column labels upright
 * above, a legend from 0 to the largest count below. A click on a cell reports its row and column.
 * Cells have the ids {@code heat-cell-ROW-COLUMN} and the style class {@code heat-cell}.
 */
final class HeatMapNode {

    static final double CELL_WIDTH = 48;
    static final double CELL_HEIGHT = 26;
    /** Dark text on the white of the figure, in either theme. */
    private static final String INK = "-fx-text-fill: #222222;";

    /** What a click on a cell does. */
    interface CellClick {
        void clicked(int row, int column);
    }

    private HeatMapNode() {
    }

    static Node of(CountTable table, CellClick onClick) {
        GridPane grid = new GridPane();
        grid.setHgap(1);
        grid.setVgap(1);
        long maximum = table.maximum();
        List<String> rowLabels = ChartLabels.shortenAll(table.rows(), ChartLabels.ROW_LABEL);
        List<String> columnLabels = ChartLabels.shortenAll(table.columns(), ChartLabels.COLUMN_LABEL);
        for (int c = 0; c < table.columns().size(); c++) {
            Label label = new Label(columnLabels.get(c));
            label.setTooltip(new Tooltip(table.columns().get(c)));
            label.setStyle(INK);
            label.setRotate(-90);
            Group upright = new Group(label);
            StackPane holder = new StackPane(upright);
            holder.setAlignment(Pos.BOTTOM_CENTER);
            grid.add(holder, c + 1, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Label label = new Label(rowLabels.get(r));
            label.setTooltip(new Tooltip(table.rows().get(r)));
            label.setStyle(INK);
            label.setPadding(new Insets(0, 6, 0, 0));
            GridPane.setHalignment(label, javafx.geometry.HPos.RIGHT);
            grid.add(label, 0, r + 1);
            for (int c = 0; c < table.columns().size(); c++) {
                grid.add(cell(table, r, c, maximum, onClick), c + 1, r + 1);
            }
        }
        Label title = new Label(table.title());
        title.setStyle(INK + " -fx-font-weight: bold; -fx-font-size: 14px;");
        VBox box = new VBox(10, title, grid, legend(table.measure(), maximum));
        box.setPadding(new Insets(12));
        box.setStyle("-fx-background-color: white;");
        box.getStyleClass().add("heat-map");
        return box;
    }

    private static Node cell(CountTable table, int r, int c, long maximum, CellClick onClick) {
        long value = table.cell(r, c);
        Rectangle fill = new Rectangle(CELL_WIDTH, CELL_HEIGHT, Color.web(ChartColors.heat(value, maximum)));
        Label number = new Label(Long.toString(value));
        // Inline, so that no theme's label colour wins over it.
        number.setStyle("-fx-text-fill: " + (ChartColors.lightText(value, maximum) ? "white;" : "#222222;"));
        StackPane cell = new StackPane(fill, number);
        cell.setId("heat-cell-" + r + "-" + c);
        cell.getStyleClass().add("heat-cell");
        Tooltip.install(cell, new Tooltip(table.rows().get(r) + " \u00d7 " + table.columns().get(c) + ": " + value
                + " " + table.measure()));
        cell.setOnMouseClicked(e -> onClick.clicked(r, c));
        return cell;
    }

    private static Node legend(String measure, long maximum) {
        Rectangle scale = new Rectangle(200, 12, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web(ChartColors.heat(0, 1))), new Stop(1, Color.web(ChartColors.heat(1, 1)))));
        scale.setStroke(Color.web("#dddddd"));
        Label low = new Label("0");
        low.setStyle(INK);
        Label high = new Label(Long.toString(maximum));
        high.setStyle(INK);
        HBox bar = new HBox(6, low, scale, high);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label(measure);
        caption.setStyle(INK + " -fx-font-weight: bold;");
        return new VBox(4, caption, bar);
    }
}
