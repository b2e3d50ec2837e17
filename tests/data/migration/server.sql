--
-- PostgreSQL database dump
--

\restrict ND5oqb2f7392UIWlOmFC8NjPuaWWeMn6BBjadZRpBP8Yp9JgWihb0qN5yyDIyml

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: aktenwerk; Type: SCHEMA; Schema: -; Owner: aktenwerk_owner
--

CREATE SCHEMA aktenwerk;


ALTER SCHEMA aktenwerk OWNER TO aktenwerk_owner;

--
-- Name: audit(text, text, text, jsonb); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) OWNER TO aktenwerk_owner;

--
-- Name: break_document_lock(uuid); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.break_document_lock(p_document uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
DECLARE
    d record;
    previous text;
BEGIN
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_document FOR UPDATE;
    IF NOT FOUND OR NOT aktenwerk.may_read(d.department_code, d.confidentiality, d.file_id, session_user)
       OR NOT aktenwerk.my_roles(session_user) && ARRAY['team_lead', 'administrator'] THEN
        RAISE EXCEPTION 'only a team lead or an administrator of the department may break the lock of %', p_document
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT owner INTO previous FROM aktenwerk.document_lock WHERE document_id = p_document AND owner IS NOT NULL;
    IF previous IS NULL THEN
        UPDATE aktenwerk.document_lock SET revision = revision + 1 WHERE document_id = p_document; -- see above
        RETURN NULL;
    END IF;
    UPDATE aktenwerk.document_lock
        SET owner = NULL, since = NULL, expires = NULL, broken_by = session_user, broken_at = now(),
            broken_owner = previous, revision = revision + 1
        WHERE document_id = p_document;
    RETURN previous;
END $$;


ALTER FUNCTION aktenwerk.break_document_lock(p_document uuid) OWNER TO aktenwerk_owner;

--
-- Name: check_version_content(); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.check_version_content() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.content WHERE sha256 = NEW.sha256 AND complete AND size = NEW.size) THEN
        RAISE EXCEPTION 'the content of version % is not complete on the server', NEW.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;


ALTER FUNCTION aktenwerk.check_version_content() OWNER TO aktenwerk_owner;

--
-- Name: checkout_document(uuid, integer); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.checkout_document(p_document uuid, p_hours integer) RETURNS TABLE(granted boolean, holder text, held_since timestamp with time zone, held_until timestamp with time zone)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
DECLARE
    d record;
    l record;
    closed boolean;
BEGIN
    -- A deleted document is not refused: an offline edit of it comes back with its check-in,
    -- which revives the document (as any version added to it does).
    SELECT * INTO d FROM aktenwerk.document WHERE id = p_document FOR UPDATE; -- one check-out at a time
    IF NOT FOUND OR NOT aktenwerk.may_write(d.department_code, d.confidentiality, session_user) THEN
        RAISE EXCEPTION 'the document % is not on the server, or you may not change it', p_document
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT d.status <> 'open' OR COALESCE(c.status <> 'open', false) OR COALESCE(f.status <> 'open', false)
        INTO closed
        FROM (SELECT 1) AS one
        LEFT JOIN aktenwerk.case_record c ON c.id = d.case_id
        LEFT JOIN aktenwerk.file_record f ON f.id = d.file_id;
    IF closed THEN
        RAISE EXCEPTION 'the document %, its case or its file is closed', p_document USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO l FROM aktenwerk.document_lock WHERE document_id = p_document;
    IF FOUND AND l.owner IS NOT NULL AND l.owner <> session_user AND l.expires > now() THEN
        -- Stamped all the same: an offline check-out, accepted without the lock, made the
        -- client believe it holds it; the row must come back to it with its next pull. (A
        -- refused online check-out rolls this back.)
        UPDATE aktenwerk.document_lock SET revision = revision + 1 WHERE document_id = p_document;
        RETURN QUERY SELECT false, l.owner, l.since, l.expires;
        RETURN;
    END IF;
    INSERT INTO aktenwerk.document_lock AS k (document_id, owner, since, expires)
        VALUES (p_document, session_user, now(), now() + make_interval(hours => greatest(p_hours, 1)))
        ON CONFLICT (document_id) DO UPDATE
            SET owner = excluded.owner,
                since = CASE WHEN k.owner = session_user AND k.expires > now() THEN k.since ELSE excluded.since END,
                expires = excluded.expires, revision = k.revision + 1
        RETURNING true, k.owner, k.since, k.expires INTO granted, holder, held_since, held_until;
    RETURN NEXT;
END $$;


ALTER FUNCTION aktenwerk.checkout_document(p_document uuid, p_hours integer) OWNER TO aktenwerk_owner;

--
-- Name: file_document(uuid, uuid); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.file_document(p_document uuid, p_case uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.file_document(p_document uuid, p_case uuid) OWNER TO aktenwerk_owner;

--
-- Name: level_allowed(text, name); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.level_allowed(level text, p_login name DEFAULT CURRENT_USER) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT level NOT IN ('001', '004', '005')
        OR (SELECT aktenwerk.my_roles(p_login)) && ARRAY['clerk', 'team_lead', 'records_officer']
$$;


ALTER FUNCTION aktenwerk.level_allowed(level text, p_login name) OWNER TO aktenwerk_owner;

--
-- Name: may_read(text, text, uuid, name); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.may_read(dept text, level text, file uuid, p_login name DEFAULT CURRENT_USER) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT aktenwerk.level_allowed(level, p_login) AND (
        dept = (SELECT aktenwerk.my_department(p_login))
        OR (file IS NOT NULL AND EXISTS (SELECT 1 FROM aktenwerk.file_share s
                                         WHERE s.file_id = file
                                           AND s.department_code = (SELECT aktenwerk.my_department(p_login)))))
$$;


ALTER FUNCTION aktenwerk.may_read(dept text, level text, file uuid, p_login name) OWNER TO aktenwerk_owner;

--
-- Name: may_write(text, text, name); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.may_write(dept text, level text, p_login name DEFAULT CURRENT_USER) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT dept = (SELECT aktenwerk.my_department(p_login)) AND aktenwerk.level_allowed(level, p_login)
        AND (SELECT aktenwerk.my_roles(p_login)) && ARRAY['clerk', 'team_lead', 'records_officer']
$$;


ALTER FUNCTION aktenwerk.may_write(dept text, level text, p_login name) OWNER TO aktenwerk_owner;

--
-- Name: my_department(name); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.my_department(p_login name DEFAULT CURRENT_USER) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
BEGIN
    RETURN (SELECT department_code FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted);
END $$;


ALTER FUNCTION aktenwerk.my_department(p_login name) OWNER TO aktenwerk_owner;

--
-- Name: my_roles(name); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.my_roles(p_login name DEFAULT CURRENT_USER) RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
BEGIN
    RETURN COALESCE((SELECT roles FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted), '{}');
END $$;


ALTER FUNCTION aktenwerk.my_roles(p_login name) OWNER TO aktenwerk_owner;

--
-- Name: next_reference_number(text, text, text); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
DECLARE
    n integer;
    allowed boolean;
BEGIN
    SELECT u.department_code = p_department AND u.roles && ARRAY['clerk', 'team_lead', 'records_officer']
        INTO allowed FROM aktenwerk.app_user u WHERE u.login = session_user AND NOT u.deleted;
    IF allowed IS NOT TRUE THEN
        RAISE EXCEPTION 'not allowed to create files of department %', p_department USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO aktenwerk.reference_counter AS c (scope, last_value) VALUES (p_scope, 1)
        ON CONFLICT (scope) DO UPDATE SET last_value = c.last_value + 1
        RETURNING last_value INTO n;
    RETURN n;
END $$;


ALTER FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) OWNER TO aktenwerk_owner;

--
-- Name: notify_change(); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.notify_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('aktenwerk_changes', '');
    RETURN NULL;
END $$;


ALTER FUNCTION aktenwerk.notify_change() OWNER TO aktenwerk_owner;

--
-- Name: release_document_lock(uuid); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.release_document_lock(p_document uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
DECLARE
    mine boolean;
BEGIN
    SELECT owner = session_user INTO mine FROM aktenwerk.document_lock WHERE document_id = p_document FOR UPDATE;
    UPDATE aktenwerk.document_lock
        SET owner = CASE WHEN mine THEN NULL ELSE owner END,
            since = CASE WHEN mine THEN NULL ELSE since END,
            expires = CASE WHEN mine THEN NULL ELSE expires END,
            revision = revision + 1
        WHERE document_id = p_document;
    RETURN COALESCE(mine, false);
END $$;


ALTER FUNCTION aktenwerk.release_document_lock(p_document uuid) OWNER TO aktenwerk_owner;

--
-- Name: share_file(uuid, text); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.share_file(p_file uuid, p_department text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.share_file(p_file uuid, p_department text) OWNER TO aktenwerk_owner;

--
-- Name: stamp_change(); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.stamp_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.xid := pg_current_xact_id();
    NEW.change_seq := nextval('aktenwerk.change_seq');
    RETURN NEW;
END $$;


ALTER FUNCTION aktenwerk.stamp_change() OWNER TO aktenwerk_owner;

--
-- Name: upload_begin(text, bigint, integer); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) RETURNS integer[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) OWNER TO aktenwerk_owner;

--
-- Name: upload_chunk(text, integer, text, bytea); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) OWNER TO aktenwerk_owner;

--
-- Name: upload_finish(text); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.upload_finish(p_sha text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'aktenwerk'
    AS $$
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


ALTER FUNCTION aktenwerk.upload_finish(p_sha text) OWNER TO aktenwerk_owner;

--
-- Name: version_is_immutable(); Type: FUNCTION; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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


ALTER FUNCTION aktenwerk.version_is_immutable() OWNER TO aktenwerk_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: app_user; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.app_user (
    login text NOT NULL,
    id uuid NOT NULL,
    display_name text NOT NULL,
    department_code text NOT NULL,
    roles text[] NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT app_user_roles_check CHECK ((roles <@ ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text, 'administrator'::text]))
);

ALTER TABLE ONLY aktenwerk.app_user FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.app_user OWNER TO aktenwerk_owner;

--
-- Name: applied_op; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.applied_op (
    op_id uuid NOT NULL,
    login text DEFAULT SESSION_USER NOT NULL,
    command text NOT NULL,
    entity_id uuid,
    result jsonb DEFAULT '{}'::jsonb NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY aktenwerk.applied_op FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.applied_op OWNER TO aktenwerk_owner;

--
-- Name: audit_event; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.audit_event (
    seq bigint NOT NULL,
    at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    login text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text NOT NULL,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);

ALTER TABLE ONLY aktenwerk.audit_event FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.audit_event OWNER TO aktenwerk_owner;

--
-- Name: case_record; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.case_record (
    id uuid NOT NULL,
    file_id uuid NOT NULL,
    sub_file_id uuid,
    number integer NOT NULL,
    reference text NOT NULL,
    title text NOT NULL,
    type text DEFAULT ''::text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT case_record_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
);

ALTER TABLE ONLY aktenwerk.case_record FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.case_record OWNER TO aktenwerk_owner;

--
-- Name: change_seq; Type: SEQUENCE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE SEQUENCE aktenwerk.change_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE aktenwerk.change_seq OWNER TO aktenwerk_owner;

--
-- Name: conflict; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.conflict (
    id uuid NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    field text NOT NULL,
    base_value text,
    mine_value text,
    theirs_value text,
    mine_user text NOT NULL,
    op_id uuid NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id uuid,
    status text DEFAULT 'open'::text NOT NULL,
    resolved_by text,
    resolved_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT conflict_status_check CHECK ((status = ANY (ARRAY['open'::text, 'mine'::text, 'theirs'::text])))
);

ALTER TABLE ONLY aktenwerk.conflict FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.conflict OWNER TO aktenwerk_owner;

--
-- Name: content; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.content (
    sha256 text NOT NULL,
    size bigint NOT NULL,
    chunk_size integer NOT NULL,
    chunk_count integer NOT NULL,
    complete boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT content_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT content_size_check CHECK ((size >= 0))
);

ALTER TABLE ONLY aktenwerk.content FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.content OWNER TO aktenwerk_owner;

--
-- Name: content_chunk; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.content_chunk (
    sha256 text NOT NULL,
    idx integer NOT NULL,
    data bytea NOT NULL,
    CONSTRAINT content_chunk_idx_check CHECK ((idx >= 0))
);

ALTER TABLE ONLY aktenwerk.content_chunk FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.content_chunk OWNER TO aktenwerk_owner;

--
-- Name: content_upload; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.content_upload (
    sha256 text NOT NULL,
    uploader text NOT NULL,
    idx integer NOT NULL
);

ALTER TABLE ONLY aktenwerk.content_upload FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.content_upload OWNER TO aktenwerk_owner;

--
-- Name: department; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.department (
    code text NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    default_confidentiality text DEFAULT '003'::text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY aktenwerk.department FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.department OWNER TO aktenwerk_owner;

--
-- Name: document; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.document (
    id uuid NOT NULL,
    case_id uuid,
    title text NOT NULL,
    type text DEFAULT ''::text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    current_version integer DEFAULT 0 NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id uuid,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT document_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
);

ALTER TABLE ONLY aktenwerk.document FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.document OWNER TO aktenwerk_owner;

--
-- Name: document_lock; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.document_lock (
    document_id uuid NOT NULL,
    owner text,
    since timestamp with time zone,
    expires timestamp with time zone,
    broken_by text,
    broken_at timestamp with time zone,
    broken_owner text,
    revision bigint DEFAULT 1 NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY aktenwerk.document_lock FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.document_lock OWNER TO aktenwerk_owner;

--
-- Name: file_record; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.file_record (
    id uuid NOT NULL,
    plan_unit_id uuid NOT NULL,
    reference text NOT NULL,
    seq integer NOT NULL,
    year integer NOT NULL,
    title text NOT NULL,
    department_code text NOT NULL,
    confidentiality text DEFAULT '003'::text NOT NULL,
    type text DEFAULT ''::text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT file_record_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
);

ALTER TABLE ONLY aktenwerk.file_record FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.file_record OWNER TO aktenwerk_owner;

--
-- Name: file_share; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.file_share (
    file_id uuid NOT NULL,
    department_code text NOT NULL,
    granted_by text DEFAULT SESSION_USER NOT NULL,
    granted_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY aktenwerk.file_share FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.file_share OWNER TO aktenwerk_owner;

--
-- Name: plan_unit; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.plan_unit (
    id uuid NOT NULL,
    parent_id uuid,
    code text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    retention_years integer,
    disposal_type text NOT NULL,
    retired boolean DEFAULT false NOT NULL,
    department_code text DEFAULT ''::text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    CONSTRAINT plan_unit_disposal_type_check CHECK ((disposal_type = ANY (ARRAY['A'::text, 'B'::text, 'V'::text])))
);

ALTER TABLE ONLY aktenwerk.plan_unit FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.plan_unit OWNER TO aktenwerk_owner;

--
-- Name: reference_counter; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.reference_counter (
    scope text NOT NULL,
    last_value integer NOT NULL
);

ALTER TABLE ONLY aktenwerk.reference_counter FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.reference_counter OWNER TO aktenwerk_owner;

--
-- Name: schema_version; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    applied_by text DEFAULT SESSION_USER NOT NULL
);

ALTER TABLE ONLY aktenwerk.schema_version FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.schema_version OWNER TO aktenwerk_owner;

--
-- Name: setting; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.setting (
    key text NOT NULL,
    value text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY aktenwerk.setting FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.setting OWNER TO aktenwerk_owner;

--
-- Name: sub_file; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.sub_file (
    id uuid NOT NULL,
    file_id uuid NOT NULL,
    number integer NOT NULL,
    title text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    revision bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_by text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY aktenwerk.sub_file FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.sub_file OWNER TO aktenwerk_owner;

--
-- Name: version; Type: TABLE; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TABLE aktenwerk.version (
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    number integer NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    mime_type text NOT NULL,
    file_name text DEFAULT ''::text NOT NULL,
    author text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    comment text DEFAULT ''::text NOT NULL,
    origin text NOT NULL,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id uuid,
    revision bigint DEFAULT 1 NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    change_seq bigint DEFAULT 0 NOT NULL,
    base_version integer,
    parallel_to integer,
    transfer_note text,
    ocr text,
    CONSTRAINT version_number_check CHECK ((number >= 1)),
    CONSTRAINT version_origin_check CHECK ((origin = ANY (ARRAY['import'::text, 'scan'::text, 'edit'::text, 'restore'::text, 'parallel'::text])))
);

ALTER TABLE ONLY aktenwerk.version FORCE ROW LEVEL SECURITY;


ALTER TABLE aktenwerk.version OWNER TO aktenwerk_owner;

--
-- Data for Name: app_user; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.app_user (login, id, display_name, department_code, roles, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
mig_rita	979fc40f-9812-4931-91a4-a7d7c4191957	mig_rita	63	{records_officer,clerk}	1	2026-12-06 23:39:40.770913+00	postgres	2026-12-06 23:39:40.770913+00	postgres	f	1045	3
mig_alice	d4b353c9-f4fd-40b2-ab1a-9a1169307f42	mig_alice	63	{clerk}	1	2026-12-06 23:39:40.870091+00	postgres	2026-12-06 23:39:40.870091+00	postgres	f	1046	4
mig_bob	988c2277-206f-4ef1-8576-26a46fc97e84	mig_bob	11	{clerk}	1	2026-12-06 23:39:40.986104+00	postgres	2026-12-06 23:39:40.986104+00	postgres	f	1047	5
\.


--
-- Data for Name: applied_op; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.applied_op (op_id, login, command, entity_id, result, applied_at) FROM stdin;
56e1c283-755e-467c-aeec-67497d282dca	mig_rita	plan_unit.create	b4917198-53dc-4883-aa7e-8143de05a218	{}	2026-12-06 23:39:41.44976+00
0055ad6a-ad80-48af-87a6-7b2aa5aa819c	mig_rita	plan_unit.create	60a30672-7e2a-4529-9128-bdd57fcc9c41	{}	2026-12-06 23:39:41.44976+00
164a64e2-bca5-471d-bf54-adb04e1051e7	mig_rita	plan_unit.create	5fb3510a-1290-40ab-994f-ef252d353de7	{}	2026-12-06 23:39:41.44976+00
b4f075d7-2805-4109-aa11-c324eb6533cf	mig_rita	plan_unit.create	240611dc-090a-4c6e-83aa-c89b25f52665	{}	2026-12-06 23:39:41.44976+00
a6671691-da6b-44a3-9a3f-e3b1eb67e058	mig_rita	plan_unit.create	e0c1e316-41ec-4560-ab67-5e1e170e63ca	{}	2026-12-06 23:39:41.44976+00
6b5c6328-45b3-4f8e-8eef-35ea8bf79dd1	mig_rita	plan_unit.create	3790d0e4-447a-4c6a-a729-b1f4d4fe91fb	{}	2026-12-06 23:39:41.44976+00
987474ec-4b5e-4411-90ca-516b1c2690e3	mig_rita	plan_unit.create	93dddc5e-6deb-4da3-938e-212713b4b7f1	{}	2026-12-06 23:39:41.44976+00
0bd5934c-feb5-4262-85c0-bc73326c4fab	mig_rita	plan_unit.create	2986892d-0feb-4594-bba4-4c2ce9536666	{}	2026-12-06 23:39:41.44976+00
9205ab31-165c-4f1f-8271-1322b178d331	mig_rita	plan_unit.create	e893a781-76c7-4022-8711-1eafffc10783	{}	2026-12-06 23:39:41.44976+00
bc0c25ad-ead7-44b3-a9b5-e35df16f03bf	mig_rita	plan_unit.create	969b74b9-6c00-4662-b797-bd60ce2bbea5	{}	2026-12-06 23:39:41.44976+00
04baf23d-7629-46b7-a564-aef39914e2a6	mig_rita	plan_unit.create	51e39f96-ca9d-4bb5-bc54-b20ae22672e9	{}	2026-12-06 23:39:41.44976+00
e31ae798-c3fa-4ca4-a3f4-e467bb19e1a2	mig_rita	plan_unit.create	0d25977f-23be-489d-8623-c82c2c2a349f	{}	2026-12-06 23:39:41.44976+00
0f98af63-dcbd-47d0-9763-d2879ba5c125	mig_rita	plan_unit.create	9f667b5c-193e-4925-954c-4122f54cbff9	{}	2026-12-06 23:39:41.44976+00
cfb15bbd-4763-409e-a145-0e0b82f35f3f	mig_rita	plan_unit.create	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	{}	2026-12-06 23:39:41.44976+00
6b3feae0-5e34-4a74-9b35-7da0b45ebb56	mig_rita	plan_unit.create	9f5aea1f-152a-4447-b8dd-000347926c23	{}	2026-12-06 23:39:41.44976+00
6a2121b2-50bf-4194-bfae-242ec6bb5080	mig_rita	plan_unit.create	4391925f-bcfd-490a-aff3-55c4b56453e3	{}	2026-12-06 23:39:41.44976+00
a9fb870c-3589-4784-901b-97350826be01	mig_rita	plan_unit.create	8eacdf2b-bbfb-4cf1-8676-f089a856c24b	{}	2026-12-06 23:39:41.44976+00
65a5de16-7a52-491d-acb9-e7c75a75585f	mig_rita	plan_unit.create	f7c4e430-21ec-460c-8d42-b2a289aaf9a5	{}	2026-12-06 23:39:41.44976+00
0387692b-73be-4150-9b53-5712e4d55f63	mig_rita	plan_unit.create	492168db-5a1d-4e96-bc38-2aa4b92ce158	{}	2026-12-06 23:39:41.44976+00
30dbc244-b087-42fe-9271-9e56d9523047	mig_rita	plan_unit.create	b976f6a7-7cc6-4e47-b2ff-532913510d43	{}	2026-12-06 23:39:41.44976+00
79cd7f57-83f9-4383-b094-36c807d409c7	mig_rita	plan_unit.create	d1029a7f-456c-42bc-81de-8c5a9fdbc967	{}	2026-12-06 23:39:41.44976+00
0836f385-fc18-4f82-9e09-3fd881312e90	mig_rita	plan_unit.create	418b706d-3d54-4571-8345-fdd95584283f	{}	2026-12-06 23:39:41.44976+00
8da11f4d-9a18-4533-8a6f-70021c262848	mig_rita	plan_unit.create	94a7bded-646e-417f-8950-c4602b67bf39	{}	2026-12-06 23:39:41.44976+00
21cc5fa4-4fea-4a30-b969-19f260bcfdd4	mig_rita	plan_unit.create	9fcde0bd-7d66-42c3-9621-7e026b1cf990	{}	2026-12-06 23:39:41.44976+00
01948eae-def7-48c8-bf33-171912fc24bb	mig_rita	plan_unit.create	fdfaec73-a136-4a2c-8903-f454521edd2f	{}	2026-12-06 23:39:41.44976+00
b8c65574-6a9d-4639-8acf-fd8280f30fbc	mig_rita	plan_unit.create	d5c864e1-f618-4800-84bd-c7ff6886da5b	{}	2026-12-06 23:39:41.44976+00
c1982050-ef8e-4b61-9a04-ad4447ef1712	mig_rita	plan_unit.create	01d8881a-02c1-46bd-9b5a-03163fff3ff5	{}	2026-12-06 23:39:41.44976+00
fd8e6fc9-2d55-4bca-9407-d18bac592556	mig_rita	plan_unit.create	d8ce82c0-488f-4603-b160-48ba2437f0c6	{}	2026-12-06 23:39:41.44976+00
9f0074ad-7c2f-4e48-b944-2f9839e93b9e	mig_rita	plan_unit.create	e6fce05f-8f2b-4dde-9155-7c156668a94d	{}	2026-12-06 23:39:41.44976+00
e22c6cd6-3f07-4785-9d0c-cabc2b1978bd	mig_rita	plan_unit.create	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	{}	2026-12-06 23:39:41.44976+00
cbba2394-57d8-453a-9119-27a88ccbf0c7	mig_rita	plan_unit.create	d3f6c21f-17ed-49bd-a991-6bb6d23569db	{}	2026-12-06 23:39:41.44976+00
66147629-684c-4989-b8c3-43a81cfd2431	mig_rita	plan_unit.create	77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	{}	2026-12-06 23:39:41.44976+00
4ddaa200-ab71-4594-a9cd-ce8bf29b2748	mig_rita	plan_unit.create	27e308b0-5dfd-4ef9-811d-8a3604fd7fa6	{}	2026-12-06 23:39:41.44976+00
f39f3c12-0fe1-49b4-91a1-6ef6824a6ce2	mig_rita	plan_unit.create	847a47e9-0d72-437c-9db3-9e47af3a9669	{}	2026-12-06 23:39:41.44976+00
88ec3c28-08c9-42e1-8e94-5c09a3d2ea85	mig_rita	plan_unit.create	fbb7346e-faad-4e18-bc6e-51a0fe1efa1f	{}	2026-12-06 23:39:41.44976+00
2fcce340-f7a5-4c8d-8b26-8fdbf5f175cc	mig_rita	plan_unit.create	4cefeeff-8734-4763-a424-4ed245e6473a	{}	2026-12-06 23:39:41.44976+00
208dd936-b8e6-42c9-8253-264fd80cbf92	mig_rita	plan_unit.create	fd1163fe-925a-4a40-a435-e435b95fbb20	{}	2026-12-06 23:39:41.44976+00
c5e3280a-380c-481e-86b6-07a53f721185	mig_rita	plan_unit.create	0e936729-2520-4c4a-9047-d0d29eb47bf6	{}	2026-12-06 23:39:41.44976+00
ed93d29b-bb55-42c2-92fd-5fcf42453557	mig_rita	plan_unit.create	58999d71-04fb-4e17-b4ac-42e397a30e79	{}	2026-12-06 23:39:41.44976+00
b5be3a0c-56fb-4943-8e21-bde79a9114d0	mig_rita	plan_unit.create	f7b86ec9-be49-4425-8c75-785756688063	{}	2026-12-06 23:39:41.44976+00
d2adc2f6-362f-4874-8446-8cefcd73d0e1	mig_rita	plan_unit.create	67f2d910-8b0a-4210-bcb4-8c2ebb39f081	{}	2026-12-06 23:39:41.44976+00
0e4100a9-0e51-49ae-839b-d5a18be4091f	mig_rita	plan_unit.create	be065c94-d403-439e-96b5-4504504a2229	{}	2026-12-06 23:39:41.44976+00
831efeb7-4706-48fb-b582-7fa9507406d2	mig_rita	plan_unit.create	c64393e1-0036-4e94-ad3b-048b4cbfb272	{}	2026-12-06 23:39:41.44976+00
f7823bf2-8362-4d85-aec4-f9148bba16a8	mig_rita	plan_unit.create	1bbdf9fc-e89d-45dc-9e18-2564f0ed0c76	{}	2026-12-06 23:39:41.44976+00
b74fb73e-7929-4a79-835d-1410476e5b58	mig_rita	plan_unit.create	0bda51b7-2b12-43f5-aad1-57b15b43d71d	{}	2026-12-06 23:39:41.44976+00
01545339-d6d6-42a1-9db1-87ffb3fc3595	mig_alice	file.create	30632f3e-ef74-43a7-8b50-5b61bf8773e1	{"reference": "63.01.02-0001/2026"}	2026-12-06 23:39:42.628443+00
c3f4bfff-469e-425e-8189-d61f8e9598dd	mig_alice	case.create	741ad1ce-7340-4f10-b973-bb4444113106	{"number": 1, "reference": "63.01.02-0001/2026-001"}	2026-12-06 23:39:42.628443+00
2868beb5-84a8-448d-8739-cef5fe990602	mig_alice	document.create	d528e2a5-969d-4940-9ba3-bfcfb34388ce	{}	2026-12-06 23:39:42.628443+00
af1bb965-6d8a-4ae3-900d-f1c5a640c6de	mig_alice	file.create	d971474d-6db8-4c0e-bc31-4714ceebf791	{"reference": "63.01.02-0002/2026"}	2026-12-06 23:39:42.628443+00
3023f5b3-784c-4619-998b-d17807950103	mig_alice	case.create	5ef1d595-3949-4ffd-9681-e9fcf3ccaf1a	{"number": 1, "reference": "63.01.02-0002/2026-001"}	2026-12-06 23:39:42.628443+00
339a896a-fb4d-4b44-a8b0-f95030de49d4	mig_alice	document.create	a6fd3a2b-0e9d-46f8-9312-8554a4586aeb	{}	2026-12-06 23:39:42.628443+00
726c671f-95ff-4324-b805-f68d0ffd66d6	mig_alice	file.create	a238798e-1789-4175-993c-e5db4af60791	{"reference": "63.01.02-0003/2026"}	2026-12-06 23:39:42.628443+00
f01f3051-20e2-4a92-a67a-1415c58b0a42	mig_alice	case.create	f5c9cb29-9404-4480-a0f6-570134b2c334	{"number": 1, "reference": "63.01.02-0003/2026-001"}	2026-12-06 23:39:42.628443+00
9db3efa7-e6ba-4069-98f3-4cde4d694fe6	mig_alice	document.create	344da01e-41b0-4b3f-bb51-bbb7d04215aa	{}	2026-12-06 23:39:42.628443+00
0e7da27e-ef0c-475b-9684-3113aa8047e2	mig_alice	fields.update	30632f3e-ef74-43a7-8b50-5b61bf8773e1	{}	2026-12-06 23:39:42.914418+00
a2178bdb-1c23-4492-9e85-a98ff7f5b310	mig_bob	file.create	323178fe-8d03-46cf-9629-9a329b08b9c6	{"reference": "11.01.02-0001/2026"}	2026-12-06 23:39:43.809028+00
dd847523-ffaf-423d-b9ba-5900b0a17ac8	mig_bob	case.create	729b8f3e-b4e9-4bcd-90dd-1da15e50e0d4	{"number": 1, "reference": "11.01.02-0001/2026-001"}	2026-12-06 23:39:43.809028+00
1f0ff0d4-3dfd-4701-af75-5712dfd15ac0	mig_bob	document.create	08230dd0-6b45-44fb-949a-360b5c59e51c	{}	2026-12-06 23:39:43.809028+00
\.


--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.audit_event (seq, at, login, action, entity_type, entity_id, details, prev_hash, hash) FROM stdin;
1	2026-12-06 23:39:40.579763+00	postgres	department.create	department	63	{"name": "Fachbereich 63 Bauordnung"}	0000000000000000000000000000000000000000000000000000000000000000	c5b5dd797c198a4bb862b9f1008b893432e4a82238db32d77d14e8fbd92f2dc0
2	2026-12-06 23:39:40.671792+00	postgres	department.create	department	11	{"name": "Fachbereich 11 Personal"}	c5b5dd797c198a4bb862b9f1008b893432e4a82238db32d77d14e8fbd92f2dc0	921ad610a48e0312ff9f31f61eacfd86af9dd839319da32eba2b6951a0b8a747
3	2026-12-06 23:39:40.787896+00	postgres	user.create	user	mig_rita	{"roles": "records_officer,clerk", "department": "63"}	921ad610a48e0312ff9f31f61eacfd86af9dd839319da32eba2b6951a0b8a747	6b9162a23af35df4b1ba6d5a64d7b45e7b9041c51c72fdbe3e02ef008d27221f
4	2026-12-06 23:39:40.892496+00	postgres	user.create	user	mig_alice	{"roles": "clerk", "department": "63"}	6b9162a23af35df4b1ba6d5a64d7b45e7b9041c51c72fdbe3e02ef008d27221f	155014438a2a8b0ec913971b736e7f82148327e7e049b1cc5e071cbb61369f46
5	2026-12-06 23:39:41.003072+00	postgres	user.create	user	mig_bob	{"roles": "clerk", "department": "11"}	155014438a2a8b0ec913971b736e7f82148327e7e049b1cc5e071cbb61369f46	6dcd7094a717fddf0abb68f0197f360783782a086bbc665fcd3fcf0f31b8efa2
6	2026-12-06 23:39:41.462589+00	mig_rita	plan_unit.create	plan_unit	b4917198-53dc-4883-aa7e-8143de05a218	{"code": "11", "op_id": "56e1c283-755e-467c-aeec-67497d282dca", "title": "Personal und Organisation", "retired": false, "disposal": "B", "retention": "10", "department": "11", "description": "", "parent_code": ""}	6dcd7094a717fddf0abb68f0197f360783782a086bbc665fcd3fcf0f31b8efa2	41b02ffb4ce383d4ef4825742545cb80ac64105c9250d12973fe2db8fc509a2c
7	2026-12-06 23:39:41.465876+00	mig_rita	plan_unit.create	plan_unit	60a30672-7e2a-4529-9128-bdd57fcc9c41	{"code": "11.01", "op_id": "0055ad6a-ad80-48af-87a6-7b2aa5aa819c", "title": "Personalverwaltung", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "11"}	41b02ffb4ce383d4ef4825742545cb80ac64105c9250d12973fe2db8fc509a2c	96dd0cbe5cb0adb818058a1d46520e03d29ad4f79a7e44a75ea75b4c06f6de1d
8	2026-12-06 23:39:41.466675+00	mig_rita	plan_unit.create	plan_unit	5fb3510a-1290-40ab-994f-ef252d353de7	{"code": "11.01.01", "op_id": "164a64e2-bca5-471d-bf54-adb04e1051e7", "title": "Personalakten Beamtinnen und Beamte", "retired": false, "disposal": "B", "retention": "5", "department": "", "description": "Eine Akte je Person; Aufbewahrung nach Abschluss (Eintritt in den Ruhestand).", "parent_code": "11.01"}	96dd0cbe5cb0adb818058a1d46520e03d29ad4f79a7e44a75ea75b4c06f6de1d	b9196e065d42b25be1fc4442f5d138a994c5dedb936d08b7c75d1f814f7acbac
9	2026-12-06 23:39:41.467328+00	mig_rita	plan_unit.create	plan_unit	240611dc-090a-4c6e-83aa-c89b25f52665	{"code": "11.01.02", "op_id": "b4f075d7-2805-4109-aa11-c324eb6533cf", "title": "Personalakten Tarifbeschäftigte", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "11.01"}	b9196e065d42b25be1fc4442f5d138a994c5dedb936d08b7c75d1f814f7acbac	293624a4b8299ce6063ffcde69b37aae4f1ca51b32464e3450ee2e7ec6fb4170
10	2026-12-06 23:39:41.467925+00	mig_rita	plan_unit.create	plan_unit	e0c1e316-41ec-4560-ab67-5e1e170e63ca	{"code": "11.01.03", "op_id": "a6671691-da6b-44a3-9a3f-e3b1eb67e058", "title": "Personalakten Auszubildende", "retired": false, "disposal": "V", "retention": "10", "department": "", "description": "", "parent_code": "11.01"}	293624a4b8299ce6063ffcde69b37aae4f1ca51b32464e3450ee2e7ec6fb4170	07c48f238b62bd2231f9eacc44bcc818578fc63f9d9c8a3800e9f2da02ec927f
11	2026-12-06 23:39:41.468437+00	mig_rita	plan_unit.create	plan_unit	3790d0e4-447a-4c6a-a729-b1f4d4fe91fb	{"code": "11.01.04", "op_id": "6b5c6328-45b3-4f8e-8eef-35ea8bf79dd1", "title": "Stellenbesetzungsverfahren", "retired": false, "disposal": "V", "retention": "1", "department": "", "description": "Ausschreibung, Bewerbungen, Auswahlvermerk.", "parent_code": "11.01"}	07c48f238b62bd2231f9eacc44bcc818578fc63f9d9c8a3800e9f2da02ec927f	1eb43741fe98f2904a599e809a937300ef2d5e84d0364c3fe687b326f1a4b23e
12	2026-12-06 23:39:41.468882+00	mig_rita	plan_unit.create	plan_unit	93dddc5e-6deb-4da3-938e-212713b4b7f1	{"code": "11.02", "op_id": "987474ec-4b5e-4411-90ca-516b1c2690e3", "title": "Aus- und Fortbildung", "retired": false, "disposal": "B", "retention": "5", "department": "", "description": "", "parent_code": "11"}	1eb43741fe98f2904a599e809a937300ef2d5e84d0364c3fe687b326f1a4b23e	feb2653065b344188f4e7ada338ee6b7ca2ff97b275581676e706c8162d184e5
13	2026-12-06 23:39:41.469245+00	mig_rita	plan_unit.create	plan_unit	2986892d-0feb-4594-bba4-4c2ce9536666	{"code": "11.02.01", "op_id": "0bd5934c-feb5-4262-85c0-bc73326c4fab", "title": "Ausbildungsplanung", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "11.02"}	feb2653065b344188f4e7ada338ee6b7ca2ff97b275581676e706c8162d184e5	160e750c2b0ba6900aad1f5614d880e180b0eeda5317c5038a2596d41bab9095
14	2026-12-06 23:39:41.469554+00	mig_rita	plan_unit.create	plan_unit	e893a781-76c7-4022-8711-1eafffc10783	{"code": "11.02.02", "op_id": "9205ab31-165c-4f1f-8271-1322b178d331", "title": "Fortbildungsmaßnahmen", "retired": false, "disposal": "V", "retention": "5", "department": "", "description": "", "parent_code": "11.02"}	160e750c2b0ba6900aad1f5614d880e180b0eeda5317c5038a2596d41bab9095	0daf6d896fdf48c4eaaf81fe243963b4e6855a71db2b622bfa323b1b23e0ec84
15	2026-12-06 23:39:41.469835+00	mig_rita	plan_unit.create	plan_unit	969b74b9-6c00-4662-b797-bd60ce2bbea5	{"code": "11.03", "op_id": "bc0c25ad-ead7-44b3-a9b5-e35df16f03bf", "title": "Arbeitszeit, Urlaub, Dienstbefreiung", "retired": false, "disposal": "V", "retention": "3", "department": "", "description": "", "parent_code": "11"}	0daf6d896fdf48c4eaaf81fe243963b4e6855a71db2b622bfa323b1b23e0ec84	e6354943b42660b11a0ff2ae014b5ba5181a2174a41040b04eb887c52f89b4d9
16	2026-12-06 23:39:41.470136+00	mig_rita	plan_unit.create	plan_unit	51e39f96-ca9d-4bb5-bc54-b20ae22672e9	{"code": "11.04", "op_id": "04baf23d-7629-46b7-a564-aef39914e2a6", "title": "Beihilfe und Fürsorge", "retired": false, "disposal": "V", "retention": "6", "department": "", "description": "", "parent_code": "11"}	e6354943b42660b11a0ff2ae014b5ba5181a2174a41040b04eb887c52f89b4d9	22df04aa1007c80d6a9629ee17daf6a1d579335a0775943dde9d45ecf89863f9
17	2026-12-06 23:39:41.47043+00	mig_rita	plan_unit.create	plan_unit	0d25977f-23be-489d-8623-c82c2c2a349f	{"code": "11.05", "op_id": "e31ae798-c3fa-4ca4-a3f4-e467bb19e1a2", "title": "Personalvertretung", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "11"}	22df04aa1007c80d6a9629ee17daf6a1d579335a0775943dde9d45ecf89863f9	a895e3e7d2a051d985c7d32b1361719b9e379c2c60ce788f539df904d6901f47
18	2026-12-06 23:39:41.470653+00	mig_rita	plan_unit.create	plan_unit	9f667b5c-193e-4925-954c-4122f54cbff9	{"code": "11.06", "op_id": "0f98af63-dcbd-47d0-9763-d2879ba5c125", "title": "Organisation und Stellenplan", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "11"}	a895e3e7d2a051d985c7d32b1361719b9e379c2c60ce788f539df904d6901f47	da4637be4a87261aeef4c6b05da866088c83eae032fdbbb8d79080aa384d34c4
19	2026-12-06 23:39:41.470824+00	mig_rita	plan_unit.create	plan_unit	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	{"code": "36", "op_id": "cfb15bbd-4763-409e-a145-0e0b82f35f3f", "title": "Umwelt", "retired": false, "disposal": "B", "retention": "10", "department": "36", "description": "", "parent_code": ""}	da4637be4a87261aeef4c6b05da866088c83eae032fdbbb8d79080aa384d34c4	ff8869148e1dd0fc026e91c763f9117738ac487fb4e93cff594316d7520ccace
20	2026-12-06 23:39:41.471061+00	mig_rita	plan_unit.create	plan_unit	9f5aea1f-152a-4447-b8dd-000347926c23	{"code": "36.01", "op_id": "6b3feae0-5e34-4a74-9b35-7da0b45ebb56", "title": "Immissionsschutz", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "36"}	ff8869148e1dd0fc026e91c763f9117738ac487fb4e93cff594316d7520ccace	0faf13ddb274cad8ab6db8ae56ee74b0a052ff13b493acc4a931ac95941c4bb3
21	2026-12-06 23:39:41.471852+00	mig_rita	plan_unit.create	plan_unit	4391925f-bcfd-490a-aff3-55c4b56453e3	{"code": "36.01.01", "op_id": "6a2121b2-50bf-4194-bfae-242ec6bb5080", "title": "Genehmigungsbedürftige Anlagen (BImSchG)", "retired": false, "disposal": "A", "retention": "30", "department": "", "description": "Anlagenakten nach der 4. BImSchV.", "parent_code": "36.01"}	0faf13ddb274cad8ab6db8ae56ee74b0a052ff13b493acc4a931ac95941c4bb3	693e9df99af86659f976e654b5939ef1b61ef42177c94bd7e3d1cb1b7ee8f30d
22	2026-12-06 23:39:41.472132+00	mig_rita	plan_unit.create	plan_unit	8eacdf2b-bbfb-4cf1-8676-f089a856c24b	{"code": "36.01.02", "op_id": "a9fb870c-3589-4784-901b-97350826be01", "title": "Nicht genehmigungsbedürftige Anlagen", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "36.01"}	693e9df99af86659f976e654b5939ef1b61ef42177c94bd7e3d1cb1b7ee8f30d	84ce37cd649add95c5dc9fe099e5a2ad4269042ea221437ad239db8d0ce87b17
23	2026-12-06 23:39:41.472408+00	mig_rita	plan_unit.create	plan_unit	f7c4e430-21ec-460c-8d42-b2a289aaf9a5	{"code": "36.01.03", "op_id": "65a5de16-7a52-491d-acb9-e7c75a75585f", "title": "Lärm- und Geruchsbeschwerden", "retired": false, "disposal": "V", "retention": "5", "department": "", "description": "", "parent_code": "36.01"}	84ce37cd649add95c5dc9fe099e5a2ad4269042ea221437ad239db8d0ce87b17	61244f782c6295899e518a4e161132412da684d7742f9ac039fc86c857b842db
24	2026-12-06 23:39:41.472651+00	mig_rita	plan_unit.create	plan_unit	492168db-5a1d-4e96-bc38-2aa4b92ce158	{"code": "36.02", "op_id": "0387692b-73be-4150-9b53-5712e4d55f63", "title": "Bodenschutz und Altlasten", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "36"}	61244f782c6295899e518a4e161132412da684d7742f9ac039fc86c857b842db	c81336bcfb2a89d2e17fcb7af1b44af4f512e5c1cb1a12436284655567d22e9d
25	2026-12-06 23:39:41.472909+00	mig_rita	plan_unit.create	plan_unit	b976f6a7-7cc6-4e47-b2ff-532913510d43	{"code": "36.02.01", "op_id": "30dbc244-b087-42fe-9271-9e56d9523047", "title": "Altlastenkataster", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "36.02"}	c81336bcfb2a89d2e17fcb7af1b44af4f512e5c1cb1a12436284655567d22e9d	14e6eb4eca770e976397ea568b591c7809030f55b7ee5d3a4632797a7d2782d3
26	2026-12-06 23:39:41.473154+00	mig_rita	plan_unit.create	plan_unit	d1029a7f-456c-42bc-81de-8c5a9fdbc967	{"code": "36.02.02", "op_id": "79cd7f57-83f9-4383-b094-36c807d409c7", "title": "Bodenschutzrechtliche Verfahren", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "36.02"}	14e6eb4eca770e976397ea568b591c7809030f55b7ee5d3a4632797a7d2782d3	35294b09dfb5f290684e14816be7b533fa61113bd7dab4375d7bf35641c4c853
27	2026-12-06 23:39:41.473433+00	mig_rita	plan_unit.create	plan_unit	418b706d-3d54-4571-8345-fdd95584283f	{"code": "36.03", "op_id": "0836f385-fc18-4f82-9e09-3fd881312e90", "title": "Wasserrecht", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "36"}	35294b09dfb5f290684e14816be7b533fa61113bd7dab4375d7bf35641c4c853	36ef8dfaaaf1ffb269e97fab1d38bf4e0c4414bf8d3ee159c47b6c19b797e1cb
28	2026-12-06 23:39:41.473694+00	mig_rita	plan_unit.create	plan_unit	94a7bded-646e-417f-8950-c4602b67bf39	{"code": "36.03.01", "op_id": "8da11f4d-9a18-4533-8a6f-70021c262848", "title": "Wasserrechtliche Erlaubnisse und Bewilligungen", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "36.03"}	36ef8dfaaaf1ffb269e97fab1d38bf4e0c4414bf8d3ee159c47b6c19b797e1cb	9644eacab3cb7eec049fbbcdf016bc1d0ac2372285496aa81b988dee38c48bde
29	2026-12-06 23:39:41.473969+00	mig_rita	plan_unit.create	plan_unit	9fcde0bd-7d66-42c3-9621-7e026b1cf990	{"code": "36.03.02", "op_id": "21cc5fa4-4fea-4a30-b969-19f260bcfdd4", "title": "Anlagen zum Umgang mit wassergefährdenden Stoffen", "retired": false, "disposal": "V", "retention": "10", "department": "", "description": "", "parent_code": "36.03"}	9644eacab3cb7eec049fbbcdf016bc1d0ac2372285496aa81b988dee38c48bde	5c3fb330c9800d15db1bf20ae461cbf323800b63dd97df708cb87a777196b017
30	2026-12-06 23:39:41.474194+00	mig_rita	plan_unit.create	plan_unit	fdfaec73-a136-4a2c-8903-f454521edd2f	{"code": "36.04", "op_id": "01948eae-def7-48c8-bf33-171912fc24bb", "title": "Abfallrecht", "retired": false, "disposal": "V", "retention": "10", "department": "", "description": "", "parent_code": "36"}	5c3fb330c9800d15db1bf20ae461cbf323800b63dd97df708cb87a777196b017	ae9ffa100224de2a7836223dbe9577657cadc0daa3fb28b02de073329ac9c87a
31	2026-12-06 23:39:41.474453+00	mig_rita	plan_unit.create	plan_unit	d5c864e1-f618-4800-84bd-c7ff6886da5b	{"code": "36.05", "op_id": "b8c65574-6a9d-4639-8acf-fd8280f30fbc", "title": "Natur- und Baumschutz", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "36"}	ae9ffa100224de2a7836223dbe9577657cadc0daa3fb28b02de073329ac9c87a	9ffaed709e4d60e4324e362d05651a2ddaf0e18f30b649501f67edfeedfddea7
32	2026-12-06 23:39:41.474703+00	mig_rita	plan_unit.create	plan_unit	01d8881a-02c1-46bd-9b5a-03163fff3ff5	{"code": "36.05.01", "op_id": "c1982050-ef8e-4b61-9a04-ad4447ef1712", "title": "Baumschutzsatzung – Fällgenehmigungen", "retired": false, "disposal": "V", "retention": "10", "department": "", "description": "", "parent_code": "36.05"}	9ffaed709e4d60e4324e362d05651a2ddaf0e18f30b649501f67edfeedfddea7	79d90c3d0cf5ad641e7001633dc82a2a780de365baa8545809dd8867b567c979
33	2026-12-06 23:39:41.474937+00	mig_rita	plan_unit.create	plan_unit	d8ce82c0-488f-4603-b160-48ba2437f0c6	{"code": "36.05.02", "op_id": "fd8e6fc9-2d55-4bca-9407-d18bac592556", "title": "Schutzgebiete", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "36.05"}	79d90c3d0cf5ad641e7001633dc82a2a780de365baa8545809dd8867b567c979	c5526b2ff1f679e1ff628bbc8449a300948c7a361c666c779ba00e9fbaac2150
34	2026-12-06 23:39:41.47512+00	mig_rita	plan_unit.create	plan_unit	e6fce05f-8f2b-4dde-9155-7c156668a94d	{"code": "63", "op_id": "9f0074ad-7c2f-4e48-b944-2f9839e93b9e", "title": "Bauordnung und Denkmalschutz", "retired": false, "disposal": "B", "retention": "30", "department": "63", "description": "", "parent_code": ""}	c5526b2ff1f679e1ff628bbc8449a300948c7a361c666c779ba00e9fbaac2150	f129d0ca1f032cf53b33e10c8a57f170bcbc0f4e41fc5401e37adda9c1a2a560
35	2026-12-06 23:39:41.475412+00	mig_rita	plan_unit.create	plan_unit	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	{"code": "63.01", "op_id": "e22c6cd6-3f07-4785-9d0c-cabc2b1978bd", "title": "Bauaufsicht", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "63"}	f129d0ca1f032cf53b33e10c8a57f170bcbc0f4e41fc5401e37adda9c1a2a560	3043a39d78c5826d44b0428be15bf6e55063eca5dbc4f99f91544c8d9492f62a
36	2026-12-06 23:39:41.475699+00	mig_rita	plan_unit.create	plan_unit	d3f6c21f-17ed-49bd-a991-6bb6d23569db	{"code": "63.01.01", "op_id": "cbba2394-57d8-453a-9119-27a88ccbf0c7", "title": "Bauvoranfragen und Vorbescheide", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "63.01"}	3043a39d78c5826d44b0428be15bf6e55063eca5dbc4f99f91544c8d9492f62a	a0c25e457b8eb5a1b0a0bc0e86618269f6ce4588f04ec78958027092aae802e9
37	2026-12-06 23:39:41.47606+00	mig_rita	plan_unit.create	plan_unit	77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	{"code": "63.01.02", "op_id": "66147629-684c-4989-b8c3-43a81cfd2431", "title": "Baugenehmigungsverfahren", "retired": false, "disposal": "A", "retention": "30", "department": "", "description": "Einzelfallakten je Grundstück und Vorhaben.", "parent_code": "63.01"}	a0c25e457b8eb5a1b0a0bc0e86618269f6ce4588f04ec78958027092aae802e9	762e971646161db539e43f9e377d53e6d5c61c93bdf4c61717a79e18c9a6ef1d
38	2026-12-06 23:39:41.476351+00	mig_rita	plan_unit.create	plan_unit	27e308b0-5dfd-4ef9-811d-8a3604fd7fa6	{"code": "63.01.03", "op_id": "4ddaa200-ab71-4594-a9cd-ce8bf29b2748", "title": "Genehmigungsfreistellung", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "63.01"}	762e971646161db539e43f9e377d53e6d5c61c93bdf4c61717a79e18c9a6ef1d	3eeb0977ebdbf0d8a1f5d681e5a2b5021ff0f8374f5f0c616532797c5b0c68c7
39	2026-12-06 23:39:41.476607+00	mig_rita	plan_unit.create	plan_unit	847a47e9-0d72-437c-9db3-9e47af3a9669	{"code": "63.01.04", "op_id": "f39f3c12-0fe1-49b4-91a1-6ef6824a6ce2", "title": "Abbruchanzeigen", "retired": false, "disposal": "V", "retention": "10", "department": "", "description": "", "parent_code": "63.01"}	3eeb0977ebdbf0d8a1f5d681e5a2b5021ff0f8374f5f0c616532797c5b0c68c7	8436e1f14607e62e33850102e02da19dbc002a8beba68c22e7b9a391033a69ea
40	2026-12-06 23:39:41.47684+00	mig_rita	plan_unit.create	plan_unit	fbb7346e-faad-4e18-bc6e-51a0fe1efa1f	{"code": "63.01.09", "op_id": "88ec3c28-08c9-42e1-8e94-5c09a3d2ea85", "title": "Baugenehmigungen (bis 2019, Altbestand)", "retired": true, "disposal": "A", "retention": "30", "department": "", "description": "", "parent_code": "63.01"}	8436e1f14607e62e33850102e02da19dbc002a8beba68c22e7b9a391033a69ea	f657023e66b7a17c9fbc956b7327705dbf6a9820bc12f0f0c01fdee3f2449b7e
41	2026-12-06 23:39:41.477065+00	mig_rita	plan_unit.create	plan_unit	4cefeeff-8734-4763-a424-4ed245e6473a	{"code": "63.02", "op_id": "2fcce340-f7a5-4c8d-8b26-8fdbf5f175cc", "title": "Bauüberwachung und Bauabnahmen", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "63"}	f657023e66b7a17c9fbc956b7327705dbf6a9820bc12f0f0c01fdee3f2449b7e	673ad925ced2f15b0be55be931f29e5e584abe56d616fc3aa103ecdfe7c226bf
42	2026-12-06 23:39:41.477335+00	mig_rita	plan_unit.create	plan_unit	fd1163fe-925a-4a40-a435-e435b95fbb20	{"code": "63.03", "op_id": "208dd936-b8e6-42c9-8253-264fd80cbf92", "title": "Ordnungsbehördliche Verfahren", "retired": false, "disposal": "B", "retention": "10", "department": "", "description": "", "parent_code": "63"}	673ad925ced2f15b0be55be931f29e5e584abe56d616fc3aa103ecdfe7c226bf	2b0dde0b822236adec1dcd734f2ab6a29f61ef6b59cfee8216a62b30165a6d33
43	2026-12-06 23:39:41.47758+00	mig_rita	plan_unit.create	plan_unit	0e936729-2520-4c4a-9047-d0d29eb47bf6	{"code": "63.03.01", "op_id": "c5e3280a-380c-481e-86b6-07a53f721185", "title": "Baueinstellungen und Nutzungsuntersagungen", "retired": false, "disposal": "B", "retention": "30", "department": "", "description": "", "parent_code": "63.03"}	2b0dde0b822236adec1dcd734f2ab6a29f61ef6b59cfee8216a62b30165a6d33	8c4a9f5269de628d1eca7f5083f4491967461bd8e2047efdd132ab65b6d2fa28
44	2026-12-06 23:39:41.477812+00	mig_rita	plan_unit.create	plan_unit	58999d71-04fb-4e17-b4ac-42e397a30e79	{"code": "63.03.02", "op_id": "ed93d29b-bb55-42c2-92fd-5fcf42453557", "title": "Bußgeldverfahren", "retired": false, "disposal": "V", "retention": "5", "department": "", "description": "", "parent_code": "63.03"}	8c4a9f5269de628d1eca7f5083f4491967461bd8e2047efdd132ab65b6d2fa28	c0271bb3e788a2e9e08140b01156573c54612bf68d3b338e6a0882c1b61ac522
45	2026-12-06 23:39:41.478053+00	mig_rita	plan_unit.create	plan_unit	f7b86ec9-be49-4425-8c75-785756688063	{"code": "63.04", "op_id": "b5be3a0c-56fb-4943-8e21-bde79a9114d0", "title": "Baulasten", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "63"}	c0271bb3e788a2e9e08140b01156573c54612bf68d3b338e6a0882c1b61ac522	e373a3ce59f502af3d0b51da02670c7007dc78e2f057ce36fac1f13ed6794fea
46	2026-12-06 23:39:41.478282+00	mig_rita	plan_unit.create	plan_unit	67f2d910-8b0a-4210-bcb4-8c2ebb39f081	{"code": "63.04.01", "op_id": "d2adc2f6-362f-4874-8446-8cefcd73d0e1", "title": "Baulastenverzeichnis", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "63.04"}	e373a3ce59f502af3d0b51da02670c7007dc78e2f057ce36fac1f13ed6794fea	ec7338c046a47286a50ae0cd8fc6c54d4caedb2bda1bfa4520a332fbe695abba
47	2026-12-06 23:39:41.478558+00	mig_rita	plan_unit.create	plan_unit	be065c94-d403-439e-96b5-4504504a2229	{"code": "63.05", "op_id": "0e4100a9-0e51-49ae-839b-d5a18be4091f", "title": "Denkmalschutz", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "63"}	ec7338c046a47286a50ae0cd8fc6c54d4caedb2bda1bfa4520a332fbe695abba	b91644ea74042e8b9980ee9c4bb16b390b7f9f602b3f7da6760c9e2387cf8498
48	2026-12-06 23:39:41.478791+00	mig_rita	plan_unit.create	plan_unit	c64393e1-0036-4e94-ad3b-048b4cbfb272	{"code": "63.05.01", "op_id": "831efeb7-4706-48fb-b582-7fa9507406d2", "title": "Denkmalliste", "retired": false, "disposal": "A", "retention": "unbefristet", "department": "", "description": "", "parent_code": "63.05"}	b91644ea74042e8b9980ee9c4bb16b390b7f9f602b3f7da6760c9e2387cf8498	a380ce9fe35bbaeba58609ebe2d398eab4bcc4408a9ba860e526806f758d079c
49	2026-12-06 23:39:41.479041+00	mig_rita	plan_unit.create	plan_unit	1bbdf9fc-e89d-45dc-9e18-2564f0ed0c76	{"code": "63.05.02", "op_id": "f7823bf2-8362-4d85-aec4-f9148bba16a8", "title": "Denkmalrechtliche Erlaubnisse", "retired": false, "disposal": "A", "retention": "30", "department": "", "description": "", "parent_code": "63.05"}	a380ce9fe35bbaeba58609ebe2d398eab4bcc4408a9ba860e526806f758d079c	013f008cbbbbfa78e1f39f7f8dc7c6510916c0525cf40401803e78ea3c748d0d
50	2026-12-06 23:39:41.479704+00	mig_rita	plan_unit.create	plan_unit	0bda51b7-2b12-43f5-aad1-57b15b43d71d	{"code": "63.09", "op_id": "b74fb73e-7929-4a79-835d-1410476e5b58", "title": "Gebühren und Auslagen", "retired": false, "disposal": "V", "retention": "6", "department": "", "description": "", "parent_code": "63"}	013f008cbbbbfa78e1f39f7f8dc7c6510916c0525cf40401803e78ea3c748d0d	99206adbf9052f1f443404a5ef4d221aa8489879af9942aaa20d285f8423ca6e
51	2026-12-06 23:39:42.635077+00	mig_alice	file.create	file	30632f3e-ef74-43a7-8b50-5b61bf8773e1	{"seq": 0, "type": "", "year": 2026, "op_id": "01545339-d6d6-42a1-9db1-87ffb3fc3595", "title": "Neubau Lindenstraße 1", "metadata": {}, "plan_code": "63.01.02", "plan_unit": "77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2", "reference": "P-63.01.02-30632f3e", "department": "63", "confidentiality": "003"}	99206adbf9052f1f443404a5ef4d221aa8489879af9942aaa20d285f8423ca6e	b05d37fd71676f92abc6c04a5e38ab084572810bd8e684fe39d481d70ca76dfe
52	2026-12-06 23:39:42.642978+00	mig_alice	case.create	case	741ad1ce-7340-4f10-b973-bb4444113106	{"type": "", "op_id": "c3f4bfff-469e-425e-8189-d61f8e9598dd", "title": "Bauantrag 1", "number": -1, "file_id": "30632f3e-ef74-43a7-8b50-5b61bf8773e1", "metadata": {}, "reference": "P-63.01.02-30632f3e-P741ad1ce"}	b05d37fd71676f92abc6c04a5e38ab084572810bd8e684fe39d481d70ca76dfe	9be037e50df6bdb3bfd17df5c1d900210c84a4b832fc4902b64180eed3a67827
53	2026-12-06 23:39:42.64871+00	mig_alice	document.create	document	d528e2a5-969d-4940-9ba3-bfcfb34388ce	{"size": 42, "type": "", "op_id": "2868beb5-84a8-448d-8739-cef5fe990602", "title": "antrag-1", "origin": "import", "sha256": "ae9a3bf86173456ee9b92096cf4889ffb0fd57cb9722af690ccc0525a7bdc2f1", "case_id": "741ad1ce-7340-4f10-b973-bb4444113106", "comment": "", "metadata": {}, "file_name": "antrag-1.txt", "mime_type": "text/plain", "version_id": "7a51e6b4-77e7-41f1-acba-6f2ad78c6ba2"}	9be037e50df6bdb3bfd17df5c1d900210c84a4b832fc4902b64180eed3a67827	851754c7fa1856d5d7c37a866b45b23fd51c2dd1256a8a8b71be40f525f0b44f
54	2026-12-06 23:39:42.650427+00	mig_alice	file.create	file	d971474d-6db8-4c0e-bc31-4714ceebf791	{"seq": 0, "type": "", "year": 2026, "op_id": "af1bb965-6d8a-4ae3-900d-f1c5a640c6de", "title": "Neubau Lindenstraße 2", "metadata": {}, "plan_code": "63.01.02", "plan_unit": "77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2", "reference": "P-63.01.02-d971474d", "department": "63", "confidentiality": "003"}	851754c7fa1856d5d7c37a866b45b23fd51c2dd1256a8a8b71be40f525f0b44f	e8017ed8b0cab65028eef2d152a0a8b927a3d1e4e2cda15c055fa488d13ac5f3
55	2026-12-06 23:39:42.652464+00	mig_alice	case.create	case	5ef1d595-3949-4ffd-9681-e9fcf3ccaf1a	{"type": "", "op_id": "3023f5b3-784c-4619-998b-d17807950103", "title": "Bauantrag 2", "number": -1, "file_id": "d971474d-6db8-4c0e-bc31-4714ceebf791", "metadata": {}, "reference": "P-63.01.02-d971474d-P5ef1d595"}	e8017ed8b0cab65028eef2d152a0a8b927a3d1e4e2cda15c055fa488d13ac5f3	d3d59914abb49ffea7ddcc2f191e82aadbb8675b94e755e88229dc7e321ea1d8
56	2026-12-06 23:39:42.654168+00	mig_alice	document.create	document	a6fd3a2b-0e9d-46f8-9312-8554a4586aeb	{"size": 42, "type": "", "op_id": "339a896a-fb4d-4b44-a8b0-f95030de49d4", "title": "antrag-2", "origin": "import", "sha256": "664d97b8306a968be61cce7a31821be5ba38c947cd1429e600b662f13259830d", "case_id": "5ef1d595-3949-4ffd-9681-e9fcf3ccaf1a", "comment": "", "metadata": {}, "file_name": "antrag-2.txt", "mime_type": "text/plain", "version_id": "390dd29c-0d1a-476d-ac92-bfb988f7eac0"}	d3d59914abb49ffea7ddcc2f191e82aadbb8675b94e755e88229dc7e321ea1d8	0240d22dfd15251259f781c2eaf905a68bb5203e1b635610c2f2a8dfe29c5f45
57	2026-12-06 23:39:42.65501+00	mig_alice	file.create	file	a238798e-1789-4175-993c-e5db4af60791	{"seq": 0, "type": "", "year": 2026, "op_id": "726c671f-95ff-4324-b805-f68d0ffd66d6", "title": "Neubau Lindenstraße 3", "metadata": {}, "plan_code": "63.01.02", "plan_unit": "77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2", "reference": "P-63.01.02-a238798e", "department": "63", "confidentiality": "003"}	0240d22dfd15251259f781c2eaf905a68bb5203e1b635610c2f2a8dfe29c5f45	2a869af4f7807dad8fbb7bcc83ac69bc2f69f0fcbe31406868920d4e50ebad4b
58	2026-12-06 23:39:42.656698+00	mig_alice	case.create	case	f5c9cb29-9404-4480-a0f6-570134b2c334	{"type": "", "op_id": "f01f3051-20e2-4a92-a67a-1415c58b0a42", "title": "Bauantrag 3", "number": -1, "file_id": "a238798e-1789-4175-993c-e5db4af60791", "metadata": {}, "reference": "P-63.01.02-a238798e-Pf5c9cb29"}	2a869af4f7807dad8fbb7bcc83ac69bc2f69f0fcbe31406868920d4e50ebad4b	f296a05410004742c560265f2d3b61d983e3eb435ecfe0d657db128bdf20d7c3
59	2026-12-06 23:39:42.658427+00	mig_alice	document.create	document	344da01e-41b0-4b3f-bb51-bbb7d04215aa	{"size": 42, "type": "", "op_id": "9db3efa7-e6ba-4069-98f3-4cde4d694fe6", "title": "antrag-3", "origin": "import", "sha256": "df671a2300599927c99972a9147912ad38dd1c175c688a061ea05524bc19e688", "case_id": "f5c9cb29-9404-4480-a0f6-570134b2c334", "comment": "", "metadata": {}, "file_name": "antrag-3.txt", "mime_type": "text/plain", "version_id": "7a72c0a4-2108-4ccd-a236-4aec438d8a36"}	f296a05410004742c560265f2d3b61d983e3eb435ecfe0d657db128bdf20d7c3	2d6597f97bbafb267c6e07171ed89cb23ffc488c54de5e40fac9171ba130bbe8
60	2026-12-06 23:39:42.928492+00	mig_alice	fields.update	file	30632f3e-ef74-43a7-8b50-5b61bf8773e1	{"op_id": "0e7da27e-ef0c-475b-9684-3113aa8047e2", "title": "Neubau Lindenstraße 1, geändert", "changes": [{"new": "Neubau Lindenstraße 1, geändert", "old": "Neubau Lindenstraße 1", "field": "title"}], "entity_type": "file"}	2d6597f97bbafb267c6e07171ed89cb23ffc488c54de5e40fac9171ba130bbe8	afd1375465be56a1f7e9392b89c431a7f629528609b87a97f9657d5f03800e91
61	2026-12-06 23:39:43.816365+00	mig_bob	file.create	file	323178fe-8d03-46cf-9629-9a329b08b9c6	{"seq": 0, "type": "", "year": 2026, "op_id": "a2178bdb-1c23-4492-9e85-a98ff7f5b310", "title": "Personalakte Müller", "metadata": {}, "plan_code": "11.01.02", "plan_unit": "240611dc-090a-4c6e-83aa-c89b25f52665", "reference": "P-11.01.02-323178fe", "department": "11", "confidentiality": "005"}	afd1375465be56a1f7e9392b89c431a7f629528609b87a97f9657d5f03800e91	25dce2e57c7bb8e421e95d847a56a89097da048fdf56fa314b5264ce79a18653
62	2026-12-06 23:39:43.824146+00	mig_bob	case.create	case	729b8f3e-b4e9-4bcd-90dd-1da15e50e0d4	{"type": "", "op_id": "dd847523-ffaf-423d-b9ba-5900b0a17ac8", "title": "Arbeitsvertrag", "number": -1, "file_id": "323178fe-8d03-46cf-9629-9a329b08b9c6", "metadata": {}, "reference": "P-11.01.02-323178fe-P729b8f3e"}	25dce2e57c7bb8e421e95d847a56a89097da048fdf56fa314b5264ce79a18653	de5bc0360c9da8568f78c97a950f73c3d9350d7efe5e955323aef08ddbbafa98
63	2026-12-06 23:39:43.828847+00	mig_bob	document.create	document	08230dd0-6b45-44fb-949a-360b5c59e51c	{"size": 23, "type": "", "op_id": "1f0ff0d4-3dfd-4701-af75-5712dfd15ac0", "title": "vertrag", "origin": "import", "sha256": "a911e075e125fd6a352e52c0c881148c6603f461f16c821cd1c4735a42a1bce6", "case_id": "729b8f3e-b4e9-4bcd-90dd-1da15e50e0d4", "comment": "", "metadata": {}, "file_name": "vertrag.txt", "mime_type": "text/plain", "version_id": "3788d762-2933-41a9-80db-751d50dea6e5"}	de5bc0360c9da8568f78c97a950f73c3d9350d7efe5e955323aef08ddbbafa98	ba1dc98ca65d96b44a7445879a540ff7fbe6a5acdfbae81f3570d75c542886aa
\.


--
-- Data for Name: case_record; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.case_record (id, file_id, sub_file_id, number, reference, title, type, metadata, status, department_code, confidentiality, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
741ad1ce-7340-4f10-b973-bb4444113106	30632f3e-ef74-43a7-8b50-5b61bf8773e1	\N	1	63.01.02-0001/2026-001	Bauantrag 1		{}	open	63	003	1	2026-12-06 23:39:41.967+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	52
5ef1d595-3949-4ffd-9681-e9fcf3ccaf1a	d971474d-6db8-4c0e-bc31-4714ceebf791	\N	1	63.01.02-0002/2026-001	Bauantrag 2		{}	open	63	003	1	2026-12-06 23:39:42.2+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	56
f5c9cb29-9404-4480-a0f6-570134b2c334	a238798e-1789-4175-993c-e5db4af60791	\N	1	63.01.02-0003/2026-001	Bauantrag 3		{}	open	63	003	1	2026-12-06 23:39:42.444+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	60
729b8f3e-b4e9-4bcd-90dd-1da15e50e0d4	323178fe-8d03-46cf-9629-9a329b08b9c6	\N	1	11.01.02-0001/2026-001	Arbeitsvertrag		{}	open	11	005	1	2026-12-06 23:39:43.629+00	mig_bob	2026-12-06 23:39:43.809028+00	mig_bob	f	1063	65
\.


--
-- Data for Name: conflict; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.conflict (id, entity_type, entity_id, field, base_value, mine_value, theirs_value, mine_user, op_id, department_code, confidentiality, file_id, status, resolved_by, resolved_at, created_at, revision, xid, change_seq) FROM stdin;
\.


--
-- Data for Name: content; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.content (sha256, size, chunk_size, chunk_count, complete, created_at) FROM stdin;
ae9a3bf86173456ee9b92096cf4889ffb0fd57cb9722af690ccc0525a7bdc2f1	42	1048576	1	t	2026-12-06 23:39:42.613463+00
664d97b8306a968be61cce7a31821be5ba38c947cd1429e600b662f13259830d	42	1048576	1	t	2026-12-06 23:39:42.625296+00
df671a2300599927c99972a9147912ad38dd1c175c688a061ea05524bc19e688	42	1048576	1	t	2026-12-06 23:39:42.62732+00
a911e075e125fd6a352e52c0c881148c6603f461f16c821cd1c4735a42a1bce6	23	1048576	1	t	2026-12-06 23:39:43.798852+00
\.


--
-- Data for Name: content_chunk; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.content_chunk (sha256, idx, data) FROM stdin;
ae9a3bf86173456ee9b92096cf4889ffb0fd57cb9722af690ccc0525a7bdc2f1	0	\\x426175616e74726167204e756d6d657220312066c3bc7220646965204c696e64656e73747261c39f650a
664d97b8306a968be61cce7a31821be5ba38c947cd1429e600b662f13259830d	0	\\x426175616e74726167204e756d6d657220322066c3bc7220646965204c696e64656e73747261c39f650a
df671a2300599927c99972a9147912ad38dd1c175c688a061ea05524bc19e688	0	\\x426175616e74726167204e756d6d657220332066c3bc7220646965204c696e64656e73747261c39f650a
a911e075e125fd6a352e52c0c881148c6603f461f16c821cd1c4735a42a1bce6	0	\\x4172626569747376657274726167204dc3bc6c6c65720a
\.


--
-- Data for Name: content_upload; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.content_upload (sha256, uploader, idx) FROM stdin;
\.


--
-- Data for Name: department; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.department (code, id, name, default_confidentiality, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
63	1e669cbe-dcb1-4abe-b96d-119993e1fce0	Fachbereich 63 Bauordnung	003	1	2026-12-06 23:39:40.571927+00	postgres	2026-12-06 23:39:40.571927+00	postgres	f	1043	1
11	395d8404-a260-4046-823b-653fa72d0e49	Fachbereich 11 Personal	005	1	2026-12-06 23:39:40.662369+00	postgres	2026-12-06 23:39:40.662369+00	postgres	f	1044	2
\.


--
-- Data for Name: document; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.document (id, case_id, title, type, metadata, current_version, status, department_code, confidentiality, file_id, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
d528e2a5-969d-4940-9ba3-bfcfb34388ce	741ad1ce-7340-4f10-b973-bb4444113106	antrag-1		{}	1	open	63	003	30632f3e-ef74-43a7-8b50-5b61bf8773e1	1	2026-12-06 23:39:42.051+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	53
a6fd3a2b-0e9d-46f8-9312-8554a4586aeb	5ef1d595-3949-4ffd-9681-e9fcf3ccaf1a	antrag-2		{}	1	open	63	003	d971474d-6db8-4c0e-bc31-4714ceebf791	1	2026-12-06 23:39:42.284+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	57
344da01e-41b0-4b3f-bb51-bbb7d04215aa	f5c9cb29-9404-4480-a0f6-570134b2c334	antrag-3		{}	1	open	63	003	a238798e-1789-4175-993c-e5db4af60791	1	2026-12-06 23:39:42.519+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	61
08230dd0-6b45-44fb-949a-360b5c59e51c	729b8f3e-b4e9-4bcd-90dd-1da15e50e0d4	vertrag		{}	1	open	11	005	323178fe-8d03-46cf-9629-9a329b08b9c6	1	2026-12-06 23:39:43.699+00	mig_bob	2026-12-06 23:39:43.809028+00	mig_bob	f	1063	66
\.


--
-- Data for Name: document_lock; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.document_lock (document_id, owner, since, expires, broken_by, broken_at, broken_owner, revision, xid, change_seq) FROM stdin;
\.


--
-- Data for Name: file_record; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code, confidentiality, type, metadata, status, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
d971474d-6db8-4c0e-bc31-4714ceebf791	77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	63.01.02-0002/2026	2	2026	Neubau Lindenstraße 2	63	003		{}	open	1	2026-12-06 23:39:42.122+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	55
a238798e-1789-4175-993c-e5db4af60791	77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	63.01.02-0003/2026	3	2026	Neubau Lindenstraße 3	63	003		{}	open	1	2026-12-06 23:39:42.362+00	mig_alice	2026-12-06 23:39:42.628443+00	mig_alice	f	1058	59
30632f3e-ef74-43a7-8b50-5b61bf8773e1	77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	63.01.02-0001/2026	1	2026	Neubau Lindenstraße 1, geändert	63	003		{}	open	2	2026-12-06 23:39:41.878+00	mig_alice	2026-12-06 23:39:42.914418+00	mig_alice	f	1059	63
323178fe-8d03-46cf-9629-9a329b08b9c6	240611dc-090a-4c6e-83aa-c89b25f52665	11.01.02-0001/2026	1	2026	Personalakte Müller	11	005		{}	open	1	2026-12-06 23:39:43.558+00	mig_bob	2026-12-06 23:39:43.809028+00	mig_bob	f	1063	64
\.


--
-- Data for Name: file_share; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.file_share (file_id, department_code, granted_by, granted_at) FROM stdin;
\.


--
-- Data for Name: plan_unit; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.plan_unit (id, parent_id, code, title, description, retention_years, disposal_type, retired, department_code, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
b4917198-53dc-4883-aa7e-8143de05a218	\N	11	Personal und Organisation		10	B	f	11	1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	6
60a30672-7e2a-4529-9128-bdd57fcc9c41	b4917198-53dc-4883-aa7e-8143de05a218	11.01	Personalverwaltung		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	7
5fb3510a-1290-40ab-994f-ef252d353de7	60a30672-7e2a-4529-9128-bdd57fcc9c41	11.01.01	Personalakten Beamtinnen und Beamte	Eine Akte je Person; Aufbewahrung nach Abschluss (Eintritt in den Ruhestand).	5	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	8
240611dc-090a-4c6e-83aa-c89b25f52665	60a30672-7e2a-4529-9128-bdd57fcc9c41	11.01.02	Personalakten Tarifbeschäftigte		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	9
e0c1e316-41ec-4560-ab67-5e1e170e63ca	60a30672-7e2a-4529-9128-bdd57fcc9c41	11.01.03	Personalakten Auszubildende		10	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	10
3790d0e4-447a-4c6a-a729-b1f4d4fe91fb	60a30672-7e2a-4529-9128-bdd57fcc9c41	11.01.04	Stellenbesetzungsverfahren	Ausschreibung, Bewerbungen, Auswahlvermerk.	1	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	11
93dddc5e-6deb-4da3-938e-212713b4b7f1	b4917198-53dc-4883-aa7e-8143de05a218	11.02	Aus- und Fortbildung		5	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	12
2986892d-0feb-4594-bba4-4c2ce9536666	93dddc5e-6deb-4da3-938e-212713b4b7f1	11.02.01	Ausbildungsplanung		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	13
e893a781-76c7-4022-8711-1eafffc10783	93dddc5e-6deb-4da3-938e-212713b4b7f1	11.02.02	Fortbildungsmaßnahmen		5	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	14
969b74b9-6c00-4662-b797-bd60ce2bbea5	b4917198-53dc-4883-aa7e-8143de05a218	11.03	Arbeitszeit, Urlaub, Dienstbefreiung		3	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	15
51e39f96-ca9d-4bb5-bc54-b20ae22672e9	b4917198-53dc-4883-aa7e-8143de05a218	11.04	Beihilfe und Fürsorge		6	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	16
0d25977f-23be-489d-8623-c82c2c2a349f	b4917198-53dc-4883-aa7e-8143de05a218	11.05	Personalvertretung		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	17
9f667b5c-193e-4925-954c-4122f54cbff9	b4917198-53dc-4883-aa7e-8143de05a218	11.06	Organisation und Stellenplan		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	18
eeb584b2-a21e-4ac8-b7bd-16ea30b19098	\N	36	Umwelt		10	B	f	36	1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	19
9f5aea1f-152a-4447-b8dd-000347926c23	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	36.01	Immissionsschutz		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	20
4391925f-bcfd-490a-aff3-55c4b56453e3	9f5aea1f-152a-4447-b8dd-000347926c23	36.01.01	Genehmigungsbedürftige Anlagen (BImSchG)	Anlagenakten nach der 4. BImSchV.	30	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	21
8eacdf2b-bbfb-4cf1-8676-f089a856c24b	9f5aea1f-152a-4447-b8dd-000347926c23	36.01.02	Nicht genehmigungsbedürftige Anlagen		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	22
f7c4e430-21ec-460c-8d42-b2a289aaf9a5	9f5aea1f-152a-4447-b8dd-000347926c23	36.01.03	Lärm- und Geruchsbeschwerden		5	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	23
492168db-5a1d-4e96-bc38-2aa4b92ce158	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	36.02	Bodenschutz und Altlasten		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	24
b976f6a7-7cc6-4e47-b2ff-532913510d43	492168db-5a1d-4e96-bc38-2aa4b92ce158	36.02.01	Altlastenkataster		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	25
d1029a7f-456c-42bc-81de-8c5a9fdbc967	492168db-5a1d-4e96-bc38-2aa4b92ce158	36.02.02	Bodenschutzrechtliche Verfahren		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	26
418b706d-3d54-4571-8345-fdd95584283f	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	36.03	Wasserrecht		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	27
94a7bded-646e-417f-8950-c4602b67bf39	418b706d-3d54-4571-8345-fdd95584283f	36.03.01	Wasserrechtliche Erlaubnisse und Bewilligungen		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	28
9fcde0bd-7d66-42c3-9621-7e026b1cf990	418b706d-3d54-4571-8345-fdd95584283f	36.03.02	Anlagen zum Umgang mit wassergefährdenden Stoffen		10	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	29
fdfaec73-a136-4a2c-8903-f454521edd2f	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	36.04	Abfallrecht		10	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	30
d5c864e1-f618-4800-84bd-c7ff6886da5b	eeb584b2-a21e-4ac8-b7bd-16ea30b19098	36.05	Natur- und Baumschutz		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	31
01d8881a-02c1-46bd-9b5a-03163fff3ff5	d5c864e1-f618-4800-84bd-c7ff6886da5b	36.05.01	Baumschutzsatzung – Fällgenehmigungen		10	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	32
d8ce82c0-488f-4603-b160-48ba2437f0c6	d5c864e1-f618-4800-84bd-c7ff6886da5b	36.05.02	Schutzgebiete		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	33
e6fce05f-8f2b-4dde-9155-7c156668a94d	\N	63	Bauordnung und Denkmalschutz		30	B	f	63	1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	34
62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.01	Bauaufsicht		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	35
d3f6c21f-17ed-49bd-a991-6bb6d23569db	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	63.01.01	Bauvoranfragen und Vorbescheide		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	36
77dcaf4a-f7f4-4e90-b6a5-0a5aaa3bb2d2	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	63.01.02	Baugenehmigungsverfahren	Einzelfallakten je Grundstück und Vorhaben.	30	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	37
27e308b0-5dfd-4ef9-811d-8a3604fd7fa6	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	63.01.03	Genehmigungsfreistellung		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	38
847a47e9-0d72-437c-9db3-9e47af3a9669	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	63.01.04	Abbruchanzeigen		10	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	39
fbb7346e-faad-4e18-bc6e-51a0fe1efa1f	62a7b508-4a81-47cd-baea-ab7ccfb9ab6a	63.01.09	Baugenehmigungen (bis 2019, Altbestand)		30	A	t		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	40
4cefeeff-8734-4763-a424-4ed245e6473a	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.02	Bauüberwachung und Bauabnahmen		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	41
fd1163fe-925a-4a40-a435-e435b95fbb20	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.03	Ordnungsbehördliche Verfahren		10	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	42
0e936729-2520-4c4a-9047-d0d29eb47bf6	fd1163fe-925a-4a40-a435-e435b95fbb20	63.03.01	Baueinstellungen und Nutzungsuntersagungen		30	B	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	43
58999d71-04fb-4e17-b4ac-42e397a30e79	fd1163fe-925a-4a40-a435-e435b95fbb20	63.03.02	Bußgeldverfahren		5	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	44
f7b86ec9-be49-4425-8c75-785756688063	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.04	Baulasten		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	45
67f2d910-8b0a-4210-bcb4-8c2ebb39f081	f7b86ec9-be49-4425-8c75-785756688063	63.04.01	Baulastenverzeichnis		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	46
be065c94-d403-439e-96b5-4504504a2229	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.05	Denkmalschutz		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	47
c64393e1-0036-4e94-ad3b-048b4cbfb272	be065c94-d403-439e-96b5-4504504a2229	63.05.01	Denkmalliste		\N	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	48
1bbdf9fc-e89d-45dc-9e18-2564f0ed0c76	be065c94-d403-439e-96b5-4504504a2229	63.05.02	Denkmalrechtliche Erlaubnisse		30	A	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	49
0bda51b7-2b12-43f5-aad1-57b15b43d71d	e6fce05f-8f2b-4dde-9155-7c156668a94d	63.09	Gebühren und Auslagen		6	V	f		1	2026-12-06 23:39:41.351+00	mig_rita	2026-12-06 23:39:41.44976+00	mig_rita	f	1048	50
\.


--
-- Data for Name: reference_counter; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.reference_counter (scope, last_value) FROM stdin;
63.01.02-#/2026	3
11.01.02-#/2026	1
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.schema_version (version, applied_at, applied_by) FROM stdin;
1	2026-12-06 23:39:40.443065+00	postgres
2	2026-12-06 23:39:40.486974+00	postgres
3	2026-12-06 23:39:40.493476+00	postgres
4	2026-12-06 23:39:40.494247+00	postgres
5	2026-12-06 23:39:40.497794+00	postgres
\.


--
-- Data for Name: setting; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.setting (key, value, revision, modified_at, modified_by, xid, change_seq) FROM stdin;
\.


--
-- Data for Name: sub_file; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.sub_file (id, file_id, number, title, department_code, confidentiality, revision, created_at, created_by, modified_at, modified_by, deleted, xid, change_seq) FROM stdin;
\.


--
-- Data for Name: version; Type: TABLE DATA; Schema: aktenwerk; Owner: aktenwerk_owner
--

COPY aktenwerk.version (id, document_id, number, sha256, size, mime_type, file_name, author, created_at, comment, origin, department_code, confidentiality, file_id, revision, xid, change_seq, base_version, parallel_to, transfer_note, ocr) FROM stdin;
7a51e6b4-77e7-41f1-acba-6f2ad78c6ba2	d528e2a5-969d-4940-9ba3-bfcfb34388ce	1	ae9a3bf86173456ee9b92096cf4889ffb0fd57cb9722af690ccc0525a7bdc2f1	42	text/plain	antrag-1.txt	mig_alice	2026-12-06 23:39:42.051+00		import	63	003	30632f3e-ef74-43a7-8b50-5b61bf8773e1	1	1058	54	\N	\N	\N	\N
390dd29c-0d1a-476d-ac92-bfb988f7eac0	a6fd3a2b-0e9d-46f8-9312-8554a4586aeb	1	664d97b8306a968be61cce7a31821be5ba38c947cd1429e600b662f13259830d	42	text/plain	antrag-2.txt	mig_alice	2026-12-06 23:39:42.284+00		import	63	003	d971474d-6db8-4c0e-bc31-4714ceebf791	1	1058	58	\N	\N	\N	\N
7a72c0a4-2108-4ccd-a236-4aec438d8a36	344da01e-41b0-4b3f-bb51-bbb7d04215aa	1	df671a2300599927c99972a9147912ad38dd1c175c688a061ea05524bc19e688	42	text/plain	antrag-3.txt	mig_alice	2026-12-06 23:39:42.519+00		import	63	003	a238798e-1789-4175-993c-e5db4af60791	1	1058	62	\N	\N	\N	\N
3788d762-2933-41a9-80db-751d50dea6e5	08230dd0-6b45-44fb-949a-360b5c59e51c	1	a911e075e125fd6a352e52c0c881148c6603f461f16c821cd1c4735a42a1bce6	23	text/plain	vertrag.txt	mig_bob	2026-12-06 23:39:43.699+00		import	11	005	323178fe-8d03-46cf-9629-9a329b08b9c6	1	1063	67	\N	\N	\N	\N
\.


--
-- Name: change_seq; Type: SEQUENCE SET; Schema: aktenwerk; Owner: aktenwerk_owner
--

SELECT pg_catalog.setval('aktenwerk.change_seq', 67, true);


--
-- Name: app_user app_user_id_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.app_user
    ADD CONSTRAINT app_user_id_key UNIQUE (id);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (login);


--
-- Name: applied_op applied_op_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.applied_op
    ADD CONSTRAINT applied_op_pkey PRIMARY KEY (op_id);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (seq);


--
-- Name: case_record case_record_file_id_number_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.case_record
    ADD CONSTRAINT case_record_file_id_number_key UNIQUE (file_id, number);


--
-- Name: case_record case_record_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.case_record
    ADD CONSTRAINT case_record_pkey PRIMARY KEY (id);


--
-- Name: case_record case_record_reference_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.case_record
    ADD CONSTRAINT case_record_reference_key UNIQUE (reference);


--
-- Name: conflict conflict_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.conflict
    ADD CONSTRAINT conflict_pkey PRIMARY KEY (id);


--
-- Name: content_chunk content_chunk_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.content_chunk
    ADD CONSTRAINT content_chunk_pkey PRIMARY KEY (sha256, idx);


--
-- Name: content content_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.content
    ADD CONSTRAINT content_pkey PRIMARY KEY (sha256);


--
-- Name: content_upload content_upload_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.content_upload
    ADD CONSTRAINT content_upload_pkey PRIMARY KEY (sha256, uploader, idx);


--
-- Name: department department_id_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.department
    ADD CONSTRAINT department_id_key UNIQUE (id);


--
-- Name: department department_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.department
    ADD CONSTRAINT department_pkey PRIMARY KEY (code);


--
-- Name: document_lock document_lock_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.document_lock
    ADD CONSTRAINT document_lock_pkey PRIMARY KEY (document_id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: file_record file_record_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_record
    ADD CONSTRAINT file_record_pkey PRIMARY KEY (id);


--
-- Name: file_record file_record_reference_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_record
    ADD CONSTRAINT file_record_reference_key UNIQUE (reference);


--
-- Name: file_share file_share_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_share
    ADD CONSTRAINT file_share_pkey PRIMARY KEY (file_id, department_code);


--
-- Name: plan_unit plan_unit_code_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.plan_unit
    ADD CONSTRAINT plan_unit_code_key UNIQUE (code);


--
-- Name: plan_unit plan_unit_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.plan_unit
    ADD CONSTRAINT plan_unit_pkey PRIMARY KEY (id);


--
-- Name: reference_counter reference_counter_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.reference_counter
    ADD CONSTRAINT reference_counter_pkey PRIMARY KEY (scope);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: sub_file sub_file_file_id_number_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.sub_file
    ADD CONSTRAINT sub_file_file_id_number_key UNIQUE (file_id, number);


--
-- Name: sub_file sub_file_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.sub_file
    ADD CONSTRAINT sub_file_pkey PRIMARY KEY (id);


--
-- Name: version version_document_id_number_key; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.version
    ADD CONSTRAINT version_document_id_number_key UNIQUE (document_id, number);


--
-- Name: version version_pkey; Type: CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.version
    ADD CONSTRAINT version_pkey PRIMARY KEY (id);


--
-- Name: app_user_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX app_user_xid_change_seq_idx ON aktenwerk.app_user USING btree (xid, change_seq);


--
-- Name: case_record_file_id_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX case_record_file_id_idx ON aktenwerk.case_record USING btree (file_id);


--
-- Name: case_record_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX case_record_xid_change_seq_idx ON aktenwerk.case_record USING btree (xid, change_seq);


--
-- Name: conflict_file_id_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX conflict_file_id_idx ON aktenwerk.conflict USING btree (file_id);


--
-- Name: conflict_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX conflict_xid_change_seq_idx ON aktenwerk.conflict USING btree (xid, change_seq);


--
-- Name: department_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX department_xid_change_seq_idx ON aktenwerk.department USING btree (xid, change_seq);


--
-- Name: document_case_id_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX document_case_id_idx ON aktenwerk.document USING btree (case_id);


--
-- Name: document_file_id_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX document_file_id_idx ON aktenwerk.document USING btree (file_id);


--
-- Name: document_lock_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX document_lock_xid_change_seq_idx ON aktenwerk.document_lock USING btree (xid, change_seq);


--
-- Name: document_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX document_xid_change_seq_idx ON aktenwerk.document USING btree (xid, change_seq);


--
-- Name: file_record_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX file_record_xid_change_seq_idx ON aktenwerk.file_record USING btree (xid, change_seq);


--
-- Name: plan_unit_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX plan_unit_xid_change_seq_idx ON aktenwerk.plan_unit USING btree (xid, change_seq);


--
-- Name: setting_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX setting_xid_change_seq_idx ON aktenwerk.setting USING btree (xid, change_seq);


--
-- Name: sub_file_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX sub_file_xid_change_seq_idx ON aktenwerk.sub_file USING btree (xid, change_seq);


--
-- Name: version_sha256_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX version_sha256_idx ON aktenwerk.version USING btree (sha256);


--
-- Name: version_xid_change_seq_idx; Type: INDEX; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE INDEX version_xid_change_seq_idx ON aktenwerk.version USING btree (xid, change_seq);


--
-- Name: version content_complete; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER content_complete BEFORE INSERT ON aktenwerk.version FOR EACH ROW EXECUTE FUNCTION aktenwerk.check_version_content();


--
-- Name: version immutable; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER immutable BEFORE DELETE OR UPDATE ON aktenwerk.version FOR EACH ROW EXECUTE FUNCTION aktenwerk.version_is_immutable();


--
-- Name: app_user notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.app_user FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: case_record notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.case_record FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: conflict notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.conflict FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: department notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.department FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: document notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.document FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: document_lock notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.document_lock FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: file_record notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.file_record FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: plan_unit notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.plan_unit FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: setting notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.setting FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: sub_file notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.sub_file FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: version notify; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.version FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();


--
-- Name: app_user stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.app_user FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: case_record stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.case_record FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: conflict stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.conflict FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: department stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.department FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: document stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.document FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: document_lock stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.document_lock FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: file_record stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.file_record FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: plan_unit stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.plan_unit FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: setting stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.setting FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: sub_file stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.sub_file FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: version stamp; Type: TRIGGER; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.version FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();


--
-- Name: app_user app_user_department_code_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.app_user
    ADD CONSTRAINT app_user_department_code_fkey FOREIGN KEY (department_code) REFERENCES aktenwerk.department(code);


--
-- Name: case_record case_record_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.case_record
    ADD CONSTRAINT case_record_file_id_fkey FOREIGN KEY (file_id) REFERENCES aktenwerk.file_record(id);


--
-- Name: case_record case_record_sub_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.case_record
    ADD CONSTRAINT case_record_sub_file_id_fkey FOREIGN KEY (sub_file_id) REFERENCES aktenwerk.sub_file(id);


--
-- Name: content_chunk content_chunk_sha256_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.content_chunk
    ADD CONSTRAINT content_chunk_sha256_fkey FOREIGN KEY (sha256) REFERENCES aktenwerk.content(sha256);


--
-- Name: document document_case_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.document
    ADD CONSTRAINT document_case_id_fkey FOREIGN KEY (case_id) REFERENCES aktenwerk.case_record(id);


--
-- Name: document document_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.document
    ADD CONSTRAINT document_file_id_fkey FOREIGN KEY (file_id) REFERENCES aktenwerk.file_record(id);


--
-- Name: document_lock document_lock_document_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.document_lock
    ADD CONSTRAINT document_lock_document_id_fkey FOREIGN KEY (document_id) REFERENCES aktenwerk.document(id);


--
-- Name: file_record file_record_department_code_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_record
    ADD CONSTRAINT file_record_department_code_fkey FOREIGN KEY (department_code) REFERENCES aktenwerk.department(code);


--
-- Name: file_record file_record_plan_unit_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_record
    ADD CONSTRAINT file_record_plan_unit_id_fkey FOREIGN KEY (plan_unit_id) REFERENCES aktenwerk.plan_unit(id);


--
-- Name: file_share file_share_department_code_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_share
    ADD CONSTRAINT file_share_department_code_fkey FOREIGN KEY (department_code) REFERENCES aktenwerk.department(code);


--
-- Name: file_share file_share_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.file_share
    ADD CONSTRAINT file_share_file_id_fkey FOREIGN KEY (file_id) REFERENCES aktenwerk.file_record(id);


--
-- Name: plan_unit plan_unit_parent_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.plan_unit
    ADD CONSTRAINT plan_unit_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES aktenwerk.plan_unit(id);


--
-- Name: sub_file sub_file_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.sub_file
    ADD CONSTRAINT sub_file_file_id_fkey FOREIGN KEY (file_id) REFERENCES aktenwerk.file_record(id);


--
-- Name: version version_document_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.version
    ADD CONSTRAINT version_document_id_fkey FOREIGN KEY (document_id) REFERENCES aktenwerk.document(id);


--
-- Name: version version_file_id_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.version
    ADD CONSTRAINT version_file_id_fkey FOREIGN KEY (file_id) REFERENCES aktenwerk.file_record(id);


--
-- Name: version version_sha256_fkey; Type: FK CONSTRAINT; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE ONLY aktenwerk.version
    ADD CONSTRAINT version_sha256_fkey FOREIGN KEY (sha256) REFERENCES aktenwerk.content(sha256);


--
-- Name: setting admin_write; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY admin_write ON aktenwerk.setting TO aktenwerk_user USING ((( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['administrator'::text])) WITH CHECK ((( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['administrator'::text]));


--
-- Name: app_user; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.app_user ENABLE ROW LEVEL SECURITY;

--
-- Name: applied_op; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.applied_op ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_event; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.audit_event ENABLE ROW LEVEL SECURITY;

--
-- Name: case_record; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.case_record ENABLE ROW LEVEL SECURITY;

--
-- Name: content_chunk chunk_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY chunk_read ON aktenwerk.content_chunk FOR SELECT TO aktenwerk_user USING ((EXISTS ( SELECT 1
   FROM aktenwerk.version v
  WHERE (v.sha256 = content_chunk.sha256))));


--
-- Name: conflict; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.conflict ENABLE ROW LEVEL SECURITY;

--
-- Name: content; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.content ENABLE ROW LEVEL SECURITY;

--
-- Name: content_chunk; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.content_chunk ENABLE ROW LEVEL SECURITY;

--
-- Name: content content_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY content_read ON aktenwerk.content FOR SELECT TO aktenwerk_user USING ((EXISTS ( SELECT 1
   FROM aktenwerk.version v
  WHERE (v.sha256 = content.sha256))));


--
-- Name: content_upload; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.content_upload ENABLE ROW LEVEL SECURITY;

--
-- Name: department; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.department ENABLE ROW LEVEL SECURITY;

--
-- Name: document; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.document ENABLE ROW LEVEL SECURITY;

--
-- Name: document_lock; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.document_lock ENABLE ROW LEVEL SECURITY;

--
-- Name: file_record file_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY file_insert ON aktenwerk.file_record FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: file_record file_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY file_read ON aktenwerk.file_record FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = file_record.id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: file_record; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.file_record ENABLE ROW LEVEL SECURITY;

--
-- Name: file_share; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.file_share ENABLE ROW LEVEL SECURITY;

--
-- Name: file_record file_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY file_update ON aktenwerk.file_record FOR UPDATE TO aktenwerk_user USING (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text]))) WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: document_lock lock_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY lock_read ON aktenwerk.document_lock FOR SELECT TO aktenwerk_user USING ((EXISTS ( SELECT 1
   FROM aktenwerk.document d
  WHERE (d.id = document_lock.document_id))));


--
-- Name: applied_op own_ops; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY own_ops ON aktenwerk.applied_op FOR SELECT TO aktenwerk_user USING ((login = SESSION_USER));


--
-- Name: applied_op own_ops_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY own_ops_insert ON aktenwerk.applied_op FOR INSERT TO aktenwerk_user WITH CHECK ((login = SESSION_USER));


--
-- Name: applied_op own_ops_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY own_ops_update ON aktenwerk.applied_op FOR UPDATE TO aktenwerk_user USING ((login = SESSION_USER)) WITH CHECK ((login = SESSION_USER));


--
-- Name: app_user owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.app_user TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: applied_op owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.applied_op TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: audit_event owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.audit_event TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: case_record owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.case_record TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: conflict owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.conflict TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: content owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.content TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: content_chunk owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.content_chunk TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: content_upload owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.content_upload TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: department owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.department TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: document owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.document TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: document_lock owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.document_lock TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: file_record owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.file_record TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: file_share owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.file_share TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: plan_unit owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.plan_unit TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: reference_counter owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.reference_counter TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: schema_version owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.schema_version TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: setting owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.setting TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: sub_file owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.sub_file TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: version owner_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY owner_all ON aktenwerk.version TO aktenwerk_owner USING (true) WITH CHECK (true);


--
-- Name: plan_unit plan_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY plan_insert ON aktenwerk.plan_unit FOR INSERT TO aktenwerk_user WITH CHECK ((( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['records_officer'::text, 'administrator'::text]));


--
-- Name: plan_unit; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.plan_unit ENABLE ROW LEVEL SECURITY;

--
-- Name: plan_unit plan_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY plan_update ON aktenwerk.plan_unit FOR UPDATE TO aktenwerk_user USING ((( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['records_officer'::text, 'administrator'::text])) WITH CHECK ((( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['records_officer'::text, 'administrator'::text]));


--
-- Name: app_user read_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY read_all ON aktenwerk.app_user FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: department read_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY read_all ON aktenwerk.department FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: plan_unit read_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY read_all ON aktenwerk.plan_unit FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: schema_version read_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY read_all ON aktenwerk.schema_version FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: setting read_all; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY read_all ON aktenwerk.setting FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: reference_counter; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.reference_counter ENABLE ROW LEVEL SECURITY;

--
-- Name: case_record row_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_insert ON aktenwerk.case_record FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: conflict row_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_insert ON aktenwerk.conflict FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: document row_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_insert ON aktenwerk.document FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: sub_file row_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_insert ON aktenwerk.sub_file FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: version row_insert; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_insert ON aktenwerk.version FOR INSERT TO aktenwerk_user WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: case_record row_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_read ON aktenwerk.case_record FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = case_record.file_id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: conflict row_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_read ON aktenwerk.conflict FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = conflict.file_id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: document row_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_read ON aktenwerk.document FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = document.file_id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: sub_file row_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_read ON aktenwerk.sub_file FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = sub_file.file_id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: version row_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_read ON aktenwerk.version FOR SELECT TO aktenwerk_user USING ((((confidentiality <> ALL (ARRAY['001'::text, '004'::text, '005'::text])) OR (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])) AND ((department_code = ( SELECT aktenwerk.my_department() AS my_department)) OR (EXISTS ( SELECT 1
   FROM aktenwerk.file_share s
  WHERE ((s.file_id = version.file_id) AND (s.department_code = ( SELECT aktenwerk.my_department() AS my_department))))))));


--
-- Name: case_record row_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_update ON aktenwerk.case_record FOR UPDATE TO aktenwerk_user USING (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text]))) WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: conflict row_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_update ON aktenwerk.conflict FOR UPDATE TO aktenwerk_user USING (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text]))) WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: document row_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_update ON aktenwerk.document FOR UPDATE TO aktenwerk_user USING (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text]))) WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: sub_file row_update; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY row_update ON aktenwerk.sub_file FOR UPDATE TO aktenwerk_user USING (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text]))) WITH CHECK (((department_code = ( SELECT aktenwerk.my_department() AS my_department)) AND (( SELECT aktenwerk.my_roles() AS my_roles) && ARRAY['clerk'::text, 'team_lead'::text, 'records_officer'::text])));


--
-- Name: schema_version; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.schema_version ENABLE ROW LEVEL SECURITY;

--
-- Name: setting; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.setting ENABLE ROW LEVEL SECURITY;

--
-- Name: file_share share_read; Type: POLICY; Schema: aktenwerk; Owner: aktenwerk_owner
--

CREATE POLICY share_read ON aktenwerk.file_share FOR SELECT TO aktenwerk_user USING (true);


--
-- Name: sub_file; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.sub_file ENABLE ROW LEVEL SECURITY;

--
-- Name: version; Type: ROW SECURITY; Schema: aktenwerk; Owner: aktenwerk_owner
--

ALTER TABLE aktenwerk.version ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA aktenwerk; Type: ACL; Schema: -; Owner: aktenwerk_owner
--

GRANT USAGE ON SCHEMA aktenwerk TO aktenwerk_user;


--
-- Name: FUNCTION audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.audit(p_action text, p_entity_type text, p_entity_id text, p_details jsonb) TO aktenwerk_user;


--
-- Name: FUNCTION break_document_lock(p_document uuid); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.break_document_lock(p_document uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.break_document_lock(p_document uuid) TO aktenwerk_user;


--
-- Name: FUNCTION check_version_content(); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.check_version_content() FROM PUBLIC;


--
-- Name: FUNCTION checkout_document(p_document uuid, p_hours integer); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.checkout_document(p_document uuid, p_hours integer) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.checkout_document(p_document uuid, p_hours integer) TO aktenwerk_user;


--
-- Name: FUNCTION file_document(p_document uuid, p_case uuid); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.file_document(p_document uuid, p_case uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.file_document(p_document uuid, p_case uuid) TO aktenwerk_user;


--
-- Name: FUNCTION next_reference_number(p_scope text, p_department text, p_level text); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) TO aktenwerk_user;


--
-- Name: FUNCTION release_document_lock(p_document uuid); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.release_document_lock(p_document uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.release_document_lock(p_document uuid) TO aktenwerk_user;


--
-- Name: FUNCTION share_file(p_file uuid, p_department text); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.share_file(p_file uuid, p_department text) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.share_file(p_file uuid, p_department text) TO aktenwerk_user;


--
-- Name: FUNCTION upload_begin(p_sha text, p_size bigint, p_chunk_size integer); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.upload_begin(p_sha text, p_size bigint, p_chunk_size integer) TO aktenwerk_user;


--
-- Name: FUNCTION upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) TO aktenwerk_user;


--
-- Name: FUNCTION upload_finish(p_sha text); Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

REVOKE ALL ON FUNCTION aktenwerk.upload_finish(p_sha text) FROM PUBLIC;
GRANT ALL ON FUNCTION aktenwerk.upload_finish(p_sha text) TO aktenwerk_user;


--
-- Name: TABLE app_user; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.app_user TO aktenwerk_user;


--
-- Name: TABLE applied_op; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.applied_op TO aktenwerk_user;


--
-- Name: TABLE case_record; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.case_record TO aktenwerk_user;


--
-- Name: SEQUENCE change_seq; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT USAGE ON SEQUENCE aktenwerk.change_seq TO aktenwerk_user;


--
-- Name: TABLE conflict; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.conflict TO aktenwerk_user;


--
-- Name: TABLE content; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.content TO aktenwerk_user;


--
-- Name: TABLE content_chunk; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.content_chunk TO aktenwerk_user;


--
-- Name: TABLE department; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.department TO aktenwerk_user;


--
-- Name: TABLE document; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.document TO aktenwerk_user;


--
-- Name: TABLE document_lock; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.document_lock TO aktenwerk_user;


--
-- Name: TABLE file_record; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.file_record TO aktenwerk_user;


--
-- Name: TABLE file_share; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.file_share TO aktenwerk_user;


--
-- Name: TABLE plan_unit; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.plan_unit TO aktenwerk_user;


--
-- Name: TABLE schema_version; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT ON TABLE aktenwerk.schema_version TO aktenwerk_user;


--
-- Name: TABLE setting; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.setting TO aktenwerk_user;


--
-- Name: TABLE sub_file; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT,UPDATE ON TABLE aktenwerk.sub_file TO aktenwerk_user;


--
-- Name: TABLE version; Type: ACL; Schema: aktenwerk; Owner: aktenwerk_owner
--

GRANT SELECT,INSERT ON TABLE aktenwerk.version TO aktenwerk_user;


--
-- PostgreSQL database dump complete
--

\unrestrict ND5oqb2f7392UIWlOmFC8NjPuaWWeMn6BBjadZRpBP8Yp9JgWihb0qN5yyDIyml

