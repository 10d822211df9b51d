package org.scholion.ui.workbench;

import org.scholion.source.SourceId;
import org.scholion.source.Span;

/** A request to show a place: open the source in the viewer and select the span (code points). */
public record Jump(SourceId source, Span span) {
}
