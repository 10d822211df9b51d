package org.scholion.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy of a project's database under backups/.
 *
 * @param file where it is
 * @param made when it was made (UTC, to the second)
 * @param kind why it was made
 * @param writes how many writes the project had seen when it was made (rolling copies only; -1 if unknown)
 * @param bytes its size
 */
public record Backup(Path file, Instant made, Kind kind, long writes, long bytes) {

    public enum Kind {
        /** One of the rolling set made on opening and every few minutes of work. */
        ROLLING,
        /** Made before an older project was brought to this version's schema; never rotated away. */
        BEFORE_MIGRATION,
        /** The database as it was before a restore replaced it, damaged or not; never rotated away. */
        BEFORE_RESTORE
    }

    /** In words, for a list: "2026-11-22 15:02:11 UTC, rolling, 1.2 MB". */
    public String describe() {
        String when = made.toString().replace('T', ' ').replace("Z", " UTC");
        String why = switch (kind) {
            case ROLLING -> "automatic";
            case BEFORE_MIGRATION -> "before an upgrade";
            case BEFORE_RESTORE -> "the database as it was before a restore";
        };
        return when + ", " + why + ", " + String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
