package org.scholion.ui.sources;

import org.scholion.ui.workbench.Session;

/** The sources of the open project: title, type, year, language, codings; filter and sort. */
public final class SourcesViewModel {

    private final Session session;

    public SourcesViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
