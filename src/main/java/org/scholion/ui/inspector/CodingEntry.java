package org.scholion.ui.inspector;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.scholion.coding.CodingId;

/** A coding at the cursor as the inspector shows it: code, coder, when, the text it covers, and its memo. */
public record CodingEntry(CodingId id, String codePath, String coder, Instant created, String quote, String memo) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When it was made, in the computer's time zone. */
    public String when() {
        return WHEN.format(created.atZone(ZoneId.systemDefault()));
    }
}
