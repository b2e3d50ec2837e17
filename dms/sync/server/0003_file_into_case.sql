-- Aktenwerk central repository, schema 3: filing a document from the intake (Posteingang) into a
-- case ("document.file").
--
-- A document in the intake carries the department of whoever imported it and no file. Filed, it
-- belongs to the case's file: its row and the rows of all its versions take the file's id, its
-- department and its confidentiality, so that the read policies (and the content, readable only
-- through a visible version) follow the file from then on — a confidential file's documents are
-- hidden from the administrator role alone, a shared file's documents are seen by the department
-- it is shared with. Versions stay immutable in everything else; clients cannot update them at
-- all (no UPDATE grant, no policy): only this SECURITY DEFINER function moves their access columns.

CREATE OR REPLACE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.id, NEW.document_id, NEW.number, NEW.sha256, NEW.size, NEW.mime_type, NEW.file_name, NEW.author,
            NEW.created_at, NEW.comment, NEW.origin)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.document_id, OLD.number, OLD.sha256, OLD.size, OLD.mime_type, OLD.file_name, OLD.author,
            OLD.created_at, OLD.comment, OLD.origin) THEN
        RETURN NEW; -- only where it is filed (file, department, confidentiality) changed
    END IF;
    RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;

-- Files the intake document p_document into the case p_case for the session user. Refused
-- (insufficient_privilege) when the user may not write the document or the case; refused
-- (check_violation) when the document is filed already, or the case or its file is closed.
CREATE FUNCTION aktenwerk.file_document(p_document uuid, p_case uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE
    d record;
    c record;
    f record;
BEGIN
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_document FOR UPDATE;
    IF NOT FOUND OR d.deleted OR NOT aktenwerk.may_write(d.department_code, d.confidentiality, session_user) THEN
        RAISE EXCEPTION 'the document % is not on the server, or you may not change it', p_document
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF d.case_id IS NOT NULL THEN
        IF d.case_id = p_case THEN
            RETURN (SELECT reference FROM aktenwerk.case_record WHERE id = p_case); -- filed there already
        END IF;
        RAISE EXCEPTION 'the document % is already filed in another case', p_document USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO c FROM aktenwerk.case_record WHERE id = p_case FOR SHARE;
    IF NOT FOUND OR c.deleted OR NOT aktenwerk.may_write(c.department_code, c.confidentiality, session_user) THEN
        RAISE EXCEPTION 'the case % is not on the server, or you may not file into it', p_case
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = c.file_id FOR SHARE;
    IF c.status <> 'open' OR f.status <> 'open' OR f.deleted THEN
        RAISE EXCEPTION 'the case % or its file is closed', c.reference USING ERRCODE = 'check_violation';
    END IF;
    UPDATE aktenwerk.document
        SET case_id = c.id, file_id = c.file_id, department_code = c.department_code,
            confidentiality = c.confidentiality, revision = revision + 1, modified_at = now(),
            modified_by = session_user
        WHERE id = p_document;
    UPDATE aktenwerk.version
        SET file_id = c.file_id, department_code = c.department_code, confidentiality = c.confidentiality,
            revision = revision + 1
        WHERE document_id = p_document;
    RETURN c.reference;
END $$;

REVOKE ALL ON FUNCTION aktenwerk.file_document(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aktenwerk.file_document(uuid, uuid) TO aktenwerk_user;
