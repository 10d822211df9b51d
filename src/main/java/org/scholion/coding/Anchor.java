package org.scholion.coding;

import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * The quoted text of a coding and a little of what surrounds it, kept with the coding so that it
 * can be found again should a source's text ever be replaced, and shown without loading the source.
 */
public record Anchor(String before, String quote, String after) {

    /** How many code points of context are kept on each side. */
    public static final int CONTEXT = 32;

    public Anchor {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        if (quote == null) {
            throw new IllegalArgumentException("an anchor needs its quote");
        }
    }

    public static Anchor in(TextOffsets text, Span span) {
        if (span.end() > text.codePointLength()) {
            throw new IllegalArgumentException("span " + span + " ends after the text, which has "
                    + text.codePointLength() + " code points");
        }
        return new Anchor(
                text.slice(Math.max(0, span.start() - CONTEXT), span.start()),
                text.slice(span),
                text.slice(span.end(), span.end() + CONTEXT));
    }
}
