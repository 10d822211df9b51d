package org.scholion.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;

/** The codes table. Rules about the tree are the domain's ({@link Codebook}); this class only stores. */
public final class CodeRepository {

    private final Database db;

    CodeRepository(Database db) {
        this.db = db;
    }

    public Codebook codebook() {
        return Codebook.of(db.query("SELECT id, parent_id, key, name, color, definition, when_to_use, "
                + "when_not_to_use, example, position FROM codes", CodeRepository::map));
    }

    /** One code, without reading (and checking) the whole tree. */
    public Optional<Code> find(CodeId id) {
        return db.queryOne("SELECT id, parent_id, key, name, color, definition, when_to_use, when_not_to_use, example, "
                + "position FROM codes WHERE id = ?", CodeRepository::map, id.value());
    }

    public Code insert(CodeId parent, String key, String name, CodeColor color, CodeGuidance guidance,
                       int position, Instant now) {
        return insert(parent, key, name, color, guidance, position, now, null, true);
    }

    /**
     * Inserts a code under a given GUID (null: a new one) and with whether it may be applied: what
     * an exchange import keeps from its file.
     */
    public Code insert(CodeId parent, String key, String name, CodeColor color, CodeGuidance guidance,
                       int position, Instant now, String guid, boolean codable) {
        long id = db.insert("INSERT INTO codes (parent_id, key, name, color, definition, when_to_use, when_not_to_use, "
                        + "example, position, created, guid, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                parent == null ? null : parent.value(), key, name, color.hex(), guidance.definition(),
                guidance.whenToUse(), guidance.whenNotToUse(), guidance.example(), position, Times.format(now),
                Identities.canonical(guid), codable ? 1 : 0);
        return new Code(new CodeId(id), parent, key, name, color, guidance, position);
    }

    /** Writes every field of a code but its id and key. */
    public void update(Code code) {
        int changed = db.update("UPDATE codes SET parent_id = ?, name = ?, color = ?, definition = ?, when_to_use = ?, "
                        + "when_not_to_use = ?, example = ?, position = ? WHERE id = ?",
                code.parent() == null ? null : code.parent().value(), code.name(), code.color().hex(),
                code.guidance().definition(), code.guidance().whenToUse(), code.guidance().whenNotToUse(),
                code.guidance().example(), code.position(), code.id().value());
        if (changed != 1) {
            throw new StoreException("there is no code with id " + code.id());
        }
    }

    /** Puts back a deleted code exactly as it was, under its old id and key (undo and redo). */
    public void restore(Code code, Instant created) {
        Identities.Retired retired = Identities.retired(db, "code", code.id().value(), created, "codes");
        db.update("INSERT INTO codes (id, parent_id, key, name, color, definition, when_to_use, when_not_to_use, "
                        + "example, position, created, guid, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code.id().value(), code.parent() == null ? null : code.parent().value(), code.key(), code.name(),
                code.color().hex(), code.guidance().definition(), code.guidance().whenToUse(),
                code.guidance().whenNotToUse(), code.guidance().example(), code.position(), Times.format(created),
                retired.guid(), retired.codable() ? 1 : 0);
    }

    /** Every code's GUID. */
    public Map<CodeId, String> guids() {
        Map<CodeId, String> guids = new HashMap<>();
        db.query("SELECT id, guid FROM codes", row -> guids.put(new CodeId(row.getLong(1)), row.getString(2)));
        return guids;
    }

    /** The codes that only group others and may not be applied (REFI-QDA isCodable="false"). */
    public java.util.Set<CodeId> notCodable() {
        java.util.Set<CodeId> codes = new java.util.HashSet<>();
        db.query("SELECT id FROM codes WHERE codable = 0", row -> codes.add(new CodeId(row.getLong(1))));
        return codes;
    }

    public Optional<CodeId> findByGuid(String guid) {
        return db.queryOne("SELECT id FROM codes WHERE guid = ?", row -> new CodeId(row.getLong(1)),
                Identities.canonical(guid));
    }

    /** Gives a code the GUID and codability a file says it has (a codebook import, after adding it). */
    public void identify(CodeId id, String guid, boolean codable) {
        if (db.update("UPDATE codes SET guid = ?, codable = ? WHERE id = ?", Identities.canonical(guid),
                codable ? 1 : 0, id.value()) != 1) {
            throw new StoreException("there is no code with id " + id);
        }
    }

    /** When a code was created, which its record does not carry but the log keeps for a restore. */
    public Instant created(CodeId id) {
        return db.queryOne("SELECT created FROM codes WHERE id = ?", row -> Times.parse(row.getString(1)), id.value())
                .orElseThrow(() -> new StoreException("there is no code with id " + id));
    }

    public void delete(CodeId id) {
        db.update("DELETE FROM codes WHERE id = ?", id.value());
    }

    public boolean keyExists(String key) {
        return db.queryLong("SELECT count(*) FROM codes WHERE key = ?", key) > 0;
    }

    /** Number of codings per code (codes without codings are absent). */
    public Map<CodeId, Integer> codingCounts() {
        Map<CodeId, Integer> counts = new HashMap<>();
        db.query("SELECT code_id, count(*) FROM codings GROUP BY code_id",
                row -> counts.put(new CodeId(row.getLong(1)), row.getInt(2)));
        return counts;
    }

    public int codingCount(Collection<CodeId> codes) {
        Map<CodeId, Integer> counts = codingCounts();
        return codes.stream().mapToInt(id -> counts.getOrDefault(id, 0)).sum();
    }

    private static Code map(ResultSet row) throws SQLException {
        long parent = row.getLong("parent_id");
        CodeId parentId = row.wasNull() ? null : new CodeId(parent);
        return new Code(new CodeId(row.getLong("id")), parentId, row.getString("key"), row.getString("name"),
                CodeColor.parse(row.getString("color")),
                new CodeGuidance(row.getString("definition"), row.getString("when_to_use"),
                        row.getString("when_not_to_use"), row.getString("example")),
                row.getInt("position"));
    }
}
