-- Schema 5: a search with filters only (dept:63, type:Bescheid) lists the most recently changed
-- documents first; without this index that is a sort of every document.
CREATE INDEX document_modified ON document(modified_at);

-- Search entries now carry index tokens for dept: and type: (SearchIndex::filterTokens):
-- every entry is rebuilt by the next index update.
UPDATE search_ticket SET value = value + 1 WHERE id = 1;
INSERT INTO search_pending (document_id, ticket) SELECT id, (SELECT value FROM search_ticket) FROM document WHERE true
    ON CONFLICT (document_id) DO UPDATE SET ticket = excluded.ticket;
