package org.scholion.source;

import java.time.Instant;

/**
 * A source as the project holds it. Its text is stored once and never changed: every coding's
 * offsets point into it. The text itself is loaded on demand, as it may be large.
 */
public record Source(
        SourceId id,
        SourceMetadata metadata,
        OriginalFile original,
        int textLength,
        String textSha256,
        int pageCount,
        Instant imported) {

    public String title() {
        return metadata.title();
    }
}
