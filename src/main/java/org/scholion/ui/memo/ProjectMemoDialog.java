package org.scholion.ui.memo;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The project memo (File > Project Memo): one text area, Save and Cancel. Ids: {@code project-memo}
 * (the dialog's pane), {@code project-memo-text}, {@code project-memo-save}.
 */
public final class ProjectMemoDialog {

    private final ProjectMemoViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ProjectMemoDialog(ProjectMemoViewModel model, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Project memo");
        dialog.headerTextProperty().bind(Bindings.when(model.projectNameProperty().isEmpty()).then("Memo on the project")
                .otherwise(Bindings.concat("Memo on ", model.projectNameProperty())));
        dialog.setResizable(true);
        TextArea text = new TextArea();
        text.setId("project-memo-text");
        text.setWrapText(true);
        text.setPrefColumnCount(60);
        text.setPrefRowCount(16);
        text.setPromptText("The research question, the state of the analysis, what to do next");
        text.textProperty().bindBidirectional(model.textProperty());
        text.disableProperty().bind(model.projectNameProperty().isEmpty());
        VBox content = new VBox(text);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setId("project-memo");
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("project-memo-save");
        dialog.setOnShown(e -> text.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == save) {
                model.save();
            }
        });
    }

    /** Reads the memo and shows the dialog; returns at once (Save stores the memo when the dialog closes). */
    public void show() {
        model.open();
        dialog.show();
    }
}
