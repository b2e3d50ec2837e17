-- Aktenwerk central repository, schema 2: the same access rules, checked faster. Found with the
-- sync benchmark (tests/bench/bench_sync) and pg_stat_statements.
--
-- Schema 1 wrapped the rules in SQL functions (may_read, may_write). PostgreSQL does not inline
-- a SQL function whose body holds a sub-select, so every row checked ran the function's own
-- query (about 0.1 ms per row: a pull of 100,000 files spent most of its time there). Written
-- out in the policy, the sub-selects around my_department() and my_roles() become init plans,
-- evaluated once per statement. The rules themselves are unchanged:
--   read:  the row's department is the user's, or its file is shared with the user's
--          department; confidential levels (005, 001, 004) only for clerks, team leads and
--          records officers;
--   write: the row's department is the user's and the user is a clerk, team lead or records
--          officer (which also covers the confidential levels).
-- may_read()/may_write() stay for the SECURITY DEFINER functions that check one row.

DO $$
DECLARE
    t text;
    file_column text;
    working_roles constant text := 'ARRAY[''clerk'', ''team_lead'', ''records_officer'']';
    writable constant text := format('department_code = (SELECT aktenwerk.my_department()) '
                                     'AND (SELECT aktenwerk.my_roles()) && %s', working_roles);
    readable text;
BEGIN
    FOREACH t IN ARRAY ARRAY['file_record', 'sub_file', 'case_record', 'document', 'version', 'conflict']
    LOOP
        file_column := CASE WHEN t = 'file_record' THEN 'id' ELSE 'file_id' END;
        -- The share lookup names the outer table: file_share has columns of the same names.
        readable := format('(confidentiality NOT IN (''001'', ''004'', ''005'') OR (SELECT aktenwerk.my_roles()) && %s) '
                           'AND (department_code = (SELECT aktenwerk.my_department()) '
                           'OR EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = %I.%I '
                           'AND s.department_code = (SELECT aktenwerk.my_department())))',
                           working_roles, t, file_column);
        IF t = 'file_record' THEN
            EXECUTE format('ALTER POLICY file_read ON aktenwerk.file_record USING (%s)', readable);
            EXECUTE format('ALTER POLICY file_insert ON aktenwerk.file_record WITH CHECK (%s)', writable);
            EXECUTE format('ALTER POLICY file_update ON aktenwerk.file_record USING (%s) WITH CHECK (%s)',
                           writable, writable);
        ELSE
            EXECUTE format('ALTER POLICY row_read ON aktenwerk.%I USING (%s)', t, readable);
            EXECUTE format('ALTER POLICY row_insert ON aktenwerk.%I WITH CHECK (%s)', t, writable);
            IF t <> 'version' THEN
                EXECUTE format('ALTER POLICY row_update ON aktenwerk.%I USING (%s) WITH CHECK (%s)', t, writable,
                               writable);
            END IF;
        END IF;
    END LOOP;
END $$;

-- Who is asking, as PL/pgSQL: its statements are planned once per session, where a SQL
-- function's body is planned again at every call (the policies call these once per statement,
-- a push once per operation).
CREATE OR REPLACE FUNCTION aktenwerk.my_department(p_login name DEFAULT current_user) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
BEGIN
    RETURN (SELECT department_code FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted);
END $$;

CREATE OR REPLACE FUNCTION aktenwerk.my_roles(p_login name DEFAULT current_user) RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
BEGIN
    RETURN COALESCE((SELECT roles FROM aktenwerk.app_user WHERE login = p_login AND NOT deleted), '{}');
END $$;

-- The same check as before (may_write for the session user), in one lookup.
CREATE OR REPLACE FUNCTION aktenwerk.next_reference_number(p_scope text, p_department text, p_level text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
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

-- A pull fetches the subtrees of files new to a client by file.
CREATE INDEX ON aktenwerk.document (file_id);
CREATE INDEX ON aktenwerk.conflict (file_id);
