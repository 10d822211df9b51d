package org.scholion.ui.inspector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scholion.coding.CodingId;
import org.scholion.ui.controls.MemoField;

/**
 * The codings at the cursor, their coders and memos, the memo of the source and the memo of the
 * code selected in the codebook. Ids for tests: {@code inspector-view} (the view's frame),
 * {@code inspector} (its content), {@code inspector-codings} (the cards, one per coding, each
 * {@code inspector-coding-ID} with its memo field {@code inspector-memo-ID}), {@code inspector-remove},
 * {@code inspector-source-memo} and {@code inspector-code-memo} (with their captions
 * {@code inspector-source-memo-caption}, {@code inspector-code-memo-caption}). A memo is stored
 * when its field loses the focus or on Ctrl+Enter.
 */
public final class InspectorView {

    private static final String PICKED = "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2;";
    private static final String PLAIN = "-fx-border-color: -color-border-default; -fx-border-width: 1;";

    private final InspectorViewModel model;
    private final javafx.scene.layout.BorderPane frame = new javafx.scene.layout.BorderPane();
    private final VBox root = new VBox(6);
    private final VBox cards = new VBox(6);
    private final Map<CodingId, Card> shown = new HashMap<>();

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        // The frame keeps the id every view's root has (the window test looks for it); the content is "inspector".
        frame.setId("inspector-view");
        frame.setCenter(root);
        root.setId("inspector");
        root.setPadding(new Insets(6));
        cards.setId("inspector-codings");

        Label empty = new Label("No coding at the cursor");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.codings()));
        empty.managedProperty().bind(empty.visibleProperty());
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button remove = new Button("Remove coding");
        remove.setId("inspector-remove");
        remove.disableProperty().bind(model.session().selectedCodingProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());

        MemoField sourceMemo = new MemoField(model.sourceMemo(), "inspector-source-memo", "Memo on ",
                "Memo on the source on show", 6);
        MemoField codeMemo = new MemoField(model.codeMemo(), "inspector-code-memo", "Memo on code ",
                "Memo on the code selected in the codebook", 4);

        root.getChildren().addAll(new Label("At the cursor"), empty, scroll, remove, sourceMemo.node(), codeMemo.node());
        model.codings().addListener((ListChangeListener<CodingEntry>) c -> show(model.codings()));
        model.session().selectedCodingProperty().addListener((obs, was, now) -> highlight(now));
        show(model.codings());
    }

    public Node node() {
        return frame;
    }

    /** Keeps the card of a coding still shown, so a memo being typed keeps its caret and focus. */
    private void show(List<CodingEntry> entries) {
        Map<CodingId, Card> kept = new HashMap<>();
        List<Node> nodes = new java.util.ArrayList<>();
        for (CodingEntry entry : entries) {
            Card card = shown.containsKey(entry.id()) ? shown.get(entry.id()) : new Card(entry.id());
            card.update(entry);
            kept.put(entry.id(), card);
            nodes.add(card.box);
        }
        shown.clear();
        shown.putAll(kept);
        cards.getChildren().setAll(nodes);
        highlight(model.session().selectedCodingProperty().get());
    }

    private void highlight(CodingId picked) {
        shown.forEach((id, card) -> card.box.setStyle(id.equals(picked) ? PICKED : PLAIN));
    }

    private final class Card {
        final VBox box = new VBox(3);
        final Label code = new Label();
        final Label who = new Label();
        final Label quote = new Label();
        final TextArea memo = new TextArea();

        Card(CodingId id) {
            box.setId("inspector-coding-" + id);
            box.setPadding(new Insets(4));
            code.setStyle("-fx-font-weight: bold;");
            quote.setWrapText(true);
            quote.setMaxHeight(60);
            quote.setStyle("-fx-font-style: italic;");
            memo.setId("inspector-memo-" + id);
            memo.setWrapText(true);
            memo.setPrefRowCount(3);
            memo.setPromptText("Memo on this coding");
            MemoField.saveOnLeaveOrCtrlEnter(memo, () -> model.saveMemo(id, memo.getText()));
            box.setOnMouseClicked(e -> model.select(id));
            memo.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    model.select(id);
                }
            });
            box.getChildren().addAll(code, who, quote, memo);
        }

        void update(CodingEntry entry) {
            code.setText(entry.codePath());
            who.setText(entry.coder() + ", " + entry.when());
            quote.setText("\u201c" + entry.quote().replaceAll("\\s+", " ") + "\u201d");
            if (!memo.isFocused()) {
                memo.setText(entry.memo());
            }
        }
    }
}
