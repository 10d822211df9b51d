package org.scholion.project;

import java.util.List;
import java.util.Map;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * What an auto-coding would do, before it does it: the segments it would code, how many per
 * source, and how many it leaves out because the same code already covers exactly that span.
 */
public record AutocodePreview(String query, AutocodeScope scope, List<Segment> segments,
                              Map<SourceId, Integer> perSource, int alreadyCoded) {

    public record Segment(SourceId source, Span span) {
    }

    public AutocodePreview {
        segments = List.copyOf(segments);
        perSource = Map.copyOf(perSource);
    }
}
