-- Aktenwerk central repository, schema 7: the same command API, fast enough for the first
-- upload of a whole department (issue 13).
--
-- Measured with bench_sync: applied one by one, a new file cost about 200 µs on the server —
-- the handler's lookups, two template renderings, the counter, and appending its audit event
-- (whose arrays were read by subscript, O(n) per element, O(n²) per batch). Now:
--   * a run of consecutive file.create operations is applied set-based (bulk_file_create): one
--     statement checks every operation against the same rules as the single handler, reserves
--     the running numbers of each reference scope at once and inserts the files; an operation
--     whose number was taken under an earlier template goes the single way;
--   * idempotence records and audit events of such a run are written set-based, the events'
--     content hashes in one statement and only the short link event by event;
--   * arrays are read with unnest, never by subscript.
-- The rules and the messages are the single handler's (file_create_refusal is shared).

-- The same as before, as an SQL function the planner inlines (no call per row).
CREATE OR REPLACE FUNCTION aktenwerk.to_uuid(p text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p ~* '^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$' THEN p::uuid END
$$;

CREATE FUNCTION aktenwerk.client_time(p text) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$'
                THEN p::timestamptz END
$$;

-- A reference template around its running number for one scope: prefix, padding, suffix
-- ("63.01.02-" + 0045 (width 4) + "/2026"). NULL parts when the number does not stand alone.
CREATE FUNCTION aktenwerk.reference_parts(p_template text, p_plan text, p_dept text, p_year integer,
                                          OUT prefix text, OUT width integer, OUT suffix text)
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    probe text := aktenwerk.render_reference(p_template, p_plan, p_dept, 987654321, p_year, NULL, 0, false);
    one text := aktenwerk.render_reference(p_template, p_plan, p_dept, 1, p_year, NULL, 0, false);
    at integer := strpos(probe, '987654321');
BEGIN
    IF at = 0 OR strpos(substr(probe, at + 9), '987654321') > 0 THEN
        RETURN;
    END IF;
    prefix := left(probe, at - 1);
    suffix := substr(probe, at + 9);
    width := length(one) - length(prefix) - length(suffix);
    IF width < 1 OR left(one, length(prefix)) <> prefix OR right(one, length(suffix)) <> suffix THEN
        prefix := NULL;
        suffix := NULL;
        width := NULL;
    END IF;
END $$;

-- Why a file.create is refused, from the verdict of its checks (both ways of applying it).
CREATE FUNCTION aktenwerk.file_create_refusal(p_verdict text, me aktenwerk.actor, p_unit_code text)
    RETURNS aktenwerk.outcome LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_verdict
        WHEN 'role' THEN aktenwerk.refuse_role('Akten anzulegen', 'create files')
        WHEN 'department' THEN aktenwerk.refuse('not_permitted',
                                               format('Sie dürfen nur Akten Ihres Fachbereichs %s anlegen.', me.department),
                                               format('You may only create files of your department %s.', me.department))
        WHEN 'level' THEN aktenwerk.refuse_invalid('Die Vertraulichkeitsstufe ist unbekannt.',
                                                   'The confidentiality level is unknown.')
        WHEN 'title' THEN aktenwerk.refuse_invalid('Eine Akte braucht einen Titel (höchstens 500 Zeichen).',
                                                   'A file needs a title (at most 500 characters).')
        WHEN 'unit' THEN aktenwerk.refuse_missing(format('Die Aktenplaneinheit %s', coalesce(p_unit_code, '')),
                                                  format('The plan unit %s', coalesce(p_unit_code, '')))
        WHEN 'retired' THEN aktenwerk.refuse('retired',
                                             format('Die Aktenplaneinheit %s ist stillgelegt: darunter entstehen keine neuen Akten.', p_unit_code),
                                             format('The plan unit %s is retired: no new files can be created below it.', p_unit_code))
        WHEN 'exists' THEN aktenwerk.refuse_invalid('Eine Akte mit dieser Kennung gibt es schon.',
                                                    'A file with this id exists already.')
    END
$$;

-- The checks of one new file, as a verdict (NULL: it may be created).
CREATE FUNCTION aktenwerk.file_create_verdict(me aktenwerk.actor, p_id uuid, p_title text, p_dept text, p_level text,
                                              p_unit uuid, p_unit_deleted boolean, p_retired boolean)
    RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN NOT aktenwerk.working(me) THEN 'role'
        WHEN p_dept IS DISTINCT FROM me.department THEN 'department'
        WHEN p_level IS NULL OR p_level NOT IN ('001', '002', '003', '004', '005') THEN 'level'
        WHEN p_id IS NULL OR p_title = '' OR length(p_title) > 500 THEN 'title'
        WHEN p_unit IS NULL OR p_unit_deleted THEN 'unit'
        WHEN p_retired THEN 'retired'
        WHEN EXISTS (SELECT 1 FROM aktenwerk.file_record f WHERE f.id = p_id) THEN 'exists'
    END
$$;

-- The single way (and the fallback of the set-based one): the same checks, then numbers tried
-- one by one until a free reference is found.
CREATE OR REPLACE FUNCTION aktenwerk.cmd_file_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    dept text := coalesce(nullif(a->>'department', ''), me.department);
    level text;
    title text := btrim(coalesce(a->>'title', ''));
    unit aktenwerk.plan_unit;
    this_year integer := extract(year FROM now())::integer;
    yr integer;
    verdict text;
    ref record;
BEGIN
    SELECT coalesce(nullif(a->>'confidentiality', ''), d.default_confidentiality) INTO level
        FROM aktenwerk.department d WHERE d.code = dept;
    SELECT * INTO unit FROM aktenwerk.plan_unit WHERE id = aktenwerk.to_uuid(a->>'plan_unit');
    verdict := aktenwerk.file_create_verdict(me, p_id, title, dept, level, unit.id, unit.deleted, unit.retired);
    IF verdict IS NOT NULL THEN
        RETURN aktenwerk.file_create_refusal(verdict, me, coalesce(unit.code, a->>'plan_code'));
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
    RETURN aktenwerk.applied(jsonb_build_object('reference', ref.reference, 'seq', ref.seq, 'year', yr), 'file',
                             p_id::text, dept, level, p_id);
END $$;

-- A run of new files at once. One row per operation, in order: 'applied' (with its reference),
-- 'refused' (code and messages) or 'retry' (its number was taken under an earlier template:
-- apply it the single way).
CREATE FUNCTION aktenwerk.bulk_file_create(me aktenwerk.actor, p_ops jsonb)
    RETURNS TABLE (n bigint, op_id uuid, entity_id uuid, outcome text, code text, message_de text, message_en text,
                   result jsonb, department_code text, confidentiality text, recorded timestamptz, details jsonb)
    LANGUAGE plpgsql AS $$
DECLARE
    tmpl text := aktenwerk.setting_value('reference.file_template', '{plan}-{seq:04}/{year}');
    this_year integer := extract(year FROM now())::integer;
BEGIN
    RETURN QUERY
    WITH ops AS MATERIALIZED (
        SELECT x.n, aktenwerk.to_uuid(x.e->>'op') AS op, aktenwerk.to_uuid(x.e->>'id') AS id, x.e->'args' AS a,
               aktenwerk.client_time(x.e->>'at') AS at
        FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS x(e, n)
    ), c AS (
        SELECT ops.*, btrim(coalesce(ops.a->>'title', '')) AS title,
               coalesce(nullif(ops.a->>'department', ''), me.department) AS dept,
               pu.id AS unit, pu.code AS unit_code, pu.retired, pu.deleted AS unit_deleted,
               CASE WHEN (ops.a->>'year') ~ '^[0-9]{4}$' AND (ops.a->>'year')::integer BETWEEN this_year - 1 AND this_year
                    THEN (ops.a->>'year')::integer ELSE this_year END AS yr
        FROM ops LEFT JOIN aktenwerk.plan_unit pu ON pu.id = aktenwerk.to_uuid(ops.a->>'plan_unit')
    ), d AS (
        SELECT c.*, coalesce(nullif(c.a->>'confidentiality', ''), dep.default_confidentiality) AS level
        FROM c LEFT JOIN aktenwerk.department dep ON dep.code = c.dept
    ), v AS MATERIALIZED (
        SELECT d.*, aktenwerk.file_create_verdict(me, d.id, d.title, d.dept, d.level, d.unit, d.unit_deleted, d.retired)
                        AS verdict
        FROM d
    ), ok AS (
        SELECT v.*, row_number() OVER (PARTITION BY v.unit_code, v.dept, v.yr ORDER BY v.n) AS k
        FROM v WHERE v.verdict IS NULL
    ), scopes AS MATERIALIZED (
        SELECT s.unit_code, s.dept, s.yr, count(*) AS cnt,
               aktenwerk.render_reference(tmpl, s.unit_code, s.dept, 0, s.yr, NULL, 0, true) AS scope
        FROM ok s GROUP BY s.unit_code, s.dept, s.yr
    ), reserved AS (
        INSERT INTO aktenwerk.reference_counter AS rc (scope, last_value)
            SELECT s.scope, s.cnt FROM scopes s
            ON CONFLICT (scope) DO UPDATE SET last_value = rc.last_value + excluded.last_value
            RETURNING rc.scope, rc.last_value
    ), parts AS MATERIALIZED (
        SELECT s.unit_code, s.dept, s.yr, r.last_value - s.cnt AS base, p.prefix, p.width, p.suffix
        FROM scopes s JOIN reserved r ON r.scope = s.scope
        CROSS JOIN LATERAL aktenwerk.reference_parts(tmpl, s.unit_code, s.dept, s.yr) AS p
    ), numbered AS (
        SELECT ok.*, parts.base + ok.k AS seq,
               CASE WHEN parts.prefix IS NULL
                    THEN aktenwerk.render_reference(tmpl, ok.unit_code, ok.dept, (parts.base + ok.k)::integer, ok.yr,
                                                    NULL, 0, false)
                    ELSE parts.prefix || CASE WHEN length((parts.base + ok.k)::text) >= parts.width
                                              THEN (parts.base + ok.k)::text
                                              ELSE lpad((parts.base + ok.k)::text, parts.width, '0') END || parts.suffix
               END AS reference
        FROM ok JOIN parts ON parts.unit_code = ok.unit_code AND parts.dept = ok.dept AND parts.yr = ok.yr
    ), inserted AS (
        INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code,
                                           confidentiality, type, metadata, recorded_at)
            SELECT nb.id, nb.unit, nb.reference, nb.seq, nb.yr, nb.title, nb.dept, nb.level, coalesce(nb.a->>'type', ''),
                   coalesce(nb.a->'metadata', '{}'), nb.at
            FROM numbered nb
            ON CONFLICT (reference) DO NOTHING
            RETURNING file_record.id, file_record.reference, file_record.seq, file_record.year
    )
    SELECT v.n, v.op, v.id,
           CASE WHEN v.verdict IS NOT NULL THEN 'refused' WHEN i.id IS NULL THEN 'retry' ELSE 'applied' END,
           (aktenwerk.file_create_refusal(v.verdict, me, coalesce(v.unit_code, v.a->>'plan_code'))).code,
           (aktenwerk.file_create_refusal(v.verdict, me, coalesce(v.unit_code, v.a->>'plan_code'))).message_de,
           (aktenwerk.file_create_refusal(v.verdict, me, coalesce(v.unit_code, v.a->>'plan_code'))).message_en,
           CASE WHEN i.id IS NULL THEN '{}'::jsonb
                ELSE jsonb_build_object('reference', i.reference, 'seq', i.seq, 'year', i.year) END,
           v.dept, v.level, v.at,
           v.a || jsonb_build_object('op_id', v.op, 'result', CASE WHEN i.id IS NULL THEN '{}'::jsonb
                ELSE jsonb_build_object('reference', i.reference, 'seq', i.seq, 'year', i.year) END)
    FROM v LEFT JOIN inserted i ON i.id = v.id
    ORDER BY v.n;
END $$;

-- The audit chain appended in O(n): content hashes in one pass over the unnested arrays, the
-- link event by event into an expanded array, then one INSERT.
CREATE OR REPLACE FUNCTION aktenwerk.append_audit(p_actions text[], p_types text[], p_ids text[], p_details jsonb[],
                                                  p_departments text[], p_levels text[], p_files uuid[],
                                                  p_recorded timestamptz[], p_at timestamptz[])
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    n integer := coalesce(array_length(p_actions, 1), 0);
    head_seq bigint;
    prev text;
    first_prev text;
    hashes text[] := '{}';
    content text;
BEGIN
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('aktenwerk.audit'));
    SELECT seq, hash INTO head_seq, prev FROM aktenwerk.audit_event ORDER BY seq DESC LIMIT 1;
    head_seq := coalesce(head_seq, 0);
    prev := coalesce(prev, repeat('0', 64));
    first_prev := prev;
    FOR content IN
        SELECT encode(sha256(convert_to(aktenwerk.audit_content_v2(head_seq + u.k, u.at, session_user, u.action,
                                                                    u.type, u.id, u.details, u.dept, u.level, u.file,
                                                                    u.recorded), 'UTF8')), 'hex')
        FROM unnest(p_actions, p_types, p_ids, p_details, p_departments, p_levels, p_files, p_recorded, p_at)
             WITH ORDINALITY AS u(action, type, id, details, dept, level, file, recorded, at, k)
        ORDER BY u.k
    LOOP
        prev := encode(sha256(convert_to(prev || content, 'UTF8')), 'hex');
        hashes := hashes || prev;
    END LOOP;
    INSERT INTO aktenwerk.audit_event (seq, at, login, action, entity_type, entity_id, details, prev_hash, hash,
                                       department_code, confidentiality, file_id, recorded_at, format)
        SELECT head_seq + u.k, u.at, session_user, u.action, u.type, coalesce(u.id, ''), coalesce(u.details, '{}'),
               coalesce(lag(u.hash) OVER (ORDER BY u.k), first_prev), u.hash, u.dept, u.level, u.file, u.recorded, 2
        FROM unnest(p_actions, p_types, p_ids, p_details, p_departments, p_levels, p_files, p_recorded, p_at, hashes)
             WITH ORDINALITY AS u(action, type, id, details, dept, level, file, recorded, at, hash, k);
    RETURN head_seq + n;
END $$;

-- submit() as before — the one way in, one outcome per operation — with runs of new files
-- applied set-based. What it has applied is written to applied_op and the audit trail in the
-- order of the operations: what waits is written before a run, a run right after it.
CREATE OR REPLACE FUNCTION aktenwerk.submit(p_ops jsonb)
    RETURNS TABLE (op_id uuid, outcome text, code text, message_de text, message_en text, result jsonb)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    me aktenwerk.actor;
    op record;
    o aktenwerk.outcome;
    id uuid;
    recorded timestamptz;
    known jsonb;
    total integer;
    run_end integer;
    skip_until integer := 0;
    k bigint;
    now_at timestamptz;
    r_ops uuid[];
    r_ids uuid[];
    r_outcomes text[];
    r_codes text[];
    r_de text[];
    r_en text[];
    r_results jsonb[];
    r_depts text[];
    r_levels text[];
    r_recorded timestamptz[];
    r_details jsonb[];
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
    total := jsonb_array_length(p_ops);

    -- Operations applied before (the answer got lost): answered from the record, not applied again.
    SELECT jsonb_object_agg(a.op_id::text, jsonb_build_object('login', a.login, 'result', a.result)) INTO known
        FROM aktenwerk.applied_op a
        WHERE a.op_id = ANY (ARRAY(SELECT aktenwerk.to_uuid(e->>'op') FROM jsonb_array_elements(p_ops) e));

    FOR op IN SELECT x.n::integer AS n, x.e->>'op' AS op, x.e->>'cmd' AS cmd, x.e->>'type' AS type, x.e->>'id' AS id,
                     x.e->>'at' AS at, coalesce(x.e->'args', '{}') AS args
              FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS x(e, n) ORDER BY x.n
    LOOP
        IF op.n <= skip_until THEN
            CONTINUE;
        END IF;
        op_id := aktenwerk.to_uuid(op.op);
        IF op_id IS NULL THEN
            RAISE EXCEPTION 'an operation without a valid id' USING ERRCODE = 'invalid_parameter_value';
        END IF;

        -- A run of new files (none of them sent before): all at once.
        IF op.cmd = 'file.create' AND known IS NULL THEN
            SELECT coalesce(min(x.n)::integer - 1, total) INTO run_end
                FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS x(e, n)
                WHERE x.n > op.n AND x.e->>'cmd' IS DISTINCT FROM 'file.create';
            IF run_end - op.n + 1 >= 8 THEN
                -- What waits comes first in the trail.
                IF array_length(ao_ids, 1) > 0 THEN
                    INSERT INTO aktenwerk.applied_op (op_id, login, command, entity_id, result)
                        SELECT u.i, session_user, u.c, u.e, u.r FROM unnest(ao_ids, ao_cmds, ao_entities, ao_results) AS u(i, c, e, r);
                END IF;
                PERFORM aktenwerk.append_audit(ev_actions, ev_types, ev_ids, ev_details, ev_depts, ev_levels, ev_files,
                                               ev_recorded, ev_at);
                ao_ids := '{}'; ao_cmds := '{}'; ao_entities := '{}'; ao_results := '{}';
                ev_actions := '{}'; ev_types := '{}'; ev_ids := '{}'; ev_details := '{}'; ev_depts := '{}';
                ev_levels := '{}'; ev_files := '{}'; ev_recorded := '{}'; ev_at := '{}';

                SELECT array_agg(b.op_id ORDER BY b.n), array_agg(b.entity_id ORDER BY b.n),
                       array_agg(b.outcome ORDER BY b.n), array_agg(b.code ORDER BY b.n),
                       array_agg(b.message_de ORDER BY b.n), array_agg(b.message_en ORDER BY b.n),
                       array_agg(b.result ORDER BY b.n), array_agg(b.department_code ORDER BY b.n),
                       array_agg(b.confidentiality ORDER BY b.n), array_agg(b.recorded ORDER BY b.n),
                       array_agg(b.details ORDER BY b.n)
                    INTO r_ops, r_ids, r_outcomes, r_codes, r_de, r_en, r_results, r_depts, r_levels, r_recorded, r_details
                    FROM aktenwerk.bulk_file_create(me, (SELECT jsonb_agg(x.e ORDER BY x.n)
                                                          FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS x(e, n)
                                                          WHERE x.n BETWEEN op.n AND run_end)) AS b;
                -- Numbers taken under an earlier template: those few the single way.
                FOR k IN SELECT u.k FROM unnest(r_outcomes) WITH ORDINALITY AS u(o, k) WHERE u.o = 'retry' LOOP
                    o := aktenwerk.cmd_file_create(me, r_ids[k], r_details[k] - 'op_id' - 'result', r_recorded[k]);
                    r_outcomes[k] := CASE WHEN o.ok THEN 'applied' ELSE 'refused' END;
                    r_codes[k] := o.code;
                    r_de[k] := o.message_de;
                    r_en[k] := o.message_en;
                    r_results[k] := o.result;
                    r_details[k] := (r_details[k] - 'result') || jsonb_build_object('result', o.result);
                END LOOP;
                INSERT INTO aktenwerk.applied_op (op_id, login, command, entity_id, result)
                    SELECT u.i, session_user, 'file.create', u.e, u.r
                    FROM unnest(r_ops, r_ids, r_results, r_outcomes) AS u(i, e, r, o) WHERE u.o = 'applied';
                now_at := clock_timestamp();
                PERFORM aktenwerk.append_audit(
                    ARRAY(SELECT CASE WHEN u.o = 'applied' THEN 'file.create' ELSE 'command.refused' END
                          FROM unnest(r_outcomes) WITH ORDINALITY AS u(o, k) ORDER BY u.k),
                    array_fill('file'::text, ARRAY[cardinality(r_ops)]),
                    ARRAY(SELECT coalesce(u.e::text, '') FROM unnest(r_ids) WITH ORDINALITY AS u(e, k) ORDER BY u.k),
                    ARRAY(SELECT CASE WHEN u.o = 'applied' THEN u.d
                                      ELSE jsonb_build_object('op_id', u.i, 'command', 'file.create', 'code', u.c) END
                          FROM unnest(r_outcomes, r_details, r_ops, r_codes) WITH ORDINALITY AS u(o, d, i, c, k) ORDER BY u.k),
                    ARRAY(SELECT CASE WHEN u.o = 'applied' THEN u.d END
                          FROM unnest(r_outcomes, r_depts) WITH ORDINALITY AS u(o, d, k) ORDER BY u.k),
                    ARRAY(SELECT CASE WHEN u.o = 'applied' THEN u.l END
                          FROM unnest(r_outcomes, r_levels) WITH ORDINALITY AS u(o, l, k) ORDER BY u.k),
                    ARRAY(SELECT CASE WHEN u.o = 'applied' THEN u.e END
                          FROM unnest(r_outcomes, r_ids) WITH ORDINALITY AS u(o, e, k) ORDER BY u.k),
                    r_recorded,
                    array_fill(now_at, ARRAY[cardinality(r_ops)]));
                RETURN QUERY SELECT u.i, u.o, u.c, u.de, u.en, u.r
                    FROM unnest(r_ops, r_outcomes, r_codes, r_de, r_en, r_results) WITH ORDINALITY AS u(i, o, c, de, en, r, k)
                    ORDER BY u.k;
                skip_until := run_end;
                CONTINUE;
            END IF;
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
        recorded := aktenwerk.client_time(op.at);
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

-- Schema 6 meant new functions not to be callable by everyone, but a per-schema default
-- privilege can only add to the global default (PUBLIC may execute). Revoked globally for the
-- owner's functions now, and for those made since.
ALTER DEFAULT PRIVILEGES FOR ROLE aktenwerk_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
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
