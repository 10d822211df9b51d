package org.scholion.exchange;

import java.util.List;

/** A named set of codes, sources and notes. */
public record QdaSet(Guid guid, String name, String description, List<Guid> memberCodes,
                     List<Guid> memberSources, List<Guid> memberNotes) {
    public QdaSet {
        description = description == null ? "" : description;
        memberCodes = List.copyOf(memberCodes);
        memberSources = List.copyOf(memberSources);
        memberNotes = List.copyOf(memberNotes);
    }
}
