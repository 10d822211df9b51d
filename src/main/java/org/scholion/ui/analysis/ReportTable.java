package org.scholion.ui.analysis;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.scholion.analysis.CountTable;

/**
 * The numbers of a report: the row labels, a column per table column, the totals column and line
 * when the counts add up (in bold). Single cells can be picked; a picked count cell is reported with
 * its row and column in the table, so that the co-occurrence lists its segments. Id
 * {@code analysis-table}.
 */
final class ReportTable {

    private final TableView<TableLine> view = new TableView<>();

    ReportTable(HeatMapNode.CellClick onCell) {
        view.setId("analysis-table");
        view.getSelectionModel().setCellSelectionEnabled(true);
        view.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        view.setPlaceholder(new javafx.scene.control.Label("No report yet"));
        view.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TableLine line, boolean empty) {
                super.updateItem(line, empty);
                setStyle(!empty && line != null && line.totals() ? "-fx-font-weight: bold;" : "");
            }
        });
        view.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) change -> {
                    List<TablePosition> cells = view.getSelectionModel().getSelectedCells();
                    if (cells.isEmpty()) {
                        return;
                    }
                    TablePosition<?, ?> at = cells.getFirst();
                    TableLine line = at.getRow() >= 0 && at.getRow() < view.getItems().size()
                            ? view.getItems().get(at.getRow()) : null;
                    if (line != null && !line.totals() && at.getColumn() >= 1) {
                        onCell.clicked(line.row(), at.getColumn() - 1);
                    }
                });
    }

    TableView<TableLine> node() {
        return view;
    }

    void show(CountTable table) {
        view.getColumns().clear();
        if (table == null) {
            view.getItems().clear();
            return;
        }
        List<String> headings = TableLine.headings(table);
        TableColumn<TableLine, String> labels = new TableColumn<>(headings.getFirst());
        labels.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        labels.setPrefWidth(280);
        view.getColumns().add(labels);
        for (int i = 1; i < headings.size(); i++) {
            int index = i - 1;
            // Code paths as column headings (co-occurrence) are shortened as in the chart; the tooltip has them whole.
            TableColumn<TableLine, Long> counts = new TableColumn<>();
            javafx.scene.control.Label heading = new javafx.scene.control.Label(
                    org.scholion.chart.ChartLabels.shorten(headings.get(i), org.scholion.chart.ChartLabels.COLUMN_LABEL));
            heading.setTooltip(new javafx.scene.control.Tooltip(headings.get(i)));
            counts.setGraphic(heading);
            counts.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().counts().get(index)));
            counts.setStyle("-fx-alignment: CENTER-RIGHT;");
            counts.setPrefWidth(Math.max(70, heading.getText().length() * 7 + 20));
            view.getColumns().add(counts);
        }
        view.getItems().setAll(TableLine.of(table));
    }
}
