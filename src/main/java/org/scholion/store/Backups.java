package org.scholion.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;

/**
 * The rolling set of copies of project.db under backups/, made with SQLite's online backup while
 * the project is open: a copy is consistent even while it is made, and its file appears under its
 * final name only once whole. The newest {@link #KEEP} automatic copies are kept; copies made before
 * a migration or a restore are never rotated away.
 */
final class Backups {

    /** How many automatic copies are kept. */
    static final int KEEP = 10;
    /** An automatic copy is due when the newest is older than this and the project changed since. */
    static final Duration INTERVAL = Duration.ofMinutes(10);

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ROLLING = Pattern.compile("project-(\\d{8}T\\d{6}Z)-w(\\d+)\\.db");
    private static final Pattern MIGRATION = Pattern.compile("project-schema\\d+-(\\d{8}T\\d{6}Z)\\.db");
    private static final Pattern RESTORE = Pattern.compile("project-before-restore-(\\d{8}T\\d{6}Z)\\.db");

    private Backups() {
    }

    /** Every copy in the folder, newest first. */
    static List<Backup> list(ProjectLayout layout) {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(layout.backups())) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.backups(), "project-*.db")) {
            for (Path file : files) {
                parse(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException(layout.backups() + ": cannot list the backups: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return found;
    }

    private static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        try {
            long bytes = Files.size(file);
            Matcher rolling = ROLLING.matcher(name);
            if (rolling.matches()) {
                return Optional.of(new Backup(file, instant(rolling.group(1)), Backup.Kind.ROLLING,
                        Long.parseLong(rolling.group(2)), bytes));
            }
            Matcher migration = MIGRATION.matcher(name);
            if (migration.matches()) {
                return Optional.of(new Backup(file, instant(migration.group(1)), Backup.Kind.BEFORE_MIGRATION, -1, bytes));
            }
            Matcher restore = RESTORE.matcher(name);
            if (restore.matches()) {
                return Optional.of(new Backup(file, instant(restore.group(1)), Backup.Kind.BEFORE_RESTORE, -1, bytes));
            }
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            // not one of ours, or gone while listing: not offered for a restore
        }
        return Optional.empty();
    }

    private static Instant instant(String stamp) {
        return STAMP.parse(stamp, Instant::from);
    }

    /** Whether an automatic copy is due: none yet, or the newest is old and the project changed since. */
    static boolean due(ProjectLayout layout, Instant now, long writes) {
        Optional<Backup> newest = list(layout).stream().filter(b -> b.kind() == Backup.Kind.ROLLING).findFirst();
        return newest.isEmpty() || (newest.get().writes() != writes
                && !newest.get().made().plus(INTERVAL).isAfter(now));
    }

    /** Makes an automatic copy now and rotates the oldest away; returns it. */
    static Backup make(Database db, ProjectLayout layout, Instant now, long writes) {
        Path folder = layout.backups();
        Path target = folder.resolve("project-" + STAMP.format(now) + "-w" + writes + ".db");
        Path temporary = folder.resolve(".backup-" + STAMP.format(now) + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temporary);
            SQLiteConnection connection = db.connection().unwrap(SQLiteConnection.class);
            connection.getDatabase().backup("main", temporary.toString(), null);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw new StoreException(target + ": cannot back up the project: " + db.failure(e).getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot back up the project: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover temporary file is never listed as a backup
            }
        }
        rotate(layout);
        return parse(target).orElseThrow();
    }

    private static void rotate(ProjectLayout layout) {
        List<Backup> rolling = list(layout).stream().filter(b -> b.kind() == Backup.Kind.ROLLING).toList();
        for (Backup old : rolling.subList(Math.min(KEEP, rolling.size()), rolling.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // kept one more copy than asked: no harm
            }
        }
    }
}
