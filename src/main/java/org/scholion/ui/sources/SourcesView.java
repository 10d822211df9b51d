package org.scholion.ui.sources;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The sources of the open project: title, type, year, language, codings; filter and sort. */
public final class SourcesView {

    private final Label root = new Label("Sources");

    public SourcesView(SourcesViewModel model) {
        root.setId("sources-view");
    }

    public Node node() {
        return root;
    }
}
