package org.scholion.ui.workbench;

import org.scholion.source.SourceId;
import org.scholion.source.Span;

/** What the researcher has selected in the viewer, in code points of the source's stored text. */
public record TextSelection(SourceId source, Span span) {

    public boolean isEmpty() {
        return span.start() == span.end();
    }
}
