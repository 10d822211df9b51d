package org.scholion.ui.controls;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Rows that open what they show: a click on a row, or Enter on the selected one (KWIC lines, retrieved segments). */
public final class OpeningRows {

    private OpeningRows() {
    }

    public static <T> void install(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
    }
}
