package org.scholion.coding;

import java.time.Instant;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/** A code applied to a span of a source's text by a coder. */
public record Coding(CodingId id, SourceId source, Span span, CodeId code, Coder coder,
                     Instant created, String memo, Anchor anchor) {

    public Coding {
        memo = memo == null ? "" : memo;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
