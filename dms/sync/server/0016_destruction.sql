-- Server schema 16: destruction (issue 16, Vernichtung). The one place where rows and content are
-- physically removed. A records officer proposes files whose retention has ended, that no hold
-- stops, and that the archive does not want (appraised V in a confirmed appraisal, or classed V
-- and never offered) or has taken over (a positive import confirmation 0506); a second records
-- officer approves — never the one who proposed (four eyes, decided here). The approval checks
-- every condition again, and in the same transaction writes a deletion record per file (kept
-- for good, audited), removes the file with everything in it — content only where no surviving
-- version holds the same hash — and leaves a row in the removal feed that clients pull to remove
-- their copies (index rows, content, search entries, working copies).

-- A disposal process keeps its objects' history after their files are gone.
ALTER TABLE aktenwerk.disposal_object DROP CONSTRAINT disposal_object_file_id_fkey;
ALTER TABLE aktenwerk.disposal_object ADD COLUMN reference text;
ALTER TABLE aktenwerk.disposal_object ADD COLUMN destroyed boolean NOT NULL DEFAULT false;

CREATE TABLE aktenwerk.destruction_proposal (
    id              uuid PRIMARY KEY,
    state           text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'rejected')),
    process_id      uuid,                              -- proposed for a disposal process, else NULL
    reason          text NOT NULL DEFAULT '',
    proposed_by     text NOT NULL DEFAULT session_user,
    proposed_at     timestamptz NOT NULL DEFAULT now(),
    decided_by      text,
    decided_at      timestamptz,
    decision_remark text NOT NULL DEFAULT '',
    decided_xid     xid8                               -- the approving transaction (see being_destroyed)
);

CREATE TABLE aktenwerk.destruction_object (
    proposal_id     uuid NOT NULL REFERENCES aktenwerk.destruction_proposal(id),
    file_id         uuid NOT NULL,
    reference       text NOT NULL,
    title           text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    decision        text NOT NULL CHECK (decision IN ('V', 'A')), -- V: not archived; A: taken over by the archive
    process_id      uuid,
    archive_reference text,
    PRIMARY KEY (proposal_id, file_id)
);
CREATE INDEX ON aktenwerk.destruction_object (file_id);

-- What is left of a destroyed file: enough to say what it was, why it could go, who decided.
CREATE TABLE aktenwerk.deletion_record (
    id              uuid PRIMARY KEY,
    proposal_id     uuid NOT NULL REFERENCES aktenwerk.destruction_proposal(id),
    object_type     text NOT NULL DEFAULT 'file',
    object_id       uuid NOT NULL,
    reference       text NOT NULL,
    title           text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    plan_code       text NOT NULL,
    runtime_from    date,
    runtime_to      date,
    retention       text NOT NULL,                     -- years, as the plan or the file said
    retention_end   date,
    legal_basis     text NOT NULL,
    decision        text NOT NULL,                     -- V or A
    process_id      uuid,
    archive_reference text,
    cases           integer NOT NULL,
    documents       integer NOT NULL,
    versions        integer NOT NULL,
    content_hashes  text[] NOT NULL,                   -- every version's content
    content_removed text[] NOT NULL,                   -- of those, what no surviving version held
    proposed_by     text NOT NULL,
    proposed_at     timestamptz NOT NULL,
    approved_by     text NOT NULL,
    approved_at     timestamptz NOT NULL
);
CREATE INDEX ON aktenwerk.deletion_record (object_id);

-- The removal feed: one row per destroyed file, for the clients that may hold it (its
-- department, the departments it was shared with, records officers keeping those).
CREATE TABLE aktenwerk.removal (
    id              uuid PRIMARY KEY,                  -- the deletion record
    file_id         uuid NOT NULL,
    readers         text[] NOT NULL,
    removed_at      timestamptz NOT NULL DEFAULT now(),
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE INDEX ON aktenwerk.removal (xid, change_seq);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.removal FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER notify AFTER INSERT ON aktenwerk.removal FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();

-- Records stay as they were written, for everybody, the owner included.
CREATE FUNCTION aktenwerk.record_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'destruction_proposal' AND TG_OP = 'UPDATE' THEN
        IF OLD.state = 'proposed' THEN
            RETURN NEW; -- the decision on it
        END IF;
    END IF;
    RAISE EXCEPTION '% rows are kept as written', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['destruction_proposal', 'destruction_object', 'deletion_record', 'removal']
    LOOP
        EXECUTE format('CREATE TRIGGER kept BEFORE UPDATE OR DELETE ON aktenwerk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION aktenwerk.record_is_kept()', t);
        EXECUTE format('CREATE TRIGGER kept_whole BEFORE TRUNCATE ON aktenwerk.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.record_is_kept()', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON aktenwerk.%I TO aktenwerk_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
END $$;

-- Proposals and deletion records: the auditor, and records officers of the Fachbereich (their
-- own or assigned) — a deletion record names the file, so it is read as the file was.
CREATE POLICY records_read ON aktenwerk.destruction_proposal FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'auditor']);
CREATE POLICY records_read ON aktenwerk.destruction_object FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['auditor']
           OR ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer']
               AND (department_code = (SELECT aktenwerk.my_department())
                    OR department_code = ANY ((SELECT aktenwerk.my_records_for())::text[]))));
CREATE POLICY records_read ON aktenwerk.deletion_record FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['auditor']
           OR ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer']
               AND (department_code = (SELECT aktenwerk.my_department())
                    OR department_code = ANY ((SELECT aktenwerk.my_records_for())::text[]))));
-- The feed names ids only; each client reads the rows of files it may have held.
CREATE POLICY removal_read ON aktenwerk.removal FOR SELECT TO aktenwerk_user
    USING ((SELECT aktenwerk.my_department()) = ANY (readers)
           OR readers && (SELECT aktenwerk.my_records_for())::text[]
           OR (SELECT aktenwerk.my_roles()) && ARRAY['auditor']);
GRANT SELECT ON aktenwerk.destruction_proposal, aktenwerk.destruction_object, aktenwerk.deletion_record,
    aktenwerk.removal TO aktenwerk_user;

-- Whether @p_file is being destroyed by this very transaction (an approved proposal decided in
-- it): the guard that lets the version and routing triggers allow a delete, and only then.
CREATE FUNCTION aktenwerk.being_destroyed(p_file uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT p_file IS NOT NULL
       AND EXISTS (SELECT 1 FROM aktenwerk.destruction_object o
                   JOIN aktenwerk.destruction_proposal p ON p.id = o.proposal_id
                   WHERE o.file_id = p_file AND p.state = 'approved' AND p.decided_xid = pg_current_xact_id())
$$;

CREATE OR REPLACE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF aktenwerk.being_destroyed(coalesce(OLD.file_id, (SELECT d.file_id FROM aktenwerk.document d
                                                            WHERE d.id = OLD.document_id))) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.id, NEW.document_id, NEW.number, NEW.sha256, NEW.size, NEW.mime_type, NEW.file_name, NEW.author,
        NEW.created_at, NEW.comment, NEW.origin, NEW.base_version, NEW.parallel_to, NEW.transfer_note, NEW.ocr,
        NEW.recorded_at)
       IS NOT DISTINCT FROM
       (OLD.id, OLD.document_id, OLD.number, OLD.sha256, OLD.size, OLD.mime_type, OLD.file_name, OLD.author,
        OLD.created_at, OLD.comment, OLD.origin, OLD.base_version, OLD.parallel_to, OLD.transfer_note, OLD.ocr,
        OLD.recorded_at) THEN
        RETURN NEW; -- only where it is filed (file, department, confidentiality) changed
    END IF;
    RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.step_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF aktenwerk.being_destroyed(coalesce(OLD.file_id, (SELECT r.file_id FROM aktenwerk.route r
                                                            WHERE r.id = OLD.route_id))) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'routing steps are never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status IN ('003', '004')
       AND (NEW.id, NEW.route_id, NEW.position, NEW.action, NEW.addressee, NEW.instruction, NEW.deadline, NEW.status,
            NEW.sha256, NEW.activated_at, NEW.acted_by, NEW.on_behalf_of, NEW.acted_at, NEW.remark, NEW.returned,
            NEW.by_return, NEW.cancelled, NEW.added_by, NEW.added_at)
           IS DISTINCT FROM
           (OLD.id, OLD.route_id, OLD.position, OLD.action, OLD.addressee, OLD.instruction, OLD.deadline, OLD.status,
            OLD.sha256, OLD.activated_at, OLD.acted_by, OLD.on_behalf_of, OLD.acted_at, OLD.remark, OLD.returned,
            OLD.by_return, OLD.cancelled, OLD.added_by, OLD.added_at) THEN
        RAISE EXCEPTION 'a completed routing step cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.route_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF aktenwerk.being_destroyed(OLD.file_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'routing slips are never deleted' USING ERRCODE = 'insufficient_privilege';
END $$;

-- --- the rules ----------------------------------------------------------------------------------

-- Whether @p_me may have @p_file destroyed now, and on which grounds: the conditions of an offer
-- (closed, retention ended, no hold, kept by @p_me), and the archive's decision — V in an
-- appraisal that was confirmed (0505), or taken over (a positive 0506); a file never offered only
-- when it is classed V (its own disposal type or its plan unit's: the two-stage route).
CREATE FUNCTION aktenwerk.destruction_basis(me aktenwerk.actor, p_file uuid,
                                            OUT decision text, OUT process_id uuid, OUT archive_reference text,
                                            OUT refusal aktenwerk.outcome)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_obstacle aktenwerk.outcome;
    f aktenwerk.file_record;
    o record;
BEGIN
    v_obstacle := aktenwerk.offer_obstacle(me, p_file);
    IF v_obstacle.code IS NOT NULL AND v_obstacle.code <> 'in_process' THEN
        refusal := v_obstacle;
        RETURN;
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_file;
    SELECT d.process_id AS pid, d.appraisal, d.imported, d.archive_reference AS aref, p.state
        INTO o
        FROM aktenwerk.disposal_object d JOIN aktenwerk.disposal_process p ON p.id = d.process_id
        WHERE d.file_id = p_file AND NOT d.destroyed
        ORDER BY p.created_at DESC LIMIT 1;
    IF FOUND THEN
        process_id := o.pid;
        IF o.appraisal = 'V' AND o.state NOT IN ('0501', '0504', '0502') THEN
            decision := 'V';
        ELSIF o.appraisal = 'A' AND o.imported THEN
            decision := 'A';
            archive_reference := o.aref;
        ELSIF o.appraisal = 'V' THEN
            refusal := aktenwerk.refuse('not_confirmed',
                format('Die Bewertung der Akte %s ist dem Archiv erst zu bestätigen (0505).', f.reference),
                format('The appraisal of file %s is to be confirmed to the archive first (0505).', f.reference));
        ELSIF o.appraisal = 'A' AND o.imported IS NOT NULL THEN
            refusal := aktenwerk.refuse('not_imported',
                format('Das Archiv hat die Übernahme der Akte %s nicht bestätigt: Sie bleibt.', f.reference),
                format('The archive did not confirm that it took over file %s: it stays.', f.reference));
        ELSE
            refusal := aktenwerk.refuse('not_decided',
                format('Das Archiv hat über die Akte %s noch nicht abschließend entschieden.', f.reference),
                format('The archive has not finally decided on file %s yet.', f.reference));
        END IF;
        RETURN;
    END IF;
    IF (SELECT coalesce(k.disposal_type, u.disposal_type) FROM aktenwerk.plan_unit u
        LEFT JOIN aktenwerk.record_keeping k ON k.id = p_file WHERE u.id = f.plan_unit_id) = 'V' THEN
        decision := 'V';
        RETURN;
    END IF;
    refusal := aktenwerk.refuse('not_offered',
        format('Die Akte %s ist dem Archiv zuerst anzubieten: Vernichtet wird ohne Angebot nur, was als „vernichten“ (V) eingestuft ist.', f.reference),
        format('File %s is to be offered to the archive first: only what is classed "destroy" (V) is destroyed without an offer.', f.reference));
END $$;

-- A proposal (op type destruction_proposal, id the proposal): {process: uuid} — every file of
-- that disposal process that may go now — or {files: [uuid, …]}; {reason?}. All or nothing.
CREATE FUNCTION aktenwerk.cmd_destroy_propose(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    v_process uuid;
    v_files uuid[];
    v_file uuid;
    b record;
    f aktenwerk.file_record;
    v_rows jsonb := '[]';
    v_row jsonb;
    v_departments text[];
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('die Vernichtung von Akten vorzuschlagen', 'propose the destruction of files');
    END IF;
    IF p_id IS NULL OR EXISTS (SELECT 1 FROM aktenwerk.destruction_proposal WHERE id = p_id) THEN
        RETURN aktenwerk.refuse_invalid('Der Vorschlag hat keine neue Kennung.', 'The proposal has no new id.');
    END IF;
    IF a ? 'process' THEN
        v_process := aktenwerk.to_uuid(a->>'process');
        IF v_process IS NULL OR NOT EXISTS (SELECT 1 FROM aktenwerk.kept_process(me, v_process)) THEN
            RETURN aktenwerk.refuse_missing(format('Die Aussonderung %s', a->>'process'),
                                            format('The disposal process %s', a->>'process'));
        END IF;
        SELECT array_agg(d.file_id ORDER BY d.file_id) INTO v_files
            FROM aktenwerk.disposal_object d JOIN aktenwerk.disposal_process p ON p.id = d.process_id
            WHERE d.process_id = v_process AND NOT d.destroyed AND aktenwerk.keeps_records(me, d.department_code)
              AND ((d.appraisal = 'V' AND p.state NOT IN ('0501', '0504', '0502')) OR (d.appraisal = 'A' AND d.imported))
              AND NOT EXISTS (SELECT 1 FROM aktenwerk.destruction_object x
                              JOIN aktenwerk.destruction_proposal q ON q.id = x.proposal_id
                              WHERE x.file_id = d.file_id AND q.state = 'proposed');
        IF v_files IS NULL THEN
            RETURN aktenwerk.refuse('nothing_due',
                'In dieser Aussonderung ist nichts zur Vernichtung frei: Das Archiv hat noch nichts als „vernichten“ bewertet oder übernommen, oder es ist schon vorgeschlagen.',
                'Nothing in this disposal process may be destroyed: the archive has appraised nothing as "destroy" or taken nothing over yet, or it is proposed already.');
        END IF;
    ELSE
        IF jsonb_typeof(a->'files') IS DISTINCT FROM 'array' OR jsonb_array_length(a->'files') = 0 THEN
            RETURN aktenwerk.refuse_invalid('Keine Akten genannt.', 'No files named.');
        END IF;
        SELECT array_agg(DISTINCT aktenwerk.to_uuid(x)) INTO v_files FROM jsonb_array_elements_text(a->'files') x;
        IF array_position(v_files, NULL) IS NOT NULL THEN
            RETURN aktenwerk.refuse_invalid('Eine Akte hat keine gültige Kennung.', 'A file has no valid id.');
        END IF;
    END IF;
    -- Every file checked before anything is written: a refusal leaves nothing behind.
    FOREACH v_file IN ARRAY v_files LOOP
        SELECT * INTO b FROM aktenwerk.destruction_basis(me, v_file);
        IF (b.refusal).code IS NOT NULL THEN
            RETURN b.refusal;
        END IF;
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = v_file;
        IF EXISTS (SELECT 1 FROM aktenwerk.destruction_object x JOIN aktenwerk.destruction_proposal q ON q.id = x.proposal_id
                   WHERE x.file_id = v_file AND q.state = 'proposed') THEN
            RETURN aktenwerk.refuse('proposed', format('Die Vernichtung der Akte %s ist schon vorgeschlagen.', f.reference),
                                    format('The destruction of file %s is proposed already.', f.reference));
        END IF;
        v_rows := v_rows || jsonb_build_object('file_id', f.id, 'reference', f.reference, 'title', f.title,
                                               'department_code', f.department_code,
                                               'confidentiality', f.confidentiality, 'decision', b.decision,
                                               'process_id', b.process_id, 'archive_reference', b.archive_reference);
    END LOOP;
    INSERT INTO aktenwerk.destruction_proposal (id, process_id, reason)
        VALUES (p_id, v_process, btrim(coalesce(a->>'reason', '')));
    FOR v_row IN SELECT * FROM jsonb_array_elements(v_rows) LOOP
        INSERT INTO aktenwerk.destruction_object (proposal_id, file_id, reference, title, department_code, confidentiality,
                                                  decision, process_id, archive_reference)
            VALUES (p_id, (v_row->>'file_id')::uuid, v_row->>'reference', v_row->>'title', v_row->>'department_code',
                    v_row->>'confidentiality', v_row->>'decision', aktenwerk.to_uuid(v_row->>'process_id'),
                    v_row->>'archive_reference');
    END LOOP;
    SELECT array_agg(DISTINCT x->>'department_code' ORDER BY x->>'department_code') INTO v_departments
        FROM jsonb_array_elements(v_rows) x;
    RETURN aktenwerk.applied(jsonb_build_object('proposal', p_id, 'files', v_rows), 'destruction_proposal', p_id::text,
                             NULL, '003', NULL,
                             jsonb_build_object('action', 'propose', 'process', v_process,
                                                'files', (SELECT jsonb_agg(x->'file_id') FROM jsonb_array_elements(v_rows) x),
                                                'departments', to_jsonb(v_departments)));
END $$;

-- Removes @p_file of the approved proposal @p_proposal with everything in it, writes its deletion
-- record and its removal row, and appends the record to the audit trail. Content goes where no
-- surviving version holds the same hash. Internal: only the approval calls it.
CREATE FUNCTION aktenwerk.destroy_file(p_proposal aktenwerk.destruction_proposal, p_file uuid) RETURNS uuid
    LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    k aktenwerk.record_keeping;
    u aktenwerk.plan_unit;
    x aktenwerk.destruction_object;
    r aktenwerk.deletion_record;
    v_cases uuid[];
    v_subs uuid[];
    v_docs uuid[];
    v_entities uuid[];
    v_routes uuid[];
    v_hashes text[];
    v_versions integer;
    v_readers text[];
    v_retention text;
BEGIN
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_file FOR UPDATE;
    SELECT * INTO k FROM aktenwerk.record_keeping WHERE id = p_file;
    SELECT * INTO u FROM aktenwerk.plan_unit WHERE id = f.plan_unit_id;
    SELECT * INTO x FROM aktenwerk.destruction_object WHERE proposal_id = p_proposal.id AND file_id = p_file;
    v_cases := ARRAY(SELECT id FROM aktenwerk.case_record WHERE file_id = p_file);
    v_subs := ARRAY(SELECT id FROM aktenwerk.sub_file WHERE file_id = p_file);
    v_docs := ARRAY(SELECT id FROM aktenwerk.document WHERE file_id = p_file OR case_id = ANY (v_cases));
    v_entities := ARRAY[p_file] || v_cases || v_subs || v_docs;
    SELECT coalesce(array_agg(DISTINCT sha256 ORDER BY sha256), '{}'), count(*) INTO v_hashes, v_versions
        FROM aktenwerk.version WHERE document_id = ANY (v_docs);
    v_retention := aktenwerk.file_retention(p_file);
    v_readers := ARRAY[f.department_code]
        || ARRAY(SELECT department_code FROM aktenwerk.file_share WHERE file_id = p_file);

    r.id := gen_random_uuid();
    r.proposal_id := p_proposal.id;
    r.object_type := 'file';
    r.object_id := p_file;
    r.reference := f.reference;
    r.title := f.title;
    r.department_code := f.department_code;
    r.confidentiality := f.confidentiality;
    r.plan_code := u.code;
    r.runtime_from := least(f.created_at, (SELECT min(created_at) FROM aktenwerk.case_record WHERE id = ANY (v_cases)),
                            (SELECT min(created_at) FROM aktenwerk.document WHERE id = ANY (v_docs)))::date;
    r.runtime_to := k.closed_on;
    r.retention := v_retention;
    r.retention_end := k.retention_end;
    r.legal_basis := CASE WHEN k.retention IS NOT NULL
        THEN format('Aufbewahrungsfrist %s Jahre, für die Akte festgelegt: %s', v_retention, k.retention_reason)
        ELSE format('Aufbewahrungsfrist %s Jahre nach Aktenplan %s %s', v_retention, u.code, u.title) END;
    r.decision := x.decision;
    r.process_id := x.process_id;
    r.archive_reference := x.archive_reference;
    r.cases := cardinality(v_cases);
    r.documents := cardinality(v_docs);
    r.versions := v_versions;
    r.content_hashes := v_hashes;
    r.proposed_by := p_proposal.proposed_by;
    r.proposed_at := p_proposal.proposed_at;
    r.approved_by := session_user;
    r.approved_at := now();

    -- Children first. Routes and steps, versions: their triggers allow it for this transaction.
    v_routes := ARRAY(SELECT id FROM aktenwerk.route WHERE file_id = p_file OR entity_id = ANY (v_entities));
    DELETE FROM aktenwerk.route_reader WHERE route_id = ANY (v_routes);
    DELETE FROM aktenwerk.route_participant WHERE route_id = ANY (v_routes);
    DELETE FROM aktenwerk.route_step WHERE route_id = ANY (v_routes);
    DELETE FROM aktenwerk.route WHERE id = ANY (v_routes);
    DELETE FROM aktenwerk.resubmission WHERE file_id = p_file OR entity_id = ANY (v_entities);
    DELETE FROM aktenwerk.conflict WHERE file_id = p_file OR entity_id = ANY (v_entities);
    DELETE FROM aktenwerk.document_lock WHERE document_id = ANY (v_docs);
    DELETE FROM aktenwerk.version WHERE document_id = ANY (v_docs);
    DELETE FROM aktenwerk.document WHERE id = ANY (v_docs);
    DELETE FROM aktenwerk.case_record WHERE id = ANY (v_cases);
    DELETE FROM aktenwerk.sub_file WHERE id = ANY (v_subs);
    DELETE FROM aktenwerk.file_share WHERE file_id = p_file;
    DELETE FROM aktenwerk.legal_hold WHERE file_id = p_file;
    DELETE FROM aktenwerk.record_keeping WHERE file_id = p_file;
    DELETE FROM aktenwerk.file_record WHERE id = p_file;
    -- Content that no surviving version holds (another document with the same bytes keeps it).
    r.content_removed := ARRAY(SELECT h FROM unnest(v_hashes) h
                               WHERE NOT EXISTS (SELECT 1 FROM aktenwerk.version v WHERE v.sha256 = h) ORDER BY h);
    DELETE FROM aktenwerk.content_chunk WHERE sha256 = ANY (r.content_removed);
    DELETE FROM aktenwerk.content_holder WHERE sha256 = ANY (r.content_removed);
    DELETE FROM aktenwerk.content_upload WHERE sha256 = ANY (r.content_removed);
    DELETE FROM aktenwerk.content WHERE sha256 = ANY (r.content_removed);

    UPDATE aktenwerk.disposal_object SET destroyed = true, reference = f.reference WHERE file_id = p_file;
    INSERT INTO aktenwerk.deletion_record SELECT r.*;
    INSERT INTO aktenwerk.removal (id, file_id, readers) VALUES (r.id, p_file, v_readers);
    -- The record itself in the chain: any later change of it is detectable.
    PERFORM aktenwerk.append_audit(ARRAY['deletion_record.create'], ARRAY['deletion_record'], ARRAY[r.id::text],
                                   ARRAY[to_jsonb(r)], ARRAY[f.department_code], ARRAY[f.confidentiality],
                                   ARRAY[p_file], ARRAY[NULL::timestamptz], ARRAY[clock_timestamp()]);
    RETURN r.id;
END $$;

-- The second records officer's decision on a proposal (op type destruction_proposal, id the
-- proposal): {decision: 'approve' | 'reject', remark}. Approving is for another person than the
-- one who proposed; every condition is checked again, then the files go in this transaction.
-- Rejecting (or withdrawing one's own proposal) needs a remark.
CREATE FUNCTION aktenwerk.cmd_destroy_decide(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    p aktenwerk.destruction_proposal;
    x aktenwerk.destruction_object;
    b record;
    v_decision text := lower(coalesce(a->>'decision', ''));
    v_remark text := btrim(coalesce(a->>'remark', ''));
    v_records uuid[] := '{}';
    v_files uuid[] := '{}';
BEGIN
    IF NOT me.roles && ARRAY['records_officer'] THEN
        RETURN aktenwerk.refuse_role('über die Vernichtung von Akten zu entscheiden', 'decide on the destruction of files');
    END IF;
    SELECT * INTO p FROM aktenwerk.destruction_proposal WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM aktenwerk.destruction_object o WHERE o.proposal_id = p_id
                                AND aktenwerk.keeps_records(me, o.department_code)) THEN
        RETURN aktenwerk.refuse_missing('Der Vernichtungsvorschlag', 'The destruction proposal');
    END IF;
    IF p.state <> 'proposed' THEN
        RETURN aktenwerk.refuse('decided', format('Über diesen Vorschlag ist schon entschieden (%s).',
                                                  CASE p.state WHEN 'approved' THEN 'freigegeben' ELSE 'abgelehnt' END),
                                format('This proposal is decided already (%s).', p.state));
    END IF;
    IF v_decision = 'reject' THEN
        IF v_remark = '' THEN
            RETURN aktenwerk.refuse_invalid('Eine Ablehnung braucht eine Begründung.', 'A rejection needs a reason.');
        END IF;
        UPDATE aktenwerk.destruction_proposal SET state = 'rejected', decided_by = session_user, decided_at = now(),
                                                  decision_remark = v_remark
            WHERE id = p_id;
        RETURN aktenwerk.applied(jsonb_build_object('proposal', p_id, 'state', 'rejected'), 'destruction_proposal',
                                 p_id::text, NULL, '003', NULL,
                                 jsonb_build_object('action', 'reject', 'remark', v_remark));
    END IF;
    IF v_decision <> 'approve' THEN
        RETURN aktenwerk.refuse_invalid('Ein Vorschlag wird freigegeben oder abgelehnt.', 'A proposal is approved or rejected.');
    END IF;
    IF p.proposed_by = me.login THEN
        RETURN aktenwerk.refuse('four_eyes',
            'Die Vernichtung gibt eine zweite Person frei, nicht die, die sie vorgeschlagen hat (Vier-Augen-Prinzip).',
            'A second person approves the destruction, not the one who proposed it (four eyes).');
    END IF;
    -- Every condition again: a hold set since, a file reopened, another decision of the archive.
    FOR x IN SELECT * FROM aktenwerk.destruction_object WHERE proposal_id = p_id ORDER BY reference LOOP
        IF NOT aktenwerk.keeps_records(me, x.department_code) THEN
            RETURN aktenwerk.refuse_department(x.department_code);
        END IF;
        SELECT * INTO b FROM aktenwerk.destruction_basis(me, x.file_id);
        IF (b.refusal).code IS NOT NULL THEN
            RETURN b.refusal;
        END IF;
        IF b.decision IS DISTINCT FROM x.decision THEN
            RETURN aktenwerk.refuse('changed', format('Für die Akte %s gilt seit dem Vorschlag eine andere Entscheidung.', x.reference),
                                    format('Another decision applies to file %s since the proposal.', x.reference));
        END IF;
    END LOOP;
    UPDATE aktenwerk.destruction_proposal SET state = 'approved', decided_by = session_user, decided_at = now(),
                                              decision_remark = v_remark, decided_xid = pg_current_xact_id()
        WHERE id = p_id RETURNING * INTO p;
    FOR x IN SELECT * FROM aktenwerk.destruction_object WHERE proposal_id = p_id ORDER BY reference LOOP
        v_records := v_records || aktenwerk.destroy_file(p, x.file_id);
        v_files := v_files || x.file_id;
    END LOOP;
    -- A disposal process whose every file is gone has ended.
    UPDATE aktenwerk.disposal_process dp SET state = 'closed', revision = revision + 1, modified_at = now(),
                                             modified_by = session_user
        WHERE dp.id IN (SELECT process_id FROM aktenwerk.destruction_object WHERE proposal_id = p_id)
          AND NOT EXISTS (SELECT 1 FROM aktenwerk.disposal_object o WHERE o.process_id = dp.id AND NOT o.destroyed);
    RETURN aktenwerk.applied(jsonb_build_object('proposal', p_id, 'state', 'approved', 'records', to_jsonb(v_records),
                                                'files', to_jsonb(v_files)),
                             'destruction_proposal', p_id::text, NULL, '003', NULL,
                             jsonb_build_object('action', 'approve', 'remark', v_remark, 'files', to_jsonb(v_files),
                                                'records', to_jsonb(v_records)));
END $$;

-- --- the one way in knows it ---------------------------------------------------------------------

DO $$
DECLARE
    def text := pg_get_functiondef('aktenwerk.submit(jsonb)'::regprocedure);
    anchor constant text := E'            WHEN ''archive.offer'' THEN aktenwerk.cmd_archive_offer(me, id, op.args, recorded)\n';
    added constant text := E'            WHEN ''destroy.propose'' THEN aktenwerk.cmd_destroy_propose(me, id, op.args, recorded)\n'
        || E'            WHEN ''destroy.decide'' THEN aktenwerk.cmd_destroy_decide(me, id, op.args, recorded)\n';
BEGIN
    IF position(anchor IN def) = 0 THEN
        RAISE EXCEPTION 'submit() is not as schema 15 left it; cannot add destruction';
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
