package org.scholion.export;

import java.time.Instant;
import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * One coded segment as it leaves Scholion: its text exactly as stored at its offsets, where it
 * is (source, span in code points, pages), what it is coded with, by whom, and how to cite it.
 *
 * @param codePath the code's path, "Security interests/Border security"
 * @param codeColor the code's colour, "#1f77b4"
 * @param pages the page or pages the segment is on ("12", "12–13"), or null for a source without pages
 * @param memo the coding's memo, "" when none
 * @param before up to the requested number of words before the segment, "" when no context was asked
 * @param after the same after it
 */
public record Excerpt(CodingId coding, String codePath, String codeColor, SourceId source, String sourceTitle,
                      SourceType sourceType, Integer year, Citation citation, Span span, String text, String pages,
                      String coder, Instant created, String memo, String before, String after) {
}
