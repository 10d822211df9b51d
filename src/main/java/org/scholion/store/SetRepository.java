package org.scholion.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeId;
import org.scholion.coding.ItemSet;
import org.scholion.source.SourceId;

/** Sets of codes, sources and memos, their members in the order they were added. */
public final class SetRepository {

    private final Database db;

    SetRepository(Database db) {
        this.db = db;
    }

    /** Adds a set under a given GUID (null: a new one); returns its id. */
    public long add(String name, String description, String guid, Instant now) {
        return db.insert("INSERT INTO sets (name, description, created, guid) VALUES (?, ?, ?, ?)", name,
                description == null ? "" : description, Times.format(now), Identities.canonical(guid));
    }

    public void addCode(long setId, CodeId code) {
        db.update("INSERT OR IGNORE INTO set_codes (set_id, code_id) VALUES (?, ?)", setId, code.value());
    }

    public void addSource(long setId, SourceId source) {
        db.update("INSERT OR IGNORE INTO set_sources (set_id, source_id) VALUES (?, ?)", setId, source.value());
    }

    public void addMemo(long setId, long memo) {
        db.update("INSERT OR IGNORE INTO set_memos (set_id, memo_id) VALUES (?, ?)", setId, memo);
    }

    public List<ItemSet> list() {
        Map<Long, List<CodeId>> codes = new HashMap<>();
        db.query("SELECT set_id, code_id FROM set_codes ORDER BY rowid", row -> codes
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new CodeId(row.getLong(2))));
        Map<Long, List<SourceId>> sources = new HashMap<>();
        db.query("SELECT set_id, source_id FROM set_sources ORDER BY rowid", row -> sources
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new SourceId(row.getLong(2))));
        Map<Long, List<Long>> memos = new HashMap<>();
        db.query("SELECT set_id, memo_id FROM set_memos ORDER BY rowid", row -> memos
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2)));
        return db.query("SELECT id, name, description FROM sets ORDER BY id", row -> {
            long id = row.getLong(1);
            return new ItemSet(id, row.getString(2), row.getString(3), codes.getOrDefault(id, List.of()),
                    sources.getOrDefault(id, List.of()), memos.getOrDefault(id, List.of()));
        });
    }

    /** Every set's GUID, by the set's id. */
    public Map<Long, String> guids() {
        Map<Long, String> guids = new HashMap<>();
        db.query("SELECT id, guid FROM sets", row -> guids.put(row.getLong(1), row.getString(2)));
        return guids;
    }
}
