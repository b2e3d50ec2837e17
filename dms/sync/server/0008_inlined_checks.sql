-- Aktenwerk central repository, schema 8: the set-based path of schema 7 without the function
-- calls per row that pg_stat_statements showed (bench_sync, AKTENWERK_BENCH_STATS=1).
--
-- PostgreSQL inlines an SQL function only if its body is no more volatile than declared:
-- client_time() casts text to timestamptz and audit_content_v2() formats a timestamptz, both
-- STABLE operations, so as IMMUTABLE functions they ran as a query of their own for every row.
-- The checks of a new file looked for an existing file with a sub-select (never inlined), and
-- the refusal was built three times per row even where there was none.

CREATE OR REPLACE FUNCTION aktenwerk.client_time(p text) RETURNS timestamptz LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$'
                THEN p::timestamptz END
$$;

CREATE OR REPLACE FUNCTION aktenwerk.audit_content_v2(p_seq bigint, p_at timestamptz, p_login text, p_action text,
                                                      p_entity_type text, p_entity_id text, p_details jsonb,
                                                      p_department text, p_level text, p_file uuid, p_recorded timestamptz)
    RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT jsonb_build_array('aktenwerk-server-audit-v2', p_seq,
                             to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             p_login, p_action, p_entity_type, p_entity_id, p_details, p_department, p_level,
                             p_file::text, to_char(p_recorded AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;

-- The same checks as file_create_verdict(), with the existing file looked up by the caller.
CREATE FUNCTION aktenwerk.file_create_verdict_of(me aktenwerk.actor, p_id uuid, p_title text, p_dept text, p_level text,
                                                 p_unit uuid, p_unit_deleted boolean, p_retired boolean,
                                                 p_exists boolean)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN NOT (me.roles && ARRAY['clerk', 'team_lead', 'records_officer']) THEN 'role'
        WHEN p_dept IS DISTINCT FROM me.department THEN 'department'
        WHEN p_level IS NULL OR p_level NOT IN ('001', '002', '003', '004', '005') THEN 'level'
        WHEN p_id IS NULL OR p_title = '' OR length(p_title) > 500 THEN 'title'
        WHEN p_unit IS NULL OR p_unit_deleted THEN 'unit'
        WHEN p_retired THEN 'retired'
        WHEN p_exists THEN 'exists'
    END
$$;

CREATE OR REPLACE FUNCTION aktenwerk.file_create_verdict(me aktenwerk.actor, p_id uuid, p_title text, p_dept text,
                                                         p_level text, p_unit uuid, p_unit_deleted boolean,
                                                         p_retired boolean)
    RETURNS text LANGUAGE sql STABLE AS $$
    SELECT aktenwerk.file_create_verdict_of(me, p_id, p_title, p_dept, p_level, p_unit, p_unit_deleted, p_retired,
                                            EXISTS (SELECT 1 FROM aktenwerk.file_record f WHERE f.id = p_id))
$$;

CREATE OR REPLACE FUNCTION aktenwerk.bulk_file_create(me aktenwerk.actor, p_ops jsonb)
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
    ), v AS MATERIALIZED (
        SELECT o.n, o.op, o.id, o.a, o.at, btrim(coalesce(o.a->>'title', '')) AS title, o.dept,
               coalesce(nullif(o.a->>'confidentiality', ''), dep.default_confidentiality) AS level,
               pu.id AS unit, pu.code AS unit_code,
               CASE WHEN (o.a->>'year') ~ '^[0-9]{4}$' AND (o.a->>'year')::integer BETWEEN this_year - 1 AND this_year
                    THEN (o.a->>'year')::integer ELSE this_year END AS yr,
               aktenwerk.file_create_verdict_of(me, o.id, btrim(coalesce(o.a->>'title', '')), o.dept,
                                                coalesce(nullif(o.a->>'confidentiality', ''), dep.default_confidentiality),
                                                pu.id, pu.deleted, pu.retired, ex.id IS NOT NULL) AS verdict
        FROM (SELECT ops.*, coalesce(nullif(ops.a->>'department', ''), me.department) AS dept FROM ops) AS o
        LEFT JOIN aktenwerk.plan_unit pu ON pu.id = aktenwerk.to_uuid(o.a->>'plan_unit')
        LEFT JOIN aktenwerk.department dep ON dep.code = o.dept
        LEFT JOIN aktenwerk.file_record ex ON ex.id = o.id
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
            RETURNING file_record.id,
                      jsonb_build_object('reference', file_record.reference, 'seq', file_record.seq, 'year',
                                         file_record.year) AS res
    )
    SELECT v.n, v.op, v.id,
           CASE WHEN v.verdict IS NOT NULL THEN 'refused' WHEN i.id IS NULL THEN 'retry' ELSE 'applied' END,
           (r.o).code, (r.o).message_de, (r.o).message_en,
           coalesce(i.res, '{}'::jsonb), v.dept, v.level, v.at,
           v.a || jsonb_build_object('op_id', v.op, 'result', coalesce(i.res, '{}'::jsonb))
    FROM v
    LEFT JOIN inserted i ON i.id = v.id
    LEFT JOIN LATERAL (SELECT aktenwerk.file_create_refusal(v.verdict, me, coalesce(v.unit_code, v.a->>'plan_code')) AS o)
        AS r ON v.verdict IS NOT NULL
    ORDER BY v.n;
END $$;
