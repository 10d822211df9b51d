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
        String clean = name.strip();
        return find(clean).orElseGet(() -> db.inTransaction(() -> new Coder(
                db.insert("INSERT INTO coders (name, created) VALUES (?, ?)", clean, Times.format(now)), clean)));
    }

    public Optional<Coder> find(String name) {
        return db.queryOne("SELECT id, name FROM coders WHERE name = ?",
                row -> new Coder(row.getLong(1), row.getString(2)), name.strip());
    }

    public List<Coder> list() {
        return db.query("SELECT id, name FROM coders ORDER BY name", row -> new Coder(row.getLong(1), row.getString(2)));
    }
}
