package org.scholion.ui.exchange;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > Merge Codings from Project or QDPX: a path field with Folder and File buttons, the coder's
 * name, and Merge. Kept small (the headless screen is narrow). Ids: {@code merge-dialog} (the pane),
 * {@code merge-other}, {@code merge-browse-folder}, {@code merge-browse-file}, {@code merge-coder}, {@code merge-from-coder},
 * {@code merge-problem}, {@code merge-run} (the Merge button).
 */
public final class MergeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public MergeDialog(MergeViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Merge codings");
        dialog.setHeaderText("Merge a second coder's codings from another copy\nof this project or a REFI-QDA file");
        TextField other = new TextField();
        other.setId("merge-other");
        other.setPrefColumnCount(28);
        other.setPromptText("colleague.scholion or colleague.qdpx");
        other.textProperty().bindBidirectional(model.otherProperty());
        Button folder = new Button("Folder...");
        folder.setId("merge-browse-folder");
        folder.setOnAction(e -> chooseFolder(model, owner));
        Button file = new Button("File...");
        file.setId("merge-browse-file");
        file.setOnAction(e -> chooseFile(model, owner));
        TextField coder = new TextField();
        coder.setId("merge-coder");
        coder.setPrefColumnCount(16);
        coder.setPromptText("e.g. ben");
        coder.textProperty().bindBidirectional(model.coderProperty());
        TextField onlyBy = new TextField();
        onlyBy.setId("merge-from-coder");
        onlyBy.setPrefColumnCount(16);
        onlyBy.setPromptText("everyone");
        onlyBy.textProperty().bindBidirectional(model.onlyByProperty());
        Label problem = new Label();
        problem.setId("merge-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(440);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("From:"), other, new HBox(4, folder, file));
        form.addRow(1, new Label("As coder:"), coder);
        form.addRow(2, new Label("Only codings by:"), onlyBy);
        form.add(problem, 0, 3, 3, 1);
        dialog.getDialogPane().setId("merge-dialog");
        dialog.getDialogPane().setContent(form);
        ButtonType run = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("merge-run");
        runButton.disableProperty().bind(model.readyProperty().not());
        dialog.setOnShown(e -> other.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == run) {
                model.merge();
            }
        });
    }

    public void show() {
        dialog.show();
    }

    private void chooseFolder(MergeViewModel model, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The other copy of the project");
        start(model).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            model.otherProperty().set(chosen.getPath());
        }
    }

    private void chooseFile(MergeViewModel model, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A REFI-QDA project file from a colleague");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA project (.qdpx)", "*.qdpx"));
        start(model).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            model.otherProperty().set(chosen.getPath());
        }
    }

    /** The folder of what is typed already, if there is one, for the chooser to start in. */
    private static java.util.Optional<File> start(MergeViewModel model) {
        try {
            Path typed = Path.of(model.otherProperty().get().strip()).toAbsolutePath();
            Path folder = typed.getParent();
            return folder != null && Files.isDirectory(folder) ? java.util.Optional.of(folder.toFile())
                    : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
