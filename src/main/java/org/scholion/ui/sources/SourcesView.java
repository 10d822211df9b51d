package org.scholion.ui.sources;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scholion.source.SourceId;

/**
 * The sources of the open project as a sortable table with a filter box above it. Selecting a row
 * shows the source in the viewer; a source shown by a jump from elsewhere is selected here.
 *
 * <p>Ids: {@code sources-view} (the whole), {@code sources-table}, {@code sources-filter}.
 */
public final class SourcesView {

    private final SourcesViewModel model;
    private final VBox root = new VBox(4);
    private final TableView<SourceRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private boolean following;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        root.setId("sources-view");
        filter.setId("sources-filter");
        filter.setPromptText("Filter by title, author, type or year");
        filter.textProperty().bindBidirectional(model.filterProperty());
        table.setId("sources-table");
        table.setPlaceholder(new Label("No sources: import files with File > Import Sources"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (SourceRow.Column column : SourceRow.Column.values()) {
            table.getColumns().add(column(column));
        }
        table.setItems(model.rows());
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (!following && row != null) {
                model.select(row);
            }
        });
        model.currentSourceProperty().addListener((obs, was, now) -> follow(now));
        model.rows().addListener((ListChangeListener<SourceRow>) change -> follow(model.currentSourceProperty().get()));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(filter, table);
    }

    public Node node() {
        return root;
    }

    /** Selects the row of the source on show, without showing it again. */
    private void follow(SourceId shown) {
        SourceRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(shown)) {
            return;
        }
        following = true;
        try {
            SourceRow row = model.rows().stream().filter(r -> r.id().equals(shown)).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            following = false;
        }
    }

    private static TableColumn<SourceRow, SourceRow> column(SourceRow.Column column) {
        TableColumn<SourceRow, SourceRow> tc = new TableColumn<>(column.header());
        tc.setId("sources-column-" + column.name().toLowerCase(java.util.Locale.ROOT));
        tc.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tc.setComparator(column.order());
        boolean numeric = column == SourceRow.Column.LENGTH || column == SourceRow.Column.CODINGS
                || column == SourceRow.Column.YEAR;
        tc.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : column.text(row));
                setTooltip(empty || row == null || column != SourceRow.Column.TITLE ? null
                        : new Tooltip(row.title() + (row.authors().isEmpty() ? "" : "\n" + row.authors())));
                setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }
        });
        // The title takes what the pane leaves; the short columns keep room for their headers.
        int width = switch (column) {
            case TITLE -> 150;
            case TYPE -> 58;
            case YEAR -> 52;
            case LANGUAGE -> 44;
            case LENGTH -> 66;
            case CODINGS -> 64;
        };
        tc.setMinWidth(column == SourceRow.Column.TITLE ? 90 : width);
        tc.setPrefWidth(width);
        return tc;
    }
}
