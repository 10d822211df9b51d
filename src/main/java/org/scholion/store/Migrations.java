package org.scholion.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The schema's history as ordered SQL scripts; PRAGMA user_version records how many have run.
 * An existing project is copied to backups/ before it is migrated, so a failed or unwanted
 * migration never costs the researcher her project.
 */
final class Migrations {

    /** Script n (1-based) brings the schema from version n-1 to n. */
    static final List<String> SCRIPTS = List.of("001-initial.sql", "002-anchors-attributes-log.sql",
            "003-history.sql", "004-exchange.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Database db) {
        return (int) db.queryLong("PRAGMA user_version");
    }

    /** Brings a project to the latest schema; returns the backup made first, or null if none was needed. */
    static Path migrate(Database db, ProjectLayout layout, Instant now) {
        refuseNewer(db, layout);
        int from = version(db);
        if (from == LATEST) {
            return null;
        }
        Path backup = from == 0 ? null : backup(db, layout, from, now);
        for (int version = from + 1; version <= LATEST; version++) {
            String script = load(SCRIPTS.get(version - 1));
            int target = version;
            db.inTransaction(() -> {
                db.executeScript(script);
                db.execute("PRAGMA user_version = " + target);
                return null;
            });
        }
        return backup;
    }

    /** Refuses a project a newer Scholion made; called before anything is written to it. */
    static void refuseNewer(Database db, ProjectLayout layout) {
        int version = version(db);
        if (version > LATEST) {
            throw new StoreException(layout.database() + ": made by a newer Scholion (schema " + version
                    + "); this version reads schemas up to " + LATEST + ": update Scholion to open it");
        }
    }

    private static Path backup(Database db, ProjectLayout layout, int version, Instant now) {
        try {
            Files.createDirectories(layout.backups());
        } catch (IOException e) {
            throw new StoreException(layout.backups() + ": cannot create the backup folder: " + e.getMessage(), e);
        }
        Path target = layout.backups().resolve("project-schema" + version + "-" + Backups.STAMP.format(now) + ".db");
        // VACUUM INTO writes a consistent copy even of a database in WAL mode.
        db.update("VACUUM INTO ?", target.toString());
        return target;
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new StoreException("migration script " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + name + ": " + e.getMessage(), e);
        }
    }
}
