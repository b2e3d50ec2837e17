-- Aktenwerk central repository, schema 11: documents numbered in their case (issue 14).
--
-- A document filed in a case gets the case's next running number, and with it a reference people
-- can say and type: the case's reference, "/", the number ("63.01.02-0001/2026-002/3"). The server
-- hands the numbers out — a trigger on every insert into a case and every move to another one, so
-- no command can forget it — from reference_counter ("document:<case id>"), never the same number
-- twice in a case (a document moved away keeps its gap). Clients number provisionally until the
-- row comes back with this number. The column is "number_in_case": plain "number" would meet the
-- variables of that name in the command functions (cmd_version_add's new version number).

ALTER TABLE aktenwerk.document ADD COLUMN number_in_case integer;

CREATE FUNCTION aktenwerk.number_document() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
BEGIN
    IF NEW.case_id IS NULL THEN
        NEW.number_in_case := NULL;
    ELSIF TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id THEN
        INSERT INTO aktenwerk.reference_counter AS c (scope, last_value) VALUES ('document:' || NEW.case_id, 1)
            ON CONFLICT (scope) DO UPDATE SET last_value = c.last_value + 1
            RETURNING last_value INTO NEW.number_in_case;
    ELSE
        NEW.number_in_case := OLD.number_in_case; -- a number once given stays
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION aktenwerk.number_document() FROM PUBLIC;

-- The documents there are: numbered in the order they were filed (then by id, for a stable order).
UPDATE aktenwerk.document d SET number_in_case = r.n
    FROM (SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_at, id) AS n
          FROM aktenwerk.document WHERE case_id IS NOT NULL) r
    WHERE d.id = r.id;
INSERT INTO aktenwerk.reference_counter AS c (scope, last_value)
    SELECT 'document:' || case_id, max(number_in_case) FROM aktenwerk.document WHERE case_id IS NOT NULL GROUP BY case_id
    ON CONFLICT (scope) DO UPDATE SET last_value = greatest(c.last_value, excluded.last_value);

CREATE TRIGGER number_document BEFORE INSERT OR UPDATE ON aktenwerk.document
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.number_document();
CREATE UNIQUE INDEX document_case_number ON aktenwerk.document (case_id, number_in_case) WHERE case_id IS NOT NULL;
