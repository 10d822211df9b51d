package org.scholion.ui.viewer;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** A source's stored text with its codings highlighted and the coding stripes beside it. */
public final class DocumentView {

    private final Label root = new Label("Document");

    public DocumentView(DocumentViewModel model) {
        root.setId("viewer-view");
    }

    public Node node() {
        return root;
    }
}
