package org.scholion.ui.search;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scholion.index.KwicSort;
import org.scholion.project.AutocodeScope;
import org.scholion.ui.controls.OpeningRows;

/**
 * The query box, KWIC results and auto-coding. Ids for tests: {@code search-view} (the whole tab),
 * {@code search-query} (Enter runs), {@code search-sort}, {@code search-run}, {@code search-error}
 * (a bad query's message), {@code search-count} (the totals), {@code kwic-table} (click or Enter on
 * a line shows it in the viewer) and {@code autocode} (code all hits: choose a code and a scope,
 * confirm the preview).
 */
public final class SearchView {

    private final SearchViewModel model;
    private final VBox root = new VBox(6);

    public SearchView(SearchViewModel model) {
        this.model = model;
        root.setId("search-view");
        root.setPadding(new Insets(6));

        TextField query = new TextField();
        query.setId("search-query");
        query.setPromptText("peacekeeping, \"NATO enlargement\"~5, title:Russia year:[2000 TO 2021] ...");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);

        ChoiceBox<KwicSort> sort = new ChoiceBox<>();
        sort.setId("search-sort");
        sort.getItems().setAll(model.sorts());
        sort.setConverter(new SortNames());
        sort.valueProperty().bindBidirectional(model.sortProperty());

        Button run = new Button("Search");
        run.setId("search-run");
        run.setOnAction(e -> model.search());
        run.setTooltip(new javafx.scene.control.Tooltip("Search the sources (Enter in the query box; Ctrl+F goes to it)"));
        run.disableProperty().bind(model.searchingProperty());

        Button autocode = new Button("Code all hits...");
        autocode.setId("autocode");
        autocode.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        autocode.setOnAction(e -> chooseCodeAndScope());
        autocode.setTooltip(new javafx.scene.control.Tooltip(
                "Code every hit with a code, as the match, its sentence or its paragraph; previewed first, undone as one step"));

        HBox bar = new HBox(6, query, new Label("Sort"), sort, run, autocode);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("search-error");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Label count = new Label();
        count.setId("search-count");
        count.textProperty().bind(model.countProperty());

        TableView<KwicRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, error, count, table);

        model.planProperty().addListener((obs, was, plan) -> {
            if (plan != null) {
                confirm(plan);
            }
        });
    }

    public Node node() {
        return root;
    }

    private TableView<KwicRow> table() {
        TableView<KwicRow> table = new TableView<>(model.rows());
        table.setId("kwic-table");
        table.setPlaceholder(new Label("Type a query and press Enter"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<KwicRow, String> source = column("Source", KwicRow::sourceTitle, 160);
        TableColumn<KwicRow, String> page = column("Page", KwicRow::page, 50);
        TableColumn<KwicRow, String> left = column("", row -> row.line().left(), 320);
        left.setCellFactory(c -> new ContextCell(true));
        TableColumn<KwicRow, String> keyword = column("Keyword", row -> row.line().keyword(), 130);
        keyword.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-font-weight: bold;");
            }
        });
        TableColumn<KwicRow, String> right = column("", row -> row.line().right(), 320);
        right.setCellFactory(c -> new ContextCell(false));
        table.getColumns().setAll(java.util.List.of(source, page, left, keyword, right));

        OpeningRows.install(table, model::open);
        return table;
    }

    private static TableColumn<KwicRow, String> column(String title, java.util.function.Function<KwicRow, String> value,
                                                       double width) {
        TableColumn<KwicRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Context beside the keyword: the left side right-aligned and cut at its start, so both meet the keyword. */
    private static final class ContextCell extends TableCell<KwicRow, String> {
        ContextCell(boolean left) {
            setAlignment(left ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            setTextOverrun(left ? OverrunStyle.LEADING_ELLIPSIS : OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private void chooseCodeAndScope() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Code all hits");
        dialog.setHeaderText("Code every hit of \"" + model.queryProperty().get() + "\"");
        ComboBox<CodeChoice> code = new ComboBox<>(model.codes());
        code.setId("autocode-code");
        code.setPrefWidth(360);
        ChoiceBox<AutocodeScope> scope = new ChoiceBox<>();
        scope.setId("autocode-scope");
        scope.getItems().setAll(AutocodeScope.values());
        scope.setValue(AutocodeScope.SENTENCE);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(AutocodeScope s) {
                return s == null ? "" : s.word();
            }

            @Override
            public AutocodeScope fromString(String text) {
                return AutocodeScope.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        GridPane form = new GridPane(8, 8);
        form.addRow(0, new Label("Code"), code);
        form.addRow(1, new Label("Code the"), scope);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(code.valueProperty().isNull());
        initOwner(dialog);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(ButtonType.OK::equals).isPresent()) {
            model.previewAutocode(code.getValue(), scope.getValue());
        }
    }

    private void confirm(AutocodePlan plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Code all hits");
        alert.setHeaderText(plan.summary());
        TextArea where = new TextArea(String.join("\n", plan.perSource()));
        where.setEditable(false);
        where.setPrefRowCount(Math.min(10, Math.max(2, plan.perSource().size())));
        alert.getDialogPane().setContent(where);
        initOwner(alert);
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.applyAutocode();
        } else {
            model.discardAutocode();
        }
    }

    private void initOwner(Dialog<?> dialog) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
    }

    private static final class SortNames extends StringConverter<KwicSort> {
        @Override
        public String toString(KwicSort sort) {
            if (sort == null) {
                return "";
            }
            return switch (sort) {
                case SOURCE, POSITION -> "by source";
                case LEFT -> "by left context";
                case RIGHT -> "by right context";
            };
        }

        @Override
        public KwicSort fromString(String text) {
            return KwicSort.SOURCE;
        }
    }
}
