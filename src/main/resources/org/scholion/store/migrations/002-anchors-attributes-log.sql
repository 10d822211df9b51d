-- Schema 2: coding anchors, typed source attributes, the append-only action log and settings.

-- Each coding keeps its quote and 32 code points of context on each side, so it can be shown
-- without its source and re-anchored should a text ever be replaced. SQLite's substr counts
-- characters (code points) in text values, 1-based.
ALTER TABLE codings ADD COLUMN quote TEXT NOT NULL DEFAULT '';
ALTER TABLE codings ADD COLUMN before_text TEXT NOT NULL DEFAULT '';
ALTER TABLE codings ADD COLUMN after_text TEXT NOT NULL DEFAULT '';
UPDATE codings SET
    quote = (SELECT substr(s.text, codings.start_offset + 1, codings.end_offset - codings.start_offset)
             FROM sources s WHERE s.id = codings.source_id),
    before_text = (SELECT substr(s.text, max(codings.start_offset - 32, 0) + 1,
                                 codings.start_offset - max(codings.start_offset - 32, 0))
                   FROM sources s WHERE s.id = codings.source_id),
    after_text = (SELECT substr(s.text, codings.end_offset + 1, 32)
                  FROM sources s WHERE s.id = codings.source_id);

CREATE TABLE attributes (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    type    TEXT NOT NULL CHECK (type IN ('text', 'integer', 'decimal', 'date', 'boolean')),
    created TEXT NOT NULL
);

CREATE TABLE source_attributes (
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
    value        TEXT NOT NULL,
    PRIMARY KEY (source_id, attribute_id)
);

-- One row per change; the rows of one user action share a group_id, which undo reverses as one.
-- Coding rows carry the whole coding, so a removed coding can always be restored.
CREATE TABLE action_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id     INTEGER NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'before', 'after', 'codebook', 'undo')),
    coding_id    INTEGER,
    source_id    INTEGER,
    code_id      INTEGER,
    coder        TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    memo         TEXT,
    created      TEXT,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_log_by_group ON action_log (group_id);

CREATE TRIGGER action_log_no_update BEFORE UPDATE ON action_log
BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only');
END;
CREATE TRIGGER action_log_no_delete BEFORE DELETE ON action_log
BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only');
END;

-- Small named values of the project, e.g. the codebook's own name and description.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
