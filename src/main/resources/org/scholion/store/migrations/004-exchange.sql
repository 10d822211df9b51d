-- Schema 4: what REFI-QDA exchange needs. Stable identities: codes, sources, codings, coders, memos and
-- attributes get a GUID (lower-case, no braces), given to existing rows here, to new rows when
-- they are created (by Scholion, or kept from an imported file), unique per table; so exporting
-- twice writes the same GUIDs and a file imported and exported again keeps its own.
-- A coding also keeps the GUID of the selection it came from (NULL: Scholion derives one from the
-- source and the span), and a code whether it may be applied (REFI-QDA isCodable).
-- A deleted code or coding leaves its identity in retired_identities, so that undo restores it
-- under the same GUID.

ALTER TABLE codes ADD COLUMN guid TEXT;
ALTER TABLE codes ADD COLUMN codable INTEGER NOT NULL DEFAULT 1 CHECK (codable IN (0, 1));
ALTER TABLE sources ADD COLUMN guid TEXT;
ALTER TABLE codings ADD COLUMN guid TEXT;
ALTER TABLE codings ADD COLUMN selection_guid TEXT;
ALTER TABLE coders ADD COLUMN guid TEXT;
ALTER TABLE memos ADD COLUMN guid TEXT;
ALTER TABLE attributes ADD COLUMN guid TEXT;

-- A random (version 4) UUID, written inline: a scalar subquery would be evaluated once per
-- statement and give every row the same value.
UPDATE codes SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE sources SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE codings SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE coders SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE memos SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE attributes SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));

CREATE UNIQUE INDEX codes_guid ON codes (guid);
CREATE UNIQUE INDEX sources_guid ON sources (guid);
CREATE UNIQUE INDEX codings_guid ON codings (guid);
CREATE UNIQUE INDEX coders_guid ON coders (guid);
CREATE UNIQUE INDEX memos_guid ON memos (guid);
CREATE UNIQUE INDEX attributes_guid ON attributes (guid);

-- Scholion names every GUID it writes; a row inserted without one (by a path that predates this
-- schema) gets one all the same.
CREATE TRIGGER codes_guid_given AFTER INSERT ON codes WHEN NEW.guid IS NULL
BEGIN
    UPDATE codes SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TRIGGER sources_guid_given AFTER INSERT ON sources WHEN NEW.guid IS NULL
BEGIN
    UPDATE sources SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TRIGGER codings_guid_given AFTER INSERT ON codings WHEN NEW.guid IS NULL
BEGIN
    UPDATE codings SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TRIGGER coders_guid_given AFTER INSERT ON coders WHEN NEW.guid IS NULL
BEGIN
    UPDATE coders SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TRIGGER memos_guid_given AFTER INSERT ON memos WHEN NEW.guid IS NULL
BEGIN
    UPDATE memos SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TRIGGER attributes_guid_given AFTER INSERT ON attributes WHEN NEW.guid IS NULL
BEGIN
    UPDATE attributes SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;

-- What a deleted code, coding or memo was known as, by its id and creation time (which a restore keeps).
CREATE TABLE retired_identities (
    kind           TEXT NOT NULL CHECK (kind IN ('code', 'coding', 'memo')),
    row_id         INTEGER NOT NULL,
    created        TEXT NOT NULL,
    guid           TEXT NOT NULL,
    selection_guid TEXT,
    codable        INTEGER,
    PRIMARY KEY (kind, row_id)
);
CREATE TRIGGER codes_retired AFTER DELETE ON codes WHEN OLD.guid IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO retired_identities (kind, row_id, created, guid, codable)
    VALUES ('code', OLD.id, OLD.created, OLD.guid, OLD.codable);
END;
CREATE TRIGGER codings_retired AFTER DELETE ON codings WHEN OLD.guid IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO retired_identities (kind, row_id, created, guid, selection_guid)
    VALUES ('coding', OLD.id, OLD.created, OLD.guid, OLD.selection_guid);
END;
CREATE TRIGGER memos_retired AFTER DELETE ON memos WHEN OLD.guid IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO retired_identities (kind, row_id, created, guid)
    VALUES ('memo', OLD.id, OLD.created, OLD.guid);
END;

-- Cases (units of analysis: a person, a country) and sets (named groups of codes, sources and
-- memos), kept so that nothing a REFI-QDA file carries is lost; the workbench does not show them
-- yet. A case groups sources, codes and selections (by the selection GUID their codings carry) and
-- has attribute values of its own. Deleting a source, code or memo takes it out of cases and sets.
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    guid        TEXT
);
CREATE UNIQUE INDEX cases_guid ON cases (guid);
CREATE TRIGGER cases_guid_given AFTER INSERT ON cases WHEN NEW.guid IS NULL
BEGIN
    UPDATE cases SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TABLE case_sources (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, source_id)
);
CREATE TABLE case_codes (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, code_id)
);
CREATE TABLE case_selections (
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    selection_guid TEXT NOT NULL,
    PRIMARY KEY (case_id, selection_guid)
);
CREATE TABLE case_values (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
    value        TEXT NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
);

CREATE TABLE sets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    guid        TEXT
);
CREATE UNIQUE INDEX sets_guid ON sets (guid);
CREATE TRIGGER sets_guid_given AFTER INSERT ON sets WHEN NEW.guid IS NULL
BEGIN
    UPDATE sets SET guid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
END;
CREATE TABLE set_codes (
    set_id  INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, code_id)
);
CREATE TABLE set_sources (
    set_id    INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, source_id)
);
CREATE TABLE set_memos (
    set_id  INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    memo_id INTEGER NOT NULL REFERENCES memos (id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, memo_id)
);
