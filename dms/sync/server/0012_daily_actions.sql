-- Aktenwerk central repository, schema 12: the clerk's daily actions decided by the server
-- (issue 14): bringing back what was deleted, moving a document to another case and a case to
-- another file, and shares of a file with another department that can end or be revoked.
--
-- - entity.restore: a deleted document, case or file comes back (with a reason, audited), when
--   what holds it is there and open.
-- - document.move: a filed document goes to another case of the mover's department; the number
--   trigger (schema 11) gives it the next number there.
-- - case.move: a case goes to another file of the department; it gets the next number in that
--   file and a new reference, the old one is kept as former_reference (search and "show" find it).
--   Its documents and their versions follow (file, department, confidentiality).
-- - file.share takes an end ("until"), file.unshare ends a share at once. A share whose end has
--   passed grants nothing: the read rule (policies, can_read, audit events) checks the end.
--   file_record.shares mirrors the file's shares for the clients (pulled with the file), the
--   share table stays what the rules read.

ALTER TABLE aktenwerk.file_share ADD COLUMN until timestamptz;
ALTER TABLE aktenwerk.file_record ADD COLUMN shares jsonb NOT NULL DEFAULT '[]';

-- --- the read rule with the share's end ---------------------------------------------------------

CREATE OR REPLACE FUNCTION aktenwerk.can_read(me aktenwerk.actor, p_department text, p_level text, p_file uuid)
    RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT me.roles && ARRAY['auditor']
        OR ((p_level NOT IN ('001', '004', '005') OR aktenwerk.working(me))
            AND (p_department = me.department
                 OR (p_file IS NOT NULL AND EXISTS (SELECT 1 FROM aktenwerk.file_share s
                                                    WHERE s.file_id = p_file AND s.department_code = me.department
                                                      AND (s.until IS NULL OR s.until > now())))))
$$;

DO $$
DECLARE
    t text;
    readable text;
BEGIN
    FOREACH t IN ARRAY ARRAY['file_record', 'sub_file', 'case_record', 'document', 'version', 'conflict']
    LOOP
        readable := format('(confidentiality NOT IN (''001'', ''004'', ''005'') OR (SELECT aktenwerk.my_roles()) '
                           '&& ARRAY[''clerk'', ''team_lead'', ''records_officer'']) '
                           'AND (department_code = (SELECT aktenwerk.my_department()) '
                           'OR EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = %I.%I '
                           'AND s.department_code = (SELECT aktenwerk.my_department()) '
                           'AND (s.until IS NULL OR s.until > now())))',
                           t, CASE WHEN t = 'file_record' THEN 'id' ELSE 'file_id' END);
        EXECUTE format('ALTER POLICY %I ON aktenwerk.%I USING (%s)',
                       CASE WHEN t = 'file_record' THEN 'file_read' ELSE 'row_read' END, t, readable);
    END LOOP;
END $$;

ALTER POLICY event_read ON aktenwerk.audit_event USING (
    login = session_user
    OR (department_code IS NOT NULL
        AND (confidentiality NOT IN ('001', '004', '005')
             OR (SELECT aktenwerk.my_roles()) && ARRAY['clerk', 'team_lead', 'records_officer'])
        AND (department_code = (SELECT aktenwerk.my_department())
             OR EXISTS (SELECT 1 FROM aktenwerk.file_share s
                        WHERE s.file_id = audit_event.file_id AND s.department_code = (SELECT aktenwerk.my_department())
                          AND (s.until IS NULL OR s.until > now())))));

-- --- shares ---------------------------------------------------------------------------------------

-- The file's shares as the clients see them, written with every change of a share.
CREATE FUNCTION aktenwerk.mirror_shares(p_file uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE aktenwerk.file_record
        SET shares = coalesce((SELECT jsonb_agg(jsonb_build_object('department', s.department_code,
                                                                   'until', s.until, 'by', s.granted_by,
                                                                   'at', s.granted_at)
                                                ORDER BY s.department_code)
                               FROM aktenwerk.file_share s WHERE s.file_id = p_file), '[]'),
            revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_file
$$;
UPDATE aktenwerk.file_record f SET shares = (SELECT jsonb_agg(jsonb_build_object('department', s.department_code,
                                                                               'until', s.until, 'by', s.granted_by,
                                                                               'at', s.granted_at)
                                                            ORDER BY s.department_code)
                                             FROM aktenwerk.file_share s WHERE s.file_id = f.id)
    WHERE EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = f.id);

-- Who may share or revoke, and the file and department it is about; NULL verdict: go ahead.
CREATE FUNCTION aktenwerk.share_verdict(me aktenwerk.actor, p_id uuid, p_target text, OUT verdict aktenwerk.outcome,
                                        OUT f aktenwerk.file_record)
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT aktenwerk.working(me) THEN
        verdict := aktenwerk.refuse_role('Akten freizugeben', 'share files');
        RETURN;
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record r WHERE r.id = p_id FOR UPDATE;
    IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        verdict := aktenwerk.refuse_missing('Die Akte', 'The file');
    ELSIF NOT aktenwerk.can_write(me, f.department_code) THEN
        verdict := aktenwerk.refuse_department(f.department_code);
    ELSIF NOT EXISTS (SELECT 1 FROM aktenwerk.department WHERE code = p_target AND NOT deleted) THEN
        verdict := aktenwerk.refuse_missing(format('Der Fachbereich %s', p_target), format('The department %s', p_target));
    ELSIF p_target = f.department_code THEN
        verdict := aktenwerk.refuse_invalid(format('Die Akte gehört schon dem Fachbereich %s.', p_target),
                                            format('The file already belongs to department %s.', p_target));
    END IF;
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.cmd_file_share(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    target text := btrim(coalesce(a->>'department', ''));
    v record;
    ends timestamptz;
BEGIN
    SELECT * INTO v FROM aktenwerk.share_verdict(me, p_id, target);
    IF (v.verdict).ok IS NOT NULL THEN
        RETURN v.verdict;
    END IF;
    IF coalesce(a->>'until', '') <> '' THEN
        BEGIN
            ends := (a->>'until')::timestamptz;
        EXCEPTION WHEN others THEN
            RETURN aktenwerk.refuse_invalid('Das Ende der Freigabe ist kein Datum.', 'The end of the share is not a date.');
        END;
        IF ends <= now() THEN
            RETURN aktenwerk.refuse_invalid('Das Ende der Freigabe liegt in der Vergangenheit.',
                                            'The end of the share has passed already.');
        END IF;
    END IF;
    INSERT INTO aktenwerk.file_share (file_id, department_code, until) VALUES (p_id, target, ends)
        ON CONFLICT (file_id, department_code) DO UPDATE
            SET until = excluded.until, granted_by = session_user, granted_at = now();
    -- The file is stamped, so that the other department's clients receive it with their next pull.
    PERFORM aktenwerk.mirror_shares(p_id);
    RETURN aktenwerk.applied(jsonb_build_object('department', target, 'until', ends), 'file', p_id::text,
                             (v.f).department_code, (v.f).confidentiality, p_id);
END $$;

CREATE FUNCTION aktenwerk.cmd_file_unshare(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    target text := btrim(coalesce(a->>'department', ''));
    v record;
BEGIN
    SELECT * INTO v FROM aktenwerk.share_verdict(me, p_id, target);
    IF (v.verdict).ok IS NOT NULL THEN
        RETURN v.verdict;
    END IF;
    DELETE FROM aktenwerk.file_share WHERE file_id = p_id AND department_code = target;
    IF NOT FOUND THEN
        RETURN aktenwerk.applied(jsonb_build_object('department', target), 'file', p_id::text, (v.f).department_code,
                                 (v.f).confidentiality, p_id); -- not shared (any more): nothing to end
    END IF;
    PERFORM aktenwerk.mirror_shares(p_id);
    RETURN aktenwerk.applied(jsonb_build_object('department', target), 'file', p_id::text, (v.f).department_code,
                             (v.f).confidentiality, p_id);
END $$;

-- --- restore ------------------------------------------------------------------------------------

CREATE FUNCTION aktenwerk.cmd_entity_restore(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                             p_type text)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    tbl text := aktenwerk.entity_table(p_type);
    s record;
    holder_deleted boolean := false;
BEGIN
    IF tbl IS NULL OR tbl NOT IN ('document', 'case_record', 'file_record') THEN
        RETURN aktenwerk.refuse_invalid('Das kann nicht wiederhergestellt werden.', 'This cannot be restored.');
    END IF;
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Gelöschtes wiederherzustellen', 'restore what was deleted');
    END IF;
    IF btrim(coalesce(a->>'reason', '')) = '' THEN
        RETURN aktenwerk.refuse_invalid('Eine Wiederherstellung braucht einen Grund.', 'A restore needs a reason.');
    END IF;
    SELECT * INTO s FROM aktenwerk.entity_state(p_type, p_id);
    IF NOT s.present OR NOT aktenwerk.can_read(me, s.department_code, s.confidentiality, s.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Eintrag', 'The record');
    END IF;
    IF NOT aktenwerk.can_write(me, s.department_code) THEN
        RETURN aktenwerk.refuse_department(s.department_code);
    END IF;
    IF s.closed THEN
        RETURN aktenwerk.refuse_closed(s.label);
    END IF;
    IF p_type = 'document' THEN
        SELECT coalesce(c.deleted, false) OR coalesce(f.deleted, false) INTO holder_deleted
            FROM aktenwerk.document d LEFT JOIN aktenwerk.case_record c ON c.id = d.case_id
            LEFT JOIN aktenwerk.file_record f ON f.id = d.file_id WHERE d.id = p_id;
    ELSIF p_type = 'case' THEN
        SELECT f.deleted INTO holder_deleted FROM aktenwerk.case_record c JOIN aktenwerk.file_record f ON f.id = c.file_id
            WHERE c.id = p_id;
    END IF;
    IF holder_deleted THEN
        RETURN aktenwerk.refuse('holder_deleted',
                                format('Was %s enthält, ist gelöscht: stellen Sie zuerst das wieder her.', s.label),
                                format('What holds %s is deleted: restore that first.', s.label));
    END IF;
    IF s.deleted THEN -- restoring twice changes nothing
        PERFORM aktenwerk.revive(tbl, p_id);
    END IF;
    RETURN aktenwerk.applied('{}', p_type, p_id::text, s.department_code, s.confidentiality, s.file_id);
END $$;

-- --- moves --------------------------------------------------------------------------------------

CREATE FUNCTION aktenwerk.cmd_document_move(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    s record;
    c aktenwerk.case_record;
    f aktenwerk.file_record;
    moved integer;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Dokumente zu verschieben', 'move documents');
    END IF;
    SELECT * INTO s FROM aktenwerk.document_state(p_id);
    IF NOT coalesce(s.present, false) OR s.deleted
       OR NOT aktenwerk.can_read(me, s.department_code, s.confidentiality, s.file_id) THEN
        RETURN aktenwerk.refuse_missing('Das Dokument', 'The document');
    END IF;
    IF NOT aktenwerk.can_write(me, s.department_code) THEN
        RETURN aktenwerk.refuse_department(s.department_code);
    END IF;
    IF s.case_id IS NULL THEN
        RETURN aktenwerk.refuse('not_filed', 'Das Dokument liegt im Posteingang: legen Sie es in einem Vorgang ab.',
                                'The document is in the intake: file it into a case.');
    END IF;
    IF s.closed THEN
        RETURN aktenwerk.refuse_closed(format('Das Dokument „%s“ oder sein Vorgang', s.title));
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.document_lock l WHERE l.document_id = p_id AND l.owner IS NOT NULL
                                                        AND l.expires > now()) THEN
        RETURN aktenwerk.refuse('checked_out', 'Das Dokument ist ausgecheckt: checken Sie es zuerst ein.',
                                'The document is checked out: check it in first.');
    END IF;
    SELECT * INTO c FROM aktenwerk.case_record WHERE id = aktenwerk.to_uuid(a->>'case_id') FOR SHARE;
    IF NOT FOUND OR c.deleted OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
    END IF;
    IF NOT aktenwerk.can_write(me, c.department_code) THEN
        RETURN aktenwerk.refuse_department(c.department_code);
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = c.file_id FOR SHARE;
    IF c.status <> 'open' OR f.status <> 'open' OR f.deleted THEN
        RETURN aktenwerk.refuse_closed(format('Der Vorgang %s', c.reference));
    END IF;
    IF s.case_id <> c.id THEN
        UPDATE aktenwerk.document
            SET case_id = c.id, file_id = c.file_id, department_code = c.department_code,
                confidentiality = c.confidentiality, revision = revision + 1, modified_at = now(),
                modified_by = session_user
            WHERE id = p_id;
        UPDATE aktenwerk.version
            SET file_id = c.file_id, department_code = c.department_code, confidentiality = c.confidentiality,
                revision = revision + 1
            WHERE document_id = p_id;
        UPDATE aktenwerk.conflict SET file_id = c.file_id, department_code = c.department_code,
                                      confidentiality = c.confidentiality, revision = revision + 1
            WHERE entity_id = p_id;
    END IF;
    SELECT number_in_case INTO moved FROM aktenwerk.document WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('case_reference', c.reference, 'number', moved), 'document', p_id::text,
                             c.department_code, c.confidentiality, c.file_id,
                             jsonb_build_object('from_file', s.file_id));
END $$;

CREATE FUNCTION aktenwerk.cmd_case_move(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    c aktenwerk.case_record;
    source aktenwerk.file_record;
    f aktenwerk.file_record;
    v_number integer;
    v_reference text;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Vorgänge zu verschieben', 'move cases');
    END IF;
    SELECT * INTO c FROM aktenwerk.case_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR c.deleted OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
    END IF;
    IF NOT aktenwerk.can_write(me, c.department_code) THEN
        RETURN aktenwerk.refuse_department(c.department_code);
    END IF;
    SELECT * INTO source FROM aktenwerk.file_record WHERE id = c.file_id;
    IF c.status <> 'open' OR source.status <> 'open' THEN
        RETURN aktenwerk.refuse_closed(format('Der Vorgang %s', c.reference));
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = aktenwerk.to_uuid(a->>'file_id') FOR UPDATE;
    IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF NOT aktenwerk.can_write(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF f.status <> 'open' THEN
        RETURN aktenwerk.refuse_closed(format('Die Akte %s', f.reference));
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.document d JOIN aktenwerk.document_lock l ON l.document_id = d.id
               WHERE d.case_id = p_id AND NOT d.deleted AND l.owner IS NOT NULL AND l.expires > now()) THEN
        RETURN aktenwerk.refuse('checked_out', 'Ein Dokument des Vorgangs ist ausgecheckt: checken Sie es zuerst ein.',
                                'A document of the case is checked out: check it in first.');
    END IF;
    IF c.file_id = f.id THEN
        RETURN aktenwerk.applied(jsonb_build_object('reference', c.reference, 'number', c.number), 'case', p_id::text,
                                 c.department_code, c.confidentiality, c.file_id);
    END IF;
    SELECT coalesce(max(x.number), 0) + 1 INTO v_number FROM aktenwerk.case_record x WHERE x.file_id = f.id;
    v_reference := aktenwerk.case_reference(f.reference, v_number);
    UPDATE aktenwerk.case_record
        SET file_id = f.id, sub_file_id = NULL, number = v_number, reference = v_reference,
            former_reference = c.reference, department_code = f.department_code, confidentiality = f.confidentiality,
            revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    UPDATE aktenwerk.document
        SET file_id = f.id, department_code = f.department_code, confidentiality = f.confidentiality,
            revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE case_id = p_id;
    UPDATE aktenwerk.version v
        SET file_id = f.id, department_code = f.department_code, confidentiality = f.confidentiality,
            revision = v.revision + 1
        FROM aktenwerk.document d WHERE d.case_id = p_id AND v.document_id = d.id;
    UPDATE aktenwerk.conflict x SET file_id = f.id, department_code = f.department_code,
                                    confidentiality = f.confidentiality, revision = x.revision + 1
        WHERE x.entity_id = p_id OR x.entity_id IN (SELECT d.id FROM aktenwerk.document d WHERE d.case_id = p_id);
    RETURN aktenwerk.applied(jsonb_build_object('reference', v_reference, 'number', v_number,
                                                'former_reference', c.reference),
                             'case', p_id::text, f.department_code, f.confidentiality, f.id,
                             jsonb_build_object('from_file', c.file_id));
END $$;

-- --- the one way in knows them ----------------------------------------------------------------------

DO $$
DECLARE
    def text := pg_get_functiondef('aktenwerk.submit(jsonb)'::regprocedure);
    anchor constant text := E'WHEN ''file.share'' THEN aktenwerk.cmd_file_share(me, id, op.args, recorded)\n';
    added constant text := E'            WHEN ''file.unshare'' THEN aktenwerk.cmd_file_unshare(me, id, op.args, recorded)\n'
        || E'            WHEN ''entity.restore'' THEN aktenwerk.cmd_entity_restore(me, id, op.args, recorded, op.type)\n'
        || E'            WHEN ''document.move'' THEN aktenwerk.cmd_document_move(me, id, op.args, recorded)\n'
        || E'            WHEN ''case.move'' THEN aktenwerk.cmd_case_move(me, id, op.args, recorded)\n';
BEGIN
    IF position(anchor IN def) = 0 THEN
        RAISE EXCEPTION 'submit() is not as schema 7 left it; cannot add the daily actions';
    END IF;
    EXECUTE replace(def, anchor, anchor || added);
END $$;
