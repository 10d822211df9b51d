package org.scholion.exchange;

import java.time.Instant;

/** A note (memo), written as a TextSource under Notes; what it is about is told by the NoteRefs pointing at it. */
public record QdaNote(Guid guid, String name, String text, Guid creatingUser, Instant created, Instant modified) {
    public QdaNote {
        name = name == null ? "" : name;
        text = text == null ? "" : text;
    }
}
