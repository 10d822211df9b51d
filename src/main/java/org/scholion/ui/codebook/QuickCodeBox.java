package org.scholion.ui.codebook;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A field to code the viewer's selection by typing a code's name: matching codes are listed under
 * it as one types (Up/Down pick one), Enter codes with the one picked or the best match. A list in
 * the layout rather than a popup, so typing is never taken from the field.
 *
 * <p>Ids: {@code quick-code}, {@code quick-code-completions}.
 */
final class QuickCodeBox {

    private static final int ROWS = 5;
    private static final double ROW_HEIGHT = 28;

    private final CodebookViewModel model;
    private final TextField field = new TextField();
    private final ListView<CodeNode> completions = new ListView<>();
    private final VBox root = new VBox(2, field, completions);

    QuickCodeBox(CodebookViewModel model) {
        this.model = model;
        field.setId("quick-code");
        field.setPromptText("Code selection with... (type a code)");
        completions.setId("quick-code-completions");
        completions.setFocusTraversable(false);
        completions.setFixedCellSize(ROW_HEIGHT);
        completions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CodeNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.path().toString());
            }
        });
        field.textProperty().addListener((obs, was, now) -> complete(now));
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> codeWithChoice();
                case DOWN -> move(1);
                case UP -> move(-1);
                case ESCAPE -> field.clear();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        completions.setOnMouseClicked(e -> {
            if (completions.getSelectionModel().getSelectedItem() != null) {
                codeWithChoice();
            }
        });
        complete("");
    }

    Node node() {
        return root;
    }

    private void complete(String typed) {
        completions.getItems().setAll(model.completions(typed));
        boolean any = !completions.getItems().isEmpty();
        completions.setVisible(any);
        completions.setManaged(any);
        completions.setPrefHeight(Math.min(ROWS, completions.getItems().size()) * ROW_HEIGHT + 4);
        completions.setMinHeight(completions.getPrefHeight());
        if (any) {
            completions.getSelectionModel().selectFirst();
        }
    }

    private void move(int by) {
        int at = completions.getSelectionModel().getSelectedIndex() + by;
        if (at >= 0 && at < completions.getItems().size()) {
            completions.getSelectionModel().select(at);
            completions.scrollTo(at);
        }
    }

    private void codeWithChoice() {
        CodeNode picked = completions.getSelectionModel().getSelectedItem();
        boolean coded = picked != null ? codeWith(picked) : model.codeSelectionWith(field.getText());
        if (coded) {
            field.clear();
        }
    }

    private boolean codeWith(CodeNode node) {
        model.codeSelection(node.id());
        return true;
    }
}
