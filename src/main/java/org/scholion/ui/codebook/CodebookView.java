package org.scholion.ui.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scholion.codebook.CodeId;

/**
 * The codebook: a quick-code box, the actions, the code tree, and the guidance of the selected
 * code beneath it. Keys on the tree: Insert or Ctrl+Shift+N add a code, F2 renames, Delete deletes.
 *
 * <p>Ids: {@code codebook-view} (the whole), {@code quick-code}, {@code codebook-tree},
 * {@code code-add}, {@code code-add-child}, {@code code-rename}, {@code code-delete},
 * {@code code-merge}, {@code code-color}, {@code code-definition}, {@code code-when-to-use},
 * {@code code-when-not-to-use}, {@code code-example}; the dialogs' ids are in {@link CodeDialogs}.
 */
public final class CodebookView {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CodebookViewModel model;
    private final SplitPane root = new SplitPane();
    private final TreeView<CodeNode> tree = new TreeView<>(new TreeItem<>());
    private final ColorPicker color = new ColorPicker();
    private final CodebookActions actions;
    private final Set<CodeId> collapsed = new HashSet<>();
    private boolean rebuilding;

    public CodebookView(CodebookViewModel model) {
        this.model = model;
        this.actions = new CodebookActions(model, new CodeDialogs(tree));
        root.setId("codebook-view");
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(view -> new CodeCell(model, actions));
        tree.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<TreeItem<CodeNode>>) change -> selectionChanged());
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        acceptDropsOnEmptySpace();
        model.treeProperty().addListener((obs, was, now) -> rebuild());
        model.selectedProperty().addListener((obs, was, now) -> showSelected(now));

        VBox top = new VBox(4, new QuickCodeBox(model).node(), toolbar(), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(top, new GuidanceEditor(model).node());
        root.setDividerPositions(0.62);
        rebuild();
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        Button add = button("+", "code-add", "Add a code (Insert, Ctrl+Shift+N)", actions::addSibling);
        Button child = button("+ sub", "code-add-child", "Add a sub-code of the selected code", actions::addChild);
        Button rename = button("Rename", "code-rename", "Rename the selected code (F2)", actions::rename);
        Button merge = button("Merge", "code-merge", "Merge the selected code into another", actions::merge);
        Button delete = button("Delete", "code-delete", "Delete the selected code (Delete)", actions::delete);
        color.setId("code-color");
        color.setTooltip(new Tooltip("Colour of the selected code"));
        color.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        color.setOnAction(e -> {
            CodeNode selected = model.selectedNode();
            if (!rebuilding && selected != null && color.getValue() != null
                    && !CodeCell.code(color.getValue()).equals(selected.code().color())) {
                model.recolour(selected.id(), CodeCell.code(color.getValue()));
            }
        });
        for (Node needsCode : List.of(child, rename, merge, delete, color)) {
            needsCode.disableProperty().bind(model.selectedProperty().isNull());
        }
        add.disableProperty().bind(model.session().projectProperty().isNull());
        FlowPane bar = new FlowPane(4, 4, add, child, rename, merge, delete, color);
        bar.setId("codebook-actions");
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.INSERT || ADD.match(e)) {
            actions.addSibling();
        } else if (e.getCode() == KeyCode.F2) {
            actions.rename();
        } else if (e.getCode() == KeyCode.DELETE) {
            actions.delete();
        } else {
            return;
        }
        e.consume();
    }

    private void acceptDropsOnEmptySpace() {
        tree.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CodeCell.CODE)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
    }

    private void selectionChanged() {
        if (rebuilding) {
            return;
        }
        List<CodeId> codes = new ArrayList<>();
        for (TreeItem<CodeNode> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                codes.add(item.getValue().id());
            }
        }
        model.select(codes);
    }

    /**
     * Shows the model's tree. When only names, colours, counts or keys changed (a coding made, a
     * code renamed), the rows are updated in place, so the scroll position and the selection stay;
     * otherwise the tree is built again, keeping which codes were folded.
     */
    private void rebuild() {
        rebuilding = true;
        try {
            if (sameShape(tree.getRoot().getChildren(), model.roots())) {
                update(tree.getRoot().getChildren(), model.roots());
            } else {
                rememberFolding(tree.getRoot());
                TreeItem<CodeNode> top = new TreeItem<>();
                for (CodeNode node : model.roots()) {
                    top.getChildren().add(item(node));
                }
                tree.setRoot(top);
                top.setExpanded(true);
            }
        } finally {
            rebuilding = false;
        }
        showSelected(model.selectedProperty().get());
    }

    private static boolean sameShape(List<TreeItem<CodeNode>> items, List<CodeNode> nodes) {
        if (items.size() != nodes.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            CodeNode shown = items.get(i).getValue();
            if (shown == null || !shown.id().equals(nodes.get(i).id())
                    || !sameShape(items.get(i).getChildren(), nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    private static void update(List<TreeItem<CodeNode>> items, List<CodeNode> nodes) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setValue(nodes.get(i));
            update(items.get(i).getChildren(), nodes.get(i).children());
        }
    }

    private TreeItem<CodeNode> item(CodeNode node) {
        TreeItem<CodeNode> item = new TreeItem<>(node);
        for (CodeNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(!collapsed.contains(node.id()));
        return item;
    }

    private void rememberFolding(TreeItem<CodeNode> item) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            if (child.getValue() != null && !child.isLeaf()) {
                if (child.isExpanded()) {
                    collapsed.remove(child.getValue().id());
                } else {
                    collapsed.add(child.getValue().id());
                }
            }
            rememberFolding(child);
        }
    }

    /** Selects a code's row (opening its parents) and sets the colour picker to its colour. */
    private void showSelected(CodeId code) {
        rebuilding = true;
        try {
            TreeItem<CodeNode> item = code == null ? null : find(tree.getRoot(), code);
            if (item == null) {
                if (code == null) {
                    tree.getSelectionModel().clearSelection();
                }
            } else if (!tree.getSelectionModel().getSelectedItems().contains(item)) {
                for (TreeItem<CodeNode> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().clearSelection();
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
            }
            CodeNode node = model.selectedNode();
            if (node != null) {
                color.setValue(CodeCell.fx(node.code().color()));
            }
        } finally {
            rebuilding = false;
        }
    }

    private static TreeItem<CodeNode> find(TreeItem<CodeNode> item, CodeId code) {
        if (item.getValue() != null && item.getValue().id().equals(code)) {
            return item;
        }
        for (TreeItem<CodeNode> child : item.getChildren()) {
            TreeItem<CodeNode> found = find(child, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
