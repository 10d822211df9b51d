package org.scholion.ui.inspector;

import org.scholion.ui.workbench.Session;

/** The codings at the cursor, their coders and memos, and the memo of the source. */
public final class InspectorViewModel {

    private final Session session;

    public InspectorViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
