package org.scholion.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A PlainTextSelection: a stretch of a source's text, start and end as the file wrote them (the
 * standard says code points, end exclusive; some tools count otherwise), with its codings.
 *
 * @param description a memo some tools (ATLAS.ti) keep here rather than in a Note, "" when none
 */
public record QdaSelection(Guid guid, String name, long start, long end, String description,
                           List<QdaCoding> codings, List<Guid> noteRefs, Guid creatingUser, Instant created,
                           Instant modified) {
    public QdaSelection {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        codings = List.copyOf(codings);
        noteRefs = List.copyOf(noteRefs);
    }
}
