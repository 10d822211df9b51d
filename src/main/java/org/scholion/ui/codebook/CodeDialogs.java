package org.scholion.ui.codebook;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.scholion.codebook.DeletePolicy;

/**
 * The questions the codebook asks: a code's name, the code to merge into or to reassign codings
 * to, and what to do with the codings of a code being deleted.
 *
 * <p>Ids: {@code code-name-input} (the name field), {@code code-chooser} (the code choice),
 * {@code delete-question}.
 */
final class CodeDialogs {

    static final ButtonType DELETE_CODINGS = new ButtonType("Delete the codings too", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType REASSIGN = new ButtonType("Reassign them...", ButtonBar.ButtonData.OTHER);

    private final Node owner;

    CodeDialogs(Node owner) {
        this.owner = owner;
    }

    Optional<String> name(String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getEditor().setId("code-name-input");
        own(dialog);
        return dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    Optional<CodeNode> code(String title, String header, List<CodeNode> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> items = choices.stream().map(Choice::new).toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(items.getFirst(), items);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("code-chooser");
        own(dialog);
        return dialog.showAndWait().map(Choice::node);
    }

    /** Asks what to do with the codings of a code being deleted; empty if the user cancels. */
    Optional<DeletePolicy> deletePolicy(DeleteQuestion question, List<CodeNode> reassignTargets) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), DELETE_CODINGS, REASSIGN, ButtonType.CANCEL);
        alert.setTitle("Delete code");
        alert.setHeaderText("Delete '" + question.path() + "'?");
        alert.getDialogPane().setId("delete-question");
        own(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(DELETE_CODINGS::equals).isPresent()) {
            return Optional.of(new DeletePolicy.DeleteCodings());
        }
        if (answer.filter(REASSIGN::equals).isPresent()) {
            return code("Reassign codings", "Reassign the " + CodeNode.plural(question.codings(), "coding") + " to:",
                    reassignTargets).map(target -> new DeletePolicy.ReassignTo(target.id()));
        }
        return Optional.empty();
    }

    private void own(Dialog<?> dialog) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            dialog.initOwner(window);
        }
    }

    /** A code in a choice box, shown by its path. */
    record Choice(CodeNode node) {
        @Override
        public String toString() {
            return node.path().toString();
        }
    }
}
