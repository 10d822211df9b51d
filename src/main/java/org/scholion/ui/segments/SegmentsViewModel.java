package org.scholion.ui.segments;

import org.scholion.ui.workbench.Session;

/** Every coded segment of the selected codes. */
public final class SegmentsViewModel {

    private final Session session;

    public SegmentsViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
