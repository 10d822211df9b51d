-- Schema 3: the action log records enough to undo and redo every codebook action.
-- New kinds: code_add, code_remove, code_before, code_after (a code's full state, with its id and
-- creation time), memo_before, memo_after (where a memo hangs, its title and text),
-- setting_before, setting_after (a named setting's value; NULL when it was not set) and redo
-- (names the undo group it reverses). SQLite cannot change a CHECK constraint, so the table is
-- copied into a new one, row for row with the same seq; the copy keeps the log append-only.

CREATE TABLE action_log_v3 (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id        INTEGER NOT NULL,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'before', 'after', 'codebook', 'undo', 'redo',
                        'code_add', 'code_remove', 'code_before', 'code_after', 'memo_before', 'memo_after',
                        'setting_before', 'setting_after')),
    -- a coding (add, remove, before, after); code_id and created also serve the code kinds
    coding_id       INTEGER,
    source_id       INTEGER,
    code_id         INTEGER,
    coder           TEXT,
    start_offset    INTEGER,
    end_offset      INTEGER,
    memo            TEXT,
    created         TEXT,
    detail          TEXT NOT NULL DEFAULT '',
    -- a code (code_*): the rest of its row
    parent_id       INTEGER,
    code_key        TEXT,
    name            TEXT,
    color           TEXT,
    definition      TEXT,
    when_to_use     TEXT,
    when_not_to_use TEXT,
    example         TEXT,
    position        INTEGER,
    -- a memo (memo_*)
    memo_id         INTEGER,
    target_kind     TEXT,
    target_id       INTEGER,
    title           TEXT,
    text            TEXT,
    -- a setting (setting_*)
    setting_key     TEXT,
    setting_value   TEXT
);

INSERT INTO action_log_v3 (seq, group_id, at, actor, kind, coding_id, source_id, code_id, coder, start_offset,
                           end_offset, memo, created, detail)
SELECT seq, group_id, at, actor, kind, coding_id, source_id, code_id, coder, start_offset, end_offset, memo,
       created, detail
FROM action_log ORDER BY seq;

-- Dropping a table fires none of its triggers; the triggers go with it and are made again below.
DROP TABLE action_log;
ALTER TABLE action_log_v3 RENAME TO action_log;
CREATE INDEX action_log_by_group ON action_log (group_id);

CREATE TRIGGER action_log_no_update BEFORE UPDATE ON action_log
BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only');
END;
CREATE TRIGGER action_log_no_delete BEFORE DELETE ON action_log
BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only');
END;
