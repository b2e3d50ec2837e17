-- Server schema 14: records management, first part (issue 16) — decided here, never by a client:
-- - closing (z.d.A.) of files and cases with the date the clerk gives (not after today, not
--   before the object existed) and a reason; a file with open cases is closed only together with
--   them (the client asks); nothing is closed while a document in it is checked out or routed.
--   Reopening needs a reason; a case of a closed file stays closed until the file is reopened.
-- - retention from closing: the years of the file's plan unit, or the file's own (set with a
--   reason by a team lead or records officer), or unlimited. It runs to the end of the calendar
--   year of closing plus the years ("Ablauf des Jahres"), so a file closed on 3 March 2026 with
--   ten years is due on 31 December 2036. The disposal type (A/B/V) likewise: the plan's or the
--   file's own.
-- - legal holds (with reason) on a file, by records officers or administrators: while one is in
--   force nothing of the file may be disposed of; lifting needs a reason.
-- Everything is written through submit() (who and when from the session, audited there) and
-- mirrored to the clients by the pull.

CREATE TABLE aktenwerk.record_keeping (
    id              uuid PRIMARY KEY,                 -- the file or case
    entity_type     text NOT NULL CHECK (entity_type IN ('file', 'case')),
    file_id         uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    closed_on       date,                             -- z.d.A.; NULL while open
    closed_by       text,
    closed_at       timestamptz,
    close_reason    text NOT NULL DEFAULT '',
    reopened_by     text,
    reopened_at     timestamptz,
    reopen_reason   text NOT NULL DEFAULT '',
    retention       text,                             -- the file's own: '10', 'unbefristet'; NULL: the plan's
    disposal_type   text CHECK (disposal_type IN ('A', 'B', 'V')), -- the file's own; NULL: the plan's
    retention_reason text NOT NULL DEFAULT '',
    retention_set_by text,
    retention_end   date,                             -- files: closed and limited; else NULL
    revision        bigint NOT NULL DEFAULT 1,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE INDEX ON aktenwerk.record_keeping (file_id);
CREATE INDEX ON aktenwerk.record_keeping (retention_end) WHERE retention_end IS NOT NULL;

CREATE TABLE aktenwerk.legal_hold (
    id              uuid PRIMARY KEY,
    file_id         uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    reason          text NOT NULL CHECK (btrim(reason) <> ''),
    set_by          text NOT NULL DEFAULT session_user,
    set_at          timestamptz NOT NULL DEFAULT now(),
    released_by     text,
    released_at     timestamptz,
    release_reason  text NOT NULL DEFAULT '',
    revision        bigint NOT NULL DEFAULT 1,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE INDEX ON aktenwerk.legal_hold (file_id) WHERE released_at IS NULL;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['record_keeping', 'legal_hold']
    LOOP
        EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change()', t);
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change()', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON aktenwerk.%I TO aktenwerk_owner USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY auditor_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user '
                       'USING ((SELECT aktenwerk.my_roles()) && ARRAY[''auditor''])', t);
        -- Read as the file is read: its department, or a department it is shared with.
        EXECUTE format('CREATE POLICY row_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user USING ('
                       '(confidentiality NOT IN (''001'', ''004'', ''005'') OR (SELECT aktenwerk.my_roles()) '
                       '&& ARRAY[''clerk'', ''team_lead'', ''records_officer'']) '
                       'AND (department_code = (SELECT aktenwerk.my_department()) '
                       'OR EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = %1$I.file_id '
                       'AND s.department_code = (SELECT aktenwerk.my_department()) '
                       'AND (s.until IS NULL OR s.until > now()))))', t);
    END LOOP;
END $$;
-- Read only: every change comes through submit(); nobody writes these rows with their own login.
GRANT SELECT ON aktenwerk.record_keeping, aktenwerk.legal_hold TO aktenwerk_user;

-- --- records officers' Fachbereiche -----------------------------------------------------------

-- A records officer keeps the records of their own Fachbereich and of those assigned to them
-- (server add-user/set-user --records-for 63,36). Of an assigned Fachbereich they read the closed
-- files only — with everything in them (cases, documents, versions and so content, conflicts,
-- history, routes, record keeping, holds) — and personnel files (FB 11) only when FB 11 is
-- assigned: the rule is the Fachbereich, nothing else.
ALTER TABLE aktenwerk.app_user ADD COLUMN records_for text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION aktenwerk.my_records_for(p_login name DEFAULT current_user) RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
BEGIN
    RETURN coalesce((SELECT records_for FROM aktenwerk.app_user
                     WHERE login = p_login AND NOT deleted AND roles && ARRAY['records_officer']), '{}');
END $$;

-- Whether the asking records officer keeps @p_file: closed, and of a Fachbereich assigned to
-- them. The policies of a file's rows ask it (a sub-select on file_record there would be checked
-- by file_record's own policies); it tells nobody anything they may not read anyway.
CREATE FUNCTION aktenwerk.kept_closed_file(p_file uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM aktenwerk.file_record
                   WHERE id = p_file AND status = 'closed'
                     AND department_code = ANY (aktenwerk.my_records_for(session_user)));
END $$;

-- Whether @p_me keeps the records of @p_department (sets retention and holds there).
CREATE FUNCTION aktenwerk.keeps_records(me aktenwerk.actor, p_department text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT me.roles && ARRAY['records_officer']
        AND (p_department = me.department OR p_department = ANY (aktenwerk.my_records_for(me.login::name)))
$$;

-- The one-row read rule of the command handlers, with the same addition.
CREATE OR REPLACE FUNCTION aktenwerk.can_read(me aktenwerk.actor, p_department text, p_level text, p_file uuid)
    RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT me.roles && ARRAY['auditor']
        OR ((p_level NOT IN ('001', '004', '005') OR aktenwerk.working(me))
            AND (p_department = me.department
                 OR (p_file IS NOT NULL AND EXISTS (SELECT 1 FROM aktenwerk.file_share s
                                                    WHERE s.file_id = p_file AND s.department_code = me.department
                                                      AND (s.until IS NULL OR s.until > now())))))
        OR (p_file IS NOT NULL AND p_department <> me.department
            AND p_department = ANY (aktenwerk.my_records_for(me.login::name))
            AND EXISTS (SELECT 1 FROM aktenwerk.file_record f WHERE f.id = p_file AND f.status = 'closed'))
$$;

GRANT EXECUTE ON FUNCTION aktenwerk.my_records_for(name), aktenwerk.kept_closed_file(uuid) TO aktenwerk_user;

-- Another permissive policy per table (PostgreSQL ORs them with the department rule). For
-- everybody else the list is empty and the file's state is never looked up.
CREATE POLICY records_read ON aktenwerk.file_record FOR SELECT TO aktenwerk_user
    USING (department_code = ANY ((SELECT aktenwerk.my_records_for())::text[]) AND status = 'closed');
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sub_file', 'case_record', 'document', 'version', 'conflict', 'record_keeping',
                             'legal_hold', 'route', 'route_step', 'audit_event']
    LOOP
        EXECUTE format('CREATE POLICY records_read ON aktenwerk.%1$I FOR SELECT TO aktenwerk_user USING ('
                       'department_code = ANY ((SELECT aktenwerk.my_records_for())::text[]) '
                       'AND aktenwerk.kept_closed_file(%1$I.file_id))', t);
    END LOOP;
END $$;

-- --- the rules ----------------------------------------------------------------------------------

-- The retention that applies to a file: its own, else its plan unit's ('10', 'unbefristet').
CREATE FUNCTION aktenwerk.file_retention(p_file uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(k.retention, CASE WHEN p.retention_years IS NULL THEN 'unbefristet'
                                      ELSE p.retention_years::text END)
    FROM aktenwerk.file_record f
    JOIN aktenwerk.plan_unit p ON p.id = f.plan_unit_id
    LEFT JOIN aktenwerk.record_keeping k ON k.id = f.id
    WHERE f.id = p_file
$$;

-- The end of retention for a file closed on @p_closed: the end of the calendar year of closing
-- plus the years; NULL when unlimited or open.
CREATE FUNCTION aktenwerk.retention_end(p_closed date, p_retention text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_closed IS NULL OR p_retention IS NULL OR p_retention !~ '^\d{1,3}$' THEN NULL
                ELSE make_date(extract(year FROM p_closed)::integer + p_retention::integer, 12, 31) END
$$;

-- Why an object cannot be closed now (NULL: it can): something checked out or out on a route.
CREATE FUNCTION aktenwerk.closing_obstacle(p_type text, p_id uuid) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM aktenwerk.document d JOIN aktenwerk.document_lock l ON l.document_id = d.id
               WHERE (CASE WHEN p_type = 'file' THEN d.file_id ELSE d.case_id END) = p_id AND NOT d.deleted
                 AND l.owner IS NOT NULL AND l.expires > now()) THEN
        RETURN aktenwerk.refuse('checked_out', 'Ein Dokument darin ist ausgecheckt: Es muss zuerst eingecheckt werden.',
                                'A document in it is checked out: it must be checked in first.');
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.route r
               WHERE r.status = 'running'
                 AND (r.entity_id = p_id
                      OR (p_type = 'file' AND r.file_id = p_id)
                      OR (p_type = 'case' AND r.entity_id IN (SELECT d.id FROM aktenwerk.document d
                                                              WHERE d.case_id = p_id)))) THEN
        RETURN aktenwerk.refuse('route_running', 'Darin läuft noch ein Geschäftsgang: Er muss zuerst enden.',
                                'A route is still running in it: it must end first.');
    END IF;
    RETURN NULL;
END $$;

-- Writes the closing of one file or case (its row of record_keeping, its status).
CREATE FUNCTION aktenwerk.write_closing(p_type text, p_id uuid, p_file uuid, p_department text, p_level text,
                                        p_on date, p_reason text) RETURNS date LANGUAGE plpgsql AS $$
DECLARE
    v_end date;
BEGIN
    IF p_type = 'file' THEN
        UPDATE aktenwerk.file_record SET status = 'closed', revision = revision + 1, modified_at = now(),
                                         modified_by = session_user WHERE id = p_id;
    ELSE
        UPDATE aktenwerk.case_record SET status = 'closed', revision = revision + 1, modified_at = now(),
                                         modified_by = session_user WHERE id = p_id;
    END IF;
    INSERT INTO aktenwerk.record_keeping (id, entity_type, file_id, department_code, confidentiality)
        VALUES (p_id, p_type, p_file, p_department, p_level) ON CONFLICT (id) DO NOTHING;
    IF p_type = 'file' THEN
        v_end := aktenwerk.retention_end(p_on, aktenwerk.file_retention(p_id));
    END IF;
    UPDATE aktenwerk.record_keeping
        SET closed_on = p_on, closed_by = session_user, closed_at = now(), close_reason = p_reason,
            retention_end = v_end, department_code = p_department, confidentiality = p_level,
            revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    RETURN v_end;
END $$;

-- z.d.A. of a file or case (op type file|case, id the object): {date?, reason?, with_cases?}.
CREATE FUNCTION aktenwerk.cmd_record_close(me aktenwerk.actor, p_type text, p_id uuid, a jsonb,
                                           p_recorded timestamptz) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    c aktenwerk.case_record;
    v_on date;
    v_reason text := btrim(coalesce(a->>'reason', ''));
    v_created date;
    v_label text;
    v_label_en text;
    v_end date;
    v_open integer;
    v_cases uuid[] := '{}';
    blocked aktenwerk.outcome;
    open_case record;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Akten oder Vorgänge abzuschließen', 'close files or cases');
    END IF;
    IF p_type = 'file' THEN
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_id FOR UPDATE;
        IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
            RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
        END IF;
        v_label := format('Die Akte %s', f.reference);
        v_label_en := format('The file %s', f.reference);
        v_created := f.created_at::date;
    ELSIF p_type = 'case' THEN
        SELECT * INTO c FROM aktenwerk.case_record WHERE id = p_id FOR UPDATE;
        IF NOT FOUND OR c.deleted OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
            RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
        END IF;
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = c.file_id;
        v_label := format('Der Vorgang %s', c.reference);
        v_label_en := format('The case %s', c.reference);
        v_created := c.created_at::date;
    ELSE
        RETURN aktenwerk.refuse_invalid('Abgeschlossen werden Akten und Vorgänge.', 'Files and cases are closed.');
    END IF;
    IF NOT aktenwerk.can_write(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF (p_type = 'file' AND f.status <> 'open') OR (p_type = 'case' AND (c.status <> 'open' OR f.status <> 'open')) THEN
        RETURN aktenwerk.refuse('closed', format('%s ist schon abgeschlossen.', v_label),
                                format('%s is closed already.', v_label_en));
    END IF;
    BEGIN
        v_on := coalesce(nullif(btrim(coalesce(a->>'date', '')), '')::date, current_date);
    EXCEPTION WHEN others THEN
        RETURN aktenwerk.refuse_invalid(format('„%s“ ist kein Datum.', a->>'date'),
                                        format('"%s" is not a date.', a->>'date'));
    END;
    IF v_on > current_date THEN
        RETURN aktenwerk.refuse_invalid('Das Datum des Abschlusses liegt in der Zukunft.',
                                        'The closing date lies in the future.');
    END IF;
    IF v_on < v_created THEN
        RETURN aktenwerk.refuse_invalid(format('Das Datum des Abschlusses liegt vor der Anlage (%s).',
                                               to_char(v_created, 'DD.MM.YYYY')),
                                        format('The closing date lies before the creation (%s).', v_created));
    END IF;
    blocked := aktenwerk.closing_obstacle(p_type, p_id);
    IF blocked.ok IS NOT NULL THEN
        RETURN blocked;
    END IF;
    IF p_type = 'case' THEN
        PERFORM aktenwerk.write_closing('case', p_id, f.id, f.department_code, f.confidentiality, v_on, v_reason);
        RETURN aktenwerk.applied(jsonb_build_object('closed_on', v_on, 'reference', c.reference), 'case', p_id::text,
                                 f.department_code, f.confidentiality, f.id,
                                 jsonb_build_object('action', 'close', 'closed_on', v_on, 'reason', v_reason));
    END IF;
    SELECT count(*) INTO v_open FROM aktenwerk.case_record x
        WHERE x.file_id = p_id AND NOT x.deleted AND x.status = 'open';
    IF v_open > 0 AND NOT coalesce((a->>'with_cases')::boolean, false) THEN
        RETURN aktenwerk.refuse('open_cases',
                                format('Die Akte %s hat %s offene Vorgänge: Schließen Sie sie zuerst ab, oder mit der Akte.',
                                       f.reference, v_open),
                                format('The file %s has %s open cases: close them first, or together with the file.',
                                       f.reference, v_open),
                                jsonb_build_object('open_cases', v_open));
    END IF;
    FOR open_case IN SELECT id FROM aktenwerk.case_record WHERE file_id = p_id AND NOT deleted AND status = 'open'
                     FOR UPDATE
    LOOP
        PERFORM aktenwerk.write_closing('case', open_case.id, f.id, f.department_code, f.confidentiality, v_on, v_reason);
        v_cases := v_cases || open_case.id;
    END LOOP;
    v_end := aktenwerk.write_closing('file', p_id, f.id, f.department_code, f.confidentiality, v_on, v_reason);
    -- One event for the file names the cases closed with it.
    RETURN aktenwerk.applied(jsonb_build_object('closed_on', v_on, 'reference', f.reference, 'retention_end', v_end,
                                                'cases_closed', cardinality(v_cases)),
                             'file', p_id::text, f.department_code, f.confidentiality, f.id,
                             jsonb_build_object('action', 'close', 'closed_on', v_on, 'reason', v_reason,
                                                'cases_closed', to_jsonb(v_cases), 'retention_end', v_end));
END $$;

-- Reopening (op type file|case): {reason} (required).
CREATE FUNCTION aktenwerk.cmd_record_reopen(me aktenwerk.actor, p_type text, p_id uuid, a jsonb,
                                            p_recorded timestamptz) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    c aktenwerk.case_record;
    v_reason text := btrim(coalesce(a->>'reason', ''));
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Akten oder Vorgänge wieder zu öffnen', 'reopen files or cases');
    END IF;
    IF p_type = 'file' THEN
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_id FOR UPDATE;
        IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
            RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
        END IF;
    ELSIF p_type = 'case' THEN
        SELECT * INTO c FROM aktenwerk.case_record WHERE id = p_id FOR UPDATE;
        IF NOT FOUND OR c.deleted OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
            RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
        END IF;
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = c.file_id;
    ELSE
        RETURN aktenwerk.refuse_invalid('Wieder geöffnet werden Akten und Vorgänge.', 'Files and cases are reopened.');
    END IF;
    IF NOT aktenwerk.can_write(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF v_reason = '' THEN
        RETURN aktenwerk.refuse_invalid('Das Wiederöffnen braucht einen Grund.', 'Reopening needs a reason.');
    END IF;
    IF p_type = 'case' AND f.status <> 'open' THEN
        RETURN aktenwerk.refuse('closed', format('Die Akte %s ist abgeschlossen: Öffnen Sie zuerst die Akte wieder.',
                                                 f.reference),
                                format('The file %s is closed: reopen the file first.', f.reference));
    END IF;
    IF (p_type = 'file' AND f.status = 'open') OR (p_type = 'case' AND c.status = 'open') THEN
        RETURN aktenwerk.refuse_invalid('Das ist nicht abgeschlossen.', 'This is not closed.');
    END IF;
    IF p_type = 'file' THEN
        UPDATE aktenwerk.file_record SET status = 'open', revision = revision + 1, modified_at = now(),
                                         modified_by = session_user WHERE id = p_id;
    ELSE
        UPDATE aktenwerk.case_record SET status = 'open', revision = revision + 1, modified_at = now(),
                                         modified_by = session_user WHERE id = p_id;
    END IF;
    INSERT INTO aktenwerk.record_keeping (id, entity_type, file_id, department_code, confidentiality)
        VALUES (p_id, p_type, f.id, f.department_code, f.confidentiality) ON CONFLICT (id) DO NOTHING;
    UPDATE aktenwerk.record_keeping
        SET closed_on = NULL, retention_end = NULL, reopened_by = session_user, reopened_at = now(),
            reopen_reason = v_reason, revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    RETURN aktenwerk.applied('{}', p_type, p_id::text, f.department_code, f.confidentiality, f.id,
                             jsonb_build_object('action', 'reopen', 'reason', v_reason));
END $$;

-- A file's own retention and disposal type (op type file): {retention?: '10'|'unbefristet'|null,
-- disposal?: 'A'|'B'|'V'|null, reason}. null: the plan's again; a key left out: unchanged. Team
-- leads and records officers.
CREATE FUNCTION aktenwerk.cmd_retention_set(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    k aktenwerk.record_keeping;
    v_retention text := lower(nullif(btrim(coalesce(a->>'retention', '')), ''));
    v_disposal text := upper(nullif(btrim(coalesce(a->>'disposal', '')), ''));
    v_reason text := btrim(coalesce(a->>'reason', ''));
    v_end date;
BEGIN
    IF NOT me.roles && ARRAY['team_lead', 'records_officer'] THEN
        RETURN aktenwerk.refuse_role('die Aufbewahrung einer Akte festzulegen', 'set a file''s retention');
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR f.deleted OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF f.department_code <> me.department AND NOT aktenwerk.keeps_records(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF NOT (a ? 'retention' OR a ? 'disposal') THEN
        RETURN aktenwerk.refuse_invalid('Weder Aufbewahrung noch Aussonderungsart angegeben.',
                                        'Neither a retention nor a disposal type given.');
    END IF;
    IF v_reason = '' THEN
        RETURN aktenwerk.refuse_invalid('Eine eigene Aufbewahrung braucht einen Grund.',
                                        'A retention of its own needs a reason.');
    END IF;
    IF v_retention IN ('unlimited', 'dauernd') THEN
        v_retention := 'unbefristet';
    END IF;
    IF v_retention IS NOT NULL AND v_retention <> 'unbefristet'
       AND (v_retention !~ '^\d{1,3}$') THEN
        RETURN aktenwerk.refuse_invalid(format('„%s“ ist keine Aufbewahrungsfrist: Jahre (0–999) oder unbefristet.',
                                               a->>'retention'),
                                        format('"%s" is no retention: years (0–999) or unlimited.', a->>'retention'));
    END IF;
    IF v_retention ~ '^\d+$' THEN
        v_retention := v_retention::integer::text; -- "010" is 10
    END IF;
    IF v_disposal IS NOT NULL AND v_disposal NOT IN ('A', 'B', 'V') THEN
        RETURN aktenwerk.refuse_invalid(format('„%s“ ist keine Aussonderungsart: A, B oder V.', a->>'disposal'),
                                        format('"%s" is no disposal type: A, B or V.', a->>'disposal'));
    END IF;
    INSERT INTO aktenwerk.record_keeping (id, entity_type, file_id, department_code, confidentiality)
        VALUES (p_id, 'file', p_id, f.department_code, f.confidentiality) ON CONFLICT (id) DO NOTHING;
    SELECT * INTO k FROM aktenwerk.record_keeping WHERE id = p_id FOR UPDATE;
    UPDATE aktenwerk.record_keeping
        SET retention = CASE WHEN a ? 'retention' THEN v_retention ELSE retention END,
            disposal_type = CASE WHEN a ? 'disposal' THEN v_disposal ELSE disposal_type END,
            retention_reason = v_reason,
            retention_set_by = session_user, revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    v_end := aktenwerk.retention_end(k.closed_on, aktenwerk.file_retention(p_id));
    UPDATE aktenwerk.record_keeping SET retention_end = v_end WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('retention', aktenwerk.file_retention(p_id), 'retention_end', v_end),
                             'file', p_id::text, f.department_code, f.confidentiality, f.id,
                             jsonb_build_object('action', 'retention', 'retention', v_retention,
                                                'disposal', v_disposal, 'reason', v_reason,
                                                'before', jsonb_build_object('retention', k.retention,
                                                                             'disposal', k.disposal_type)));
END $$;

-- A legal hold (op type legal_hold, id the hold): {file_id, reason}; {release: true, reason} lifts it.
CREATE FUNCTION aktenwerk.cmd_legal_hold(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    h aktenwerk.legal_hold;
    v_reason text := btrim(coalesce(a->>'reason', ''));
BEGIN
    IF NOT me.roles && ARRAY['records_officer', 'administrator'] THEN
        RETURN aktenwerk.refuse_role('Aussonderungssperren zu setzen oder aufzuheben', 'set or lift legal holds');
    END IF;
    IF p_id IS NULL THEN
        RETURN aktenwerk.refuse_invalid('Die Sperre hat keine gültige Kennung.', 'The hold has no valid id.');
    END IF;
    IF v_reason = '' THEN
        RETURN aktenwerk.refuse_invalid('Eine Sperre und ihre Aufhebung brauchen einen Grund.',
                                        'A hold and its lifting need a reason.');
    END IF;
    SELECT * INTO h FROM aktenwerk.legal_hold WHERE id = p_id FOR UPDATE;
    IF coalesce((a->>'release')::boolean, false) THEN
        IF NOT FOUND THEN
            RETURN aktenwerk.refuse_missing('Die Sperre', 'The hold');
        END IF;
        SELECT * INTO f FROM aktenwerk.file_record WHERE id = h.file_id;
        IF NOT me.roles && ARRAY['administrator'] AND NOT aktenwerk.keeps_records(me, f.department_code) THEN
            RETURN aktenwerk.refuse_department(f.department_code);
        END IF;
        IF h.released_at IS NOT NULL THEN
            RETURN aktenwerk.refuse_invalid('Die Sperre ist schon aufgehoben.', 'The hold is lifted already.');
        END IF;
        UPDATE aktenwerk.legal_hold SET released_by = session_user, released_at = now(), release_reason = v_reason,
                                        revision = revision + 1
            WHERE id = p_id;
        RETURN aktenwerk.applied('{}', 'legal_hold', p_id::text, f.department_code, f.confidentiality, f.id,
                                 jsonb_build_object('action', 'release', 'file', f.id, 'reason', v_reason));
    END IF;
    IF FOUND THEN
        RETURN aktenwerk.refuse_invalid('Diese Sperre besteht schon.', 'This hold exists already.');
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = aktenwerk.to_uuid(a->>'file_id') FOR UPDATE;
    IF NOT FOUND OR f.deleted
       OR NOT (me.roles && ARRAY['administrator']
               OR aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id)) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF NOT me.roles && ARRAY['administrator'] AND NOT aktenwerk.keeps_records(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    INSERT INTO aktenwerk.legal_hold (id, file_id, department_code, confidentiality, reason)
        VALUES (p_id, f.id, f.department_code, f.confidentiality, v_reason);
    RETURN aktenwerk.applied('{}', 'legal_hold', p_id::text, f.department_code, f.confidentiality, f.id,
                             jsonb_build_object('action', 'hold', 'file', f.id, 'reason', v_reason));
END $$;

-- --- the one way in knows them ------------------------------------------------------------------

DO $$
DECLARE
    def text := pg_get_functiondef('aktenwerk.submit(jsonb)'::regprocedure);
    anchor constant text := E'            WHEN ''route.start'' THEN aktenwerk.cmd_route_start(me, id, op.args, recorded)\n';
    added constant text := E'            WHEN ''record.close'' THEN aktenwerk.cmd_record_close(me, op.type, id, op.args, recorded)\n'
        || E'            WHEN ''record.reopen'' THEN aktenwerk.cmd_record_reopen(me, op.type, id, op.args, recorded)\n'
        || E'            WHEN ''retention.set'' THEN aktenwerk.cmd_retention_set(me, id, op.args, recorded)\n'
        || E'            WHEN ''legal_hold.set'' THEN aktenwerk.cmd_legal_hold(me, id, op.args, recorded)\n';
BEGIN
    IF position(anchor IN def) = 0 THEN
        RAISE EXCEPTION 'submit() is not as schema 13 left it; cannot add records management';
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
