package org.scholion.ui.agreement;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.scholion.analysis.AgreementUnit;
import org.scholion.project.DisagreementRow;

/**
 * The inter-coder agreement window (Analysis > Inter-coder Agreement): the choices on top, the table of
 * statistics per code, and below it the places where the coders differ; double-click or Enter on a
 * place shows it in the viewer. It is not modal, so the researcher can read each place in the
 * workbench and recode it while the list stays open.
 *
 * <p>Ids: {@code agreement-window} (root), {@code agreement-coder-NAME} (a coder's check box),
 * {@code agreement-unit}, {@code agreement-selected-codes}, {@code agreement-compute}, {@code agreement-save-csv},
 * {@code agreement-table}, {@code agreement-summary}, {@code agreement-places}, {@code agreement-sides} (the
 * selected place side by side: {@code agreement-side-NAME} per coder), {@code agreement-notes}.
 */
public final class AgreementWindow {

    private final AgreementViewModel model;
    private final Stage stage = new Stage();
    private final TableView<AgreementLine> table = new TableView<>();

    public AgreementWindow(AgreementViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Inter-coder agreement");
        VBox root = new VBox(8, choices(), results(), notes());
        root.setId("agreement-window");
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 900, 600));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private HBox choices() {
        FlowPane coderBoxes = new FlowPane(8, 4);
        Runnable fill = () -> coderBoxes.getChildren().setAll(model.coders().stream().map(name -> {
            CheckBox box = new CheckBox(name);
            box.setMnemonicParsing(false);
            box.setId("agreement-coder-" + name);
            box.setSelected(model.chosen().contains(name));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.chosen().add(name);
                } else {
                    model.chosen().remove(name);
                }
            });
            return box;
        }).toList());
        model.coders().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        model.chosen().addListener((SetChangeListener<String>) c -> coderBoxes.getChildren().forEach(node ->
                ((CheckBox) node).setSelected(model.chosen().contains(((CheckBox) node).getText()))));
        fill.run();

        ChoiceBox<AgreementUnit> unit = new ChoiceBox<>();
        unit.setId("agreement-unit");
        unit.getItems().setAll(AgreementUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgreementUnit value) {
                return value == null ? "" : switch (value) {
                    case SENTENCE -> "sentences";
                    case PARAGRAPH -> "paragraphs";
                    case CHARACTER -> "characters (unitized alpha)";
                };
            }

            @Override
            public AgreementUnit fromString(String text) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(model.unitProperty());
        CheckBox selected = new CheckBox("Only the codes selected in the codebook");
        selected.setId("agreement-selected-codes");
        selected.selectedProperty().bindBidirectional(model.onlySelectedCodesProperty());
        Button compute = new Button("Compute");
        compute.setId("agreement-compute");
        compute.setDefaultButton(true);
        compute.disableProperty().bind(model.busyProperty());
        compute.setOnAction(e -> model.compute());
        Button save = new Button("Save Table as CSV...");
        save.setId("agreement-save-csv");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.hasResultProperty().not());
        save.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Save the agreement table");
            chooser.setInitialFileName("agreement.csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.saveCsv(file.toPath());
            }
        });
        VBox options = new VBox(4, new HBox(6, fixed(new Label("Units:")), unit), selected);
        compute.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, fixed(new Label("Coders:")), coderBoxes, options, new VBox(4, compute, save));
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(coderBoxes, Priority.ALWAYS);
        return row;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private SplitPane results() {
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.lines());
        table.setPlaceholder(new Label("No result yet"));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementLine line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : new Tooltip(line.explanation().isEmpty() ? line.code()
                        : line.code() + "\n" + line.explanation()));
                setStyle(!empty && line != null && line.isOverall() ? "-fx-font-weight: bold;" : "");
            }
        });
        model.statistics().addListener((javafx.collections.ListChangeListener<String>) c -> columns());
        columns();
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedLineProperty().set(now));

        TableView<DisagreementRow> places = new TableView<>(model.places());
        places.setId("agreement-places");
        places.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        places.setPlaceholder(new Label("No disagreements"));
        places.getColumns().setAll(List.of(
                column("Source", 120, DisagreementRow::sourceTitle),
                column("Page", 45, DisagreementRow::pages),
                column("Code", 150, row -> AgreementViewModel.leaf(row.codePath())),
                column("Marked by", 75, row -> String.join(", ", row.place().marked())),
                column("Not by", 75, row -> String.join(", ", row.place().omitted())),
                column("Passage", 380, DisagreementRow::quote)));
        places.setRowFactory(view -> {
            TableRow<DisagreementRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        places.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(places.getSelectionModel().getSelectedItem());
            }
        });
        places.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedPlaceProperty().set(now));
        Label summary = new Label();
        summary.setId("agreement-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox sides = new HBox(8);
        sides.setId("agreement-sides");
        sides.setPrefHeight(110);
        sides.setMinHeight(Region.USE_PREF_SIZE);
        model.sides().addListener((javafx.collections.ListChangeListener<SideText>) c ->
                sides.getChildren().setAll(model.sides().stream().map(AgreementWindow::side).toList()));
        VBox lower = new VBox(4, summary, places, sides);
        VBox.setVgrow(places, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    /** One coder's column of the selected place: their name over what they marked there. */
    private static VBox side(SideText side) {
        Label coder = new Label(side.coder() + (side.applied() ? " marked" : " did not mark"));
        coder.setStyle("-fx-font-weight: bold;");
        TextArea text = new TextArea(side.text());
        text.setId("agreement-side-" + side.coder());
        text.setEditable(false);
        text.setWrapText(true);
        VBox column = new VBox(2, coder, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(200);
        return column;
    }

    private Label notes() {
        Label notes = new Label();
        notes.setId("agreement-notes");
        notes.setWrapText(true);
        notes.setMaxHeight(80);
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(Bindings.isNotEmpty(model.notesProperty()));
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    private void columns() {
        List<TableColumn<AgreementLine, String>> columns = new java.util.ArrayList<>();
        columns.add(column("Code", 250, line -> AgreementViewModel.leaf(line.code())));
        columns.add(column("Units", 60, AgreementLine::units));
        columns.add(column(model.markedHeadingProperty().get(), 120, AgreementLine::marked));
        for (int i = 0; i < model.statistics().size(); i++) {
            int index = i;
            String statistic = model.statistics().get(i);
            TableColumn<AgreementLine, String> column = column(AgreementViewModel.heading(statistic), 90,
                    line -> line.values().get(index));
            Label heading = new Label(AgreementViewModel.heading(statistic));
            heading.setTooltip(new Tooltip(statistic));
            column.setText("");
            column.setGraphic(heading);
            column.setId("agreement-column-" + i);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
    }

    private static <S> TableColumn<S, String> column(String title, double width, java.util.function.Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(
                cell.getValue() == null ? "" : value.apply(cell.getValue())));
        return column;
    }
}
