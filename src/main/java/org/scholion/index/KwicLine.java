package org.scholion.index;

import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * One keyword-in-context line: a match with up to a given number of code points of its passage on
 * either side, line breaks shown as spaces.
 *
 * @param match the keyword's span in code points of the source's stored text
 * @param page the page the keyword is on, or null for an unpaged source
 */
public record KwicLine(SourceId source, Span match, String page, String left, String keyword, String right) {
}
