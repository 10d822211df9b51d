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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
        format.setConverter(named(f -> switch (f) {
            case DOCX -> "Word (.docx)";
            case MD -> "Pandoc Markdown (.md)";
            case HTML -> "Web page (.html)";
            case CSV -> "CSV table (.csv)";
            case XLSX -> "Excel (.xlsx)";
            case JSON -> "JSON (.json)";
        }));
        ChoiceBox<CitationStyle> citation = new ChoiceBox<>();
        citation.getItems().setAll(CitationStyle.values());
        citation.valueProperty().bindBidirectional(model.citationProperty());
        citation.setId("export-citation");
        citation.setConverter(named(c -> c == CitationStyle.INLINE ? "after each quote" : "in footnotes"));
        ChoiceBox<ExcerptOrder> order = new ChoiceBox<>();
        order.getItems().setAll(ExcerptOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("export-order");
        order.setConverter(named(o -> o == ExcerptOrder.SOURCE ? "by source" : "by code, then source"));
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
        sources.setPrefHeight(150);
        sources.setPrefWidth(300);
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
        bibliography.setConverter(named(b -> b == BibliographyFormat.CSL_JSON ? "CSL-JSON (.json)" : "BibTeX (.bib)"));

        GridPane choices = new GridPane(10, 6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        choices.getColumnConstraints().addAll(label, new ColumnConstraints(), label, new ColumnConstraints());
        choices.addRow(0, new Label("Format"), format, new Label("Citations"), citation);
        choices.addRow(1, new Label("Order"), order, new Label("Words of context"), context);
        choices.addRow(2, new Label("Source type"), type, new Label("Years"), new HBox(4, from, fixedLabel("to"), to));
        choices.addRow(3, new Label("Coder"), coder, new Label("Memo contains"), memo);
        choices.addRow(4, new Label("Bibliography (md)"), bibliography);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setId("export-summary");
        ListView<String> preview = new ListView<>(model.preview());
        preview.setId("export-preview");
        preview.setPrefHeight(200);
        preview.setPrefWidth(640);
        VBox sourceList = new VBox(4, new Label("Sources (none ticked: all)"), sources, currentSource);
        HBox memos = new HBox(12, new Label("Memos:"), codingMemos, projectMemos, sourceMemos, codeMemos);
        VBox content = new VBox(8, new HBox(16, choices, sourceList), selectedOnly, memos, appendix, summary, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export...", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
    }

    /** Shows enum values in words; the dialog never parses them back. */
    private static <T> javafx.util.StringConverter<T> named(java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes are not edited as text");
            }
        };
    }

    private static Label fixedLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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
