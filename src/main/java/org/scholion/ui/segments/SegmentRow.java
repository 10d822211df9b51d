package org.scholion.ui.segments;

import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * One retrieved segment: a coding with its code's path, its source and page, its coder, and the
 * text it covers.
 *
 * @param pages the page or pages ("12–13") of the segment, or empty for an unpaged source
 * @param year the source's year of publication, or null when it has no date
 */
public record SegmentRow(CodingId coding, SourceId source, Span span, String codePath, String sourceTitle,
                         String pages, String coder, SourceType type, Integer year, String text) {
}
