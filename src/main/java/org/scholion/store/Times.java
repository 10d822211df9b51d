package org.scholion.store;

import java.time.Instant;

/** Timestamps are stored as ISO-8601 UTC text, which sorts and reads well in SQL. */
final class Times {
    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
