package org.scholion.ui.viewer;

import java.util.List;

/**
 * A stretch of the text, in code points (end exclusive), covered by the same codings throughout;
 * an uncoded stretch has none. The runs of a document are contiguous and cover the whole text, so
 * the view can hand them to the text area in one call.
 */
public record HighlightRun(int start, int end, List<ShownCoding> codings, Shade shade) {

    public HighlightRun {
        codings = List.copyOf(codings);
    }

    public int length() {
        return end - start;
    }

    public boolean isCoded() {
        return !codings.isEmpty();
    }
}
