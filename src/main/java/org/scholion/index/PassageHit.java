package org.scholion.index;

import java.util.List;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * A paragraph that matched a query.
 *
 * @param passage the paragraph, in code points of the source's stored text
 * @param page the page or pages ("12–13") the paragraph is on, or null for an unpaged source
 * @param matches each matched word or phrase, in code points of the source's stored text, in
 *     text order; overlapping matches (a phrase and one of its words) are merged into one span
 */
public record PassageHit(SourceId source, Span passage, String page, float score, List<Span> matches) {
    public PassageHit {
        matches = List.copyOf(matches);
    }
}
