-- Schema 8: the server decides (issue 13).
--
-- A change the server refuses keeps its reason code next to the message ("not_permitted",
-- "closed", "checked_out", ...), so that the client can offer what fits: discard, or edit and
-- send again. Versions keep the time a change was recorded offline, as the server reports it.
ALTER TABLE oplog ADD COLUMN push_code TEXT;
CREATE INDEX oplog_rejected ON oplog(push_state) WHERE push_state = 'rejected';
ALTER TABLE version ADD COLUMN recorded_at TEXT;
-- A refused change the user gave up: 'discarded' (the server's state returns; nothing of it is
-- sent any more). A change sent again is simply pending once more.
ALTER TABLE oplog ADD COLUMN resolution TEXT CHECK (resolution IN ('discarded'));
