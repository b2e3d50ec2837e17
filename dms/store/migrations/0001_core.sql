-- Aktenwerk local index, schema 1: the file plan, files, cases, documents, versions, content,
-- the operation log (outbox for sync) and the hash-chained audit log.
--
-- Every entity row carries its UUID (id), a revision that grows with each change, who created
-- and last changed it and when (ISO 8601 UTC), and a tombstone flag: rows are never deleted
-- while retention and disposal rules keep them.

CREATE TABLE setting (
    key          TEXT PRIMARY KEY,
    value        TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL
);

CREATE TABLE department (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    default_confidentiality TEXT NOT NULL DEFAULT '003',
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    department_code TEXT NOT NULL DEFAULT '',
    roles        TEXT NOT NULL DEFAULT 'clerk',
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan_unit (
    id           TEXT PRIMARY KEY,
    parent_id    TEXT REFERENCES plan_unit(id),
    code         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    retention_years INTEGER,             -- NULL: unbefristet
    disposal_type TEXT NOT NULL CHECK (disposal_type IN ('A', 'B', 'V')),
    retired      INTEGER NOT NULL DEFAULT 0,
    department_code TEXT NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_unit_parent ON plan_unit(parent_id);

-- One running number per scope (the reference with the number left out).
CREATE TABLE reference_counter (
    scope        TEXT PRIMARY KEY,
    last_value   INTEGER NOT NULL
);

CREATE TABLE file_record (
    id           TEXT PRIMARY KEY,
    plan_unit_id TEXT NOT NULL REFERENCES plan_unit(id),
    reference    TEXT NOT NULL UNIQUE,
    seq          INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    department_code TEXT NOT NULL,
    confidentiality TEXT NOT NULL DEFAULT '003',
    type         TEXT NOT NULL DEFAULT '',
    metadata     TEXT NOT NULL DEFAULT '{}',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX file_record_plan ON file_record(plan_unit_id);

CREATE TABLE sub_file (
    id           TEXT PRIMARY KEY,
    file_id      TEXT NOT NULL REFERENCES file_record(id),
    number       INTEGER NOT NULL,
    title        TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (file_id, number)
);

CREATE TABLE case_record (
    id           TEXT PRIMARY KEY,
    file_id      TEXT NOT NULL REFERENCES file_record(id),
    sub_file_id  TEXT REFERENCES sub_file(id),
    number       INTEGER NOT NULL,
    reference    TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    type         TEXT NOT NULL DEFAULT '',
    metadata     TEXT NOT NULL DEFAULT '{}',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (file_id, number)
);

CREATE TABLE content (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    algorithm    TEXT NOT NULL DEFAULT 'sha256',
    size         INTEGER NOT NULL CHECK (size >= 0),
    created_at   TEXT NOT NULL
);

CREATE TABLE document (
    id           TEXT PRIMARY KEY,
    case_id      TEXT REFERENCES case_record(id),  -- NULL: in the intake (Posteingang)
    title        TEXT NOT NULL,
    type         TEXT NOT NULL DEFAULT '',
    metadata     TEXT NOT NULL DEFAULT '{}',
    current_version INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revision     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX document_case ON document(case_id);

-- Versions are append-only: never updated, never deleted.
CREATE TABLE version (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES document(id),
    number       INTEGER NOT NULL CHECK (number >= 1),
    sha256       TEXT NOT NULL REFERENCES content(sha256),
    size         INTEGER NOT NULL,
    mime_type    TEXT NOT NULL,
    file_name    TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL CHECK (origin IN ('import', 'scan', 'edit', 'restore', 'parallel')),
    revision     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (document_id, number)
);
CREATE INDEX version_sha ON version(sha256);

CREATE TRIGGER version_is_immutable BEFORE UPDATE ON version
BEGIN
    SELECT RAISE(ABORT, 'versions are immutable');
END;
CREATE TRIGGER version_is_kept BEFORE DELETE ON version
BEGIN
    SELECT RAISE(ABORT, 'versions are never deleted');
END;

-- The outbox: one entry per applied command, in order, with an idempotent operation id.
CREATE TABLE oplog (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT NOT NULL UNIQUE,
    command      TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    revision     INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    user_login   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    pushed_at    TEXT
);
CREATE INDEX oplog_pending ON oplog(pushed_at, seq);

-- Audit events, hash-chained: hash = SHA-256(canonical content including prev_hash).
CREATE TABLE audit_event (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    at           TEXT NOT NULL,
    user_login   TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op_id        TEXT,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_entity ON audit_event(entity_id);
