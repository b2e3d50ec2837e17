-- Aktenwerk central repository, schema 11: documents numbered in their case (issue 14).
--
-- A document filed in a case gets the case's next running number, and with it a reference people
-- can say and type: the case's reference, "/", the number ("63.01.02-0001/2026-002/3"). The server
-- hands the numbers out — a trigger on every insert into a case and every move to another one, so
-- no command can forget it — from reference_counter ("document:<case id>"), never the same number
-- twice in a case (a document moved away keeps its gap). Clients number provisionally until the
-- row comes back with this number.

ALTER TABLE aktenwerk.document ADD COLUMN number integer;

CREATE FUNCTION aktenwerk.number_document() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
BEGIN
    IF NEW.case_id IS NULL THEN
        NEW.number := NULL;
    ELSIF TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id THEN
        INSERT INTO aktenwerk.reference_counter AS c (scope, last_value) VALUES ('document:' || NEW.case_id, 1)
            ON CONFLICT (scope) DO UPDATE SET last_value = c.last_value + 1
            RETURNING last_value INTO NEW.number;
    ELSE
        NEW.number := OLD.number; -- a number once given stays
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION aktenwerk.number_document() FROM PUBLIC;

-- The documents there are: numbered in the order they were filed (then by id, for a stable order).
UPDATE aktenwerk.document d SET number = r.n
    FROM (SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_at, id) AS n
          FROM aktenwerk.document WHERE case_id IS NOT NULL) r
    WHERE d.id = r.id;
INSERT INTO aktenwerk.reference_counter AS c (scope, last_value)
    SELECT 'document:' || case_id, max(number) FROM aktenwerk.document WHERE case_id IS NOT NULL GROUP BY case_id
    ON CONFLICT (scope) DO UPDATE SET last_value = greatest(c.last_value, excluded.last_value);

CREATE TRIGGER number_document BEFORE INSERT OR UPDATE ON aktenwerk.document
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.number_document();
CREATE UNIQUE INDEX document_case_number ON aktenwerk.document (case_id, number) WHERE case_id IS NOT NULL;

-- cmd_version_add had a variable "number" (the new version's) and updates aktenwerk.document, which
-- now has a column of that name: the same function, its variable renamed.
CREATE OR REPLACE FUNCTION aktenwerk.cmd_version_add(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                          p_checkin boolean)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    d aktenwerk.document;
    s record;
    refusal aktenwerk.outcome;
    base_id uuid := aktenwerk.to_uuid(a->>'base_version_id');
    base integer := 0;
    current_id uuid;
    other_lock boolean;
    new_number integer;
    origin text := a->>'origin';
    parallel_to integer := 0;
    version_id uuid := coalesce(aktenwerk.to_uuid(a->>'version_id'), gen_random_uuid());
    revived jsonb := '[]';
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Versionen hinzuzufügen', 'add versions');
    END IF;
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, d.department_code, d.confidentiality, d.file_id) THEN
        RETURN aktenwerk.refuse_missing('Das Dokument', 'The document');
    END IF;
    IF NOT aktenwerk.can_write(me, d.department_code) THEN
        RETURN aktenwerk.refuse_department(d.department_code);
    END IF;
    SELECT * INTO s FROM aktenwerk.document_state(p_id);
    IF s.closed THEN
        RETURN aktenwerk.refuse_closed(format('Das Dokument „%s“ oder seine Akte', d.title));
    END IF;
    refusal := aktenwerk.version_args_refusal(me, a);
    IF refusal.code IS NOT NULL THEN
        RETURN refusal;
    END IF;
    -- A version made offline of a document deleted meanwhile: the version is kept, the document returns.
    IF aktenwerk.revive('document', p_id) THEN
        revived := revived || to_jsonb(p_id);
    END IF;
    IF aktenwerk.revive('case_record', d.case_id) THEN
        revived := revived || to_jsonb(d.case_id);
    END IF;
    IF aktenwerk.revive('file_record', d.file_id) THEN
        revived := revived || to_jsonb(d.file_id);
    END IF;
    SELECT v.id INTO current_id FROM aktenwerk.version v WHERE v.document_id = p_id AND v.number = d.current_version;
    SELECT EXISTS (SELECT 1 FROM aktenwerk.document_lock l WHERE l.document_id = p_id AND l.owner <> session_user
                                                              AND l.expires > now())
        INTO other_lock;
    IF base_id IS NOT NULL THEN
        SELECT v.number INTO base FROM aktenwerk.version v WHERE v.id = base_id AND v.document_id = p_id;
        base := coalesce(base, 0);
    END IF;
    SELECT coalesce(max(v.number), 0) + 1 INTO new_number FROM aktenwerk.version v WHERE v.document_id = p_id;
    IF base > 0 AND (current_id IS DISTINCT FROM base_id OR (other_lock AND p_checkin)) THEN
        parallel_to := base;
        origin := 'parallel';
    ELSIF origin = 'parallel' THEN
        origin := 'edit'; -- parallel here, but not on the server
    END IF;
    INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, file_name, author, created_at,
                                   comment, origin, department_code, confidentiality, file_id, base_version,
                                   parallel_to, transfer_note, ocr, recorded_at)
        VALUES (version_id, p_id, new_number, a->>'sha256', (a->>'size')::bigint,
                coalesce(nullif(a->>'mime_type', ''), 'application/octet-stream'), coalesce(a->>'file_name', ''),
                session_user, now(), coalesce(a->>'comment', ''), origin, d.department_code, d.confidentiality,
                d.file_id, nullif(base, 0), nullif(parallel_to, 0), nullif(a->>'transfer_note', ''),
                nullif(a->>'ocr', ''), p_recorded);
    IF p_checkin THEN
        PERFORM aktenwerk.release_document_lock(p_id);
    END IF;
    UPDATE aktenwerk.document SET current_version = new_number, revision = revision + 1, modified_at = now(),
                                  modified_by = session_user
        WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('number', new_number, 'parallel_to', parallel_to, 'version_id', version_id),
                             'document', p_id::text, d.department_code, d.confidentiality, d.file_id,
                             CASE WHEN jsonb_array_length(revived) > 0 THEN jsonb_build_object('revived', revived) END);
END $$;
