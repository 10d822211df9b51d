package org.scholion.ui.export;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scholion.export.BibliographyFormat;
import org.scholion.export.CitationStyle;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExportFormat;
import org.scholion.source.SourceType;

/**
 * The export dialog (File > Export Excerpts): format, citation, order, context, appendix, the codes
 * selected in the tree or all codings, and a live preview of the first excerpts. Ids:
 * {@code export-format}, {@code export-citation}, {@code export-order}, {@code export-context},
 * {@code export-type}, {@code export-from-year}, {@code export-to-year}, {@code export-coder},
 * {@code export-memo}, {@code export-sources} (tick sources; none ticked exports all),
 * {@code export-current-source} (ticks only the source on show), {@code export-selected-only},
 * {@code export-coding-memos}, {@code export-project-memos}, {@code export-source-memos},
 * {@code export-code-memos}, {@code export-bibliography}, {@code export-appendix}, {@code export-preview},
 * {@code export-summary}.
 */
public final class ExportDialog {

    private final ExportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ExportDialog(ExportViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Export excerpts");
        dialog.setHeaderText("Coded excerpts with their citations and pages, for the thesis chapter");

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("export-format");
        ChoiceBox<CitationStyle> citation = new ChoiceBox<>();
        citation.getItems().setAll(CitationStyle.values());
        citation.valueProperty().bindBidirectional(model.citationProperty());
        citation.setId("export-citation");
        ChoiceBox<ExcerptOrder> order = new ChoiceBox<>();
        order.getItems().setAll(ExcerptOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("export-order");
        Spinner<Integer> context = new Spinner<>(0, 100, model.contextWordsProperty().get());
        context.valueProperty().addListener((obs, was, now) -> model.contextWordsProperty().set(now));
        context.setId("export-context");
        CheckBox selectedOnly = new CheckBox("Only the codes selected in the codebook (with their sub-codes)");
        selectedOnly.selectedProperty().bindBidirectional(model.selectedCodesOnlyProperty());
        selectedOnly.setId("export-selected-only");
        CheckBox appendix = new CheckBox("Codebook appendix");
        appendix.selectedProperty().bindBidirectional(model.codebookAppendixProperty());
        appendix.setId("export-appendix");

        ChoiceBox<SourceType> type = new ChoiceBox<>();
        type.getItems().add(null);
        type.getItems().addAll(SourceType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setId("export-type");
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SourceType value) {
                return value == null ? "any type" : value.word();
            }

            @Override
            public SourceType fromString(String text) {
                return null;
            }
        });
        TextField from = yearField("export-from-year", model.fromYearProperty());
        TextField to = yearField("export-to-year", model.toYearProperty());
        TextField coder = new TextField();
        coder.setPromptText("any coder");
        coder.textProperty().bindBidirectional(model.coderProperty());
        coder.setId("export-coder");
        TextField memo = new TextField();
        memo.setPromptText("any memo");
        memo.textProperty().bindBidirectional(model.memoContainsProperty());
        memo.setId("export-memo");
        ListView<SourceChoice> sources = new ListView<>(model.sources());
        sources.setCellFactory(CheckBoxListCell.forListView(SourceChoice::chosenProperty));
        sources.setPrefHeight(110);
        sources.setId("export-sources");
        Button currentSource = new Button("Only the source on show");
        currentSource.setOnAction(e -> model.chooseCurrentSource());
        currentSource.setId("export-current-source");
        CheckBox codingMemos = checkBox("Coding memos", "export-coding-memos", model.codingMemosProperty());
        CheckBox projectMemos = checkBox("Project memos", "export-project-memos", model.projectMemosProperty());
        CheckBox sourceMemos = checkBox("Source memos", "export-source-memos", model.sourceMemosProperty());
        CheckBox codeMemos = checkBox("Code memos", "export-code-memos", model.codeMemosProperty());
        ChoiceBox<BibliographyFormat> bibliography = new ChoiceBox<>();
        bibliography.getItems().setAll(BibliographyFormat.values());
        bibliography.valueProperty().bindBidirectional(model.bibliographyProperty());
        bibliography.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.MD));
        bibliography.setId("export-bibliography");

        GridPane choices = new GridPane(10, 6);
        choices.addRow(0, new Label("Format"), format, new Label("Citations"), citation);
        choices.addRow(1, new Label("Order"), order, new Label("Words of context"), context);
        choices.addRow(2, new Label("Source type"), type, new Label("Years"), new javafx.scene.layout.HBox(4, from, new Label("to"), to));
        choices.addRow(3, new Label("Coder"), coder, new Label("Memo contains"), memo);
        choices.addRow(4, new Label("Bibliography (md)"), bibliography);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setId("export-summary");
        ListView<String> preview = new ListView<>(model.preview());
        preview.setId("export-preview");
        preview.setPrefHeight(200);
        preview.setPrefWidth(640);
        Label sourcesLabel = new Label("Sources (none ticked: all)");
        HBox memos = new HBox(12, new Label("Memos:"), codingMemos, projectMemos, sourceMemos, codeMemos);
        VBox content = new VBox(8, choices, selectedOnly, new HBox(12, sourcesLabel, currentSource), sources, memos,
                appendix, summary, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export...", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
    }

    private static CheckBox checkBox(String text, String id, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        box.setId(id);
        return box;
    }

    /** A year box: digits only; empty for no bound. */
    private static TextField yearField(String id, javafx.beans.property.ObjectProperty<Integer> year) {
        TextField field = new TextField(year.get() == null ? "" : year.get().toString());
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPromptText("any");
        field.textProperty().addListener((obs, was, now) -> {
            String digits = now.strip();
            year.set(digits.matches("\\d{4}") ? Integer.valueOf(digits) : null);
        });
        return field;
    }

    /** Shows the dialog; on Export, asks where to write and starts the export. */
    public void show() {
        model.refresh();
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            FileChooser chooser = new FileChooser();
            ExportFormat format = model.formatProperty().get();
            chooser.setInitialFileName("excerpts." + format.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
            File file = chooser.showSaveDialog(dialog.getOwner());
            if (file != null) {
                model.export(file.toPath());
            }
        });
    }
}
