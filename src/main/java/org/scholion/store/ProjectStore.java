package org.scholion.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * An open project: its SQLite database (the single source of truth), held by one process at a time.
 * Every change goes through {@link #write}, which makes it one transaction and one group of the
 * action log: it is either wholly stored or not at all.
 */
public final class ProjectStore implements AutoCloseable {

    private final ProjectLayout layout;
    private final ProjectLock lock;
    private final Database db;
    private final Clock clock;
    private final Path migrationBackup;
    private final SourceRepository sources;
    private final CodeRepository codes;
    private final CodingRepository codings;
    private final CoderRepository coders;
    private final MemoRepository memos;
    private final AttributeRepository attributes;
    private final CaseRepository cases;
    private final SetRepository sets;
    private final ActionLog log;
    private final java.util.Set<Runnable> afterCommit = new java.util.LinkedHashSet<>();
    private String backupProblem = "";

    private ProjectStore(ProjectLayout layout, ProjectLock lock, Database db, Clock clock, Path migrationBackup) {
        this.layout = layout;
        this.lock = lock;
        this.db = db;
        this.clock = clock;
        this.migrationBackup = migrationBackup;
        this.sources = new SourceRepository(db);
        this.codes = new CodeRepository(db);
        this.codings = new CodingRepository(db);
        this.coders = new CoderRepository(db);
        this.memos = new MemoRepository(db);
        this.attributes = new AttributeRepository(db);
        this.cases = new CaseRepository(db);
        this.sets = new SetRepository(db);
        this.log = new ActionLog(db);
    }

    /** Creates a new project folder ({@code NAME.scholion}) with an empty, current-schema database. */
    public static ProjectStore create(Path folder, String name, Clock clock) {
        ProjectLayout layout = ProjectLayout.forNew(folder);
        if (Files.exists(layout.database())) {
            throw new StoreException(layout.root() + ": a project already exists here");
        }
        try {
            if (Files.exists(layout.root()) && !isEmptyDirectory(layout.root())) {
                throw new StoreException(layout.root() + ": the folder exists and is not empty");
            }
            Files.createDirectories(layout.originals());
            Files.createDirectories(layout.index());
        } catch (IOException e) {
            throw new StoreException(layout.root() + ": cannot create the project folder: " + e.getMessage(), e);
        }
        ProjectStore store = openLayout(layout, clock, false);
        try {
            store.db.inTransaction(() -> store.db.update(
                    "INSERT INTO project (id, name, description, created) VALUES (1, ?, '', ?)",
                    name == null || name.isBlank() ? layout.name() : name, Times.format(store.now())));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Opens an existing project, migrating it (after a backup) if an older Scholion made it. */
    public static ProjectStore open(Path folder, Clock clock) {
        ProjectLayout layout = ProjectLayout.forExisting(folder);
        if (!Files.isRegularFile(layout.database())) {
            throw new StoreException(folder + ": not a Scholion project (no project.db in it)");
        }
        return openLayout(layout, clock, true);
    }

    private static ProjectStore openLayout(ProjectLayout layout, Clock clock, boolean backUp) {
        ProjectLock lock = ProjectLock.acquire(layout);
        Database db = null;
        try {
            db = connect(layout);
            Path backup = Migrations.migrate(db, layout, clock.instant());
            ProjectStore store = new ProjectStore(layout, lock, db, clock, backup);
            if (backUp) {
                store.backupOnOpening();
            }
            return store;
        } catch (StoreException e) {
            if (db != null) {
                db.close();
            }
            lock.close();
            throw damaged(layout, e);
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            lock.close();
            throw e;
        }
    }

    /** A failure that says the database is damaged comes with the backups there are to restore. */
    private static StoreException damaged(ProjectLayout layout, StoreException e) {
        if (e instanceof DamagedProjectException || !isDamage(e)) {
            return e;
        }
        List<Backup> backups = Backups.list(layout);
        String offer = backups.isEmpty() ? "; there is no backup to restore"
                : "; restore a backup with 'scholion restore " + layout.root() + "' (newest: "
                        + backups.getFirst().describe() + ")";
        return new DamagedProjectException(e.getMessage() + offer, backups, e);
    }

    private static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")
                    || message.contains("malformed")) {
                return true;
            }
        }
        return false;
    }

    private static Database connect(ProjectLayout layout) {
        String location = layout.database().toString();
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
            Database db = new Database(connection, location);
            try {
                db.execute("PRAGMA busy_timeout = 5000");
                db.queryLong("SELECT count(*) FROM sqlite_schema");
                // Before the first write (switching to WAL rewrites the header): a newer project stays untouched.
                Migrations.refuseNewer(db, layout);
                db.queryLong("PRAGMA journal_mode = WAL");
                // FULL: a commit is on disk before the user is told it happened, even across power loss.
                db.execute("PRAGMA synchronous = FULL");
                db.execute("PRAGMA foreign_keys = ON");
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw new StoreException(location + ": cannot open the project database: " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Runs one user action as one transaction and one group of the action log. If the work throws,
     * nothing of it is stored.
     */
    public <T> T write(String actor, Supplier<T> work) {
        if (db.inTransaction()) {
            return work.get();
        }
        afterCommit.clear();
        T result;
        try {
            result = db.inTransaction(() -> {
                countWrite();
                log.begin(actor, now());
                try {
                    return work.get();
                } finally {
                    log.end();
                }
            });
        } catch (RuntimeException | Error e) {
            afterCommit.clear();
            throw e;
        }
        List<Runnable> pending = List.copyOf(afterCommit);
        afterCommit.clear();
        pending.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs an action once the current write has committed, and not at all if it rolls back: how
     * derived data (the search index) follows the store without ever running ahead of it. The same
     * action object registered twice in one write runs once.
     */
    public void afterCommit(Runnable action) {
        if (!db.inTransaction()) {
            action.run();
        } else {
            afterCommit.add(action);
        }
    }

    public void write(String actor, Runnable work) {
        write(actor, () -> {
            work.run();
            return null;
        });
    }

    /** Reads several things as of one moment. */
    public <T> T read(Supplier<T> work) {
        return db.inTransaction(work);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public ProjectInfo info() {
        return db.queryOne("SELECT name, description, created FROM project WHERE id = 1",
                row -> new ProjectInfo(row.getString(1), row.getString(2), Times.parse(row.getString(3)),
                        layout.root(), Migrations.version(db)))
                .orElseThrow(() -> new StoreException(layout.database() + ": the project row is missing"));
    }

    public void describe(String description) {
        db.update("UPDATE project SET description = ? WHERE id = 1", description);
    }

    /** A named project setting, or the fallback if it was never set. */
    public String setting(String key, String fallback) {
        return db.queryOne("SELECT value FROM settings WHERE key = ?", row -> row.getString(1), key).orElse(fallback);
    }

    public void setSetting(String key, String value) {
        db.update("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    /** Forgets a setting, as if it had never been set (undoing the first time it was). */
    public void removeSetting(String key) {
        db.update("DELETE FROM settings WHERE key = ?", key);
    }

    /** Every write bumps this count in its own transaction: how a backup tells whether it is behind. */
    private void countWrite() {
        db.update("INSERT INTO settings (key, value) VALUES ('store.writes', '1') "
                + "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
    }

    /** How many writes the project has seen since the count began. */
    public long writes() {
        return Long.parseLong(setting("store.writes", "0"));
    }

    /**
     * Makes an automatic backup if one is due: there is none yet, or the newest is older than a few
     * minutes and the project changed since. The workbench calls this every minute or so.
     */
    public java.util.Optional<Backup> backupIfDue() {
        long writes = writes();
        if (!Backups.due(layout, now(), writes)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Backups.make(db, layout, now(), writes));
    }

    /** Makes a backup now, due or not. */
    public Backup backupNow() {
        return Backups.make(db, layout, now(), writes());
    }

    /** The project's backups, newest first. */
    public List<Backup> backups() {
        return Backups.list(layout);
    }

    /** Why the backup on opening failed (one line), or empty if it did not. The project opened all the same. */
    public String backupProblem() {
        return backupProblem;
    }

    private void backupOnOpening() {
        try {
            backupIfDue();
        } catch (StoreException e) {
            backupProblem = e.getMessage();
        }
    }

    /** The result of SQLite's own consistency check: ["ok"] for a sound database. */
    public List<String> integrityCheck() {
        return db.query("PRAGMA integrity_check", row -> row.getString(1));
    }

    public ProjectLayout layout() {
        return layout;
    }

    /** The copy made before this open migrated the project, or null if it needed none. */
    public Path migrationBackup() {
        return migrationBackup;
    }

    public SourceRepository sources() {
        return sources;
    }

    public CodeRepository codes() {
        return codes;
    }

    public CodingRepository codings() {
        return codings;
    }

    public CoderRepository coders() {
        return coders;
    }

    public MemoRepository memos() {
        return memos;
    }

    public AttributeRepository attributes() {
        return attributes;
    }

    /** Cases from exchange files: kept and written back, not yet shown. */
    public CaseRepository cases() {
        return cases;
    }

    /** Sets from exchange files: kept and written back, not yet shown. */
    public SetRepository sets() {
        return sets;
    }

    public ActionLog log() {
        return log;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            lock.close();
        }
    }
}
