package org.scholion.ui.viewer;

import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;

/** The stored text of the source on show, its paragraphs and its pages; fixed once imported. */
public record LoadedText(SourceId source, String title, TextOffsets offsets, Paragraphs paragraphs, PageMap pages) {

    public String text() {
        return offsets.text();
    }

    public int length() {
        return offsets.codePointLength();
    }
}
