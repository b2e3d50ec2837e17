-- Schema 9: a data folder used without a server goes to the server (issue 13).
--
-- The references its files and cases had stay findable as former references (search, "show"),
-- here and — as the server keeps them too — on every client that may read the record.
ALTER TABLE file_record ADD COLUMN former_reference TEXT;
ALTER TABLE case_record ADD COLUMN former_reference TEXT;
CREATE INDEX file_former_reference ON file_record(former_reference) WHERE former_reference IS NOT NULL;
CREATE INDEX case_former_reference ON case_record(former_reference) WHERE former_reference IS NOT NULL;
