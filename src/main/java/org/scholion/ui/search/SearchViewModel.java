package org.scholion.ui.search;

import org.scholion.ui.workbench.Session;

/** The query box, KWIC results and auto-coding. */
public final class SearchViewModel {

    private final Session session;

    public SearchViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
