package org.scholion.ui.codebook;

import org.scholion.ui.workbench.Session;

/** The codebook tree and the guidance of the selected code. */
public final class CodebookViewModel {

    private final Session session;

    public CodebookViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}
