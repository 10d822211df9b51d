package org.scholion.ui.codebook;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;

/**
 * A code in the tree: colour swatch, name, count of codings (own, and with sub-codes in brackets;
 * the tooltip says which is which) and the quick key. Dragged onto another code it moves under
 * it (onto the empty part of the tree: to the top level); text dragged from the viewer and dropped
 * on it is coded with it.
 */
final class CodeCell extends TreeCell<CodeNode> {

    /** A code being dragged within the tree. */
    static final DataFormat CODE = new DataFormat("application/x-scholion-code");
    /** What the viewer puts on the dragboard when the user drags selected text. */
    static final String SELECTION = "scholion/selection";

    private final CodebookViewModel model;
    private final CodebookActions actions;
    private final Rectangle swatch = new Rectangle(12, 12);
    private final Label name = new Label();
    private final Label count = new Label();
    private final Label key = new Label();
    private final HBox graphic = new HBox(6, swatch, name, count, key);

    CodeCell(CodebookViewModel model, CodebookActions actions) {
        this.model = model;
        this.actions = actions;
        graphic.setAlignment(Pos.CENTER_LEFT);
        count.getStyleClass().add("text-muted");
        key.getStyleClass().addAll("text-small", "code-quick-key");
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(CODE, getItem().id().value());
                board.setContent(content);
                e.consume();
            }
        });
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    @Override
    protected void updateItem(CodeNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setContextMenu(null);
            return;
        }
        setText(null);
        swatch.setFill(fx(node.code().color()));
        name.setText(node.name());
        count.setText(node.countText());
        key.setText(node.quickKey() > 0 ? "[" + node.quickKey() + "]" : "");
        setGraphic(graphic);
        setTooltip(new Tooltip(node.countTooltip()));
        setContextMenu(menu(node));
    }

    static Color fx(CodeColor color) {
        return Color.rgb(color.red(), color.green(), color.blue());
    }

    static CodeColor code(Color color) {
        return new CodeColor((int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255));
    }

    private ContextMenu menu(CodeNode node) {
        MenuItem code = item("Code selection", "menu-code-selection", () -> model.codeSelection(node.id()));
        Menu keys = new Menu("Assign quick key");
        keys.setId("menu-quick-key");
        for (int k = 1; k <= 9; k++) {
            int assigned = k;
            keys.getItems().add(item(k + (k == node.quickKey() ? " (now)" : ""), "menu-quick-key-" + k,
                    () -> model.assignQuickKey(assigned, node.id())));
        }
        MenuItem none = item("None", "menu-quick-key-none", () -> model.assignQuickKey(node.quickKey(), null));
        none.setDisable(node.quickKey() == 0);
        keys.getItems().addAll(new SeparatorMenuItem(), none);
        ContextMenu menu = new ContextMenu(code, new SeparatorMenuItem(),
                item("Add code", "menu-code-add", actions::addSibling),
                item("Add sub-code", "menu-code-add-child", actions::addChild),
                item("Rename...", "menu-code-rename", actions::rename),
                keys,
                item("Merge into...", "menu-code-merge", actions::merge),
                new SeparatorMenuItem(),
                item("Delete...", "menu-code-delete", actions::delete));
        // The menu acts on the code it was opened on, which the tree selects first.
        menu.setOnShowing(e -> {
            getTreeView().getSelectionModel().select(getTreeItem());
            code.setDisable(!model.hasTextSelected());
        });
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private CodeId target() {
        return getItem() == null ? null : getItem().id();
    }

    private void dragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (board.hasContent(CODE)) {
            if (model.canMove(dragged(board), target())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        } else if (getItem() != null && (SELECTION.equals(board.getString()) || model.hasTextSelected())) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK, TransferMode.MOVE);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean done = false;
        if (board.hasContent(CODE)) {
            model.move(dragged(board), target());
            done = true;
        } else if (getItem() != null) {
            model.codeSelection(getItem().id());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private static CodeId dragged(Dragboard board) {
        Object value = board.getContent(CODE);
        return value instanceof Number n ? new CodeId(n.longValue()) : null;
    }
}
