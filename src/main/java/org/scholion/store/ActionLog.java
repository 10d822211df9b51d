package org.scholion.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.coding.CodeState;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingAction.Kind;
import org.scholion.coding.CodingId;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoOrigin;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.SettingValue;
import org.scholion.coding.UndoStacks;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The append-only record of every change (the database refuses updates and deletes of it). The
 * entries written inside one {@link ProjectStore#write} share a group: one user action. Each entry
 * holds its subject in full, so that any group can be reversed exactly (see docs/project-store.md).
 */
public final class ActionLog {

    private static final String COLUMNS = "group_id, at, actor, kind, coding_id, source_id, code_id, coder, "
            + "start_offset, end_offset, memo, created, detail, parent_id, code_key, name, color, definition, "
            + "when_to_use, when_not_to_use, example, position, memo_id, target_kind, target_id, title, text, "
            + "setting_key, setting_value";

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
        append(Kind.ADD, coding, "", null, null, null);
    }

    public void removed(Coding coding) {
        append(Kind.REMOVE, coding, "", null, null, null);
    }

    public void changed(Coding before, Coding after) {
        append(Kind.BEFORE, before, "", null, null, null);
        append(Kind.AFTER, after, "", null, null, null);
    }

    /** What a codebook action did, in the user's words; its changes are logged beside it. */
    public void codebook(String detail) {
        append(Kind.CODEBOOK, null, detail, null, null, null);
    }

    public void codeAdded(CodeState code) {
        append(Kind.CODE_ADD, null, "", code, null, null);
    }

    public void codeRemoved(CodeState code) {
        append(Kind.CODE_REMOVE, null, "", code, null, null);
    }

    public void codeChanged(CodeState before, CodeState after) {
        append(Kind.CODE_BEFORE, null, "", before, null, null);
        append(Kind.CODE_AFTER, null, "", after, null, null);
    }

    /** A memo moved, retitled or rewritten: where it hung with its title and text, before and after. */
    public void memoMoved(MemoPlacement before, MemoPlacement after) {
        append(Kind.MEMO_BEFORE, null, "", null, before, null);
        append(Kind.MEMO_AFTER, null, "", null, after, null);
    }

    /** A memo written: a MEMO_AFTER alone, with its author and creation time (see {@link org.scholion.coding.MemoChange}). */
    public void memoWritten(Memo memo) {
        append(Kind.MEMO_AFTER, null, "", null, MemoPlacement.of(memo), MemoOrigin.of(memo), null);
    }

    /** A memo deleted: a MEMO_BEFORE alone, with all of it that undo needs to put it back. */
    public void memoDeleted(Memo memo) {
        append(Kind.MEMO_BEFORE, null, "", null, MemoPlacement.of(memo), MemoOrigin.of(memo), null);
    }

    public void settingChanged(SettingValue before, SettingValue after) {
        append(Kind.SETTING_BEFORE, null, "", null, null, before);
        append(Kind.SETTING_AFTER, null, "", null, null, after);
    }

    public void undoneGroup(long undoneGroup) {
        append(Kind.UNDO, null, Long.toString(undoneGroup), null, null, null);
    }

    /** Marks the current group as the redo of an action: the reversal of {@code undoGroup}. */
    public void redoneGroup(long undoGroup) {
        append(Kind.REDO, null, Long.toString(undoGroup), null, null, null);
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

    /** The undo and redo stacks, replayed from every group's undo or redo mark. */
    public UndoStacks stacks() {
        return UndoStacks.replay(db.query("SELECT group_id, max(CASE WHEN kind IN ('undo', 'redo') THEN kind END), "
                + "max(CASE WHEN kind IN ('undo', 'redo') THEN detail END) FROM action_log "
                + "GROUP BY group_id ORDER BY group_id", row -> {
                    String mark = row.getString(2);
                    return mark == null ? new UndoStacks.Group(row.getLong(1), null, 0)
                            : new UndoStacks.Group(row.getLong(1), Kind.valueOf(mark.toUpperCase(Locale.ROOT)),
                                    Long.parseLong(row.getString(3)));
                }));
    }

    /** The group undo would reverse next: the latest action whose effects stand. */
    public OptionalLong lastUndoable() {
        return stacks().nextUndo();
    }

    /** The number of actions logged (groups: a user action, an undo or a redo), however many entries each wrote. */
    public long actions() {
        return db.queryLong("SELECT count(DISTINCT group_id) FROM action_log");
    }

    /** The number of entries. */
    public long size() {
        return db.queryLong("SELECT count(*) FROM action_log");
    }

    private void append(Kind kind, Coding coding, String detail, CodeState state, MemoPlacement memo,
                        SettingValue setting) {
        append(kind, coding, detail, state, memo, null, setting);
    }

    private void append(Kind kind, Coding coding, String detail, CodeState state, MemoPlacement memo,
                        MemoOrigin origin, SettingValue setting) {
        if (actor == null) {
            throw new IllegalStateException("a change must be made inside ProjectStore.write, which names who made it");
        }
        if (group == 0) {
            group = db.queryLong("SELECT ifnull(max(group_id), 0) + 1 FROM action_log");
        }
        Code code = state == null ? null : state.code();
        Long codeId = coding != null ? Long.valueOf(coding.code().value()) : code != null ? Long.valueOf(code.id().value()) : null;
        Object created = coding != null ? Times.format(coding.created()) : state != null ? Times.format(state.created())
                : origin != null ? Times.format(origin.created()) : null;
        // The coder column names a coding's coder, or a memo's author.
        String coder = coding != null ? coding.coder().name() : origin != null ? origin.author() : null;
        db.update("INSERT INTO action_log (" + COLUMNS + ") VALUES (" + "?, ".repeat(28) + "?)",
                group, Times.format(at), actor, kind.name().toLowerCase(Locale.ROOT),
                coding == null ? null : coding.id().value(), coding == null ? null : coding.source().value(),
                codeId, coder,
                coding == null ? null : coding.start(), coding == null ? null : coding.end(),
                coding == null ? null : coding.memo(), created, detail,
                code == null || code.parent() == null ? null : code.parent().value(),
                code == null ? null : code.key(), code == null ? null : code.name(),
                code == null ? null : code.color().hex(), code == null ? null : code.guidance().definition(),
                code == null ? null : code.guidance().whenToUse(), code == null ? null : code.guidance().whenNotToUse(),
                code == null ? null : code.guidance().example(), code == null ? null : code.position(),
                memo == null ? null : memo.memo(), memo == null ? null : MemoRepository.kind(memo.target()),
                memo == null ? null : MemoRepository.targetId(memo.target()),
                memo == null ? null : memo.title(), memo == null ? null : memo.text(),
                setting == null ? null : setting.key(), setting == null ? null : setting.value());
    }

    private static CodingAction map(ResultSet row) throws SQLException {
        Kind kind = Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT));
        return new CodingAction(row.getLong("seq"), row.getLong("group_id"), Times.parse(row.getString("at")),
                row.getString("actor"), kind, coding(row), row.getString("detail"), code(row), memo(row),
                memoOrigin(row), setting(row));
    }

    private static Coding coding(ResultSet row) throws SQLException {
        long codingId = row.getLong("coding_id");
        if (row.wasNull()) {
            return null;
        }
        // The anchor is not logged: whoever restores a coding recomputes it from the immutable text.
        return new Coding(new CodingId(codingId), new SourceId(row.getLong("source_id")),
                new Span(row.getInt("start_offset"), row.getInt("end_offset")), new CodeId(row.getLong("code_id")),
                new Coder(0, row.getString("coder")), Times.parse(row.getString("created")), row.getString("memo"),
                new Anchor("", "", ""));
    }

    private static CodeState code(ResultSet row) throws SQLException {
        String key = row.getString("code_key");
        if (key == null) {
            return null;
        }
        long parent = row.getLong("parent_id");
        CodeId parentId = row.wasNull() ? null : new CodeId(parent);
        Code code = new Code(new CodeId(row.getLong("code_id")), parentId, key, row.getString("name"),
                CodeColor.parse(row.getString("color")), new CodeGuidance(row.getString("definition"),
                row.getString("when_to_use"), row.getString("when_not_to_use"), row.getString("example")),
                row.getInt("position"));
        return new CodeState(code, Times.parse(row.getString("created")));
    }

    private static MemoPlacement memo(ResultSet row) throws SQLException {
        long id = row.getLong("memo_id");
        if (row.wasNull()) {
            return null;
        }
        return new MemoPlacement(id, MemoRepository.target(row.getString("target_kind"), row.getLong("target_id")),
                row.getString("title"), row.getString("text"));
    }

    private static MemoOrigin memoOrigin(ResultSet row) throws SQLException {
        row.getLong("memo_id");
        if (row.wasNull()) {
            return null;
        }
        String created = row.getString("created");
        return created == null ? null : new MemoOrigin(row.getString("coder"), Times.parse(created));
    }

    private static SettingValue setting(ResultSet row) throws SQLException {
        String key = row.getString("setting_key");
        return key == null ? null : new SettingValue(key, row.getString("setting_value"));
    }
}
