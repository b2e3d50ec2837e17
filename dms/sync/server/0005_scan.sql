-- Aktenwerk central repository, schema 5: scanning and OCR (issue 6).
--
-- A version may carry the TR-RESISCAN transfer note of its scan (canonical JSON, kept as text
-- so its bytes stay exactly as written) and the per-page OCR confidences of a searchable PDF.
-- Both are as immutable as the rest of the version.

ALTER TABLE aktenwerk.version ADD COLUMN transfer_note text, ADD COLUMN ocr text;

CREATE OR REPLACE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.id, NEW.document_id, NEW.number, NEW.sha256, NEW.size, NEW.mime_type, NEW.file_name, NEW.author,
            NEW.created_at, NEW.comment, NEW.origin, NEW.base_version, NEW.parallel_to, NEW.transfer_note, NEW.ocr)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.document_id, OLD.number, OLD.sha256, OLD.size, OLD.mime_type, OLD.file_name, OLD.author,
            OLD.created_at, OLD.comment, OLD.origin, OLD.base_version, OLD.parallel_to, OLD.transfer_note, OLD.ocr) THEN
        RETURN NEW; -- only where it is filed (file, department, confidentiality) changed
    END IF;
    RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;
