-- Schema 3: working with the central repository.

-- The server this data folder syncs with (at most one row). The password is never here.
CREATE TABLE sync_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    server_url   TEXT NOT NULL,
    login        TEXT NOT NULL,
    client_id    TEXT NOT NULL,
    watermark    TEXT NOT NULL DEFAULT '0',
    last_sync_at TEXT,
    last_error   TEXT,
    last_error_at TEXT
);

-- What happens to an operation: pending (to push), pushed, rejected by the server (with its
-- reason), local (never pushed: settings, local users), remote (a change pulled from the server).
ALTER TABLE oplog ADD COLUMN push_state TEXT NOT NULL DEFAULT 'local'
    CHECK (push_state IN ('pending', 'pushed', 'rejected', 'local', 'remote'));
ALTER TABLE oplog ADD COLUMN push_error TEXT;
CREATE INDEX oplog_push ON oplog(push_state, seq);
CREATE INDEX oplog_entity ON oplog(entity_id, push_state);

-- References given out offline are provisional until the server assigns the real one.
ALTER TABLE file_record ADD COLUMN reference_provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_record ADD COLUMN reference_provisional INTEGER NOT NULL DEFAULT 0;

-- Two edits of one field: the server's value stays, the other waits here for the user.
CREATE TABLE conflict (
    id           TEXT PRIMARY KEY,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    base_value   TEXT,
    mine_value   TEXT,
    theirs_value TEXT,
    mine_user    TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mine', 'theirs')),
    resolved_by  TEXT,
    resolved_at  TEXT,
    created_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX conflict_open ON conflict(status, entity_id);

-- Rows a pull skipped (the entity had unpushed local changes): fetched again next time.
CREATE TABLE sync_refetch (
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

-- The server numbers versions; a version made offline may be renumbered once, nothing else.
DROP TRIGGER version_is_immutable;
CREATE TRIGGER version_is_immutable BEFORE UPDATE ON version
WHEN NEW.id <> OLD.id OR NEW.document_id <> OLD.document_id OR NEW.sha256 <> OLD.sha256 OR NEW.size <> OLD.size
  OR NEW.mime_type <> OLD.mime_type OR NEW.file_name <> OLD.file_name OR NEW.author <> OLD.author
  OR NEW.created_at <> OLD.created_at OR NEW.comment <> OLD.comment OR NEW.origin <> OLD.origin
BEGIN
    SELECT RAISE(ABORT, 'versions are immutable');
END;
