-- Schema 4: full-text search. Everything here is derived data: `reindex` rebuilds it from the
-- documents and their content, and it is neither synced nor audited.

-- Documents whose search entry is out of date. Triggers on the records fill it, whoever
-- changed them (a command here or a row pulled from the server); the indexer empties it.
-- `ticket` tells the indexer whether the document changed again while it was being read.
CREATE TABLE search_pending (
    document_id  TEXT PRIMARY KEY,
    ticket       INTEGER NOT NULL
);
CREATE TABLE search_ticket (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    value        INTEGER NOT NULL
);
INSERT INTO search_ticket (id, value) VALUES (1, 0);

-- What the extraction worker (aktenwerk-extract, its own process under limits) found in a
-- content, by hash: read once per content, kept for reindexing. A failure is kept with its
-- reason (the document itself is stored and usable all the same); `reindex` tries again.
CREATE TABLE extraction (
    sha256       TEXT PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'limit', 'crashed')),
    reason       TEXT NOT NULL DEFAULT '',
    pages        INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    metadata     TEXT NOT NULL DEFAULT '{}',  -- title, author, subject, keywords, created
    thumbnail    BLOB,                        -- the first page as a small PNG
    extracted_at TEXT NOT NULL
);

-- One row per document: its searchable text as normalised terms (German folding and
-- stemming, see dms/search/germantext.h), and the original text for snippets.
CREATE TABLE search_doc (
    rowid        INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,   -- title, file and case titles
    meta         TEXT NOT NULL,   -- references, type, metadata values, original file name
    body         TEXT NOT NULL,   -- the content's text
    text         TEXT NOT NULL,   -- the content's text as written (for snippets)
    text_status  TEXT NOT NULL    -- 'ok', 'none' (no text in this kind of file), or the reason
);

-- The index over the terms; the text lives in search_doc (external content).
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, meta, body,
    content = 'search_doc', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3');

CREATE TRIGGER search_doc_insert AFTER INSERT ON search_doc BEGIN
    INSERT INTO search_fts (rowid, title, meta, body) VALUES (new.rowid, new.title, new.meta, new.body);
END;
CREATE TRIGGER search_doc_delete AFTER DELETE ON search_doc BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, meta, body) VALUES ('delete', old.rowid, old.title, old.meta, old.body);
END;

-- What makes a document's entry stale. (Upserts, not INSERT OR REPLACE: inside a trigger the
-- outer statement's conflict policy would override OR REPLACE — the pull's upserts abort.)
CREATE TRIGGER search_document_insert AFTER INSERT ON document BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_pending (document_id, ticket) VALUES (new.id, (SELECT value FROM search_ticket))
        ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_document_update AFTER UPDATE ON document BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_pending (document_id, ticket) VALUES (new.id, (SELECT value FROM search_ticket))
        ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_case_update AFTER UPDATE OF title, reference, file_id ON case_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_pending (document_id, ticket)
        SELECT id, (SELECT value FROM search_ticket) FROM document WHERE case_id = new.id
        ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
END;
CREATE TRIGGER search_file_update AFTER UPDATE OF title, reference ON file_record BEGIN
    UPDATE search_ticket SET value = value + 1 WHERE id = 1;
    INSERT INTO search_pending (document_id, ticket)
        SELECT d.id, (SELECT value FROM search_ticket) FROM document d JOIN case_record c ON c.id = d.case_id
        WHERE c.file_id = new.id
        ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
END;

-- Documents that exist already.
UPDATE search_ticket SET value = 1 WHERE id = 1;
INSERT INTO search_pending (document_id, ticket) SELECT id, 1 FROM document;
