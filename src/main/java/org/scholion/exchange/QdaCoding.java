package org.scholion.exchange;

import java.time.Instant;
import java.util.List;

/** One code applied to a selection (or a whole source), by a user, at a time. */
public record QdaCoding(Guid guid, Guid code, Guid creatingUser, Instant created, List<Guid> noteRefs) {
    public QdaCoding {
        noteRefs = List.copyOf(noteRefs);
    }
}
