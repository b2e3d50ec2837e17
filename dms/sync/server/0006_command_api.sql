-- Aktenwerk central repository, schema 6: the server decides (issue 13).
--
-- Until schema 5 login roles wrote the tables themselves (INSERT/UPDATE under row-level
-- security) and the client named who and when. From here on:
--   * login roles hold no INSERT, UPDATE, DELETE or TRUNCATE on any table; reading stays under
--     FORCE ROW LEVEL SECURITY;
--   * every change arrives as a command through aktenwerk.submit(jsonb): SECURITY DEFINER, fixed
--     search_path, one transaction per batch. Each command type has one handler below
--     (aktenwerk.cmd_<type>) that takes the actor from session_user, the time from the server,
--     checks role, department, confidentiality and state itself and either refuses with a reason
--     code and a German and English message, or writes the rows. The batch then writes the
--     idempotence records (applied_op) and the server's audit events, hash-chained, in the same
--     transaction;
--   * the client's time of a change is kept only as "recorded_at" (recorded offline at);
--   * nothing user-callable appends audit events directly; the role "auditor" reads every row
--     and the audit trail and changes nothing.
--
-- Audit chain, format 2: hash = sha256(prev_hash || sha256(content)) where content is the
-- event's canonical JSON text without prev_hash. The content hashes of a batch are computed in
-- one statement; only the short link hash runs event by event. A verifier recomputes both from
-- the stored columns, event by event, from outside the database (aktenwerk-cli server
-- verify-audit). Events written before this schema keep format 1 (prev_hash inside content).

-- ---------------------------------------------------------------------------------------------
-- Roles: the auditor (Revision, Datenschutz) reads everything and writes nothing.

ALTER TABLE aktenwerk.app_user DROP CONSTRAINT IF EXISTS app_user_roles_check;
ALTER TABLE aktenwerk.app_user ADD CONSTRAINT app_user_roles_check
    CHECK (roles <@ ARRAY['clerk', 'team_lead', 'records_officer', 'administrator', 'auditor']);

-- ---------------------------------------------------------------------------------------------
-- No direct writes by login roles. Future functions are not executable by PUBLIC either.

REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA aktenwerk FROM aktenwerk_user;
REVOKE ALL ON ALL TABLES IN SCHEMA aktenwerk FROM PUBLIC;
REVOKE ALL ON SEQUENCE aktenwerk.change_seq FROM aktenwerk_user, PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE aktenwerk_owner IN SCHEMA aktenwerk REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

DROP POLICY IF EXISTS admin_write ON aktenwerk.setting;
DROP POLICY IF EXISTS plan_insert ON aktenwerk.plan_unit;
DROP POLICY IF EXISTS plan_update ON aktenwerk.plan_unit;
DROP POLICY IF EXISTS file_insert ON aktenwerk.file_record;
DROP POLICY IF EXISTS file_update ON aktenwerk.file_record;
DROP POLICY IF EXISTS own_ops_insert ON aktenwerk.applied_op;
DROP POLICY IF EXISTS own_ops_update ON aktenwerk.applied_op;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sub_file', 'case_record', 'document', 'version', 'conflict']
    LOOP
        EXECUTE format('DROP POLICY IF EXISTS row_insert ON aktenwerk.%I', t);
        EXECUTE format('DROP POLICY IF EXISTS row_update ON aktenwerk.%I', t);
    END LOOP;
END $$;

-- The old helpers that wrote without a command are internal now.
REVOKE ALL ON FUNCTION aktenwerk.next_reference_number(text, text, text), aktenwerk.audit(text, text, text, jsonb),
    aktenwerk.file_document(uuid, uuid), aktenwerk.checkout_document(uuid, integer),
    aktenwerk.release_document_lock(uuid), aktenwerk.break_document_lock(uuid), aktenwerk.share_file(uuid, text)
    FROM PUBLIC, aktenwerk_user;
REVOKE ALL ON FUNCTION aktenwerk.stamp_change(), aktenwerk.notify_change(), aktenwerk.version_is_immutable(),
    aktenwerk.check_version_content() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Offline changes keep the client's time, shown as "recorded offline at"; rows keep the server's.

ALTER TABLE aktenwerk.file_record ADD COLUMN recorded_at timestamptz;
ALTER TABLE aktenwerk.sub_file ADD COLUMN recorded_at timestamptz;
ALTER TABLE aktenwerk.case_record ADD COLUMN recorded_at timestamptz;
ALTER TABLE aktenwerk.document ADD COLUMN recorded_at timestamptz;
ALTER TABLE aktenwerk.version ADD COLUMN recorded_at timestamptz;

CREATE OR REPLACE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.id, NEW.document_id, NEW.number, NEW.sha256, NEW.size, NEW.mime_type, NEW.file_name, NEW.author,
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
REVOKE ALL ON FUNCTION aktenwerk.version_is_immutable() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Who may reference which content: whoever uploaded it completely, or whoever may read a
-- version that holds it. A hash alone is no capability.

CREATE TABLE aktenwerk.content_holder (
    sha256       text NOT NULL REFERENCES aktenwerk.content(sha256),
    login        text NOT NULL,
    since        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, login)
);
ALTER TABLE aktenwerk.content_holder ENABLE ROW LEVEL SECURITY;
ALTER TABLE aktenwerk.content_holder FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON aktenwerk.content_holder TO aktenwerk_owner USING (true) WITH CHECK (true);
CREATE POLICY own_read ON aktenwerk.content_holder FOR SELECT TO aktenwerk_user USING (login = session_user);

-- ---------------------------------------------------------------------------------------------
-- The audit trail: access columns (so that the same read rule as for rows applies), the client's
-- time of an offline change, and the chain format.

ALTER TABLE aktenwerk.audit_event
    ADD COLUMN department_code text,
    ADD COLUMN confidentiality text,
    ADD COLUMN file_id uuid,
    ADD COLUMN recorded_at timestamptz,
    ADD COLUMN format smallint NOT NULL DEFAULT 1 CHECK (format IN (1, 2));

-- The canonical text of a format-2 event (without prev_hash) — the verifier builds the same.
CREATE FUNCTION aktenwerk.audit_content_v2(p_seq bigint, p_at timestamptz, p_login text, p_action text,
                                           p_entity_type text, p_entity_id text, p_details jsonb,
                                           p_department text, p_level text, p_file uuid, p_recorded timestamptz)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT jsonb_build_array('aktenwerk-server-audit-v2', p_seq,
                             to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             p_login, p_action, p_entity_type, p_entity_id, p_details, p_department, p_level,
                             p_file::text, to_char(p_recorded AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;

-- Appends events to the chain, in array order, after the current head. Serialised by a
-- transaction-level advisory lock held to the commit, so the chain never forks. Internal: only
-- the command functions and the administrator's functions (run as the owner) call it.
CREATE FUNCTION aktenwerk.append_audit(p_actions text[], p_types text[], p_ids text[], p_details jsonb[],
                                       p_departments text[], p_levels text[], p_files uuid[],
                                       p_recorded timestamptz[], p_at timestamptz[])
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    n integer := coalesce(array_length(p_actions, 1), 0);
    head_seq bigint;
    prev text;
    first_prev text;
    contents text[];
    hashes text[];
    i integer;
BEGIN
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('aktenwerk.audit'));
    SELECT seq, hash INTO head_seq, prev FROM aktenwerk.audit_event ORDER BY seq DESC LIMIT 1;
    head_seq := coalesce(head_seq, 0);
    prev := coalesce(prev, repeat('0', 64));
    first_prev := prev;
    SELECT array_agg(encode(sha256(convert_to(aktenwerk.audit_content_v2(head_seq + k, p_at[k], session_user,
                                      p_actions[k], p_types[k], p_ids[k], p_details[k], p_departments[k],
                                      p_levels[k], p_files[k], p_recorded[k]), 'UTF8')), 'hex') ORDER BY k)
        INTO contents FROM generate_series(1, n) AS k;
    hashes := array_fill(NULL::text, ARRAY[n]);
    FOR i IN 1 .. n LOOP
        prev := encode(sha256(convert_to(prev || contents[i], 'UTF8')), 'hex');
        hashes[i] := prev;
    END LOOP;
    INSERT INTO aktenwerk.audit_event (seq, at, login, action, entity_type, entity_id, details, prev_hash, hash,
                                       department_code, confidentiality, file_id, recorded_at, format)
        SELECT head_seq + k, p_at[k], session_user, p_actions[k], p_types[k], coalesce(p_ids[k], ''),
               coalesce(p_details[k], '{}'), CASE WHEN k = 1 THEN first_prev ELSE hashes[k - 1] END,
               hashes[k], p_departments[k], p_levels[k], p_files[k], p_recorded[k], 2
        FROM generate_series(1, n) AS k;
    RETURN head_seq + n;
END $$;

-- The administrator's functions (server add-department, add-user, …) append through this.
CREATE OR REPLACE FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
BEGIN
    RETURN aktenwerk.append_audit(ARRAY[p_action], ARRAY[p_entity_type], ARRAY[p_entity_id], ARRAY[p_details],
                                  ARRAY[NULL::text], ARRAY[NULL::text], ARRAY[NULL::uuid], ARRAY[NULL::timestamptz],
                                  ARRAY[clock_timestamp()]);
END $$;
REVOKE ALL ON FUNCTION aktenwerk.audit(text, text, text, jsonb), aktenwerk.append_audit(text[], text[], text[],
    jsonb[], text[], text[], uuid[], timestamptz[], timestamptz[]) FROM PUBLIC, aktenwerk_user;
GRANT EXECUTE ON FUNCTION aktenwerk.audit_content_v2(bigint, timestamptz, text, text, text, text, jsonb, text, text,
    uuid, timestamptz) TO aktenwerk_user;

-- ---------------------------------------------------------------------------------------------
-- Reading: the auditor reads every row; others read the audit events they made and those about
-- rows they may read (the rows' own rule).

GRANT SELECT ON ALL TABLES IN SCHEMA aktenwerk TO aktenwerk_user;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['setting', 'department', 'app_user', 'plan_unit', 'file_record', 'file_share', 'sub_file',
                             'case_record', 'document', 'content', 'content_chunk', 'content_upload', 'content_holder',
                             'version', 'conflict', 'applied_op', 'reference_counter', 'audit_event', 'document_lock',
                             'schema_version']
    LOOP
        EXECUTE format('CREATE POLICY auditor_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user '
                       'USING ((SELECT aktenwerk.my_roles()) && ARRAY[''auditor''])', t);
    END LOOP;
END $$;

CREATE POLICY event_read ON aktenwerk.audit_event FOR SELECT TO aktenwerk_user USING (
    login = session_user
    OR (department_code IS NOT NULL
        AND (confidentiality NOT IN ('001', '004', '005')
             OR (SELECT aktenwerk.my_roles()) && ARRAY['clerk', 'team_lead', 'records_officer'])
        AND (department_code = (SELECT aktenwerk.my_department())
             OR EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = audit_event.file_id
                                                            AND s.department_code = (SELECT aktenwerk.my_department())))));

-- ---------------------------------------------------------------------------------------------
-- Content uploads: only roles that work on files upload; a chunk that is there already must be
-- sent with the same bytes (no "upload" of content one does not hold); the uploader becomes a
-- holder of the content and may reference it.

CREATE OR REPLACE FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) RETURNS integer[]
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    count integer;
BEGIN
    IF NOT aktenwerk.my_roles(session_user) && ARRAY['clerk', 'team_lead', 'records_officer'] THEN
        RAISE EXCEPTION 'only clerks, team leads and records officers upload content' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_sha !~ '^[0-9a-f]{64}$' OR p_size < 0 OR p_chunk_size < 1024 OR p_chunk_size > 64 * 1024 * 1024 THEN
        RAISE EXCEPTION 'invalid upload of %', p_sha USING ERRCODE = 'data_exception';
    END IF;
    count := (CASE WHEN p_size = 0 THEN 0 ELSE ((p_size + p_chunk_size - 1) / p_chunk_size)::integer END);
    INSERT INTO aktenwerk.content (sha256, size, chunk_size, chunk_count)
        VALUES (p_sha, p_size, p_chunk_size, count) ON CONFLICT (sha256) DO NOTHING;
    IF EXISTS (SELECT 1 FROM aktenwerk.content WHERE sha256 = p_sha AND (size <> p_size OR chunk_size <> p_chunk_size)) THEN
        RAISE EXCEPTION 'content % announced with another size', p_sha USING ERRCODE = 'data_exception';
    END IF;
    RETURN ARRAY(SELECT idx FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user ORDER BY idx);
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    c record;
    stored bytea;
BEGIN
    IF NOT aktenwerk.my_roles(session_user) && ARRAY['clerk', 'team_lead', 'records_officer'] THEN
        RAISE EXCEPTION 'only clerks, team leads and records officers upload content' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO c FROM aktenwerk.content WHERE sha256 = p_sha;
    IF c IS NULL THEN
        RAISE EXCEPTION 'upload of % was not begun', p_sha USING ERRCODE = 'data_exception';
    END IF;
    IF p_idx < 0 OR p_idx >= c.chunk_count
       OR length(p_data) <> (CASE WHEN p_idx = c.chunk_count - 1 THEN c.size - p_idx::bigint * c.chunk_size
                                  ELSE c.chunk_size END) THEN
        RAISE EXCEPTION 'chunk % of % has the wrong size', p_idx, p_sha USING ERRCODE = 'data_exception';
    END IF;
    IF encode(sha256(p_data), 'hex') <> p_chunk_sha THEN
        RAISE EXCEPTION 'chunk % of % does not match its checksum', p_idx, p_sha USING ERRCODE = 'data_exception';
    END IF;
    SELECT data INTO stored FROM aktenwerk.content_chunk WHERE sha256 = p_sha AND idx = p_idx;
    IF FOUND THEN
        IF stored <> p_data THEN
            RAISE EXCEPTION 'chunk % of % differs from the stored content', p_idx, p_sha USING ERRCODE = 'data_exception';
        END IF;
    ELSE
        INSERT INTO aktenwerk.content_chunk (sha256, idx, data) VALUES (p_sha, p_idx, p_data) ON CONFLICT DO NOTHING;
    END IF;
    INSERT INTO aktenwerk.content_upload (sha256, uploader, idx) VALUES (p_sha, session_user, p_idx) ON CONFLICT DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.upload_finish(p_sha text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE c record;
BEGIN
    IF NOT aktenwerk.my_roles(session_user) && ARRAY['clerk', 'team_lead', 'records_officer'] THEN
        RAISE EXCEPTION 'only clerks, team leads and records officers upload content' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO c FROM aktenwerk.content WHERE sha256 = p_sha FOR UPDATE;
    IF c IS NULL THEN
        RAISE EXCEPTION 'upload of % was not begun', p_sha USING ERRCODE = 'data_exception';
    END IF;
    -- Every chunk must have come from this uploader (with the right bytes).
    IF (SELECT count(*) FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user) <> c.chunk_count THEN
        RAISE EXCEPTION 'upload of % is incomplete', p_sha USING ERRCODE = 'data_exception';
    END IF;
    IF NOT c.complete THEN
        -- Whole-content check on the server's side as well: the chunks put together are the content.
        IF c.chunk_count > 0 AND (SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY idx)), 'hex')
                                  FROM aktenwerk.content_chunk WHERE sha256 = p_sha) <> p_sha THEN
            RAISE EXCEPTION 'content % does not match its checksum', p_sha USING ERRCODE = 'data_exception';
        END IF;
        UPDATE aktenwerk.content SET complete = true WHERE sha256 = p_sha;
    END IF;
    INSERT INTO aktenwerk.content_holder (sha256, login) VALUES (p_sha, session_user) ON CONFLICT DO NOTHING;
    DELETE FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user;
END $$;

-- ---------------------------------------------------------------------------------------------
-- The command API.

-- Who is acting: read once per batch.
CREATE TYPE aktenwerk.actor AS (login text, department text, roles text[]);

-- What a command handler decided. ok: the rows are written, the audit event is described by the
-- remaining fields. Not ok: nothing was written; code and messages say why.
CREATE TYPE aktenwerk.outcome AS (
    ok              boolean,
    code            text,
    message_de      text,
    message_en      text,
    result          jsonb,
    entity_type     text,
    entity_id       text,
    department_code text,
    confidentiality text,
    file_id         uuid,
    details         jsonb
);

CREATE FUNCTION aktenwerk.refuse(p_code text, p_de text, p_en text, p_result jsonb DEFAULT '{}')
    RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(false, p_code, p_de, p_en, p_result, NULL, NULL, NULL, NULL, NULL, NULL)::aktenwerk.outcome
$$;

CREATE FUNCTION aktenwerk.applied(p_result jsonb, p_type text, p_id text, p_department text, p_level text,
                                  p_file uuid, p_details jsonb DEFAULT '{}')
    RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(true, NULL, NULL, NULL, coalesce(p_result, '{}'), p_type, p_id, p_department, p_level, p_file,
               coalesce(p_details, '{}'))::aktenwerk.outcome
$$;

-- A uuid from text, or NULL when it is none (a malformed argument is refused, not an error).
CREATE FUNCTION aktenwerk.to_uuid(p text) RETURNS uuid LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p IS NULL OR p !~* '^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$' THEN
        RETURN NULL;
    END IF;
    RETURN p::uuid;
END $$;

CREATE FUNCTION aktenwerk.working(me aktenwerk.actor) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT me.roles && ARRAY['clerk', 'team_lead', 'records_officer']
$$;

-- The rows' read rule for one row, for the actor (as in the policies).
CREATE FUNCTION aktenwerk.can_read(me aktenwerk.actor, p_department text, p_level text, p_file uuid)
    RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT me.roles && ARRAY['auditor']
        OR ((p_level NOT IN ('001', '004', '005') OR aktenwerk.working(me))
            AND (p_department = me.department
                 OR (p_file IS NOT NULL AND EXISTS (SELECT 1 FROM aktenwerk.file_share s
                                                    WHERE s.file_id = p_file AND s.department_code = me.department))))
$$;

-- The write rule: the row's department is the actor's, and the actor works on files.
CREATE FUNCTION aktenwerk.can_write(me aktenwerk.actor, p_department text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT p_department = me.department AND aktenwerk.working(me)
$$;

CREATE FUNCTION aktenwerk.setting_value(p_key text, p_default text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT value FROM aktenwerk.setting WHERE key = p_key AND value <> ''), p_default)
$$;

-- A reference from its template ("{plan}-{seq:04}/{year}", "{file}-{case:03}"); the same rules
-- as Model::ReferenceTemplate. p_scope_only: the running number as '#' (the counter's scope).
CREATE FUNCTION aktenwerk.render_reference(p_template text, p_plan text, p_dept text, p_seq integer, p_year integer,
                                           p_file text, p_case integer, p_scope_only boolean)
    RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    m text[];
    res text := '';
    ph text;
    width integer;
    n text;
BEGIN
    FOR m IN SELECT regexp_matches(p_template, '\{([a-z]+)(?::([0-9]+))?\}|([^{]+|\{)', 'g') LOOP
        IF m[3] IS NOT NULL THEN
            res := res || m[3];
            CONTINUE;
        END IF;
        ph := m[1];
        width := coalesce(m[2]::integer, 0);
        IF ph = 'plan' THEN
            res := res || p_plan;
        ELSIF ph = 'dept' THEN
            res := res || p_dept;
        ELSIF ph = 'file' THEN
            res := res || p_file;
        ELSIF ph = 'year' THEN
            res := res || CASE WHEN width = 2 THEN lpad((p_year % 100)::text, 2, '0') ELSE p_year::text END;
        ELSIF ph IN ('seq', 'case') THEN
            IF p_scope_only THEN
                res := res || '#';
            ELSE
                n := (CASE WHEN ph = 'seq' THEN p_seq ELSE p_case END)::text;
                res := res || CASE WHEN length(n) >= width THEN n ELSE lpad(n, width, '0') END;
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown placeholder {%} in the reference template %', ph, p_template
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    RETURN res;
END $$;

-- Reference numbering, the one place on the server: the next free file reference of a scope.
-- Numbers taken under an earlier template are skipped.
CREATE FUNCTION aktenwerk.next_file_reference(p_plan text, p_dept text, p_year integer, OUT seq integer, OUT reference text)
    LANGUAGE plpgsql AS $$
DECLARE
    tmpl text := aktenwerk.setting_value('reference.file_template', '{plan}-{seq:04}/{year}');
    v_scope text := aktenwerk.render_reference(tmpl, p_plan, p_dept, 0, p_year, NULL, 0, true);
BEGIN
    FOR attempt IN 1 .. 1000 LOOP
        INSERT INTO aktenwerk.reference_counter AS c (scope, last_value) VALUES (v_scope, 1)
            ON CONFLICT (scope) DO UPDATE SET last_value = c.last_value + 1
            RETURNING last_value INTO seq;
        reference := aktenwerk.render_reference(tmpl, p_plan, p_dept, seq, p_year, NULL, 0, false);
        IF NOT EXISTS (SELECT 1 FROM aktenwerk.file_record f WHERE f.reference = next_file_reference.reference) THEN
            RETURN;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'no free file reference in %', v_scope;
END $$;

CREATE FUNCTION aktenwerk.case_reference(p_file_reference text, p_number integer) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT aktenwerk.render_reference(aktenwerk.setting_value('reference.case_template', '{file}-{case:03}'), NULL,
                                      NULL, 0, extract(year FROM now())::integer, p_file_reference, p_number, false)
$$;

-- Brings back a deleted row that a change made offline still needs. Returns whether it did.
CREATE FUNCTION aktenwerk.revive(p_table text, p_id uuid) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
    IF p_id IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('UPDATE aktenwerk.%I SET deleted = false, revision = revision + 1, modified_at = now(), '
                   'modified_by = session_user WHERE id = $1 AND deleted', p_table) USING p_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n > 0;
END $$;

-- Whether the actor may reference the content p_sha: uploaded it, or may read a version with it.
CREATE FUNCTION aktenwerk.holds_content(me aktenwerk.actor, p_sha text, p_size bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM aktenwerk.content c WHERE c.sha256 = p_sha AND c.complete AND c.size = p_size)
       AND (EXISTS (SELECT 1 FROM aktenwerk.content_holder h WHERE h.sha256 = p_sha AND h.login = me.login)
            OR EXISTS (SELECT 1 FROM aktenwerk.version v WHERE v.sha256 = p_sha
                                                          AND aktenwerk.can_read(me, v.department_code, v.confidentiality, v.file_id)))
$$;

-- Refusals used by several handlers.
CREATE FUNCTION aktenwerk.refuse_role(p_what_de text, p_what_en text) RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT aktenwerk.refuse('not_permitted', format('Ihre Rolle erlaubt nicht, %s.', p_what_de),
                            format('Your role does not allow you to %s.', p_what_en))
$$;
CREATE FUNCTION aktenwerk.refuse_missing(p_what_de text, p_what_en text) RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT aktenwerk.refuse('not_found', format('%s ist auf dem Server nicht vorhanden oder für Sie nicht sichtbar.', p_what_de),
                            format('%s is not on the server, or you may not see it.', p_what_en))
$$;
CREATE FUNCTION aktenwerk.refuse_department(p_department text) RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT aktenwerk.refuse('not_permitted',
                            format('Das gehört zum Fachbereich %s; Sie dürfen es lesen, aber nicht ändern.', p_department),
                            format('This belongs to department %s; you may read it but not change it.', p_department))
$$;
CREATE FUNCTION aktenwerk.refuse_closed(p_label text) RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT aktenwerk.refuse('closed',
                            format('%s ist abgeschlossen (z.d.A.) und kann nicht mehr geändert werden.', p_label),
                            format('%s is closed and can no longer be changed.', p_label))
$$;
CREATE FUNCTION aktenwerk.refuse_invalid(p_de text, p_en text) RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT aktenwerk.refuse('invalid', p_de, p_en)
$$;

-- The state of a document, its case and its file, for the checks of the handlers.
CREATE FUNCTION aktenwerk.document_state(p_document uuid, OUT present boolean, OUT department_code text,
                                         OUT confidentiality text, OUT file_id uuid, OUT case_id uuid,
                                         OUT deleted boolean, OUT closed boolean, OUT title text)
    LANGUAGE sql STABLE AS $$
    SELECT true, d.department_code, d.confidentiality, d.file_id, d.case_id, d.deleted,
           d.status <> 'open' OR coalesce(c.status <> 'open', false) OR coalesce(f.status <> 'open', false), d.title
    FROM aktenwerk.document d
    LEFT JOIN aktenwerk.case_record c ON c.id = d.case_id
    LEFT JOIN aktenwerk.file_record f ON f.id = d.file_id
    WHERE d.id = p_document
$$;

-- --- plan units ------------------------------------------------------------------------------

CREATE FUNCTION aktenwerk.retention_years(p text, OUT ok boolean, OUT years integer) LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE t text := lower(btrim(coalesce(p, '')));
BEGIN
    ok := true;
    IF t IN ('', 'unbefristet', 'unlimited', 'dauernd', '-1') THEN
        years := NULL;
    ELSIF t ~ '^[0-9]{1,3}$' THEN
        years := t::integer;
    ELSE
        ok := false;
    END IF;
END $$;

CREATE FUNCTION aktenwerk.cmd_plan_unit_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    v_code text := btrim(coalesce(a->>'code', ''));
    parent uuid;
    r record;
BEGIN
    IF NOT me.roles && ARRAY['records_officer', 'administrator'] THEN
        RETURN aktenwerk.refuse_role('den Aktenplan zu ändern', 'change the file plan');
    END IF;
    IF p_id IS NULL OR v_code = '' OR btrim(coalesce(a->>'title', '')) = '' THEN
        RETURN aktenwerk.refuse_invalid('Eine Aktenplaneinheit braucht Kennzeichen und Titel.',
                                        'A plan unit needs a code and a title.');
    END IF;
    IF coalesce(a->>'disposal', '') NOT IN ('A', 'B', 'V') THEN
        RETURN aktenwerk.refuse_invalid('Die Aussonderungsart muss A, B oder V sein.', 'The disposal type must be A, B or V.');
    END IF;
    SELECT * INTO r FROM aktenwerk.retention_years(a->>'retention');
    IF NOT r.ok THEN
        RETURN aktenwerk.refuse_invalid('Die Aufbewahrungsfrist ist keine Zahl von Jahren.',
                                        'The retention is not a number of years.');
    END IF;
    IF coalesce(a->>'parent_code', '') <> '' THEN
        SELECT id INTO parent FROM aktenwerk.plan_unit WHERE plan_unit.code = a->>'parent_code' AND NOT deleted;
        IF parent IS NULL THEN
            RETURN aktenwerk.refuse_missing(format('Die übergeordnete Aktenplaneinheit %s', a->>'parent_code'),
                                            format('The parent plan unit %s', a->>'parent_code'));
        END IF;
    END IF;
    -- The department a unit names is where its files usually belong (a default for new files);
    -- a plan may name departments the server does not have yet.
    IF EXISTS (SELECT 1 FROM aktenwerk.plan_unit WHERE plan_unit.code = v_code OR id = p_id) THEN
        RETURN aktenwerk.refuse('duplicate_code',
                                format('Das Kennzeichen %s ist im Aktenplan schon vergeben.', v_code),
                                format('The plan code %s exists already.', v_code));
    END IF;
    INSERT INTO aktenwerk.plan_unit (id, parent_id, code, title, description, retention_years, disposal_type, retired,
                                     department_code)
        VALUES (p_id, parent, v_code, btrim(a->>'title'), coalesce(a->>'description', ''), r.years, a->>'disposal',
                coalesce((a->>'retired')::boolean, false), coalesce(a->>'department', ''));
    RETURN aktenwerk.applied(jsonb_build_object('code', v_code), 'plan_unit', p_id::text, NULL, NULL, NULL);
END $$;

CREATE FUNCTION aktenwerk.cmd_plan_unit_update(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    u aktenwerk.plan_unit;
    r record;
BEGIN
    IF NOT me.roles && ARRAY['records_officer', 'administrator'] THEN
        RETURN aktenwerk.refuse_role('den Aktenplan zu ändern', 'change the file plan');
    END IF;
    SELECT * INTO u FROM aktenwerk.plan_unit WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN aktenwerk.refuse_missing('Die Aktenplaneinheit', 'The plan unit');
    END IF;
    IF a ? 'code' AND a->>'code' <> u.code THEN
        RETURN aktenwerk.refuse_invalid('Das Kennzeichen einer Aktenplaneinheit ist unveränderlich.',
                                        'The code of a plan unit cannot change.');
    END IF;
    IF a ? 'title' THEN
        IF btrim(coalesce(a->>'title', '')) = '' THEN
            RETURN aktenwerk.refuse_invalid('Eine Aktenplaneinheit braucht einen Titel.', 'A plan unit needs a title.');
        END IF;
        u.title := btrim(a->>'title');
    END IF;
    IF a ? 'description' THEN
        u.description := coalesce(a->>'description', '');
    END IF;
    IF a ? 'retention' THEN
        SELECT * INTO r FROM aktenwerk.retention_years(a->>'retention');
        IF NOT r.ok THEN
            RETURN aktenwerk.refuse_invalid('Die Aufbewahrungsfrist ist keine Zahl von Jahren.',
                                            'The retention is not a number of years.');
        END IF;
        u.retention_years := r.years;
    END IF;
    IF a ? 'disposal' THEN
        IF coalesce(a->>'disposal', '') NOT IN ('A', 'B', 'V') THEN
            RETURN aktenwerk.refuse_invalid('Die Aussonderungsart muss A, B oder V sein.',
                                            'The disposal type must be A, B or V.');
        END IF;
        u.disposal_type := a->>'disposal';
    END IF;
    IF a ? 'retired' THEN
        u.retired := coalesce((a->>'retired')::boolean, false);
    END IF;
    IF a ? 'department' THEN
        u.department_code := coalesce(a->>'department', '');
    END IF;
    UPDATE aktenwerk.plan_unit
        SET title = u.title, description = u.description, retention_years = u.retention_years,
            disposal_type = u.disposal_type, retired = u.retired, department_code = u.department_code,
            revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('code', u.code), 'plan_unit', p_id::text, NULL, NULL, NULL);
END $$;

-- --- files, volumes, cases -------------------------------------------------------------------

CREATE FUNCTION aktenwerk.cmd_file_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    dept text := coalesce(nullif(a->>'department', ''), me.department);
    level text;
    title text := btrim(coalesce(a->>'title', ''));
    unit aktenwerk.plan_unit;
    this_year integer := extract(year FROM now())::integer;
    yr integer;
    ref record;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Akten anzulegen', 'create files');
    END IF;
    IF dept IS DISTINCT FROM me.department THEN
        RETURN aktenwerk.refuse('not_permitted', format('Sie dürfen nur Akten Ihres Fachbereichs %s anlegen.', me.department),
                                format('You may only create files of your department %s.', me.department));
    END IF;
    SELECT coalesce(nullif(a->>'confidentiality', ''), d.default_confidentiality) INTO level
        FROM aktenwerk.department d WHERE d.code = dept;
    IF level IS NULL OR level NOT IN ('001', '002', '003', '004', '005') THEN
        RETURN aktenwerk.refuse_invalid('Die Vertraulichkeitsstufe ist unbekannt.', 'The confidentiality level is unknown.');
    END IF;
    IF p_id IS NULL OR title = '' OR length(title) > 500 THEN
        RETURN aktenwerk.refuse_invalid('Eine Akte braucht einen Titel (höchstens 500 Zeichen).',
                                        'A file needs a title (at most 500 characters).');
    END IF;
    SELECT * INTO unit FROM aktenwerk.plan_unit WHERE id = aktenwerk.to_uuid(a->>'plan_unit');
    IF NOT FOUND OR unit.deleted THEN
        RETURN aktenwerk.refuse_missing(format('Die Aktenplaneinheit %s', coalesce(a->>'plan_code', '')),
                                        format('The plan unit %s', coalesce(a->>'plan_code', '')));
    END IF;
    IF unit.retired THEN
        RETURN aktenwerk.refuse('retired',
                                format('Die Aktenplaneinheit %s ist stillgelegt: darunter entstehen keine neuen Akten.', unit.code),
                                format('The plan unit %s is retired: no new files can be created below it.', unit.code));
    END IF;
    -- The year of the reference is the server's; a file made offline around New Year keeps the
    -- year it was made in.
    yr := CASE WHEN (a->>'year') ~ '^[0-9]{4}$' AND (a->>'year')::integer BETWEEN this_year - 1 AND this_year
               THEN (a->>'year')::integer ELSE this_year END;
    SELECT * INTO ref FROM aktenwerk.next_file_reference(unit.code, dept, yr);
    INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code, confidentiality,
                                       type, metadata, recorded_at)
        VALUES (p_id, unit.id, ref.reference, ref.seq, yr, title, dept, level, coalesce(a->>'type', ''),
                coalesce(a->'metadata', '{}'), p_recorded);
    RETURN aktenwerk.applied(jsonb_build_object('reference', ref.reference, 'seq', ref.seq), 'file', p_id::text, dept,
                             level, p_id);
END $$;

-- A volume or a case in a file: the file is visible, the actor's, open; deleted meanwhile, it comes back.
CREATE FUNCTION aktenwerk.cmd_file_child_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                                p_case boolean)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    title text := btrim(coalesce(a->>'title', ''));
    sub uuid := aktenwerk.to_uuid(a->>'sub_file_id');
    number integer;
    reference text;
    revived boolean;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role(CASE WHEN p_case THEN 'Vorgänge anzulegen' ELSE 'Bände anzulegen' END,
                                     CASE WHEN p_case THEN 'create cases' ELSE 'create volumes' END);
    END IF;
    IF p_id IS NULL OR title = '' OR length(title) > 500 THEN
        RETURN aktenwerk.refuse_invalid('Der Titel fehlt oder ist zu lang.', 'The title is missing or too long.');
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = aktenwerk.to_uuid(a->>'file_id') FOR UPDATE;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF NOT aktenwerk.can_write(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF f.status <> 'open' THEN
        RETURN aktenwerk.refuse_closed(format('Die Akte %s', f.reference));
    END IF;
    IF sub IS NOT NULL AND NOT EXISTS (SELECT 1 FROM aktenwerk.sub_file s WHERE s.id = sub AND s.file_id = f.id) THEN
        RETURN aktenwerk.refuse_missing('Der Band', 'The volume');
    END IF;
    revived := aktenwerk.revive('file_record', f.id);
    IF p_case THEN
        SELECT coalesce(max(c.number), 0) + 1 INTO number FROM aktenwerk.case_record c WHERE c.file_id = f.id;
        reference := aktenwerk.case_reference(f.reference, number);
        INSERT INTO aktenwerk.case_record (id, file_id, sub_file_id, number, reference, title, type, metadata,
                                           department_code, confidentiality, recorded_at)
            VALUES (p_id, f.id, sub, number, reference, title, coalesce(a->>'type', ''), coalesce(a->'metadata', '{}'),
                    f.department_code, f.confidentiality, p_recorded);
        RETURN aktenwerk.applied(jsonb_build_object('reference', reference, 'number', number), 'case', p_id::text,
                                 f.department_code, f.confidentiality, f.id,
                                 CASE WHEN revived THEN jsonb_build_object('revived', jsonb_build_array(f.id)) END);
    END IF;
    SELECT coalesce(max(s.number), 0) + 1 INTO number FROM aktenwerk.sub_file s WHERE s.file_id = f.id;
    INSERT INTO aktenwerk.sub_file (id, file_id, number, title, department_code, confidentiality, recorded_at)
        VALUES (p_id, f.id, number, title, f.department_code, f.confidentiality, p_recorded);
    RETURN aktenwerk.applied(jsonb_build_object('number', number), 'sub_file', p_id::text, f.department_code,
                             f.confidentiality, f.id,
                             CASE WHEN revived THEN jsonb_build_object('revived', jsonb_build_array(f.id)) END);
END $$;

-- --- documents and versions ------------------------------------------------------------------

CREATE FUNCTION aktenwerk.version_args_refusal(me aktenwerk.actor, a jsonb) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF coalesce(a->>'sha256', '') !~ '^[0-9a-f]{64}$' OR coalesce(a->>'size', '') !~ '^[0-9]{1,18}$' THEN
        RETURN aktenwerk.refuse_invalid('Der Inhaltsverweis ist ungültig.', 'The content reference is not valid.');
    END IF;
    IF coalesce(a->>'origin', '') NOT IN ('import', 'scan', 'edit', 'restore', 'parallel') THEN
        RETURN aktenwerk.refuse_invalid('Die Herkunft der Version ist unbekannt.', 'The origin of the version is unknown.');
    END IF;
    IF NOT aktenwerk.holds_content(me, a->>'sha256', (a->>'size')::bigint) THEN
        RETURN aktenwerk.refuse('content_missing',
                                'Der Inhalt ist auf dem Server nicht vollständig hochgeladen.',
                                'The content has not been uploaded to the server completely.');
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION aktenwerk.cmd_document_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    case_id uuid := aktenwerk.to_uuid(a->>'case_id');
    c record;
    dept text;
    level text;
    file uuid;
    title text := coalesce(nullif(btrim(coalesce(a->>'title', '')), ''), a->>'file_name', '');
    refusal aktenwerk.outcome;
    version_id uuid := coalesce(aktenwerk.to_uuid(a->>'version_id'), gen_random_uuid());
    revived jsonb := '[]';
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Dokumente abzulegen', 'add documents');
    END IF;
    IF p_id IS NULL OR title = '' OR length(title) > 1000 THEN
        RETURN aktenwerk.refuse_invalid('Das Dokument braucht einen Titel.', 'The document needs a title.');
    END IF;
    IF nullif(a->>'case_id', '') IS NOT NULL THEN
        SELECT cs.id, cs.file_id, cs.department_code, cs.confidentiality, cs.status, cs.reference, cs.deleted,
               f.status AS file_status, f.deleted AS file_deleted
            INTO c
            FROM aktenwerk.case_record cs JOIN aktenwerk.file_record f ON f.id = cs.file_id
            WHERE cs.id = case_id FOR UPDATE OF cs;
        IF NOT FOUND OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
            RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
        END IF;
        IF NOT aktenwerk.can_write(me, c.department_code) THEN
            RETURN aktenwerk.refuse_department(c.department_code);
        END IF;
        IF c.status <> 'open' OR c.file_status <> 'open' THEN
            RETURN aktenwerk.refuse_closed(format('Der Vorgang %s', c.reference));
        END IF;
        dept := c.department_code;
        level := c.confidentiality;
        file := c.file_id;
    ELSE
        dept := me.department; -- the intake (Posteingang) of the actor's department
        level := '003';
        file := NULL;
    END IF;
    refusal := aktenwerk.version_args_refusal(me, a);
    IF refusal.code IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.document WHERE id = p_id) THEN
        RETURN aktenwerk.refuse('invalid', 'Ein Dokument mit dieser Kennung gibt es schon.',
                                'A document with this id exists already.');
    END IF;
    IF file IS NOT NULL THEN
        IF aktenwerk.revive('case_record', case_id) THEN
            revived := revived || to_jsonb(case_id);
        END IF;
        IF aktenwerk.revive('file_record', file) THEN
            revived := revived || to_jsonb(file);
        END IF;
    END IF;
    INSERT INTO aktenwerk.document (id, case_id, title, type, metadata, current_version, department_code,
                                    confidentiality, file_id, recorded_at)
        VALUES (p_id, case_id, title, coalesce(a->>'type', ''), coalesce(a->'metadata', '{}'), 1, dept, level, file,
                p_recorded);
    INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, file_name, author, created_at,
                                   comment, origin, department_code, confidentiality, file_id, transfer_note, ocr,
                                   recorded_at)
        VALUES (version_id, p_id, 1, a->>'sha256', (a->>'size')::bigint,
                coalesce(nullif(a->>'mime_type', ''), 'application/octet-stream'), coalesce(a->>'file_name', ''),
                session_user, now(), coalesce(a->>'comment', ''), a->>'origin', dept, level, file,
                nullif(a->>'transfer_note', ''), nullif(a->>'ocr', ''), p_recorded);
    RETURN aktenwerk.applied(jsonb_build_object('number', 1, 'version_id', version_id), 'document', p_id::text, dept,
                             level, file,
                             CASE WHEN jsonb_array_length(revived) > 0 THEN jsonb_build_object('revived', revived) END);
END $$;

-- version.add and document.checkin: the next version. An edit whose base is no longer the current
-- version (someone checked in meanwhile), or a check-in while someone else holds the lock, is
-- kept as a parallel version of its base: never lost, never silently on top.
CREATE FUNCTION aktenwerk.cmd_version_add(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
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
    number integer;
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
    SELECT coalesce(max(v.number), 0) + 1 INTO number FROM aktenwerk.version v WHERE v.document_id = p_id;
    IF base > 0 AND (current_id IS DISTINCT FROM base_id OR (other_lock AND p_checkin)) THEN
        parallel_to := base;
        origin := 'parallel';
    ELSIF origin = 'parallel' THEN
        origin := 'edit'; -- parallel here, but not on the server
    END IF;
    INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, file_name, author, created_at,
                                   comment, origin, department_code, confidentiality, file_id, base_version,
                                   parallel_to, transfer_note, ocr, recorded_at)
        VALUES (version_id, p_id, number, a->>'sha256', (a->>'size')::bigint,
                coalesce(nullif(a->>'mime_type', ''), 'application/octet-stream'), coalesce(a->>'file_name', ''),
                session_user, now(), coalesce(a->>'comment', ''), origin, d.department_code, d.confidentiality,
                d.file_id, nullif(base, 0), nullif(parallel_to, 0), nullif(a->>'transfer_note', ''),
                nullif(a->>'ocr', ''), p_recorded);
    IF p_checkin THEN
        PERFORM aktenwerk.release_document_lock(p_id);
    END IF;
    UPDATE aktenwerk.document SET current_version = number, revision = revision + 1, modified_at = now(),
                                  modified_by = session_user
        WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('number', number, 'parallel_to', parallel_to, 'version_id', version_id),
                             'document', p_id::text, d.department_code, d.confidentiality, d.file_id,
                             CASE WHEN jsonb_array_length(revived) > 0 THEN jsonb_build_object('revived', revived) END);
END $$;

-- Filing an intake document into a case (schema 3's rules, now answered as a refusal).
CREATE FUNCTION aktenwerk.cmd_document_file(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    d aktenwerk.document;
    c aktenwerk.case_record;
    f aktenwerk.file_record;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Dokumente abzulegen', 'file documents');
    END IF;
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR d.deleted OR NOT aktenwerk.can_read(me, d.department_code, d.confidentiality, d.file_id) THEN
        RETURN aktenwerk.refuse_missing('Das Dokument', 'The document');
    END IF;
    IF NOT aktenwerk.can_write(me, d.department_code) THEN
        RETURN aktenwerk.refuse_department(d.department_code);
    END IF;
    SELECT * INTO c FROM aktenwerk.case_record WHERE id = aktenwerk.to_uuid(a->>'case_id') FOR SHARE;
    IF NOT FOUND OR c.deleted OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Vorgang', 'The case');
    END IF;
    IF d.case_id IS NOT NULL THEN
        IF d.case_id = c.id THEN
            RETURN aktenwerk.applied(jsonb_build_object('reference', c.reference), 'document', p_id::text,
                                     d.department_code, d.confidentiality, d.file_id); -- filed there already
        END IF;
        RETURN aktenwerk.refuse('already_filed', 'Das Dokument ist schon in einem anderen Vorgang abgelegt.',
                                'The document is already filed in another case.');
    END IF;
    IF NOT aktenwerk.can_write(me, c.department_code) THEN
        RETURN aktenwerk.refuse_department(c.department_code);
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = c.file_id FOR SHARE;
    IF c.status <> 'open' OR f.status <> 'open' OR f.deleted THEN
        RETURN aktenwerk.refuse_closed(format('Der Vorgang %s', c.reference));
    END IF;
    UPDATE aktenwerk.document
        SET case_id = c.id, file_id = c.file_id, department_code = c.department_code,
            confidentiality = c.confidentiality, revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    UPDATE aktenwerk.version
        SET file_id = c.file_id, department_code = c.department_code, confidentiality = c.confidentiality,
            revision = revision + 1
        WHERE document_id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('reference', c.reference), 'document', p_id::text, c.department_code,
                             c.confidentiality, c.file_id);
END $$;

-- Check-out (schema 4's lock), release and breaking a lock.
CREATE FUNCTION aktenwerk.cmd_document_checkout(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    d aktenwerk.document;
    s record;
    lk record;
    hours integer := greatest(1, coalesce(nullif(aktenwerk.setting_value('checkout.expiry_hours', ''), '')::integer, 168));
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Dokumente auszuchecken', 'check documents out');
    END IF;
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_id;
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
    SELECT * INTO lk FROM aktenwerk.checkout_document(p_id, hours);
    -- An offline edit reported late is never refused: its check-in becomes a parallel version.
    IF NOT lk.granted AND NOT coalesce((a->>'offline')::boolean, false) THEN
        RETURN aktenwerk.refuse('checked_out',
                                format('Das Dokument ist seit %s von %s ausgecheckt.',
                                       to_char(lk.held_since AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY HH24:MI'), lk.holder),
                                format('The document is checked out by %s since %s.', lk.holder,
                                       to_char(lk.held_since AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')),
                                jsonb_build_object('holder', lk.holder, 'since', lk.held_since, 'until', lk.held_until));
    END IF;
    RETURN aktenwerk.applied(jsonb_build_object('granted', lk.granted, 'holder', lk.holder, 'since', lk.held_since,
                                                'until', lk.held_until),
                             'document', p_id::text, d.department_code, d.confidentiality, d.file_id);
END $$;

CREATE FUNCTION aktenwerk.cmd_document_checkout_cancel(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    d aktenwerk.document;
    released boolean;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Dokumente auszuchecken', 'check documents out');
    END IF;
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_id;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, d.department_code, d.confidentiality, d.file_id) THEN
        RETURN aktenwerk.refuse_missing('Das Dokument', 'The document');
    END IF;
    released := aktenwerk.release_document_lock(p_id);
    RETURN aktenwerk.applied(jsonb_build_object('released', released), 'document', p_id::text, d.department_code,
                             d.confidentiality, d.file_id);
END $$;

CREATE FUNCTION aktenwerk.cmd_lock_break(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    d aktenwerk.document;
    previous text;
BEGIN
    IF NOT me.roles && ARRAY['team_lead', 'administrator'] THEN
        RETURN aktenwerk.refuse_role('die Sperre anderer aufzuheben (nur Teamleitung oder Administration)',
                                     'break someone else''s lock (team leads and administrators only)');
    END IF;
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_id;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, d.department_code, d.confidentiality, d.file_id) THEN
        RETURN aktenwerk.refuse_missing('Das Dokument', 'The document');
    END IF;
    previous := aktenwerk.break_document_lock(p_id);
    RETURN aktenwerk.applied(jsonb_build_object('owner', previous), 'document', p_id::text, d.department_code,
                             d.confidentiality, d.file_id);
END $$;

-- --- field changes, tombstones, conflicts, shares -------------------------------------------

CREATE FUNCTION aktenwerk.entity_table(p_type text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_type WHEN 'file' THEN 'file_record' WHEN 'case' THEN 'case_record' WHEN 'document' THEN 'document'
                       WHEN 'sub_file' THEN 'sub_file' END
$$;

-- The access columns and state of a file, volume, case or document.
CREATE FUNCTION aktenwerk.entity_state(p_type text, p_id uuid, OUT present boolean, OUT department_code text,
                                       OUT confidentiality text, OUT file_id uuid, OUT closed boolean,
                                       OUT deleted boolean, OUT label text)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    present := false;
    IF p_type = 'file' THEN
        SELECT true, f.department_code, f.confidentiality, f.id, f.status <> 'open', f.deleted, f.reference
            INTO present, department_code, confidentiality, file_id, closed, deleted, label
            FROM aktenwerk.file_record f WHERE f.id = p_id;
    ELSIF p_type = 'sub_file' THEN
        SELECT true, s.department_code, s.confidentiality, s.file_id, f.status <> 'open', s.deleted, s.title
            INTO present, department_code, confidentiality, file_id, closed, deleted, label
            FROM aktenwerk.sub_file s JOIN aktenwerk.file_record f ON f.id = s.file_id WHERE s.id = p_id;
    ELSIF p_type = 'case' THEN
        SELECT true, c.department_code, c.confidentiality, c.file_id, c.status <> 'open' OR f.status <> 'open',
               c.deleted, c.reference
            INTO present, department_code, confidentiality, file_id, closed, deleted, label
            FROM aktenwerk.case_record c JOIN aktenwerk.file_record f ON f.id = c.file_id WHERE c.id = p_id;
    ELSIF p_type = 'document' THEN
        SELECT true, s.department_code, s.confidentiality, s.file_id, s.closed, s.deleted, s.title
            INTO present, department_code, confidentiality, file_id, closed, deleted, label
            FROM aktenwerk.document_state(p_id) s WHERE s.present;
    END IF;
    present := coalesce(present, false);
END $$;

-- Field edits carry old and new per field: merged per field; a clash keeps the server's value and
-- records a conflict both sides see.
CREATE FUNCTION aktenwerk.cmd_fields_update(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                            p_op uuid, p_type text)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    etype text := coalesce(nullif(a->>'entity_type', ''), p_type);
    tbl text := aktenwerk.entity_table(etype);
    s record;
    cur record;
    v_title text;
    type text;
    metadata jsonb;
    change jsonb;
    field text;
    old_value text;
    new_value text;
    cur_value text;
    changed boolean := false;
    conflicts integer := 0;
BEGIN
    IF tbl IS NULL THEN
        RETURN aktenwerk.refuse_invalid('Diese Art von Eintrag hat keine Felder.', 'This kind of record has no fields.');
    END IF;
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Metadaten zu ändern', 'change metadata');
    END IF;
    SELECT * INTO s FROM aktenwerk.entity_state(etype, p_id);
    IF NOT s.present OR NOT aktenwerk.can_read(me, s.department_code, s.confidentiality, s.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Eintrag', 'The record');
    END IF;
    IF NOT aktenwerk.can_write(me, s.department_code) THEN
        RETURN aktenwerk.refuse_department(s.department_code);
    END IF;
    IF s.closed THEN
        RETURN aktenwerk.refuse_closed(s.label);
    END IF;
    IF tbl = 'sub_file' THEN
        EXECUTE 'SELECT title, ''''::text AS type, ''{}''::jsonb AS metadata FROM aktenwerk.sub_file WHERE id = $1 FOR UPDATE'
            INTO cur USING p_id;
    ELSE
        EXECUTE format('SELECT title, type, metadata FROM aktenwerk.%I WHERE id = $1 FOR UPDATE', tbl) INTO cur USING p_id;
    END IF;
    v_title := cur.title;
    type := cur.type;
    metadata := cur.metadata;
    FOR change IN SELECT * FROM jsonb_array_elements(coalesce(a->'changes', '[]')) LOOP
        field := change->>'field';
        old_value := coalesce(change->>'old', '');
        new_value := coalesce(change->>'new', '');
        IF field = 'title' THEN
            cur_value := v_title;
        ELSIF field = 'type' THEN
            cur_value := type;
        ELSIF field LIKE 'metadata.%' THEN
            cur_value := coalesce(metadata->>substr(field, 10), '');
        ELSE
            RETURN aktenwerk.refuse_invalid(format('Das Feld %s gibt es nicht.', field), format('There is no field %s.', field));
        END IF;
        IF field = 'title' AND (btrim(new_value) = '' OR length(new_value) > 1000) THEN
            RETURN aktenwerk.refuse_invalid('Der Titel darf nicht leer sein.', 'The title must not be empty.');
        END IF;
        IF cur_value = new_value THEN
            CONTINUE; -- someone made the same change
        END IF;
        IF cur_value <> old_value THEN
            -- Both changed the field: the server's value stays, this one waits as a conflict.
            INSERT INTO aktenwerk.conflict (id, entity_type, entity_id, field, base_value, mine_value, theirs_value,
                                            mine_user, op_id, department_code, confidentiality, file_id)
                VALUES (md5(p_op::text || ':' || field)::uuid, etype, p_id, field, old_value, new_value, cur_value,
                        session_user, p_op, s.department_code, s.confidentiality, s.file_id);
            conflicts := conflicts + 1;
            CONTINUE;
        END IF;
        IF field = 'title' THEN
            v_title := new_value;
        ELSIF field = 'type' THEN
            type := new_value;
        ELSIF new_value = '' THEN
            metadata := metadata - substr(field, 10);
        ELSE
            metadata := jsonb_set(metadata, ARRAY[substr(field, 10)], to_jsonb(new_value));
        END IF;
        changed := true;
    END LOOP;
    IF changed THEN
        IF tbl = 'sub_file' THEN
            UPDATE aktenwerk.sub_file SET title = v_title, revision = revision + 1, modified_at = now(),
                                          modified_by = session_user
                WHERE id = p_id;
        ELSE
            EXECUTE format('UPDATE aktenwerk.%I SET title = $2, type = $3, metadata = $4, revision = revision + 1, '
                           'modified_at = now(), modified_by = session_user WHERE id = $1', tbl)
                USING p_id, v_title, type, metadata;
        END IF;
    END IF;
    RETURN aktenwerk.applied(jsonb_build_object('conflicts', conflicts), etype, p_id::text, s.department_code,
                             s.confidentiality, s.file_id);
END $$;

CREATE FUNCTION aktenwerk.cmd_entity_tombstone(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                               p_type text)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    tbl text := aktenwerk.entity_table(p_type);
    s record;
    children bigint := 0;
BEGIN
    IF tbl IS NULL OR tbl = 'sub_file' THEN
        RETURN aktenwerk.refuse_invalid('Das kann nicht gelöscht werden.', 'This cannot be deleted.');
    END IF;
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('zu löschen', 'delete');
    END IF;
    IF btrim(coalesce(a->>'reason', '')) = '' THEN
        RETURN aktenwerk.refuse_invalid('Eine Löschung braucht einen Grund.', 'A deletion needs a reason.');
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
    IF p_type = 'case' THEN
        SELECT count(*) INTO children FROM aktenwerk.document WHERE case_id = p_id AND NOT deleted;
    ELSIF p_type = 'file' THEN
        SELECT count(*) INTO children FROM aktenwerk.case_record WHERE file_id = p_id AND NOT deleted;
    END IF;
    IF children > 0 THEN
        RETURN aktenwerk.refuse('not_empty', format('%s ist auf dem Server nicht mehr leer: löschen Sie zuerst, was darin liegt.', s.label),
                                format('On the server %s is not empty any more: delete what it holds first.', s.label));
    END IF;
    EXECUTE format('UPDATE aktenwerk.%I SET deleted = true, revision = revision + 1, modified_at = now(), '
                   'modified_by = session_user WHERE id = $1 AND NOT deleted', tbl) USING p_id;
    RETURN aktenwerk.applied('{}', p_type, p_id::text, s.department_code, s.confidentiality, s.file_id);
END $$;

CREATE FUNCTION aktenwerk.cmd_conflict_resolve(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    c aktenwerk.conflict;
    tbl text;
    s record;
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Konflikte aufzulösen', 'resolve conflicts');
    END IF;
    IF coalesce(a->>'keep', '') NOT IN ('mine', 'theirs') THEN
        RETURN aktenwerk.refuse_invalid('Behalten Sie „mine“ oder „theirs“.', 'Keep either "mine" or "theirs".');
    END IF;
    SELECT * INTO c FROM aktenwerk.conflict WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, c.department_code, c.confidentiality, c.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Konflikt', 'The conflict');
    END IF;
    IF NOT aktenwerk.can_write(me, c.department_code) THEN
        RETURN aktenwerk.refuse_department(c.department_code);
    END IF;
    tbl := aktenwerk.entity_table(c.entity_type);
    IF c.status = 'open' THEN
        IF a->>'keep' = 'mine' THEN
            SELECT * INTO s FROM aktenwerk.entity_state(c.entity_type, c.entity_id);
            IF s.closed THEN
                RETURN aktenwerk.refuse_closed(s.label);
            END IF;
            IF c.field IN ('title', 'type') THEN
                EXECUTE format('UPDATE aktenwerk.%I SET %I = $2, revision = revision + 1, modified_at = now(), '
                               'modified_by = session_user WHERE id = $1', tbl, c.field)
                    USING c.entity_id, coalesce(c.mine_value, '');
            ELSIF c.field LIKE 'metadata.%' AND tbl <> 'sub_file' THEN
                EXECUTE format('UPDATE aktenwerk.%I SET metadata = CASE WHEN $2 = '''' THEN metadata - $3 ELSE '
                               'jsonb_set(metadata, ARRAY[$3], to_jsonb($2::text)) END, revision = revision + 1, '
                               'modified_at = now(), modified_by = session_user WHERE id = $1', tbl)
                    USING c.entity_id, coalesce(c.mine_value, ''), substr(c.field, 10);
            END IF;
        END IF;
        UPDATE aktenwerk.conflict SET status = a->>'keep', resolved_by = session_user, resolved_at = now(),
                                      revision = revision + 1
            WHERE id = p_id;
    ELSE
        -- Someone resolved it first: the record and the conflict are stamped, so that the
        -- server's value comes back to this client with its next pull.
        EXECUTE format('UPDATE aktenwerk.%I SET revision = revision + 1 WHERE id = $1', tbl) USING c.entity_id;
        UPDATE aktenwerk.conflict SET revision = revision + 1 WHERE id = p_id;
    END IF;
    RETURN aktenwerk.applied(jsonb_build_object('status', a->>'keep'), 'conflict', p_id::text, c.department_code,
                             c.confidentiality, c.file_id, jsonb_build_object('entity_id', c.entity_id, 'field', c.field));
END $$;

CREATE FUNCTION aktenwerk.cmd_file_share(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    f aktenwerk.file_record;
    target text := btrim(coalesce(a->>'department', ''));
BEGIN
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Akten freizugeben', 'share files');
    END IF;
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT aktenwerk.can_read(me, f.department_code, f.confidentiality, f.id) THEN
        RETURN aktenwerk.refuse_missing('Die Akte', 'The file');
    END IF;
    IF NOT aktenwerk.can_write(me, f.department_code) THEN
        RETURN aktenwerk.refuse_department(f.department_code);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.department WHERE code = target) OR target = f.department_code THEN
        RETURN aktenwerk.refuse_missing(format('Der Fachbereich %s', target), format('The department %s', target));
    END IF;
    INSERT INTO aktenwerk.file_share (file_id, department_code) VALUES (p_id, target) ON CONFLICT DO NOTHING;
    -- Touch the file so that the other department's clients receive it with their next pull.
    UPDATE aktenwerk.file_record SET revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    RETURN aktenwerk.applied(jsonb_build_object('department', target), 'file', p_id::text, f.department_code,
                             f.confidentiality, f.id);
END $$;

-- ---------------------------------------------------------------------------------------------
-- submit(): the one way in. p_ops is a JSON array of operations, in order:
--   {"op": uuid, "cmd": "file.create", "type": "file", "id": uuid, "at": client time, "args": {...}}
-- Returns one row per operation: outcome 'applied', 'duplicate' (applied before under this
-- operation id: the result of then) or 'refused' (code, messages; nothing of it written).
-- Everything applied is written with its idempotence record and its audit event in this one
-- transaction; a refusal is recorded in the audit trail as well.

CREATE FUNCTION aktenwerk.submit(p_ops jsonb)
    RETURNS TABLE (op_id uuid, outcome text, code text, message_de text, message_en text, result jsonb)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    me aktenwerk.actor;
    op record;
    o aktenwerk.outcome;
    id uuid;
    recorded timestamptz;
    known jsonb;
    -- what goes into applied_op and the audit trail at the end
    ao_ids uuid[] := '{}';
    ao_cmds text[] := '{}';
    ao_entities uuid[] := '{}';
    ao_results jsonb[] := '{}';
    ev_actions text[] := '{}';
    ev_types text[] := '{}';
    ev_ids text[] := '{}';
    ev_details jsonb[] := '{}';
    ev_depts text[] := '{}';
    ev_levels text[] := '{}';
    ev_files uuid[] := '{}';
    ev_recorded timestamptz[] := '{}';
    ev_at timestamptz[] := '{}';
BEGIN
    SELECT u.login, u.department_code, u.roles INTO me FROM aktenwerk.app_user u
        WHERE u.login = session_user AND NOT u.deleted;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a user of this repository', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(p_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'submit() takes an array of operations' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Operations applied before (the answer got lost): answered from the record, not applied again.
    SELECT jsonb_object_agg(a.op_id::text, jsonb_build_object('login', a.login, 'result', a.result)) INTO known
        FROM aktenwerk.applied_op a
        WHERE a.op_id = ANY (ARRAY(SELECT aktenwerk.to_uuid(e->>'op') FROM jsonb_array_elements(p_ops) e));

    FOR op IN SELECT e->>'op' AS op, e->>'cmd' AS cmd, e->>'type' AS type, e->>'id' AS id, e->>'at' AS at,
                     coalesce(e->'args', '{}') AS args
              FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS x(e, n) ORDER BY n
    LOOP
        op_id := aktenwerk.to_uuid(op.op);
        IF op_id IS NULL THEN
            RAISE EXCEPTION 'an operation without a valid id' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF known ? op_id::text THEN
            IF known->op_id::text->>'login' <> session_user THEN
                outcome := 'refused'; code := 'invalid';
                message_de := 'Diese Vorgangskennung wurde schon von jemand anderem verwendet.';
                message_en := 'This operation id was used by someone else.';
                result := '{}';
            ELSE
                outcome := 'duplicate'; code := NULL; message_de := NULL; message_en := NULL;
                result := known->op_id::text->'result';
            END IF;
            RETURN NEXT;
            CONTINUE;
        END IF;
        id := aktenwerk.to_uuid(op.id);
        -- The client's clock says when it was made; kept as "recorded at", never as the row's time.
        recorded := CASE WHEN op.at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$'
                         THEN op.at::timestamptz END;
        o := CASE op.cmd
            WHEN 'file.create' THEN aktenwerk.cmd_file_create(me, id, op.args, recorded)
            WHEN 'case.create' THEN aktenwerk.cmd_file_child_create(me, id, op.args, recorded, true)
            WHEN 'sub_file.create' THEN aktenwerk.cmd_file_child_create(me, id, op.args, recorded, false)
            WHEN 'document.create' THEN aktenwerk.cmd_document_create(me, id, op.args, recorded)
            WHEN 'document.link' THEN aktenwerk.cmd_document_create(me, id, op.args, recorded)
            WHEN 'version.add' THEN aktenwerk.cmd_version_add(me, id, op.args, recorded, false)
            WHEN 'document.checkin' THEN aktenwerk.cmd_version_add(me, id, op.args, recorded, true)
            WHEN 'fields.update' THEN aktenwerk.cmd_fields_update(me, id, op.args, recorded, op_id, op.type)
            WHEN 'entity.tombstone' THEN aktenwerk.cmd_entity_tombstone(me, id, op.args, recorded, op.type)
            WHEN 'conflict.resolve' THEN aktenwerk.cmd_conflict_resolve(me, id, op.args, recorded)
            WHEN 'document.file' THEN aktenwerk.cmd_document_file(me, id, op.args, recorded)
            WHEN 'document.checkout' THEN aktenwerk.cmd_document_checkout(me, id, op.args, recorded)
            WHEN 'document.checkout.cancel' THEN aktenwerk.cmd_document_checkout_cancel(me, id, op.args, recorded)
            WHEN 'lock.break' THEN aktenwerk.cmd_lock_break(me, id, op.args, recorded)
            WHEN 'plan_unit.create' THEN aktenwerk.cmd_plan_unit_create(me, id, op.args, recorded)
            WHEN 'plan_unit.update' THEN aktenwerk.cmd_plan_unit_update(me, id, op.args, recorded)
            WHEN 'file.share' THEN aktenwerk.cmd_file_share(me, id, op.args, recorded)
            ELSE aktenwerk.refuse('unknown_command', format('Der Server kennt die Änderung „%s“ nicht.', op.cmd),
                                  format('The server does not know the change "%s".', op.cmd))
        END;
        IF o.ok THEN
            ao_ids := ao_ids || op_id;
            ao_cmds := ao_cmds || op.cmd;
            ao_entities := ao_entities || id;
            ao_results := ao_results || o.result;
            ev_actions := ev_actions || op.cmd;
            ev_types := ev_types || coalesce(o.entity_type, op.type);
            ev_ids := ev_ids || coalesce(o.entity_id, op.id);
            ev_details := ev_details || (op.args || coalesce(o.details, '{}')
                                         || jsonb_build_object('op_id', op_id, 'result', o.result));
            ev_depts := ev_depts || o.department_code;
            ev_levels := ev_levels || o.confidentiality;
            ev_files := ev_files || o.file_id;
            outcome := 'applied';
        ELSE
            -- A refusal is part of the record too (who tried what, and why not).
            ev_actions := ev_actions || 'command.refused'::text;
            ev_types := ev_types || op.type;
            ev_ids := ev_ids || coalesce(op.id, '');
            ev_details := ev_details || jsonb_build_object('op_id', op_id, 'command', op.cmd, 'code', o.code);
            ev_depts := ev_depts || NULL::text;
            ev_levels := ev_levels || NULL::text;
            ev_files := ev_files || NULL::uuid;
            outcome := 'refused';
        END IF;
        ev_recorded := ev_recorded || recorded;
        ev_at := ev_at || clock_timestamp();
        code := o.code;
        message_de := o.message_de;
        message_en := o.message_en;
        result := o.result;
        RETURN NEXT;
    END LOOP;

    IF array_length(ao_ids, 1) > 0 THEN
        INSERT INTO aktenwerk.applied_op (op_id, login, command, entity_id, result)
            SELECT u.i, session_user, u.c, u.e, u.r FROM unnest(ao_ids, ao_cmds, ao_entities, ao_results) AS u(i, c, e, r);
    END IF;
    PERFORM aktenwerk.append_audit(ev_actions, ev_types, ev_ids, ev_details, ev_depts, ev_levels, ev_files, ev_recorded,
                                   ev_at);
END $$;

-- Only submit() and the upload functions are the users'; the handlers are internal.
DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'aktenwerk'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION aktenwerk.submit(jsonb), aktenwerk.upload_begin(text, bigint, integer),
    aktenwerk.upload_chunk(text, integer, text, bytea), aktenwerk.upload_finish(text),
    aktenwerk.my_department(name), aktenwerk.my_roles(name),
    aktenwerk.audit_content_v2(bigint, timestamptz, text, text, text, text, jsonb, text, text, uuid, timestamptz)
    TO aktenwerk_user;
