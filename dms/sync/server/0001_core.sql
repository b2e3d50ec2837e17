-- Aktenwerk central repository, schema 1.
--
-- Runs as aktenwerk_owner (NOLOGIN), which owns every object. Clerks log in with their own
-- roles, members of aktenwerk_user; they are neither owner nor BYPASSRLS. Every table has row-
-- level security, FORCEd so that not even the owner slips past it (the owner gets an explicit
-- policy, used only by the SECURITY DEFINER functions below).
--
-- Rows a client may see carry the department and confidentiality of their file, so that every
-- policy decides on the row itself plus the share table, without recursion.
--
-- Change feed: every synced row carries xid (the writing transaction, xid8) and change_seq. A
-- puller reads rows with prev_watermark <= xid < pg_snapshot_xmin(pg_current_snapshot()) from
-- one REPEATABLE READ snapshot: everything below the snapshot's xmin has committed or aborted,
-- so nothing that commits later can appear below a watermark already passed.

CREATE SEQUENCE aktenwerk.change_seq;

CREATE FUNCTION aktenwerk.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.xid := pg_current_xact_id();
    NEW.change_seq := nextval('aktenwerk.change_seq');
    RETURN NEW;
END $$;

CREATE TABLE aktenwerk.department (
    code         text PRIMARY KEY,
    id           uuid NOT NULL UNIQUE,
    name         text NOT NULL,
    default_confidentiality text NOT NULL DEFAULT '003',
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

-- Settings shared by the administration, e.g. the file reference templates.
CREATE TABLE aktenwerk.setting (
    key          text PRIMARY KEY,
    value        text NOT NULL,
    revision     bigint NOT NULL DEFAULT 1,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

-- The directory: every user may read it (names and departments are not secret).
CREATE TABLE aktenwerk.app_user (
    login        text PRIMARY KEY,
    id           uuid NOT NULL UNIQUE,
    display_name text NOT NULL,
    department_code text NOT NULL REFERENCES aktenwerk.department(code),
    roles        text[] NOT NULL CHECK (roles <@ ARRAY['clerk','team_lead','records_officer','administrator']),
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

CREATE TABLE aktenwerk.plan_unit (
    id           uuid PRIMARY KEY,
    parent_id    uuid REFERENCES aktenwerk.plan_unit(id),
    code         text NOT NULL UNIQUE,
    title        text NOT NULL,
    description  text NOT NULL DEFAULT '',
    retention_years integer,
    disposal_type text NOT NULL CHECK (disposal_type IN ('A', 'B', 'V')),
    retired      boolean NOT NULL DEFAULT false,
    department_code text NOT NULL DEFAULT '',
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

CREATE TABLE aktenwerk.file_record (
    id           uuid PRIMARY KEY,
    plan_unit_id uuid NOT NULL REFERENCES aktenwerk.plan_unit(id),
    reference    text NOT NULL UNIQUE,
    seq          integer NOT NULL,
    year         integer NOT NULL,
    title        text NOT NULL,
    department_code text NOT NULL REFERENCES aktenwerk.department(code),
    confidentiality text NOT NULL DEFAULT '003',
    type         text NOT NULL DEFAULT '',
    metadata     jsonb NOT NULL DEFAULT '{}',
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

-- An explicit read share of one file with another department (recorded in the audit trail).
CREATE TABLE aktenwerk.file_share (
    file_id      uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    department_code text NOT NULL REFERENCES aktenwerk.department(code),
    granted_by   text NOT NULL DEFAULT session_user,
    granted_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (file_id, department_code)
);

CREATE TABLE aktenwerk.sub_file (
    id           uuid PRIMARY KEY,
    file_id      uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    number       integer NOT NULL,
    title        text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0,
    UNIQUE (file_id, number)
);

CREATE TABLE aktenwerk.case_record (
    id           uuid PRIMARY KEY,
    file_id      uuid NOT NULL REFERENCES aktenwerk.file_record(id),
    sub_file_id  uuid REFERENCES aktenwerk.sub_file(id),
    number       integer NOT NULL,
    reference    text NOT NULL UNIQUE,
    title        text NOT NULL,
    type         text NOT NULL DEFAULT '',
    metadata     jsonb NOT NULL DEFAULT '{}',
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0,
    UNIQUE (file_id, number)
);

CREATE TABLE aktenwerk.document (
    id           uuid PRIMARY KEY,
    case_id      uuid REFERENCES aktenwerk.case_record(id),
    title        text NOT NULL,
    type         text NOT NULL DEFAULT '',
    metadata     jsonb NOT NULL DEFAULT '{}',
    current_version integer NOT NULL DEFAULT 0,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id      uuid REFERENCES aktenwerk.file_record(id),
    revision     bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    modified_by  text NOT NULL DEFAULT session_user,
    deleted      boolean NOT NULL DEFAULT false,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

-- Content: chunked, stored once. Chunks are written only through upload_chunk().
CREATE TABLE aktenwerk.content (
    sha256       text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         bigint NOT NULL CHECK (size >= 0),
    chunk_size   integer NOT NULL,
    chunk_count  integer NOT NULL,
    complete     boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE aktenwerk.content_chunk (
    sha256       text NOT NULL REFERENCES aktenwerk.content(sha256),
    idx          integer NOT NULL CHECK (idx >= 0),
    data         bytea NOT NULL,
    PRIMARY KEY (sha256, idx)
);
-- Which chunks an uploader has sent: resuming an upload reveals nothing about others' content.
CREATE TABLE aktenwerk.content_upload (
    sha256       text NOT NULL,
    uploader     text NOT NULL,
    idx          integer NOT NULL,
    PRIMARY KEY (sha256, uploader, idx)
);

-- Versions are append-only; the server assigns the number.
CREATE TABLE aktenwerk.version (
    id           uuid PRIMARY KEY,
    document_id  uuid NOT NULL REFERENCES aktenwerk.document(id),
    number       integer NOT NULL CHECK (number >= 1),
    sha256       text NOT NULL REFERENCES aktenwerk.content(sha256),
    size         bigint NOT NULL,
    mime_type    text NOT NULL,
    file_name    text NOT NULL DEFAULT '',
    author       text NOT NULL,
    created_at   timestamptz NOT NULL,
    comment      text NOT NULL DEFAULT '',
    origin       text NOT NULL CHECK (origin IN ('import', 'scan', 'edit', 'restore', 'parallel')),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id      uuid REFERENCES aktenwerk.file_record(id),
    revision     bigint NOT NULL DEFAULT 1,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0,
    UNIQUE (document_id, number)
);

-- A version may only point at content that arrived completely.
CREATE FUNCTION aktenwerk.check_version_content() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.content WHERE sha256 = NEW.sha256 AND complete AND size = NEW.size) THEN
        RAISE EXCEPTION 'the content of version % is not complete on the server', NEW.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION aktenwerk.check_version_content() FROM PUBLIC;
CREATE TRIGGER content_complete BEFORE INSERT ON aktenwerk.version
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.check_version_content();

-- Two edits of the same field: the server's value stays, the other is kept here until resolved.
CREATE TABLE aktenwerk.conflict (
    id           uuid PRIMARY KEY,
    entity_type  text NOT NULL,
    entity_id    uuid NOT NULL,
    field        text NOT NULL,
    base_value   text,
    mine_value   text,
    theirs_value text,
    mine_user    text NOT NULL,
    op_id        uuid NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id      uuid,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mine', 'theirs')),
    resolved_by  text,
    resolved_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revision     bigint NOT NULL DEFAULT 1,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);

-- Idempotence: an operation id is applied once, whoever sends it how often.
CREATE TABLE aktenwerk.applied_op (
    op_id        uuid PRIMARY KEY,
    login        text NOT NULL DEFAULT session_user,
    command      text NOT NULL,
    entity_id    uuid,
    result       jsonb NOT NULL DEFAULT '{}',
    applied_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE aktenwerk.reference_counter (
    scope        text PRIMARY KEY,
    last_value   integer NOT NULL
);

-- The server's audit trail, hash-chained like the client's.
CREATE TABLE aktenwerk.audit_event (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    login        text NOT NULL,
    action       text NOT NULL,
    entity_type  text NOT NULL,
    entity_id    text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}',
    prev_hash    text NOT NULL,
    hash         text NOT NULL
);

CREATE INDEX ON aktenwerk.setting (xid, change_seq);
CREATE INDEX ON aktenwerk.plan_unit (xid, change_seq);
CREATE INDEX ON aktenwerk.department (xid, change_seq);
CREATE INDEX ON aktenwerk.app_user (xid, change_seq);
CREATE INDEX ON aktenwerk.file_record (xid, change_seq);
CREATE INDEX ON aktenwerk.sub_file (xid, change_seq);
CREATE INDEX ON aktenwerk.case_record (xid, change_seq);
CREATE INDEX ON aktenwerk.case_record (file_id);
CREATE INDEX ON aktenwerk.document (xid, change_seq);
CREATE INDEX ON aktenwerk.document (case_id);
CREATE INDEX ON aktenwerk.version (xid, change_seq);
CREATE INDEX ON aktenwerk.version (sha256);
CREATE INDEX ON aktenwerk.conflict (xid, change_seq);

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.setting FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.department FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.app_user FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.plan_unit FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.file_record FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.sub_file FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.case_record FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.document FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.version FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.conflict FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();

CREATE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON aktenwerk.version
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.version_is_immutable();

-- ---------------------------------------------------------------------------------------------
-- Who is asking. The default argument is evaluated where the function is called, so in a
-- policy it is the role running the query; inside SECURITY DEFINER functions pass session_user.

CREATE FUNCTION aktenwerk.my_department(p_login name DEFAULT current_user) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
    SELECT department_code FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted
$$;

CREATE FUNCTION aktenwerk.my_roles(p_login name DEFAULT current_user) RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
    SELECT COALESCE((SELECT roles FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted), '{}')
$$;

-- Confidential levels (vertraulich 005, geheim 001, streng geheim 004) are seen only by the
-- department's clerks, team leads and records officers, not by an administrator role alone.
-- The helpers are SQL functions that the planner inlines into each policy; the scalar sub-
-- selects around my_department()/my_roles() make those run once per query, not once per row.
CREATE FUNCTION aktenwerk.level_allowed(level text, p_login name DEFAULT current_user) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT level NOT IN ('001', '004', '005')
        OR (SELECT aktenwerk.my_roles(p_login)) && ARRAY['clerk', 'team_lead', 'records_officer']
$$;

CREATE FUNCTION aktenwerk.may_read(dept text, level text, file uuid, p_login name DEFAULT current_user) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT aktenwerk.level_allowed(level, p_login) AND (
        dept = (SELECT aktenwerk.my_department(p_login))
        OR (file IS NOT NULL AND EXISTS (SELECT 1 FROM aktenwerk.file_share s
                                         WHERE s.file_id = file
                                           AND s.department_code = (SELECT aktenwerk.my_department(p_login)))))
$$;

CREATE FUNCTION aktenwerk.may_write(dept text, level text, p_login name DEFAULT current_user) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT dept = (SELECT aktenwerk.my_department(p_login)) AND aktenwerk.level_allowed(level, p_login)
        AND (SELECT aktenwerk.my_roles(p_login)) && ARRAY['clerk', 'team_lead', 'records_officer']
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security on every table.

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['setting', 'department', 'app_user', 'plan_unit', 'file_record', 'file_share', 'sub_file',
                             'case_record', 'document', 'content', 'content_chunk', 'content_upload', 'version',
                             'conflict', 'applied_op', 'reference_counter', 'audit_event']
    LOOP
        EXECUTE format('ALTER TABLE aktenwerk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON aktenwerk.%I TO aktenwerk_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
END $$;

-- Master data: readable by all users; written by administrators (department, users) and
-- records officers (file plan) through the engine.
CREATE POLICY read_all ON aktenwerk.setting FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY admin_write ON aktenwerk.setting FOR ALL TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['administrator'])
    WITH CHECK ((SELECT aktenwerk.my_roles()) && ARRAY['administrator']);
CREATE POLICY read_all ON aktenwerk.department FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY read_all ON aktenwerk.app_user FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY read_all ON aktenwerk.plan_unit FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY plan_insert ON aktenwerk.plan_unit FOR INSERT TO aktenwerk_user
    WITH CHECK ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'administrator']);
CREATE POLICY plan_update ON aktenwerk.plan_unit FOR UPDATE TO aktenwerk_user
    USING ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'administrator'])
    WITH CHECK ((SELECT aktenwerk.my_roles()) && ARRAY['records_officer', 'administrator']);

CREATE POLICY file_read ON aktenwerk.file_record FOR SELECT TO aktenwerk_user
    USING (aktenwerk.may_read(department_code, confidentiality, id));
CREATE POLICY file_insert ON aktenwerk.file_record FOR INSERT TO aktenwerk_user
    WITH CHECK (aktenwerk.may_write(department_code, confidentiality));
CREATE POLICY file_update ON aktenwerk.file_record FOR UPDATE TO aktenwerk_user
    USING (aktenwerk.may_write(department_code, confidentiality))
    WITH CHECK (aktenwerk.may_write(department_code, confidentiality));

CREATE POLICY share_read ON aktenwerk.file_share FOR SELECT TO aktenwerk_user USING (true);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sub_file', 'case_record', 'document', 'version', 'conflict']
    LOOP
        EXECUTE format('CREATE POLICY row_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user '
                       'USING (aktenwerk.may_read(department_code, confidentiality, file_id))', t);
        EXECUTE format('CREATE POLICY row_insert ON aktenwerk.%I FOR INSERT TO aktenwerk_user '
                       'WITH CHECK (aktenwerk.may_write(department_code, confidentiality))', t);
        IF t <> 'version' THEN
            EXECUTE format('CREATE POLICY row_update ON aktenwerk.%I FOR UPDATE TO aktenwerk_user '
                           'USING (aktenwerk.may_write(department_code, confidentiality)) '
                           'WITH CHECK (aktenwerk.may_write(department_code, confidentiality))', t);
        END IF;
    END LOOP;
END $$;

-- Content is visible only through a version the user may see: no existence leak through hashes.
CREATE POLICY content_read ON aktenwerk.content FOR SELECT TO aktenwerk_user
    USING (EXISTS (SELECT 1 FROM aktenwerk.version v WHERE v.sha256 = content.sha256));
CREATE POLICY chunk_read ON aktenwerk.content_chunk FOR SELECT TO aktenwerk_user
    USING (EXISTS (SELECT 1 FROM aktenwerk.version v WHERE v.sha256 = content_chunk.sha256));

CREATE POLICY own_ops ON aktenwerk.applied_op FOR SELECT TO aktenwerk_user USING (login = session_user);
CREATE POLICY own_ops_insert ON aktenwerk.applied_op FOR INSERT TO aktenwerk_user WITH CHECK (login = session_user);
CREATE POLICY own_ops_update ON aktenwerk.applied_op FOR UPDATE TO aktenwerk_user
    USING (login = session_user) WITH CHECK (login = session_user);

-- No DELETE policy anywhere: rows are never deleted by clients, only tombstoned.

GRANT USAGE ON SCHEMA aktenwerk TO aktenwerk_user;
GRANT USAGE ON SEQUENCE aktenwerk.change_seq TO aktenwerk_user;
GRANT SELECT, INSERT, UPDATE ON aktenwerk.setting TO aktenwerk_user;
GRANT SELECT ON aktenwerk.department, aktenwerk.app_user, aktenwerk.file_share, aktenwerk.content,
    aktenwerk.content_chunk TO aktenwerk_user;
GRANT SELECT, INSERT, UPDATE ON aktenwerk.plan_unit, aktenwerk.file_record, aktenwerk.sub_file,
    aktenwerk.case_record, aktenwerk.document, aktenwerk.conflict TO aktenwerk_user;
GRANT SELECT, INSERT ON aktenwerk.version TO aktenwerk_user;
GRANT SELECT, INSERT, UPDATE ON aktenwerk.applied_op TO aktenwerk_user;

-- ---------------------------------------------------------------------------------------------
-- Functions that need more than the caller may do themselves. SECURITY DEFINER, fixed search_path.

-- The next running number of a reference scope ("63.01.02-#/2026"), for a file the caller may write.
CREATE FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE n integer;
BEGIN
    IF NOT aktenwerk.may_write(p_department, p_level, session_user) THEN
        RAISE EXCEPTION 'not allowed to create files of department %', p_department USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aktenwerk.reference_counter AS c (scope, last_value) VALUES (p_scope, 1)
        ON CONFLICT (scope) DO UPDATE SET last_value = c.last_value + 1
        RETURNING last_value INTO n;
    RETURN n;
END $$;

-- Appends one event to the server's hash chain (serialised by the row lock on the head).
CREATE FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE
    head record;
    next_seq bigint;
    prev text;
    canonical text;
    ts timestamptz := clock_timestamp();
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('aktenwerk.audit'));
    SELECT seq, hash INTO head FROM aktenwerk.audit_event ORDER BY seq DESC LIMIT 1;
    next_seq := COALESCE(head.seq, 0) + 1;
    prev := COALESCE(head.hash, repeat('0', 64));
    canonical := jsonb_build_array('aktenwerk-server-audit-v1', next_seq, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                   session_user, p_action, p_entity_type, p_entity_id, p_details, prev)::text;
    INSERT INTO aktenwerk.audit_event (seq, at, login, action, entity_type, entity_id, details, prev_hash, hash)
        VALUES (next_seq, ts, session_user, p_action, p_entity_type, p_entity_id, p_details, prev,
                encode(sha256(convert_to(canonical, 'UTF8')), 'hex'));
    RETURN next_seq;
END $$;

-- Upload: announce the content, send chunks (each checked against its own hash), finish.
-- Nothing here tells the caller whether someone else stored the same content before.
CREATE FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) RETURNS integer[]
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE
    count integer := (CASE WHEN p_size = 0 THEN 0 ELSE ((p_size + p_chunk_size - 1) / p_chunk_size)::integer END);
BEGIN
    IF aktenwerk.my_department(session_user) IS NULL THEN
        RAISE EXCEPTION 'unknown user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aktenwerk.content (sha256, size, chunk_size, chunk_count)
        VALUES (p_sha, p_size, p_chunk_size, count) ON CONFLICT (sha256) DO NOTHING;
    IF EXISTS (SELECT 1 FROM aktenwerk.content WHERE sha256 = p_sha AND (size <> p_size OR chunk_size <> p_chunk_size)) THEN
        RAISE EXCEPTION 'content % announced with another size', p_sha USING ERRCODE = 'data_exception';
    END IF;
    -- The chunks this caller has already sent (for resuming).
    RETURN ARRAY(SELECT idx FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user ORDER BY idx);
END $$;

CREATE FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE c record;
BEGIN
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
    INSERT INTO aktenwerk.content_chunk (sha256, idx, data) VALUES (p_sha, p_idx, p_data) ON CONFLICT DO NOTHING;
    INSERT INTO aktenwerk.content_upload (sha256, uploader, idx) VALUES (p_sha, session_user, p_idx) ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION aktenwerk.upload_finish(p_sha text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE c record;
BEGIN
    SELECT * INTO c FROM aktenwerk.content WHERE sha256 = p_sha FOR UPDATE;
    IF c IS NULL THEN
        RAISE EXCEPTION 'upload of % was not begun', p_sha USING ERRCODE = 'data_exception';
    END IF;
    IF (SELECT count(*) FROM aktenwerk.content_chunk WHERE sha256 = p_sha) <> c.chunk_count THEN
        RAISE EXCEPTION 'upload of % is incomplete', p_sha USING ERRCODE = 'data_exception';
    END IF;
    UPDATE aktenwerk.content SET complete = true WHERE sha256 = p_sha;
    DELETE FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user;
END $$;

-- Shares a file (read) with another department; only the owning department may.
CREATE FUNCTION aktenwerk.share_file(p_file uuid, p_department text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
DECLARE f record;
BEGIN
    SELECT * INTO f FROM aktenwerk.file_record WHERE id = p_file;
    IF f IS NULL OR NOT aktenwerk.may_write(f.department_code, f.confidentiality, session_user) THEN
        RAISE EXCEPTION 'not allowed to share this file' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aktenwerk.file_share (file_id, department_code) VALUES (p_file, p_department) ON CONFLICT DO NOTHING;
    -- Touch the file so that the other department's clients receive it with their next pull.
    UPDATE aktenwerk.file_record SET revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_file;
    PERFORM aktenwerk.audit('file.share', 'file', p_file::text, jsonb_build_object('department', p_department));
END $$;

-- Live updates: a notification after every committed change of synced rows.
CREATE FUNCTION aktenwerk.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('aktenwerk_changes', '');
    RETURN NULL;
END $$;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['setting', 'department', 'app_user', 'plan_unit', 'file_record', 'sub_file', 'case_record',
                             'document', 'version', 'conflict']
    LOOP
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change()', t);
    END LOOP;
END $$;

REVOKE ALL ON FUNCTION aktenwerk.next_reference_number(text, text, text), aktenwerk.audit(text, text, text, jsonb),
    aktenwerk.upload_begin(text, bigint, integer), aktenwerk.upload_chunk(text, integer, text, bytea),
    aktenwerk.upload_finish(text), aktenwerk.share_file(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aktenwerk.next_reference_number(text, text, text), aktenwerk.audit(text, text, text, jsonb),
    aktenwerk.upload_begin(text, bigint, integer), aktenwerk.upload_chunk(text, integer, text, bytea),
    aktenwerk.upload_finish(text), aktenwerk.share_file(uuid, text) TO aktenwerk_user;
