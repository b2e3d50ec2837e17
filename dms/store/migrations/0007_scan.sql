-- Schema 7: scanning and OCR (issue 6).
--
-- A scan product's TR-RESISCAN transfer note (Transfervermerk) is bound to the version it
-- describes: canonical JSON (model/scantransfernote.h) with the document's UUID and the
-- product's SHA-256, immutable like the version itself; `verify` checks it. The OCR result of a
-- searchable PDF is kept the same way: per page the mean confidence and whether it is low.
ALTER TABLE version ADD COLUMN transfer_note TEXT;
ALTER TABLE version ADD COLUMN ocr TEXT;

DROP TRIGGER version_is_immutable;
CREATE TRIGGER version_is_immutable BEFORE UPDATE ON version
WHEN NEW.id <> OLD.id OR NEW.document_id <> OLD.document_id OR NEW.sha256 <> OLD.sha256 OR NEW.size <> OLD.size
  OR NEW.mime_type <> OLD.mime_type OR NEW.file_name <> OLD.file_name OR NEW.author <> OLD.author
  OR NEW.created_at <> OLD.created_at OR NEW.comment <> OLD.comment
  OR NEW.base_version IS NOT OLD.base_version
  OR NEW.transfer_note IS NOT OLD.transfer_note OR NEW.ocr IS NOT OLD.ocr
  OR (NEW.origin <> OLD.origin AND NOT (OLD.origin IN ('edit', 'parallel') AND NEW.origin IN ('edit', 'parallel')))
  OR (NEW.parallel_to IS NOT OLD.parallel_to AND OLD.origin NOT IN ('edit', 'parallel'))
BEGIN
    SELECT RAISE(ABORT, 'versions are immutable');
END;
