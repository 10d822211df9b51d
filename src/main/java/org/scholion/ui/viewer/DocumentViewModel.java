package org.scholion.ui.viewer;

import org.scholion.ui.workbench.Session;

/** A source's stored text with its codings highlighted and the coding stripes beside it. */
public final class DocumentViewModel {

    private final Session session;

    public DocumentViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
