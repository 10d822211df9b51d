-- Schema 1: the first schema of a Scholion project.
-- Offsets (start_offset, end_offset, page starts) count Unicode code points into sources.text, end exclusive.

CREATE TABLE project (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL
);

CREATE TABLE coders (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('thesis', 'article', 'news', 'interview', 'other')),
    authors      TEXT NOT NULL DEFAULT '',  -- one author a line
    date         TEXT,                      -- YYYY, YYYY-MM or YYYY-MM-DD
    language     TEXT,
    citation_key TEXT UNIQUE,
    publication  TEXT,
    file_sha256  TEXT UNIQUE,
    file_name    TEXT,
    media_type   TEXT,
    file_size    INTEGER,
    text         TEXT NOT NULL,
    text_length  INTEGER NOT NULL,          -- in code points
    text_sha256  TEXT NOT NULL,
    imported     TEXT NOT NULL
);

-- Every coding points into the text: it is written once and never changed.
CREATE TRIGGER sources_text_immutable BEFORE UPDATE OF text ON sources
BEGIN
    SELECT RAISE(ABORT, 'the text of a source is immutable');
END;

CREATE TABLE source_pages (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    label     TEXT NOT NULL,
    start     INTEGER NOT NULL CHECK (start >= 0),
    PRIMARY KEY (source_id, ordinal)
);

CREATE TABLE codes (
    id              INTEGER PRIMARY KEY,
    parent_id       INTEGER REFERENCES codes (id) ON DELETE RESTRICT,
    key             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    color           TEXT NOT NULL,
    definition      TEXT NOT NULL DEFAULT '',
    when_to_use     TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example         TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL,
    created         TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_sibling_name ON codes (ifnull(parent_id, 0), lower(name));

-- RESTRICT everywhere: deleting a code or source never takes codings with it silently.
CREATE TABLE codings (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    code_id      INTEGER NOT NULL REFERENCES codes (id) ON DELETE RESTRICT,
    coder_id     INTEGER NOT NULL REFERENCES coders (id) ON DELETE RESTRICT,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    memo         TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL
);
CREATE INDEX codings_by_source ON codings (source_id, start_offset);
CREATE INDEX codings_by_code ON codings (code_id);

CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'source', 'code')),
    target_id   INTEGER,
    title       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    author_id   INTEGER REFERENCES coders (id) ON DELETE RESTRICT,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);
CREATE INDEX memos_by_target ON memos (target_kind, target_id);
