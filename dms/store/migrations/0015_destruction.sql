-- Local schema 15: destruction (issue 16). When the server has destroyed a file (server schema
-- 16), its removal row arrives with a pull and the file goes here too, with everything in it:
-- rows, field history, search entries, working copies and content no surviving version holds.
-- Versions are still never deleted, except while the pull removes a destroyed file's documents
-- (listed in `purging` for that one transaction).

CREATE TABLE purging (
    document_id  TEXT PRIMARY KEY
);
DROP TRIGGER version_is_kept;
CREATE TRIGGER version_is_kept BEFORE DELETE ON version
WHEN NOT EXISTS (SELECT 1 FROM purging WHERE document_id = old.document_id)
BEGIN
    SELECT RAISE(ABORT, 'versions are never deleted');
END;

-- What is to go from disk once the removal is committed: content by hash (with what is derived
-- from it, like PDF/A renditions), working copies by path. Emptied after each pull, and again at
-- the next one if the program ended in between.
CREATE TABLE purge_pending (
    kind         TEXT NOT NULL CHECK (kind IN ('content', 'path')),
    target       TEXT NOT NULL,
    PRIMARY KEY (kind, target)
);

-- The files destroyed here, for the sync report and `verify`: the deletion record's id only.
CREATE TABLE removal (
    id           TEXT PRIMARY KEY,
    file_id      TEXT NOT NULL,
    removed_at   TEXT NOT NULL
);
