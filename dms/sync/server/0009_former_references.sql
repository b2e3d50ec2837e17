-- Aktenwerk central repository, schema 9: a data folder used without a server goes to the
-- server (issue 13), and its references stay findable.
--
-- A file or case made in a local data folder has a reference of its own ("63.01.02-0004/2025").
-- When the folder is connected, everything made in it is sent as commands; the server assigns
-- its references as for anything new, and keeps the one the record had as former_reference —
-- sent to every client that may read the record, so that search and "show" find it by either.
-- Provisional references of connected clients ("P-…") are not kept: nobody ever relied on them.

ALTER TABLE aktenwerk.file_record ADD COLUMN former_reference text;
ALTER TABLE aktenwerk.case_record ADD COLUMN former_reference text;
CREATE INDEX ON aktenwerk.file_record (former_reference) WHERE former_reference IS NOT NULL;
CREATE INDEX ON aktenwerk.case_record (former_reference) WHERE former_reference IS NOT NULL;

-- The reference a record had before it reached the server, if it is one worth keeping.
CREATE FUNCTION aktenwerk.former_reference(a jsonb, p_assigned text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN btrim(coalesce(a->>'reference', '')) <> '' AND a->>'reference' NOT LIKE 'P-%'
                     AND a->>'reference' <> p_assigned AND length(a->>'reference') <= 200
                THEN btrim(a->>'reference') END
$$;

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
                                       type, metadata, recorded_at, former_reference)
        VALUES (p_id, unit.id, ref.reference, ref.seq, yr, title, dept, level, coalesce(a->>'type', ''),
                coalesce(a->'metadata', '{}'), p_recorded, aktenwerk.former_reference(a, ref.reference));
    RETURN aktenwerk.applied(jsonb_build_object('reference', ref.reference, 'seq', ref.seq, 'year', yr), 'file',
                             p_id::text, dept, level, p_id);
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.cmd_file_child_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
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
                                           department_code, confidentiality, recorded_at, former_reference)
            VALUES (p_id, f.id, sub, number, reference, title, coalesce(a->>'type', ''), coalesce(a->'metadata', '{}'),
                    f.department_code, f.confidentiality, p_recorded, aktenwerk.former_reference(a, reference));
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
                                           confidentiality, type, metadata, recorded_at, former_reference)
            SELECT nb.id, nb.unit, nb.reference, nb.seq, nb.yr, nb.title, nb.dept, nb.level, coalesce(nb.a->>'type', ''),
                   coalesce(nb.a->'metadata', '{}'), nb.at, aktenwerk.former_reference(nb.a, nb.reference)
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
