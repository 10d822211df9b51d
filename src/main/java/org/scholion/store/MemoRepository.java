package org.scholion.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coder;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.MemoTarget;
import org.scholion.source.SourceId;

/** Memos on the project, its sources and its codes. */
public final class MemoRepository {

    private final Database db;

    MemoRepository(Database db) {
        this.db = db;
    }

    public Memo add(MemoTarget target, String title, String text, Coder author, Instant now) {
        return get(add(target, title, text, author, now, now, null));
    }

    /** Adds a memo as an exchange file has it: its times and GUID (null: a new one); returns its id. */
    public long add(MemoTarget target, String title, String text, Coder author, Instant created, Instant modified,
                    String guid) {
        return db.insert("INSERT INTO memos (target_kind, target_id, title, text, author_id, created, modified, guid) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kind(target), targetId(target), title, text,
                author == null ? null : author.id(), Times.format(created), Times.format(modified),
                Identities.canonical(guid));
    }

    /** Every memo's GUID, by the memo's id. */
    public java.util.Map<Long, String> guids() {
        java.util.Map<Long, String> guids = new java.util.HashMap<>();
        db.query("SELECT id, guid FROM memos", row -> guids.put(row.getLong(1), row.getString(2)));
        return guids;
    }

    public void edit(long id, String title, String text, Instant now) {
        if (db.update("UPDATE memos SET title = ?, text = ?, modified = ? WHERE id = ?", title, text,
                Times.format(now), id) != 1) {
            throw new StoreException("there is no memo with id " + id);
        }
    }

    /** Hangs a memo on a target with a title and text; its times and author stay (moves and their undo). */
    public void place(MemoPlacement placement) {
        if (db.update("UPDATE memos SET target_kind = ?, target_id = ?, title = ?, text = ? WHERE id = ?",
                kind(placement.target()), targetId(placement.target()), placement.title(), placement.text(),
                placement.memo()) != 1) {
            throw new StoreException("there is no memo with id " + placement.memo());
        }
    }

    /** Puts a deleted memo back under its id, GUID, author and times (undo of a delete, redo of a memo written). */
    public Memo restore(Memo memo) {
        Identities.Retired retired = Identities.retired(db, "memo", memo.id(), memo.created(), "memos");
        db.update("INSERT INTO memos (id, target_kind, target_id, title, text, author_id, created, modified, guid) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", memo.id(), kind(memo.target()), targetId(memo.target()),
                memo.title(), memo.text(), memo.author() == null ? null : memo.author().id(),
                Times.format(memo.created()), Times.format(memo.modified()), retired.guid());
        return get(memo.id());
    }

    public void delete(long id) {
        if (db.update("DELETE FROM memos WHERE id = ?", id) != 1) {
            throw new StoreException("there is no memo with id " + id);
        }
    }

    public List<Memo> on(MemoTarget target) {
        return db.query(SELECT + " WHERE m.target_kind = ? AND m.target_id IS ? ORDER BY m.id", MemoRepository::map,
                kind(target), targetId(target));
    }

    public List<Memo> all() {
        return db.query(SELECT + " ORDER BY m.id", MemoRepository::map);
    }

    public Memo get(long id) {
        return db.queryOne(SELECT + " WHERE m.id = ?", MemoRepository::map, id)
                .orElseThrow(() -> new StoreException("there is no memo with id " + id));
    }

    private static final String SELECT = "SELECT m.id, m.target_kind, m.target_id, m.title, m.text, m.author_id, "
            + "k.name AS author_name, m.created, m.modified FROM memos m LEFT JOIN coders k ON k.id = m.author_id";

    static String kind(MemoTarget target) {
        return switch (target) {
            case MemoTarget.OnProject p -> "project";
            case MemoTarget.OnSource s -> "source";
            case MemoTarget.OnCode c -> "code";
        };
    }

    static Long targetId(MemoTarget target) {
        return switch (target) {
            case MemoTarget.OnProject p -> null;
            case MemoTarget.OnSource s -> s.source().value();
            case MemoTarget.OnCode c -> c.code().value();
        };
    }

    static MemoTarget target(String kind, long id) {
        return switch (kind) {
            case "source" -> new MemoTarget.OnSource(new SourceId(id));
            case "code" -> new MemoTarget.OnCode(new CodeId(id));
            default -> MemoTarget.project();
        };
    }

    private static Memo map(ResultSet row) throws SQLException {
        MemoTarget target = target(row.getString("target_kind"), row.getLong("target_id"));
        long authorId = row.getLong("author_id");
        Coder author = row.wasNull() ? null : new Coder(authorId, row.getString("author_name"));
        return new Memo(row.getLong("id"), target, row.getString("title"), row.getString("text"), author,
                Times.parse(row.getString("created")), Times.parse(row.getString("modified")));
    }
}
