package org.scholion.ui.segments;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scholion.source.SourceType;
import org.scholion.ui.controls.OpeningRows;

/**
 * Retrieved segments of the codes selected in the codebook. Ids for tests: {@code segments-view},
 * {@code segments-subcodes}, {@code segments-source}, {@code segments-type}, {@code segments-from-year},
 * {@code segments-to-year}, {@code segments-coder}, {@code segments-clear}, {@code segments-export}, {@code segments-count} and
 * {@code segments-table} (click or Enter on a row shows the segment in the viewer).
 */
public final class SegmentsView {

    private static final String ALL = "(all)";

    private final SegmentsViewModel model;
    private final VBox root = new VBox(6);
    private boolean filling;

    public SegmentsView(SegmentsViewModel model) {
        this.model = model;
        root.setId("segments-view");
        root.setPadding(new Insets(6));

        CheckBox subcodes = new CheckBox("Include sub-codes");
        subcodes.setId("segments-subcodes");
        subcodes.selectedProperty().bindBidirectional(model.includeSubcodesProperty());

        ComboBox<Object> source = filterBox("segments-source", 200);
        model.sources().addListener((ListChangeListener<SourceChoice>) c -> fill(source, model.sources()));
        fill(source, model.sources());
        source.setOnAction(e -> chosen(() -> model.sourceFilterProperty().set(
                source.getValue() instanceof SourceChoice chosen ? chosen : null)));

        ComboBox<Object> type = filterBox("segments-type", 110);
        fill(type, List.of(SourceType.values()));
        type.setOnAction(e -> chosen(() -> model.typeFilterProperty().set(type.getValue() instanceof SourceType t ? t : null)));

        TextField from = yearField("segments-from-year", "from", model.fromYearProperty()::set);
        TextField to = yearField("segments-to-year", "to", model.toYearProperty()::set);

        ComboBox<Object> coder = filterBox("segments-coder", 130);
        model.coders().addListener((ListChangeListener<String>) c -> fill(coder, model.coders()));
        coder.setOnAction(e -> chosen(() -> model.coderFilterProperty().set(coder.getValue() instanceof String name
                && !ALL.equals(name) ? name : null)));

        Button clear = new Button("Clear filters");
        clear.setId("segments-clear");
        clear.setOnAction(e -> {
            model.clearFilters();
            source.setValue(ALL);
            type.setValue(ALL);
            coder.setValue(ALL);
            from.clear();
            to.clear();
        });

        Button export = new Button("Export these...");
        export.setId("segments-export");
        export.setTooltip(new javafx.scene.control.Tooltip("Export the excerpts of the selected codes (Ctrl+E)"));
        export.setOnAction(e -> new org.scholion.ui.export.ExportDialog(
                new org.scholion.ui.export.ExportViewModel(model.session()), export.getScene().getWindow()).show());

        // Wraps rather than squeezes the labels when the tab is narrow.
        FlowPane filters = new FlowPane(6, 6, subcodes, labelled("Source", source), labelled("Type", type),
                labelled("Year", from, to), labelled("Coder", coder), clear, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        for (Node control : List.of(subcodes, clear)) {
            ((javafx.scene.layout.Region) control).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        Label count = new Label();
        count.setId("segments-count");
        count.textProperty().bind(model.countProperty());

        TableView<SegmentRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(filters, count, table);
    }

    public Node node() {
        return root;
    }

    private TableView<SegmentRow> table() {
        TableView<SegmentRow> table = new TableView<>(model.rows());
        table.setId("segments-table");
        table.setPlaceholder(new Label("Select codes in the codebook to see their segments"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Code", SegmentRow::codePath, 180),
                column("Source", SegmentRow::sourceTitle, 180),
                column("Page", SegmentRow::pages, 50),
                column("Coder", SegmentRow::coder, 90),
                column("Text", row -> row.text().replaceAll("\\s+", " "), 500)));
        OpeningRows.install(table, model::open);
        return table;
    }

    private static TableColumn<SegmentRow, String> column(String title, Function<SegmentRow, String> value, double width) {
        TableColumn<SegmentRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static HBox labelled(String text, Node... controls) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(4, label);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void chosen(Runnable apply) {
        if (!filling) {
            apply.run();
        }
    }

    private static ComboBox<Object> filterBox(String id, double width) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(width);
        box.getItems().add(ALL);
        box.setValue(ALL);
        return box;
    }

    /** Refills a filter's choices, keeping "(all)" first and the current choice where it still exists. */
    private void fill(ComboBox<Object> box, java.util.List<?> choices) {
        Object current = box.getValue();
        java.util.List<Object> items = new java.util.ArrayList<>();
        items.add(ALL);
        items.addAll(choices);
        if (items.equals(box.getItems())) {
            return;
        }
        // Refilling may pass the value through null; the filter must not see that as a choice.
        filling = true;
        try {
            box.getItems().setAll(items);
            box.setValue(items.contains(current) ? current : ALL);
        } finally {
            filling = false;
        }
        if (!items.contains(current) && box.getOnAction() != null) {
            box.getOnAction().handle(new javafx.event.ActionEvent());
        }
    }

    private static TextField yearField(String id, String prompt, Consumer<Integer> set) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(4);
        Runnable apply = () -> {
            String text = field.getText().strip();
            try {
                set.accept(text.isEmpty() ? null : Integer.valueOf(text));
                field.setStyle("");
            } catch (NumberFormatException e) {
                field.setStyle("-fx-border-color: -color-danger-emphasis;");
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        return field;
    }
}
