package org.scholion.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The append-only record of every change (the database refuses updates and deletes of it). The
 * entries written inside one {@link ProjectStore#write} share a group: one user action.
 */
public final class ActionLog {

    private final Database db;
    private long group;
    private String actor;
    private Instant at;

    ActionLog(Database db) {
        this.db = db;
    }

    void begin(String actor, Instant at) {
        this.group = 0;
        this.actor = actor;
        this.at = at;
    }

    void end() {
        this.group = 0;
        this.actor = null;
    }

    public void added(Coding coding) {
        append(CodingAction.Kind.ADD, coding, "");
    }

    public void removed(Coding coding) {
        append(CodingAction.Kind.REMOVE, coding, "");
    }

    public void changed(Coding before, Coding after) {
        append(CodingAction.Kind.BEFORE, before, "");
        append(CodingAction.Kind.AFTER, after, "");
    }

    public void codebook(String detail) {
        append(CodingAction.Kind.CODEBOOK, null, detail);
    }

    public void undoneGroup(long undoneGroup) {
        append(CodingAction.Kind.UNDO, null, Long.toString(undoneGroup));
    }

    /** The group written by the current action, allocated at its first entry; 0 if it wrote none yet. */
    public long currentGroup() {
        return group;
    }

    public List<CodingAction> group(long groupId) {
        return db.query("SELECT * FROM action_log WHERE group_id = ? ORDER BY seq", ActionLog::map, groupId);
    }

    public List<CodingAction> recent(int limit) {
        return db.query("SELECT * FROM action_log ORDER BY seq DESC LIMIT ?", ActionLog::map, limit).reversed();
    }

    /** The latest group that is not itself an undo and has not been undone. */
    public OptionalLong lastUndoable() {
        return db.queryOne("SELECT group_id FROM action_log a WHERE kind <> 'undo' "
                        + "AND group_id NOT IN (SELECT group_id FROM action_log WHERE kind = 'undo') "
                        + "AND CAST(group_id AS TEXT) NOT IN (SELECT detail FROM action_log WHERE kind = 'undo') "
                        + "ORDER BY seq DESC LIMIT 1", row -> row.getLong(1))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public long size() {
        return db.queryLong("SELECT count(*) FROM action_log");
    }

    private void append(CodingAction.Kind kind, Coding coding, String detail) {
        if (actor == null) {
            throw new IllegalStateException("a change must be made inside ProjectStore.write, which names who made it");
        }
        if (group == 0) {
            group = db.queryLong("SELECT ifnull(max(group_id), 0) + 1 FROM action_log");
        }
        db.update("INSERT INTO action_log (group_id, at, actor, kind, coding_id, source_id, code_id, coder, start_offset, "
                        + "end_offset, memo, created, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                group, Times.format(at), actor, kind.name().toLowerCase(Locale.ROOT),
                coding == null ? null : coding.id().value(), coding == null ? null : coding.source().value(),
                coding == null ? null : coding.code().value(), coding == null ? null : coding.coder().name(),
                coding == null ? null : coding.start(), coding == null ? null : coding.end(),
                coding == null ? null : coding.memo(), coding == null ? null : Times.format(coding.created()), detail);
    }

    private static CodingAction map(ResultSet row) throws SQLException {
        Coding coding = null;
        long codingId = row.getLong("coding_id");
        if (!row.wasNull()) {
            // The anchor is not logged: whoever restores a coding recomputes it from the immutable text.
            coding = new Coding(new CodingId(codingId), new SourceId(row.getLong("source_id")),
                    new Span(row.getInt("start_offset"), row.getInt("end_offset")), new CodeId(row.getLong("code_id")),
                    new Coder(0, row.getString("coder")), Times.parse(row.getString("created")), row.getString("memo"),
                    new Anchor("", "", ""));
        }
        return new CodingAction(row.getLong("seq"), row.getLong("group_id"), Times.parse(row.getString("at")),
                row.getString("actor"), CodingAction.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                coding, row.getString("detail"));
    }
}
