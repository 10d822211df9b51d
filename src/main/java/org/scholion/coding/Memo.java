package org.scholion.coding;

import java.time.Instant;

/** A researcher's note on the project, a source, a code or a coding. */
public record Memo(long id, MemoTarget target, String title, String text, Coder author,
                   Instant created, Instant modified) {
    public Memo {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
