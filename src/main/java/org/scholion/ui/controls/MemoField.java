package org.scholion.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A memo edited in place, with a caption naming what it is on ("Memo on code 'X'"): stored when the
 * field loses the focus or on Ctrl+Enter, not on every keystroke; disabled while nothing is shown.
 * The text area has the id given; its caption that id followed by {@code -caption}.
 */
public final class MemoField {

    private final VBox root = new VBox(3);

    /**
     * @param caption the caption before the name, e.g. "Memo on " or "Memo on code "
     * @param prompt what the empty, enabled field says
     */
    public MemoField(MemoFieldViewModel model, String id, String caption, String prompt, int rows) {
        Label label = new Label();
        label.setId(id + "-caption");
        label.textProperty().bind(Bindings.concat(caption, model.nameProperty()));
        label.visibleProperty().bind(model.nameProperty().isNotEmpty());
        label.setWrapText(true);
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(prompt);
        area.textProperty().bindBidirectional(model.textProperty());
        area.disableProperty().bind(model.nameProperty().isEmpty());
        saveOnLeaveOrCtrlEnter(area, model::save);
        label.setLabelFor(area);
        root.getChildren().addAll(label, area);
    }

    public Node node() {
        return root;
    }

    /** The way every memo field in the workbench is stored: on leaving it, or on Ctrl+Enter. */
    public static void saveOnLeaveOrCtrlEnter(TextArea area, Runnable save) {
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save.run();
                e.consume();
            }
        });
    }
}
