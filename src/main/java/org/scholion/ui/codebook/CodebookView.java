package org.scholion.ui.codebook;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The codebook tree and the guidance of the selected code. */
public final class CodebookView {

    private final Label root = new Label("Codebook");

    public CodebookView(CodebookViewModel model) {
        root.setId("codebook-view");
    }

    public Node node() {
        return root;
    }
}
