-- Schema 2: the history of every metadata field change (who, when, old value, new value),
-- written by the command path together with the change. It feeds the history pane and,
-- later, xdomea's HistorienProtokollInformation.
CREATE TABLE field_history (
    id           INTEGER PRIMARY KEY,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL,
    op_id        TEXT NOT NULL REFERENCES oplog(op_id)
);
CREATE INDEX field_history_entity ON field_history(entity_id, id);

-- Lists of files by plan unit and of cases by file are the GUI's most frequent queries.
CREATE INDEX case_record_file ON case_record(file_id, number);
