package org.scholion.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in the place of a project's database, with the project closed. The backup is
 * checked first (a damaged copy is refused, not restored); the database it replaces, damaged or
 * not, is kept under backups/ first; the copy appears under project.db in one step; and the index
 * is marked behind, so that the next opening rebuilds it from the restored store.
 */
public final class ProjectRestore {

    private ProjectRestore() {
    }

    /** The project's backups, newest first; readable even when its database is not. */
    public static List<Backup> backups(Path folder) {
        return Backups.list(ProjectLayout.forExisting(folder));
    }

    /** The newest backup that passes SQLite's integrity check, if any. */
    public static Optional<Backup> newestSound(Path folder) {
        return backups(folder).stream().filter(b -> problem(b.file()).isEmpty()).findFirst();
    }

    /**
     * Restores {@code backup} over the project in {@code folder}; returns the copy kept of the
     * database it replaced (null if there was none).
     */
    public static Path restore(Path folder, Path backup, Clock clock) {
        ProjectLayout layout = ProjectLayout.forExisting(folder);
        Optional<String> problem = problem(backup);
        if (problem.isPresent()) {
            throw new StoreException(backup + ": cannot restore it: " + problem.get());
        }
        try (ProjectLock lock = ProjectLock.acquire(layout)) {
            Path kept = keepCurrent(layout, clock);
            Path temporary = layout.root().resolve(".restore-" + Backups.STAMP.format(clock.instant()) + ".tmp");
            try {
                Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                // The old write-ahead log belongs to the old database: applied to the restored one it would ruin it.
                Files.deleteIfExists(sibling(layout.database(), "-wal"));
                Files.deleteIfExists(sibling(layout.database(), "-shm"));
                Files.move(temporary, layout.database(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(layout.staleIndexMarker(), "the project was restored from " + backup.getFileName());
            } finally {
                Files.deleteIfExists(temporary);
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException(layout.database() + ": cannot restore " + backup.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The current database (and its log), byte for byte, so that a restore can itself be undone. */
    private static Path keepCurrent(ProjectLayout layout, Clock clock) throws IOException {
        if (!Files.exists(layout.database())) {
            return null;
        }
        Files.createDirectories(layout.backups());
        Path kept = layout.backups().resolve("project-before-restore-" + Backups.STAMP.format(clock.instant()) + ".db");
        Files.copy(layout.database(), kept, StandardCopyOption.REPLACE_EXISTING);
        Path wal = sibling(layout.database(), "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, sibling(kept, "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        return kept;
    }

    /** What is wrong with a database file, or empty if SQLite's integrity check passes. */
    static Optional<String> problem(Path database) {
        if (!Files.isRegularFile(database)) {
            return Optional.of("there is no such file");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("PRAGMA integrity_check")) {
                StringBuilder found = new StringBuilder();
                while (rows.next()) {
                    found.append(found.isEmpty() ? "" : "; ").append(rows.getString(1));
                }
                if (!found.toString().equals("ok")) {
                    return Optional.of("the copy is damaged (" + found + ")");
                }
            }
            try (var rows = statement.executeQuery("PRAGMA user_version")) {
                int version = rows.next() ? rows.getInt(1) : 0;
                if (version == 0 || version > Migrations.LATEST) {
                    return Optional.of("not a Scholion project database of a schema this version reads (" + version + ")");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the copy is damaged (" + e.getMessage() + ")");
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
