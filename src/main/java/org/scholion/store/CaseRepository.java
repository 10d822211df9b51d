package org.scholion.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Case;
import org.scholion.coding.CaseValue;
import org.scholion.source.AttributeType;
import org.scholion.source.SourceId;

/** Cases: their sources, codes, selections and attribute values, in the order they were added. */
public final class CaseRepository {

    private final Database db;

    CaseRepository(Database db) {
        this.db = db;
    }

    /** Adds a case under a given GUID (null: a new one); returns its id. */
    public long add(String name, String description, String guid, Instant now) {
        return db.insert("INSERT INTO cases (name, description, created, guid) VALUES (?, ?, ?, ?)", name,
                description == null ? "" : description, Times.format(now), Identities.canonical(guid));
    }

    public void addSource(long caseId, SourceId source) {
        db.update("INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)", caseId, source.value());
    }

    public void addCode(long caseId, CodeId code) {
        db.update("INSERT OR IGNORE INTO case_codes (case_id, code_id) VALUES (?, ?)", caseId, code.value());
    }

    public void addSelection(long caseId, String selectionGuid) {
        db.update("INSERT OR IGNORE INTO case_selections (case_id, selection_guid) VALUES (?, ?)", caseId,
                Identities.canonical(selectionGuid));
    }

    /** Sets a case's value of an attribute the project defines ({@link AttributeRepository#define}). */
    public void setValue(long caseId, String attribute, String value) {
        record Defined(long id, AttributeType type) {
        }
        Defined defined = db.queryOne("SELECT id, type FROM attributes WHERE name = ?",
                        row -> new Defined(row.getLong(1), AttributeType.fromWord(row.getString(2))), attribute)
                .orElseThrow(() -> new StoreException("there is no attribute '" + attribute + "'"));
        db.update("INSERT INTO case_values (case_id, attribute_id, value) VALUES (?, ?, ?) "
                        + "ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value", caseId, defined.id(),
                defined.type().normalise(value));
    }

    public List<Case> list() {
        Map<Long, List<SourceId>> sources = new HashMap<>();
        db.query("SELECT case_id, source_id FROM case_sources ORDER BY rowid", row -> sources
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new SourceId(row.getLong(2))));
        Map<Long, List<CodeId>> codes = new HashMap<>();
        db.query("SELECT case_id, code_id FROM case_codes ORDER BY rowid", row -> codes
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new CodeId(row.getLong(2))));
        Map<Long, List<String>> selections = new HashMap<>();
        db.query("SELECT case_id, selection_guid FROM case_selections ORDER BY rowid", row -> selections
                .computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2)));
        Map<Long, List<CaseValue>> values = new HashMap<>();
        db.query("SELECT v.case_id, a.name, a.type, v.value FROM case_values v JOIN attributes a ON a.id = v.attribute_id "
                + "ORDER BY v.case_id, a.name", row -> values.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                .add(new CaseValue(row.getString(2), AttributeType.fromWord(row.getString(3)), row.getString(4))));
        return db.query("SELECT id, name, description FROM cases ORDER BY id", row -> {
            long id = row.getLong(1);
            return new Case(id, row.getString(2), row.getString(3), sources.getOrDefault(id, List.of()),
                    codes.getOrDefault(id, List.of()), selections.getOrDefault(id, List.of()),
                    values.getOrDefault(id, List.of()));
        });
    }

    /** Every case's GUID, by the case's id. */
    public Map<Long, String> guids() {
        Map<Long, String> guids = new HashMap<>();
        db.query("SELECT id, guid FROM cases", row -> guids.put(row.getLong(1), row.getString(2)));
        return guids;
    }
}
