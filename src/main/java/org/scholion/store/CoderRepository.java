package org.scholion.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scholion.coding.Coder;

/** The people (and rules) who code. A coder is created the first time a name is used. */
public final class CoderRepository {

    private final Database db;

    CoderRepository(Database db) {
        this.db = db;
    }

    public Coder ensure(String name, Instant now) {
        return ensure(name, null, now);
    }

    /** The coder of that name, created under the given GUID (null: a new one) if there is none yet. */
    public Coder ensure(String name, String guid, Instant now) {
        String clean = name.strip();
        return find(clean).orElseGet(() -> db.inTransaction(() -> new Coder(
                db.insert("INSERT INTO coders (name, created, guid) VALUES (?, ?, ?)", clean, Times.format(now),
                        Identities.canonical(guid)), clean)));
    }

    /** Every coder's GUID, by the coder's id. */
    public java.util.Map<Long, String> guids() {
        java.util.Map<Long, String> guids = new java.util.HashMap<>();
        db.query("SELECT id, guid FROM coders", row -> guids.put(row.getLong(1), row.getString(2)));
        return guids;
    }

    public Optional<Coder> find(String name) {
        return db.queryOne("SELECT id, name FROM coders WHERE name = ?",
                row -> new Coder(row.getLong(1), row.getString(2)), name.strip());
    }

    public List<Coder> list() {
        return db.query("SELECT id, name FROM coders ORDER BY name", row -> new Coder(row.getLong(1), row.getString(2)));
    }
}
