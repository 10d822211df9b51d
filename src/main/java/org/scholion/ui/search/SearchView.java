package org.scholion.ui.search;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The query box, KWIC results and auto-coding. */
public final class SearchView {

    private final Label root = new Label("Search");

    public SearchView(SearchViewModel model) {
        root.setId("search-view");
    }

    public Node node() {
        return root;
    }
}
