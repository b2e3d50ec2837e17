-- Schema 6: check-out and check-in (issue 5).
--
-- version.base_version: the version an edit started from; version.parallel_to: set (by the
-- server, and here when it comes down) when an edit was checked in while another one had
-- already followed its base — both are kept, the later marked as parallel to the base.
ALTER TABLE version ADD COLUMN base_version INTEGER;
ALTER TABLE version ADD COLUMN parallel_to INTEGER;

-- A version is immutable; the server may renumber one made offline, and decides whether an
-- edit is parallel: this client's guess (made from what it knew offline) is replaced by the
-- server's verdict (origin edit <-> parallel, parallel_to). Nothing else.
DROP TRIGGER version_is_immutable;
CREATE TRIGGER version_is_immutable BEFORE UPDATE ON version
WHEN NEW.id <> OLD.id OR NEW.document_id <> OLD.document_id OR NEW.sha256 <> OLD.sha256 OR NEW.size <> OLD.size
  OR NEW.mime_type <> OLD.mime_type OR NEW.file_name <> OLD.file_name OR NEW.author <> OLD.author
  OR NEW.created_at <> OLD.created_at OR NEW.comment <> OLD.comment
  OR NEW.base_version IS NOT OLD.base_version
  OR (NEW.origin <> OLD.origin AND NOT (OLD.origin IN ('edit', 'parallel') AND NEW.origin IN ('edit', 'parallel')))
  OR (NEW.parallel_to IS NOT OLD.parallel_to AND OLD.origin NOT IN ('edit', 'parallel'))
BEGIN
    SELECT RAISE(ABORT, 'versions are immutable');
END;

-- Who has a document checked out: written by this client's check-out, and from the server's
-- lock table by a sync (a lock taken elsewhere, a lock broken by a team lead).
CREATE TABLE document_lock (
    document_id  TEXT PRIMARY KEY REFERENCES document(id),
    owner        TEXT,            -- NULL: free
    since        TEXT,
    expires      TEXT,
    broken_by    TEXT,
    broken_at    TEXT,
    broken_owner TEXT,
    revision     INTEGER NOT NULL DEFAULT 1
);

-- This client's working copies (local only): the file the clerk edits and what it started from.
CREATE TABLE working_copy (
    document_id  TEXT PRIMARY KEY REFERENCES document(id),
    path         TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    base_version_id TEXT NOT NULL,   -- by id: the number of a version made offline may change
    base_sha256  TEXT NOT NULL,
    checked_out_at TEXT NOT NULL,
    offline      INTEGER NOT NULL DEFAULT 0
);
