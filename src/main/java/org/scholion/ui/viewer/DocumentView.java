package org.scholion.ui.viewer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;
import org.scholion.coding.CodingId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * A source's stored text with its codings highlighted and the coding stripes beside it: the whole
 * text in one RichTextFX area (virtualised by paragraph), runs painted by a style function, the
 * brackets drawn as paragraph graphics so that only the paragraphs on screen have any.
 *
 * <p>Ids for tests: {@code viewer-view} (the root), {@code viewer-title}, {@code viewer-text} (the
 * text area), {@code stripe-<coding id>} (a bracket beside a paragraph; its ends carry the style
 * classes {@code stripe-start} and {@code stripe-end}), {@code page-<label>} (a page number), and
 * the quick-code box's {@code quick-code-box}, {@code quick-code-field}, {@code quick-code-list}.
 *
 * <p>Keys: 1-9 code the selection with the code on that quick key; Shortcut+K opens the quick-code
 * box. A drag started inside the selection carries {@link #SELECTION} (and the text) to a drop on a
 * code, which then calls {@code Session.codeSelection}.
 */
public final class DocumentView {

    /** What a drag out of the viewer carries: "source:start:end" in code points. */
    public static final DataFormat SELECTION = dataFormat("application/x-scholion-selection");

    private static final KeyCombination QUICK_CODE = KeyCombination.keyCombination("Shortcut+K");

    private final DocumentViewModel model;
    private final StyledTextArea<String, Shade> area;
    private final StackPane root = new StackPane();
    private final Label title = new Label();
    private final QuickCodeBox quickCode;
    private final MarginCell.Actions marginActions;
    private LoadedText shownText;
    private DocumentLayout shownLayout;
    private boolean applyingSelection;
    private boolean pressedInSelection;

    public DocumentView(DocumentViewModel model) {
        this.model = model;
        area = new StyledTextArea<>("", (flow, style) -> { }, Shade.NONE, RunPainter::paint);
        area.setId("viewer-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setPadding(new Insets(6, 14, 6, 0));
        area.setStyle("-fx-font-size: 13.5px;");
        quickCode = new QuickCodeBox(model);
        marginActions = new MarginActions();

        title.setId("viewer-title");
        title.setPadding(new Insets(4, 8, 4, 8));
        BorderPane frame = new BorderPane(new VirtualizedScrollPane<>(area));
        frame.setTop(title);
        root.getChildren().addAll(frame, quickCode.node());
        root.setId("viewer-view");

        model.textProperty().addListener((obs, was, now) -> showText(now));
        model.layoutProperty().addListener((obs, was, now) -> showLayout(now));
        model.shownSelectionProperty().addListener((obs, was, now) -> showSelection(now));
        model.revealProperty().addListener((obs, was, now) -> reveal(now));
        model.session().selectedCodingProperty().addListener((obs, was, now) -> refreshMargin());
        followTheResearcher();
        area.setContextMenu(selectionMenu());
        showText(model.textProperty().get());
        showLayout(model.layoutProperty().get());
    }

    public Node node() {
        return root;
    }

    // ---- from the model to the area -----------------------------------------------------------

    private void showText(LoadedText text) {
        shownText = text;
        shownLayout = null;
        area.setParagraphGraphicFactory(null);
        applyingSelection = true;
        try {
            area.replaceText(text == null ? "" : text.text());
            area.moveTo(0);
        } finally {
            applyingSelection = false;
        }
        area.scrollYToPixel(0);
        title.setText(text == null ? "No source open: pick one in the list of sources" : text.title());
    }

    private void showLayout(DocumentLayout layout) {
        if (layout == null || shownText == null || !layout.source().equals(shownText.source())) {
            return;
        }
        shownLayout = layout;
        if (shownText.length() > 0) {
            TextOffsets offsets = shownText.offsets();
            StyleSpansBuilder<Shade> spans = new StyleSpansBuilder<>(layout.runs().size());
            for (HighlightRun run : layout.runs()) {
                spans.add(run.shade(), offsets.toCharIndex(run.end()) - offsets.toCharIndex(run.start()));
            }
            area.setStyleSpans(0, spans.create());
        }
        refreshMargin();
    }

    /** Rebuilds the margin of the paragraphs on screen (a new factory makes the area ask again). */
    private void refreshMargin() {
        DocumentLayout layout = shownLayout;
        if (layout == null || shownText == null) {
            return;
        }
        boolean paged = !shownText.pages().isEmpty();
        CodingId selected = model.session().selectedCodingProperty().get();
        area.setParagraphGraphicFactory(paragraph ->
                new MarginCell(layout.row(paragraph), layout, paged, selected, marginActions));
    }

    private void showSelection(Span span) {
        if (shownText == null) {
            return;
        }
        applyingSelection = true;
        try {
            if (span == null) {
                area.deselect();
            } else {
                area.selectRange(toChar(span.start()), toChar(span.end()));
            }
        } finally {
            applyingSelection = false;
        }
    }

    private void reveal(Reveal target) {
        if (target == null || shownText == null) {
            return;
        }
        showSelection(target.span());
        area.showParagraphAtCenter(shownText.paragraphs().of(target.span().start()));
        area.requestFocus();
    }

    // ---- from the researcher to the model -----------------------------------------------------

    private void followTheResearcher() {
        area.selectionProperty().addListener((obs, was, now) -> {
            if (!applyingSelection && shownText != null) {
                model.select(toCodePoint(now.getStart()), toCodePoint(now.getEnd()), true);
            }
        });
        area.caretPositionProperty().addListener((obs, was, now) -> {
            if (!applyingSelection && shownText != null) {
                model.caretMoved(toCodePoint(now));
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedInSelection = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1
                    && area.getSelection().getLength() > 0 && insideSelection(e);
            if (pressedInSelection) {
                // Pressing on the selection may start a drag onto a code: the selection stays.
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedInSelection) {
                startDrag();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || shownText == null) {
                return;
            }
            if (pressedInSelection) {
                pressedInSelection = false;
                e.consume();
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
                return;
            }
            boolean exact = e.isAltDown();
            // After the area has finished the drag (it sets the selection's end on release): whole
            // words unless Alt is held.
            Platform.runLater(() -> {
                if (shownText != null && area.getSelection().getLength() > 0) {
                    model.select(toCodePoint(area.getSelection().getStart()),
                            toCodePoint(area.getSelection().getEnd()), exact);
                }
            });
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (QUICK_CODE.match(e)) {
            quickCode.open(area::requestFocus);
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        int key = quickKeyOf(e.getCode());
        if (key > 0) {
            model.quickKey(key);
            e.consume();
        }
    }

    static int quickKeyOf(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return 0;
    }

    private boolean insideSelection(MouseEvent e) {
        int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
        return at > area.getSelection().getStart() && at < area.getSelection().getEnd();
    }

    private void startDrag() {
        var selected = model.session().selectionProperty().get();
        if (selected == null || selected.isEmpty()) {
            return;
        }
        Dragboard board = area.startDragAndDrop(TransferMode.LINK, TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.putString(area.getSelectedText());
        content.put(SELECTION, selected.source().value() + ":" + selected.span().start() + ":" + selected.span().end());
        board.setContent(content);
    }

    private ContextMenu selectionMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("viewer-menu");
        menu.setOnShowing(e -> {
            var selected = model.session().selectionProperty().get();
            boolean enabled = selected != null && !selected.isEmpty();
            MenuItem header = new MenuItem(enabled ? "Code the selection with" : "Select text to code it");
            header.setDisable(true);
            MenuItem quick = new MenuItem("Quick code...");
            quick.setAccelerator(QUICK_CODE);
            quick.setOnAction(a -> quickCode.open(area::requestFocus));
            menu.getItems().setAll(header);
            menu.getItems().addAll(CodingMenus.codeItems(model.codeChoices(), enabled, model::code));
            menu.getItems().addAll(new SeparatorMenuItem(), quick);
        });
        return menu;
    }

    private int toCodePoint(int charIndex) {
        return shownText.offsets().toCodePoint(Math.min(charIndex, shownText.text().length()));
    }

    private int toChar(int codePoint) {
        return shownText.offsets().toCharIndex(Math.min(codePoint, shownText.length()));
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }

    /** What the brackets in the margin do to the codings. */
    private final class MarginActions implements MarginCell.Actions {
        @Override
        public void clicked(CodingId id) {
            model.selectCoding(id);
        }

        @Override
        public void endDragged(CodingId id, boolean startEnd, double screenX, double screenY, boolean exact) {
            if (shownText == null || shownLayout == null) {
                return;
            }
            Point2D local = area.screenToLocal(screenX, screenY);
            if (local == null) {
                return;
            }
            double intoText = MarginCell.width(shownLayout, !shownText.pages().isEmpty()) + 2;
            int at = area.hit(Math.max(local.getX(), intoText), local.getY()).getInsertionIndex();
            model.dragEnd(id, startEnd, toCodePoint(at), exact);
        }

        @Override
        public void menuRequested(ShownCoding coding, Node anchor, double screenX, double screenY) {
            CodingMenus.forCoding(model, coding).show(anchor, screenX, screenY);
        }
    }
}
