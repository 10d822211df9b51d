package org.scholion.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The codings at the cursor, their coders and memos, and the memo of the source. */
public final class InspectorView {

    private final Label root = new Label("Inspector");

    public InspectorView(InspectorViewModel model) {
        root.setId("inspector-view");
    }

    public Node node() {
        return root;
    }
}
