package org.scholion.project;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.scholion.exchange.Guid;

/**
 * GUIDs for what an export writes but the store has no row of its own for: a selection (the codings
 * of one span), a coding's memo as a note, a metadata variable. Each is a name-based UUID of what it
 * stands for, so that the same project exports the same GUIDs every time.
 */
final class DerivedGuids {

    private DerivedGuids() {
    }

    /** The selection of a span of a source, shared by the codings of that span that Scholion made. */
    static Guid selection(String sourceGuid, int start, int end) {
        return of("selection", sourceGuid + ":" + start + ":" + end);
    }

    /** The note a coding's memo is written as. */
    static Guid codingMemo(String codingGuid) {
        return of("coding-memo", codingGuid);
    }

    /** The note written on a selection when all its codings have the same memo. */
    static Guid selectionMemo(Guid selection) {
        return of("selection-memo", selection.value());
    }

    /** A variable Scholion writes for a part of its sources' metadata. */
    static Guid variable(String name) {
        return of("variable", name);
    }

    private static Guid of(String kind, String name) {
        return new Guid(UUID.nameUUIDFromBytes(("org.scholion." + kind + ":" + name).getBytes(StandardCharsets.UTF_8))
                .toString());
    }
}
