package org.scholion.ui.viewer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The quick-code box: type part of a code's name, pick from the completions with the arrow keys,
 * Enter codes the selection, Escape closes. Ids: {@code quick-code-box}, {@code quick-code-field},
 * {@code quick-code-list}.
 */
final class QuickCodeBox {

    private final DocumentViewModel model;
    private final VBox box = new VBox(4);
    private final TextField field = new TextField();
    private final ListView<CodeChoice> list = new ListView<>();
    private Runnable onClose = () -> { };

    QuickCodeBox(DocumentViewModel model) {
        this.model = model;
        box.setId("quick-code-box");
        field.setId("quick-code-field");
        list.setId("quick-code-list");
        field.setPromptText("Code the selection with... (type a code's name)");
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CodeChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : swatch(item));
            }
        });
        box.getChildren().addAll(new Label("Quick code"), field, list);
        box.setMaxSize(440, 280);
        box.getStyleClass().add("quick-code-box");
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        box.setVisible(false);
        box.setManaged(false);

        field.textProperty().addListener((obs, was, now) -> fill(now));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                case ENTER -> choose(list.getSelectionModel().getSelectedItem());
                case ESCAPE -> close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
    }

    VBox node() {
        return box;
    }

    boolean isOpen() {
        return box.isVisible();
    }

    void open(Runnable whenClosed) {
        onClose = whenClosed;
        // AtlantaFX's colours, looked up only once the box shows (a window without the theme has none).
        box.setStyle("-fx-background-color: -color-border-default, -color-bg-default; -fx-background-insets: 0, 1;"
                + " -fx-padding: 8; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 8, 0, 0, 2);");
        field.clear();
        fill("");
        box.setManaged(true);
        box.setVisible(true);
        field.requestFocus();
    }

    void close() {
        box.setVisible(false);
        box.setManaged(false);
        onClose.run();
    }

    private void fill(String typed) {
        list.getItems().setAll(model.complete(typed));
        list.getSelectionModel().selectFirst();
    }

    private void choose(CodeChoice choice) {
        close();
        if (choice != null) {
            model.code(choice.id());
        }
    }

    static Rectangle swatch(CodeChoice choice) {
        Rectangle swatch = new Rectangle(10, 10, CoderStyles.colour(choice.color().rgb()));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        return swatch;
    }
}
