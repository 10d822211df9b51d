package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.scholion.coding.CodingId;

/**
 * The margin beside one paragraph: the page that starts there and the part of each coding's
 * bracket that passes it. Only the paragraphs on screen have one (the text area's paragraph
 * graphics are virtualised with its cells), so thousands of codings cost nothing off screen.
 */
final class MarginCell extends Region {

    static final double LANE = 14;
    /** The margin's lanes share this width at most, so a densely coded text keeps room for itself. */
    static final double LANES_WIDTH = 210;
    static final double NARROWEST = 5;
    static final double PAGE_COLUMN = 38;
    static final double GAP = 6;
    private static final double TICK = 3;
    private static final double HANDLE = 6;

    /** What a bracket part does when the researcher acts on it. */
    interface Actions {
        void clicked(CodingId id);

        void endDragged(CodingId id, boolean startEnd, double screenX, double screenY, boolean exact);

        void menuRequested(ShownCoding coding, javafx.scene.Node anchor, double screenX, double screenY);
    }

    private final List<Bracket> brackets = new ArrayList<>();
    private final double width;
    private final double lane;

    MarginCell(MarginRow row, DocumentLayout layout, boolean paged, CodingId selected, Actions actions) {
        getStyleClass().add("coding-margin");
        width = width(layout, paged);
        lane = laneWidth(layout);
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
        if (row.pageLabel() != null) {
            Text page = new Text("p. " + row.pageLabel());
            page.getStyleClass().add("page-label");
            page.setId("page-" + row.pageLabel());
            page.setFont(Font.font(10));
            page.setFill(Color.GRAY);
            page.setX(2);
            page.setY(12);
            getChildren().add(page);
        }
        double firstLane = paged ? PAGE_COLUMN : 4;
        boolean severalCoders = layout.coders().size() > 1;
        for (MarginRow.Part part : row.parts()) {
            double x = firstLane + (layout.lanes() - 1 - part.stripe().lane()) * lane;
            Bracket bracket = new Bracket(part, x, lane, part.stripe().coding().id().equals(selected), severalCoders,
                    actions);
            brackets.add(bracket);
            getChildren().add(bracket);
        }
    }

    static double width(DocumentLayout layout, boolean paged) {
        return (paged ? PAGE_COLUMN : 4) + Math.max(1, layout.lanes()) * laneWidth(layout) + GAP;
    }

    static double laneWidth(DocumentLayout layout) {
        return Math.max(NARROWEST, Math.min(LANE, LANES_WIDTH / Math.max(1, layout.lanes())));
    }

    @Override
    protected double computePrefWidth(double height) {
        return width;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        for (Bracket bracket : brackets) {
            bracket.resizeRelocate(bracket.x, 0, lane, getHeight());
        }
    }

    /** One coding's bracket beside this paragraph; clicking anywhere in its lane picks the coding. */
    static final class Bracket extends Pane {
        private final double x;
        private final double lane;
        private final Line spine = new Line();
        private final Line top = new Line();
        private final Line bottom = new Line();
        private final Rectangle startHandle;
        private final Rectangle endHandle;
        private final Text label;
        private final MarginRow.Part part;

        Bracket(MarginRow.Part part, double x, double lane, boolean selected, boolean severalCoders, Actions actions) {
            this.part = part;
            this.x = x;
            this.lane = lane;
            startHandle = new Rectangle(lane, HANDLE, Color.TRANSPARENT);
            endHandle = new Rectangle(lane, HANDLE, Color.TRANSPARENT);
            ShownCoding coding = part.stripe().coding();
            setId("stripe-" + coding.id().value());
            getStyleClass().add("coding-stripe");
            if (selected) {
                getStyleClass().add("selected");
            }
            setPickOnBounds(true);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            Color colour = CoderStyles.colour(coding.color().rgb());
            double stroke = selected ? Math.min(3.5, lane / 2) : Math.min(2, lane / 3);
            for (Line line : List.of(spine, top, bottom)) {
                line.setStroke(colour);
                line.setStrokeWidth(stroke);
                line.setMouseTransparent(true);
            }
            if (severalCoders && CoderStyles.dashes(coding.coderStyle()) != null) {
                spine.getStrokeDashArray().setAll(CoderStyles.dashes(coding.coderStyle()));
            }
            label = new Text(coding.codeName());
            label.setFont(Font.font(8.5));
            label.setFill(colour.darker());
            label.setRotate(-90);
            label.setMouseTransparent(true);
            getChildren().addAll(spine, label);
            if (part.opens()) {
                getChildren().addAll(top, startHandle);
                handle(startHandle, true, actions, coding);
            }
            if (part.closes()) {
                getChildren().addAll(bottom, endHandle);
                handle(endHandle, false, actions, coding);
            }
            // Too narrow a lane for its name: the tooltip still gives it.
            label.setVisible(part.opens() && lane >= 10);
            javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(
                    coding.codePath() + "\n" + coding.coder() + (coding.coding().memo().isBlank() ? ""
                            : "\n" + coding.coding().memo())));
            setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    actions.clicked(coding.id());
                    e.consume();
                }
            });
            setOnContextMenuRequested(e -> {
                actions.menuRequested(coding, this, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }

        private static void handle(Rectangle handle, boolean startEnd, Actions actions, ShownCoding coding) {
            handle.setCursor(Cursor.V_RESIZE);
            handle.getStyleClass().add(startEnd ? "stripe-start" : "stripe-end");
            handle.setOnMousePressed(javafx.scene.input.MouseEvent::consume);
            handle.setOnMouseReleased(e -> {
                if (e.isStillSincePress()) {
                    return;
                }
                actions.endDragged(coding.id(), startEnd, e.getScreenX(), e.getScreenY(), e.isAltDown());
                e.consume();
            });
        }

        ShownCoding coding() {
            return part.stripe().coding();
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight();
            double mid = lane >= 10 ? lane - 3 : lane / 2;
            double y0 = part.opens() ? 2 : 0;
            double y1 = part.closes() ? h - 2 : h;
            spine.setStartX(mid);
            spine.setEndX(mid);
            spine.setStartY(y0);
            spine.setEndY(y1);
            top.setStartX(mid);
            top.setEndX(mid + TICK);
            top.setStartY(y0);
            top.setEndY(y0);
            bottom.setStartX(mid);
            bottom.setEndX(mid + TICK);
            bottom.setStartY(y1);
            bottom.setEndY(y1);
            startHandle.setY(0);
            endHandle.setY(Math.max(0, h - HANDLE));
            // The name runs up the lane, left of the spine, from the bracket's top; rotation turns
            // the text about its centre, so the centre is what is placed.
            double textWidth = label.getLayoutBounds().getWidth();
            double textHeight = label.getLayoutBounds().getHeight();
            double centreX = (mid - 1.5) / 2;
            double centreY = y0 + 3 + textWidth / 2;
            label.relocate(centreX - textWidth / 2, centreY - textHeight / 2);
        }
    }
}
