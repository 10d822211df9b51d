package org.scholion.ui.codebook;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The guidance of the selected code, editable: saved when a field loses focus or on Ctrl+Enter,
 * not on every keystroke.
 *
 * <p>Ids: {@code code-definition}, {@code code-when-to-use}, {@code code-when-not-to-use},
 * {@code code-example}.
 */
final class GuidanceEditor {

    private final VBox fields = new VBox(4);
    private final ScrollPane root = new ScrollPane(fields);

    GuidanceEditor(CodebookViewModel model) {
        GuidanceFields guidance = model.guidance();
        fields.getChildren().addAll(
                field("Definition", "code-definition", guidance.definition(), model, 3),
                field("When to use", "code-when-to-use", guidance.whenToUse(), model, 3),
                field("When not to use", "code-when-not-to-use", guidance.whenNotToUse(), model, 3),
                field("Example", "code-example", guidance.example(), model, 2));
        fields.setFillWidth(true);
        fields.disableProperty().bind(model.selectedProperty().isNull());
        root.setFitToWidth(true);
        root.setId("code-guidance");
    }

    Node node() {
        return root;
    }

    private static Node field(String label, String id, StringProperty text, CodebookViewModel model, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(label);
        area.textProperty().bindBidirectional(text);
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveGuidance();
            }
        });
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.saveGuidance();
                e.consume();
            }
        });
        Label caption = new Label(label);
        caption.setLabelFor(area);
        caption.getStyleClass().add("text-muted");
        return new VBox(2, caption, area);
    }
}
