-- Local schema 11: the file's shares with other departments (issue 14), as the server last sent
-- them with the file ([{"department": "36", "until": "2027-01-31T23:59:59Z", "by": ..., "at": ...}]).
-- The server decides who may read; this is what the clerk sees and revokes.
ALTER TABLE file_record ADD COLUMN shares TEXT NOT NULL DEFAULT '[]';
