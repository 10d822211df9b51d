package org.scholion.ui.search;

import org.scholion.index.KwicLine;

/** A keyword-in-context line with the title of its source, as the results table shows it. */
public record KwicRow(KwicLine line, String sourceTitle) {

    /** The page of the keyword, or empty for an unpaged source. */
    public String page() {
        return line.page() == null ? "" : line.page();
    }
}
