package org.scholion.ui.segments;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Every coded segment of the selected codes. */
public final class SegmentsView {

    private final Label root = new Label("Segments");

    public SegmentsView(SegmentsViewModel model) {
        root.setId("segments-view");
    }

    public Node node() {
        return root;
    }
}
