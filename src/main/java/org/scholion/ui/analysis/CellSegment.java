package org.scholion.ui.analysis;

import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * One count of a co-occurrence cell, as the window lists it: the two codings' source, the stretch
 * from the start of the first to the end of the second (code points), which codes and coders, and
 * the text of that stretch (shortened for the list).
 */
public record CellSegment(SourceId source, String sourceTitle, Span span, String codes, String coders, String text) {
}
