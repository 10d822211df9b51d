package org.scholion.exchange;

import java.util.List;

/**
 * A code and its sub-codes.
 *
 * @param color "#RRGGBB" (a three-digit "#RGB" is widened by the reader), or null when not given
 * @param description the code's description, "" when none
 * @param noteRefs notes (memos) on the code
 */
public record QdaCode(Guid guid, String name, boolean codable, String color, String description,
                      List<Guid> noteRefs, List<QdaCode> children) {
    public QdaCode {
        description = description == null ? "" : description;
        noteRefs = List.copyOf(noteRefs);
        children = List.copyOf(children);
    }
}
