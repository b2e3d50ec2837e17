-- Schema 5: search at a million documents (README, "How search stays fast").

-- A search with filters only (dept:63, type:Bescheid) lists the most recently changed
-- documents first; without this index that is a sort of every document.
CREATE INDEX document_modified ON document(modified_at);

-- Prefixes of three, four and five letters get an index of their own: without one, FTS5 merges
-- the documents of every word with that beginning before it returns the first hit (0.2–0.6 s
-- for "Fert*" in a million documents). The index is rebuilt from search_doc.
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, meta, body,
    content = 'search_doc', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3 4 5');
INSERT INTO search_fts (search_fts) VALUES ('rebuild');

-- Search entries now carry index tokens for dept: and type: (SearchIndex::filterTokens):
-- every entry is rebuilt by the next index update.
UPDATE search_ticket SET value = value + 1 WHERE id = 1;
INSERT INTO search_pending (document_id, ticket) SELECT id, (SELECT value FROM search_ticket) FROM document WHERE true
    ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
