package org.scholion.ui.export;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scholion.export.CitationStyle;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExportFormat;

/**
 * The export dialog (File > Export Excerpts): format, citation, order, context, appendix, the codes
 * selected in the tree or all codings, and a live preview of the first excerpts. Ids:
 * {@code export-format}, {@code export-citation}, {@code export-order}, {@code export-context},
 * {@code export-selected-only}, {@code export-appendix}, {@code export-preview}, {@code export-summary}.
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

        GridPane choices = new GridPane(10, 6);
        choices.addRow(0, new Label("Format"), format, new Label("Citations"), citation);
        choices.addRow(1, new Label("Order"), order, new Label("Words of context"), context);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setId("export-summary");
        ListView<String> preview = new ListView<>(model.preview());
        preview.setId("export-preview");
        preview.setPrefHeight(260);
        preview.setPrefWidth(640);
        VBox content = new VBox(8, choices, selectedOnly, appendix, summary, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export...", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
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
