-- Local schema 12: files and cases are search hits too (issue 14), by title, reference and
-- metadata. Derived data like schema 4: rebuilt by `reindex`, neither synced nor audited.

-- One row per file or case: its terms (dms/search/germantext.h), as search_doc has them for documents.
CREATE TABLE search_record (
    rowid        INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('file', 'case')),
    title        TEXT NOT NULL,   -- its own title
    meta         TEXT NOT NULL,   -- references (also former ones), type, metadata values, filter tokens
    text         TEXT NOT NULL    -- the metadata as written, for the snippet
);

CREATE VIRTUAL TABLE search_record_fts USING fts5(
    title, meta,
    content = 'search_record', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3 4 5');

CREATE TRIGGER search_record_insert AFTER INSERT ON search_record BEGIN
    INSERT INTO search_record_fts (rowid, title, meta) VALUES (new.rowid, new.title, new.meta);
END;
CREATE TRIGGER search_record_delete AFTER DELETE ON search_record BEGIN
    INSERT INTO search_record_fts (search_record_fts, rowid, title, meta) VALUES ('delete', old.rowid, old.title, old.meta);
END;

-- Files and cases whose entry is out of date, with the ticket of search_ticket (schema 4).
CREATE TABLE search_record_pending (
    record_id    TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('file', 'case')),
    ticket       INTEGER NOT NULL
);

CREATE TRIGGER search_record_file_insert AFTER INSERT ON file_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_record_pending (record_id, kind, ticket) VALUES (new.id, 'file', (SELECT value FROM search_ticket))
        ON CONFLICT (record_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_record_file_update AFTER UPDATE ON file_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_record_pending (record_id, kind, ticket) VALUES (new.id, 'file', (SELECT value FROM search_ticket))
        ON CONFLICT (record_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_record_case_insert AFTER INSERT ON case_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_record_pending (record_id, kind, ticket) VALUES (new.id, 'case', (SELECT value FROM search_ticket))
        ON CONFLICT (record_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_record_case_update AFTER UPDATE ON case_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_record_pending (record_id, kind, ticket) VALUES (new.id, 'case', (SELECT value FROM search_ticket))
        ON CONFLICT (record_id) DO UPDATE SET ticket = excluded.ticket;
END;
-- A case's entry carries its file's department (for fb:), so it follows a change of the file.
CREATE TRIGGER search_record_file_department AFTER UPDATE OF department_code ON file_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_record_pending (record_id, kind, ticket)
        SELECT id, 'case', (SELECT value FROM search_ticket) FROM case_record WHERE file_id = new.id
        ON CONFLICT (record_id) DO UPDATE SET ticket = excluded.ticket;
END;

-- Files and cases that exist already.
UPDATE search_ticket SET value = value + 1 WHERE id = 1;
INSERT INTO search_record_pending (record_id, kind, ticket)
    SELECT id, 'file', (SELECT value FROM search_ticket) FROM file_record
    UNION ALL SELECT id, 'case', (SELECT value FROM search_ticket) FROM case_record;
