-- Server schema 15: the hand-over to the archive (Aussonderung, xdomea 05xx), first part (issue 16):
-- a disposal process per xdomea ProzessID, the files in it and the messages exchanged. The
-- server decides what may be offered: closed files whose retention has ended, without a legal
-- hold, kept by the records officer who offers them, and in no other open process. The client
-- writes the message (0501) only once the server has recorded the offer, and names its container
-- in the process's history with its hash.

CREATE TABLE aktenwerk.disposal_process (
    id              uuid PRIMARY KEY,                 -- the xdomea ProzessID
    kind            text NOT NULL CHECK (kind IN ('four_stage', 'two_stage')),
    state           text NOT NULL,                    -- the last message: '0501', '0504', '0502', …; 'closed'
    created_by      text NOT NULL DEFAULT session_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revision        bigint NOT NULL DEFAULT 1,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user
);

CREATE TABLE aktenwerk.disposal_object (
    process_id      uuid NOT NULL REFERENCES aktenwerk.disposal_process(id),
    file_id         uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    appraisal       text CHECK (appraisal IN ('A', 'V')),    -- the archive's decision (0502), or the file's own (two-stage)
    appraisal_remark text NOT NULL DEFAULT '',
    archive_reference text,                                  -- from 0506
    imported        boolean,                                 -- 0506: taken over by the archive
    PRIMARY KEY (process_id, file_id)
);
CREATE INDEX ON aktenwerk.disposal_object (file_id);

CREATE TABLE aktenwerk.disposal_message (
    process_id      uuid NOT NULL REFERENCES aktenwerk.disposal_process(id),
    code            text NOT NULL,                    -- '0501' … '0507'
    direction       text NOT NULL CHECK (direction IN ('sent', 'received')),
    container       text NOT NULL DEFAULT '',         -- <ProzessID>_<Nachrichtenname>.zip
    sha256          text NOT NULL DEFAULT '',
    recorded_by     text NOT NULL DEFAULT session_user,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON aktenwerk.disposal_message (process_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['disposal_process', 'disposal_object', 'disposal_message']
    LOOP
        EXECUTE format('ALTER TABLE aktenwerk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON aktenwerk.%I TO aktenwerk_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
END $$;
-- A process and its messages: records officers, administrators and auditors (what was handed
-- over when says nothing of the content); its files: as the records officer keeps them.
CREATE POLICY records_read ON aktenwerk.disposal_process FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'administrator', 'auditor']);
CREATE POLICY records_read ON aktenwerk.disposal_message FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'administrator', 'auditor']);
CREATE POLICY records_read ON aktenwerk.disposal_object FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['auditor']
           OR ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer']
               AND (department_code = (SELECT aktenwerk.my_department())
                    OR department_code = ANY ((SELECT aktenwerk.my_records_for())::text[]))));
GRANT SELECT ON aktenwerk.disposal_process, aktenwerk.disposal_object, aktenwerk.disposal_message TO aktenwerk_user;

-- Why @p_file cannot be offered now, or NULL: for the refusal and for the disposal list.
CREATE FUNCTION aktenwerk.offer_obstacle(me aktenwerk.actor, p_file uuid) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    f aktenwerk.file_record;
    k aktenwerk.record_keeping;
BEGIN
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_file;
    IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF NOT aktenwerk.keeps_records(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    SELECT * INTO k FROM aktenwerk.record_keeping WHERE id = p_file;
    IF f.status <> 'closed' OR k.closed_on IS NULL THEN
        RETURN aktenwerk.refuse('not_closed', format('Die Akte %s ist nicht abgeschlossen (z.d.A.).', f.reference),
                                format('The file %s is not closed.', f.reference));
    END IF;
    IF k.retention_end IS NULL OR k.retention_end > current_date THEN
        RETURN aktenwerk.refuse('not_due',
                                format('Die Aufbewahrung der Akte %s endet %s.', f.reference,
                                       coalesce(to_char(k.retention_end, 'DD.MM.YYYY'), 'nie')),
                                format('The retention of file %s ends %s.', f.reference,
                                       coalesce(k.retention_end::text, 'never')));
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.legal_hold h WHERE h.file_id = p_file AND h.released_at IS NULL) THEN
        RETURN aktenwerk.refuse('on_hold', format('Für die Akte %s besteht eine Aussonderungssperre.', f.reference),
                                format('The file %s is under a legal hold.', f.reference));
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.disposal_object o JOIN aktenwerk.disposal_process p ON p.id = o.process_id
               WHERE o.file_id = p_file AND p.state <> 'closed') THEN
        RETURN aktenwerk.refuse('in_process', format('Die Akte %s ist schon in einer Aussonderung.', f.reference),
                                format('The file %s is in a disposal process already.', f.reference));
    END IF;
    RETURN NULL;
END $$;

-- The first of @p_files that @p_me may not hand over now (see offer_obstacle), or NULL: all
-- files in one statement.
CREATE FUNCTION aktenwerk.first_unofferable(me aktenwerk.actor, p_files uuid[]) RETURNS uuid
    LANGUAGE sql STABLE AS $$
    SELECT i.id
    FROM unnest(p_files) AS i(id)
    LEFT JOIN aktenwerk.file_record f ON f.id = i.id
    LEFT JOIN aktenwerk.record_keeping k ON k.id = i.id
    WHERE f.id IS NULL OR f.deleted
       OR NOT f.department_code = ANY (me.department || aktenwerk.my_records_for(me.login::name))
       OR f.status <> 'closed' OR k.closed_on IS NULL OR k.retention_end IS NULL OR k.retention_end > current_date
       OR EXISTS (SELECT 1 FROM aktenwerk.legal_hold h WHERE h.file_id = i.id AND h.released_at IS NULL)
       OR EXISTS (SELECT 1 FROM aktenwerk.disposal_object o JOIN aktenwerk.disposal_process p ON p.id = o.process_id
                  WHERE o.file_id = i.id AND p.state <> 'closed')
    LIMIT 1
$$;

-- The files of an offer or a direct transfer (args {files: [uuid, …]}) for a new process @p_id,
-- each one that @p_me may hand over now — all at once, in one statement (an offer of ten
-- thousand files is not ten thousand checks); the first that may not is asked for the exact
-- reason, which comes back as the refusal.
CREATE FUNCTION aktenwerk.handover_files(me aktenwerk.actor, p_id uuid, a jsonb,
                                         OUT files uuid[], OUT refusal aktenwerk.outcome)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_first_bad uuid;
BEGIN
    IF p_id IS NULL OR EXISTS (SELECT 1 FROM aktenwerk.disposal_process WHERE id = p_id) THEN
        refusal := aktenwerk.refuse_invalid('Die Aussonderung hat keine neue Prozess-ID.',
                                            'The disposal process has no new process id.');
        RETURN;
    END IF;
    IF jsonb_typeof(a->'files') IS DISTINCT FROM 'array' OR jsonb_array_length(a->'files') = 0 THEN
        refusal := aktenwerk.refuse_invalid('Keine Akten genannt.', 'No files named.');
        RETURN;
    END IF;
    SELECT array_agg(DISTINCT aktenwerk.to_uuid(x)) INTO files FROM jsonb_array_elements_text(a->'files') x;
    IF array_position(files, NULL) IS NOT NULL THEN
        refusal := aktenwerk.refuse_invalid('Eine Akte hat keine gültige Kennung.', 'A file has no valid id.');
        RETURN;
    END IF;
    v_first_bad := aktenwerk.first_unofferable(me, files);
    IF v_first_bad IS NOT NULL THEN
        refusal := coalesce(aktenwerk.offer_obstacle(me, v_first_bad), aktenwerk.refuse_missing('Die Akte', 'The file'));
    END IF;
END $$;

-- An offer (0501) of files to the archive (op type disposal_process, id the ProzessID):
-- {files: [uuid, …], container?, sha256?}. All or nothing: one file that may not be offered
-- refuses the offer, and says which.
CREATE FUNCTION aktenwerk.cmd_archive_offer(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    h record;
    v_files uuid[];
    v_departments text[];
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('Akten dem Archiv anzubieten', 'offer files to the archive');
    END IF;
    SELECT * INTO h FROM aktenwerk.handover_files(me, p_id, a);
    IF (h.refusal).code IS NOT NULL THEN
        RETURN h.refusal;
    END IF;
    v_files := h.files;
    INSERT INTO aktenwerk.disposal_process (id, kind, state) VALUES (p_id, 'four_stage', '0501');
    INSERT INTO aktenwerk.disposal_object (process_id, file_id, department_code, confidentiality)
        SELECT p_id, f.id, f.department_code, f.confidentiality FROM aktenwerk.file_record f WHERE f.id = ANY (v_files);
    SELECT array_agg(DISTINCT f.department_code ORDER BY f.department_code) INTO v_departments
        FROM aktenwerk.file_record f WHERE f.id = ANY (v_files);
    INSERT INTO aktenwerk.disposal_message (process_id, code, direction, container, sha256)
        VALUES (p_id, '0501', 'sent', coalesce(a->>'container', ''), coalesce(a->>'sha256', ''));
    RETURN aktenwerk.applied(jsonb_build_object('process', p_id, 'files', to_jsonb(v_files)),
                             'disposal_process', p_id::text, NULL, '003', NULL,
                             jsonb_build_object('action', 'offer', 'message', '0501', 'files', to_jsonb(v_files),
                                                'departments', to_jsonb(v_departments)));
END $$;

-- The process @p_id, locked, if @p_me keeps the records of a file in it; else no row.
CREATE FUNCTION aktenwerk.kept_process(me aktenwerk.actor, p_id uuid) RETURNS SETOF aktenwerk.disposal_process
    LANGUAGE sql AS $$
    SELECT p.* FROM aktenwerk.disposal_process p
    WHERE p.id = p_id AND EXISTS (SELECT 1 FROM aktenwerk.disposal_object o WHERE o.process_id = p.id
                                  AND aktenwerk.keeps_records(me, o.department_code))
    FOR UPDATE
$$;

-- A message from the archive, read and checked by the client (op type disposal_process, id the
-- ProzessID): {code: '0504'|'0502'|'0507'|'0506', container, sha256, appraisals?: [{id, decision:
-- 'A'|'V'}], imports?: [{id, ok, archive_reference}]}.
-- The server checks that it fits the process: a receipt or appraisal of an offer it knows, and
-- an appraisal only of files offered in it.
CREATE FUNCTION aktenwerk.cmd_archive_receive(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    p aktenwerk.disposal_process;
    v_code text := coalesce(a->>'code', '');
    v_item jsonb;
    v_file uuid;
    v_decision text;
    v_count integer := 0;
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('Nachrichten des Archivs einzulesen', 'read in the archive''s messages');
    END IF;
    SELECT * INTO p FROM aktenwerk.kept_process(me, p_id);
    IF NOT FOUND THEN
        RETURN aktenwerk.refuse_missing(format('Die Aussonderung %s', p_id), format('The disposal process %s', p_id));
    END IF;
    IF v_code NOT IN ('0504', '0502', '0507', '0506') THEN
        RETURN aktenwerk.refuse_invalid(format('Eine Nachricht %s wird hier nicht empfangen.', v_code),
                                        format('A message %s is not received here.', v_code));
    END IF;
    -- In the order of the standard: 0501 → 0504 → 0502 → 0505 → 0503 → 0507 → 0506 (the
    -- receipts may be skipped: an archive answers 0502 without 0504, or 0506 without 0507).
    IF (v_code = '0504' AND p.state <> '0501')
       OR (v_code = '0502' AND (p.kind <> 'four_stage' OR p.state NOT IN ('0501', '0504')))
       OR (v_code = '0507' AND p.state <> '0503')
       OR (v_code = '0506' AND p.state NOT IN ('0503', '0507')) THEN
        RETURN aktenwerk.refuse('out_of_order',
                                format('Die Nachricht %s passt nicht zum Stand der Aussonderung (zuletzt %s).', v_code, p.state),
                                format('The message %s does not fit the process (last %s).', v_code, p.state));
    END IF;
    IF v_code = '0502' THEN
        IF jsonb_typeof(a->'appraisals') IS DISTINCT FROM 'array' OR jsonb_array_length(a->'appraisals') = 0 THEN
            RETURN aktenwerk.refuse_invalid('Das Bewertungsverzeichnis bewertet nichts.', 'The appraisal appraises nothing.');
        END IF;
        FOR v_item IN SELECT * FROM jsonb_array_elements(a->'appraisals')
        LOOP
            v_file := aktenwerk.to_uuid(v_item->>'id');
            v_decision := upper(coalesce(v_item->>'decision', ''));
            IF v_decision NOT IN ('A', 'V') THEN
                RETURN aktenwerk.refuse_invalid(format('„%s“ ist keine Bewertung: A oder V.', v_item->>'decision'),
                                                format('"%s" is no appraisal: A or V.', v_item->>'decision'));
            END IF;
            UPDATE aktenwerk.disposal_object SET appraisal = v_decision
                WHERE process_id = p_id AND file_id = v_file;
            IF NOT FOUND THEN
                RETURN aktenwerk.refuse('not_offered',
                                        format('Das Archiv bewertet %s, das in dieser Aussonderung nicht angeboten wurde.',
                                               coalesce(v_item->>'id', '?')),
                                        format('The archive appraises %s, which was not offered in this process.',
                                               coalesce(v_item->>'id', '?')));
            END IF;
            v_count := v_count + 1;
        END LOOP;
    END IF;
    IF v_code = '0506' THEN
        IF jsonb_typeof(a->'imports') IS DISTINCT FROM 'array' OR jsonb_array_length(a->'imports') = 0 THEN
            RETURN aktenwerk.refuse_invalid('Die Importbestätigung bestätigt nichts.', 'The import confirmation confirms nothing.');
        END IF;
        FOR v_item IN SELECT * FROM jsonb_array_elements(a->'imports')
        LOOP
            v_file := aktenwerk.to_uuid(v_item->>'id');
            UPDATE aktenwerk.disposal_object
                SET imported = coalesce((v_item->>'ok')::boolean, false),
                    archive_reference = nullif(btrim(coalesce(v_item->>'archive_reference', '')), '')
                WHERE process_id = p_id AND file_id = v_file AND appraisal = 'A';
            IF NOT FOUND THEN
                RETURN aktenwerk.refuse('not_transferred',
                                        format('Das Archiv bestätigt %s, das in dieser Aussonderung nicht abgegeben wurde.',
                                               coalesce(v_item->>'id', '?')),
                                        format('The archive confirms %s, which was not transferred in this process.',
                                               coalesce(v_item->>'id', '?')));
            END IF;
            v_count := v_count + 1;
        END LOOP;
    END IF;
    UPDATE aktenwerk.disposal_process SET state = v_code, revision = revision + 1, modified_at = now(),
                                          modified_by = session_user
        WHERE id = p_id;
    INSERT INTO aktenwerk.disposal_message (process_id, code, direction, container, sha256)
        VALUES (p_id, v_code, 'received', coalesce(a->>'container', ''), coalesce(a->>'sha256', ''));
    RETURN aktenwerk.applied(jsonb_build_object('process', p_id, 'code', v_code, 'appraised', v_count),
                             'disposal_process', p_id::text, NULL, '003', NULL,
                             jsonb_build_object('action', 'receive', 'message', v_code, 'appraised', v_count,
                                                'appraisals', coalesce(a->'appraisals', '[]'),
                                                'imports', coalesce(a->'imports', '[]')));
END $$;

-- A confirmation the client sends (op type disposal_process, id the ProzessID): {code: '0505',
-- container, sha256} once the appraisal (0502) is in.
CREATE FUNCTION aktenwerk.cmd_archive_confirm(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    p aktenwerk.disposal_process;
    v_code text := coalesce(a->>'code', '');
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('dem Archiv zu antworten', 'answer the archive');
    END IF;
    SELECT * INTO p FROM aktenwerk.kept_process(me, p_id);
    IF NOT FOUND THEN
        RETURN aktenwerk.refuse_missing(format('Die Aussonderung %s', p_id), format('The disposal process %s', p_id));
    END IF;
    IF v_code <> '0505' THEN
        RETURN aktenwerk.refuse_invalid(format('Eine Bestätigung %s gibt es nicht.', v_code),
                                        format('There is no confirmation %s.', v_code));
    END IF;
    IF p.state <> '0502' THEN
        RETURN aktenwerk.refuse('out_of_order',
                                format('Die Bewertung ist erst zu bestätigen, wenn sie eingelesen ist (zuletzt %s).', p.state),
                                format('The appraisal is confirmed once it is read in (last %s).', p.state));
    END IF;
    UPDATE aktenwerk.disposal_process SET state = v_code, revision = revision + 1, modified_at = now(),
                                          modified_by = session_user
        WHERE id = p_id;
    INSERT INTO aktenwerk.disposal_message (process_id, code, direction, container, sha256)
        VALUES (p_id, v_code, 'sent', coalesce(a->>'container', ''), coalesce(a->>'sha256', ''));
    RETURN aktenwerk.applied(jsonb_build_object('process', p_id, 'code', v_code), 'disposal_process', p_id::text,
                             NULL, '003', NULL, jsonb_build_object('action', 'confirm', 'message', v_code));
END $$;

-- The transfer (0503) the client sends (op type disposal_process, id the ProzessID): {files: [uuid, …],
-- container, sha256}. Exactly the files the archive appraised A, once the appraisal is confirmed.
CREATE FUNCTION aktenwerk.cmd_archive_transfer(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    p aktenwerk.disposal_process;
    v_sent uuid[];
    v_appraised uuid[];
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('Akten an das Archiv abzugeben', 'transfer files to the archive');
    END IF;
    SELECT * INTO p FROM aktenwerk.kept_process(me, p_id);
    IF NOT FOUND THEN
        RETURN aktenwerk.refuse_missing(format('Die Aussonderung %s', p_id), format('The disposal process %s', p_id));
    END IF;
    IF p.state <> '0505' THEN
        RETURN aktenwerk.refuse('out_of_order',
                                format('Abgegeben wird nach der bestätigten Bewertung (zuletzt %s).', p.state),
                                format('The transfer follows the confirmed appraisal (last %s).', p.state));
    END IF;
    SELECT coalesce(array_agg(DISTINCT aktenwerk.to_uuid(x) ORDER BY aktenwerk.to_uuid(x)), '{}') INTO v_sent
        FROM jsonb_array_elements_text(coalesce(a->'files', '[]')) x;
    SELECT coalesce(array_agg(file_id ORDER BY file_id), '{}') INTO v_appraised
        FROM aktenwerk.disposal_object WHERE process_id = p_id AND appraisal = 'A';
    IF v_sent IS DISTINCT FROM v_appraised OR cardinality(v_sent) = 0 THEN
        RETURN aktenwerk.refuse('not_appraised',
                                'Die Abgabe enthält nicht genau die Akten, die das Archiv als archivwürdig bewertet hat.',
                                'The transfer does not hold exactly the files the archive appraised as worth keeping.');
    END IF;
    UPDATE aktenwerk.disposal_process SET state = '0503', revision = revision + 1, modified_at = now(),
                                          modified_by = session_user
        WHERE id = p_id;
    INSERT INTO aktenwerk.disposal_message (process_id, code, direction, container, sha256)
        VALUES (p_id, '0503', 'sent', coalesce(a->>'container', ''), coalesce(a->>'sha256', ''));
    RETURN aktenwerk.applied(jsonb_build_object('process', p_id, 'code', '0503', 'files', to_jsonb(v_sent)),
                             'disposal_process', p_id::text, NULL, '003', NULL,
                             jsonb_build_object('action', 'transfer', 'message', '0503', 'files', to_jsonb(v_sent),
                                                'sha256', coalesce(a->>'sha256', '')));
END $$;

-- The two-stage route (op type disposal_process, id a new ProzessID): {files, container, sha256}.
-- Files whose disposal type (their own or the plan's) already says A go to the archive with the
-- transfer (0503) at once — with the same conditions as an offer.
CREATE FUNCTION aktenwerk.cmd_archive_transfer_direct(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    h record;
    v_files uuid[];
    v_not_a text;
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('Akten an das Archiv abzugeben', 'transfer files to the archive');
    END IF;
    SELECT * INTO h FROM aktenwerk.handover_files(me, p_id, a);
    IF (h.refusal).code IS NOT NULL THEN
        RETURN h.refusal;
    END IF;
    v_files := h.files;
    SELECT f.reference INTO v_not_a FROM aktenwerk.file_record f JOIN aktenwerk.plan_unit u ON u.id = f.plan_unit_id
        LEFT JOIN aktenwerk.record_keeping k ON k.id = f.id
        WHERE f.id = ANY (v_files) AND coalesce(k.disposal_type, u.disposal_type) <> 'A' LIMIT 1;
    IF v_not_a IS NOT NULL THEN
        RETURN aktenwerk.refuse('not_archival',
                                format('Die Akte %s ist nicht als archivwürdig (A) eingestuft: Sie wird dem Archiv angeboten.', v_not_a),
                                format('The file %s is not classed as worth keeping (A): offer it to the archive.', v_not_a));
    END IF;
    INSERT INTO aktenwerk.disposal_process (id, kind, state) VALUES (p_id, 'two_stage', '0503');
    INSERT INTO aktenwerk.disposal_object (process_id, file_id, department_code, confidentiality, appraisal)
        SELECT p_id, f.id, f.department_code, f.confidentiality, 'A' FROM aktenwerk.file_record f WHERE f.id = ANY (v_files);
    INSERT INTO aktenwerk.disposal_message (process_id, code, direction, container, sha256)
        VALUES (p_id, '0503', 'sent', coalesce(a->>'container', ''), coalesce(a->>'sha256', ''));
    RETURN aktenwerk.applied(jsonb_build_object('process', p_id, 'code', '0503', 'files', to_jsonb(v_files)),
                             'disposal_process', p_id::text, NULL, '003', NULL,
                             jsonb_build_object('action', 'transfer', 'message', '0503', 'two_stage', true,
                                                'files', to_jsonb(v_files), 'sha256', coalesce(a->>'sha256', '')));
END $$;

-- --- the one way in knows it ---------------------------------------------------------------------

DO $$
DECLARE
    def text := pg_get_functiondef('aktenwerk.submit(jsonb)'::regprocedure);
    anchor constant text := E'            WHEN ''legal_hold.set'' THEN aktenwerk.cmd_legal_hold(me, id, op.args, recorded)\n';
    added constant text := E'            WHEN ''archive.offer'' THEN aktenwerk.cmd_archive_offer(me, id, op.args, recorded)\n'
        || E'            WHEN ''archive.receive'' THEN aktenwerk.cmd_archive_receive(me, id, op.args, recorded)\n'
        || E'            WHEN ''archive.confirm'' THEN aktenwerk.cmd_archive_confirm(me, id, op.args, recorded)\n'
        || E'            WHEN ''archive.transfer'' THEN aktenwerk.cmd_archive_transfer(me, id, op.args, recorded)\n'
        || E'            WHEN ''archive.transfer_direct'' THEN aktenwerk.cmd_archive_transfer_direct(me, id, op.args, recorded)\n';
BEGIN
    IF position(anchor IN def) = 0 THEN
        RAISE EXCEPTION 'submit() is not as schema 14 left it; cannot add the archive hand-over';
    END IF;
    EXECUTE replace(def, anchor, anchor || added);
END $$;

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'aktenwerk'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
