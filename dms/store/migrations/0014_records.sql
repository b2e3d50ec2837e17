-- Local schema 14: records management, first part (issue 16). Mirrors of the server's rows
-- (server schema 14), written only by the pull: closing (z.d.A.), reopening and retention of
-- files and cases, and legal holds. The server decides every act on them.

CREATE TABLE record_keeping (
    id               TEXT PRIMARY KEY,   -- the file or case
    entity_type      TEXT NOT NULL,      -- file, case
    file_id          TEXT NOT NULL,
    department_code  TEXT NOT NULL,
    confidentiality  TEXT NOT NULL,
    closed_on        TEXT,               -- yyyy-MM-dd; NULL while open
    closed_by        TEXT,
    closed_at        TEXT,
    close_reason     TEXT NOT NULL DEFAULT '',
    reopened_by      TEXT,
    reopened_at      TEXT,
    reopen_reason    TEXT NOT NULL DEFAULT '',
    retention        TEXT,               -- the file's own ('10', 'unbefristet'); NULL: the plan's
    disposal_type    TEXT,               -- the file's own (A, B, V); NULL: the plan's
    retention_reason TEXT NOT NULL DEFAULT '',
    retention_set_by TEXT,
    retention_end    TEXT,               -- yyyy-MM-dd: closed files with a limited retention
    revision         INTEGER NOT NULL,
    modified_at      TEXT NOT NULL,
    modified_by      TEXT NOT NULL
);
CREATE INDEX record_keeping_file ON record_keeping (file_id);

CREATE TABLE legal_hold (
    id               TEXT PRIMARY KEY,
    file_id          TEXT NOT NULL,
    department_code  TEXT NOT NULL,
    confidentiality  TEXT NOT NULL,
    reason           TEXT NOT NULL,
    set_by           TEXT NOT NULL,
    set_at           TEXT NOT NULL,
    released_by      TEXT,
    released_at      TEXT,
    release_reason   TEXT NOT NULL DEFAULT '',
    revision         INTEGER NOT NULL
);
CREATE INDEX legal_hold_file ON legal_hold (file_id);

-- What the server grants this user (department, roles, Fachbereiche kept as records officer), as
-- of the last pull: when it changes, files older than the watermark may have become visible.
ALTER TABLE sync_state ADD COLUMN access TEXT NOT NULL DEFAULT '';
