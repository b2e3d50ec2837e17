-- Aktenwerk central repository, schema 13: routing (Geschäftsgang), the organisation below the
-- department, deputies and resubmission (issue 15). The same rules as model/routing.h, decided
-- here.
--
-- - org_unit: units as a tree (Dezernat → Fachbereich → Abteilung → Sachgebiet/Team). Every
--   department is a unit of the same code; a user belongs to one unit of their department. A
--   unit's team leads are its members with the role team_lead; a unit may name a standing deputy
--   for an absent lead. Row-level visibility stays at the department.
-- - absence: a user is away from … to …, with a deputy (or, for a lead, the unit's standing
--   deputy). The deputy may act on what is addressed to the absent user; the step records both
--   ("i. V.").
-- - route, route_step: a routing slip on a document, case or file. It names what it routes by
--   SHA-256 (a document: its current version; a case or file: the manifest of its documents'
--   current versions), and so does every step record. Steps of one position run in parallel;
--   the lowest position with steps to come is current. Addressees: a login, "unit:CODE" (anyone
--   of the unit or a unit below it), "lead:CODE" (its team leads). Completed (003) and skipped
--   (004) steps never change (trigger, for the owner too).
-- - While a Mitzeichnung or Zeichnung step is current, the routed documents cannot be checked
--   out or changed (submit refuses with "in_signature"). Sending back ends the route: pending
--   co-signatures and signatures are cancelled, visibly; a new version then needs a new route.
-- - route_reader: who of another department may read the routed object while their step is
--   current (the addressee, the members of an addressed unit, the leads, their deputies for the
--   absence); removed when the step ends. The read policies of files, cases, documents and
--   versions honour it.
-- - resubmission (Wiedervorlage): a dated reminder with reason and owner (a user or a unit),
--   optionally repeated.
-- - route_template: common routes per department, kept by its team leads.
-- - inbox(offset, limit): what waits for the session user, a page of it in the order it is listed
--   (overdue first, then by deadline) with the total — their steps, their units', those of whom they
--   stand in for, steps overdue past the department's grace period that escalate to them, and
--   due resubmissions. Computed when read; no server job.
-- - A step that becomes current is announced on the channel aktenwerk_inbox with the addressee
--   and the step's id only (no title: the payload reaches every listener).

-- --- organisation -----------------------------------------------------------------------------

CREATE TABLE aktenwerk.org_unit (
    code            text PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z][0-9A-Za-z._/-]{0,31}$'),
    id              uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    name            text NOT NULL CHECK (btrim(name) <> ''),
    parent_code     text REFERENCES aktenwerk.org_unit(code),
    department_code text REFERENCES aktenwerk.department(code), -- NULL: above the departments (Dezernat)
    standing_deputy text REFERENCES aktenwerk.app_user(login),
    revision        bigint NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user,
    deleted         boolean NOT NULL DEFAULT false,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0,
    CHECK (parent_code IS DISTINCT FROM code)
);
CREATE INDEX ON aktenwerk.org_unit (parent_code);

-- A unit below a department belongs to it; a department's own unit is the department.
CREATE FUNCTION aktenwerk.check_org_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent aktenwerk.org_unit;
BEGIN
    IF NEW.parent_code IS NOT NULL THEN
        SELECT * INTO parent FROM aktenwerk.org_unit WHERE code = NEW.parent_code;
        IF parent.department_code IS NOT NULL THEN
            IF NEW.department_code IS NOT NULL AND NEW.department_code <> parent.department_code THEN
                RAISE EXCEPTION 'unit % is below % of department %, not of department %', NEW.code, parent.code,
                    parent.department_code, NEW.department_code USING ERRCODE = 'check_violation';
            END IF;
            NEW.department_code := parent.department_code;
        END IF;
        IF EXISTS (WITH RECURSIVE up(code, depth) AS (
                       SELECT NEW.parent_code, 0
                       UNION ALL
                       SELECT u.parent_code, up.depth + 1 FROM up JOIN aktenwerk.org_unit u ON u.code = up.code
                       WHERE u.parent_code IS NOT NULL AND up.depth < 64)
                   SELECT 1 FROM up WHERE up.code = NEW.code) THEN
            RAISE EXCEPTION 'unit % cannot be below itself', NEW.code USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.department d WHERE d.code = NEW.code) AND NEW.department_code IS DISTINCT FROM NEW.code THEN
        RAISE EXCEPTION 'unit % is the department %', NEW.code, NEW.code USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.standing_deputy IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = NEW.standing_deputy AND NOT u.deleted) THEN
        RAISE EXCEPTION 'standing deputy % is no user', NEW.standing_deputy USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER check_unit BEFORE INSERT OR UPDATE ON aktenwerk.org_unit
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.check_org_unit();

-- Every department is a unit: the existing ones now, new ones as they are added.
INSERT INTO aktenwerk.org_unit (code, name, department_code)
    SELECT d.code, d.name, d.code FROM aktenwerk.department d;
CREATE FUNCTION aktenwerk.department_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO aktenwerk.org_unit (code, name, department_code) VALUES (NEW.code, NEW.name, NEW.code)
        ON CONFLICT (code) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER unit AFTER INSERT ON aktenwerk.department FOR EACH ROW EXECUTE FUNCTION aktenwerk.department_unit();

ALTER TABLE aktenwerk.app_user ADD COLUMN unit_code text REFERENCES aktenwerk.org_unit(code);
UPDATE aktenwerk.app_user SET unit_code = department_code;
CREATE INDEX ON aktenwerk.app_user (unit_code);

-- A user's unit is one of their department (the department's own unit when none is named).
CREATE FUNCTION aktenwerk.check_user_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.unit_code IS NULL OR (TG_OP = 'UPDATE' AND NEW.department_code <> OLD.department_code
                                 AND NEW.unit_code = OLD.unit_code) THEN
        NEW.unit_code := NEW.department_code;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.org_unit o WHERE o.code = NEW.unit_code
                                                      AND o.department_code = NEW.department_code) THEN
        RAISE EXCEPTION 'unit % is not a unit of department %', NEW.unit_code, NEW.department_code
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER check_unit BEFORE INSERT OR UPDATE ON aktenwerk.app_user
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.check_user_unit();

CREATE TABLE aktenwerk.absence (
    id           uuid PRIMARY KEY,
    login        text NOT NULL REFERENCES aktenwerk.app_user(login),
    starts       date NOT NULL,
    ends         date NOT NULL,
    deputy       text REFERENCES aktenwerk.app_user(login), -- NULL: a lead's unit's standing deputy
    ended        boolean NOT NULL DEFAULT false,            -- withdrawn
    set_by       text NOT NULL DEFAULT session_user,
    set_at       timestamptz NOT NULL DEFAULT now(),
    revision     bigint NOT NULL DEFAULT 1,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0,
    CHECK (starts <= ends),
    CHECK (deputy IS DISTINCT FROM login)
);
CREATE INDEX ON aktenwerk.absence (login, ends);
CREATE INDEX ON aktenwerk.absence (deputy, ends);

-- The unit and every unit above it, nearest first.
CREATE FUNCTION aktenwerk.unit_chain(p_unit text) RETURNS TABLE (code text, depth integer) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(code, parent, depth) AS (
        SELECT u.code, u.parent_code, 0 FROM aktenwerk.org_unit u WHERE u.code = p_unit
        UNION ALL
        SELECT u.code, u.parent_code, up.depth + 1 FROM up JOIN aktenwerk.org_unit u ON u.code = up.parent
        WHERE up.depth < 64)
    SELECT up.code, up.depth FROM up
$$;

-- The unit and every unit below it.
CREATE FUNCTION aktenwerk.unit_subtree(p_unit text) RETURNS TABLE (code text) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE down(code, depth) AS (
        SELECT u.code, 0 FROM aktenwerk.org_unit u WHERE u.code = p_unit AND NOT u.deleted
        UNION ALL
        SELECT u.code, down.depth + 1 FROM down JOIN aktenwerk.org_unit u ON u.parent_code = down.code
        WHERE NOT u.deleted AND down.depth < 64)
    SELECT down.code FROM down
$$;

CREATE FUNCTION aktenwerk.unit_leads(p_unit text) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(u.login ORDER BY u.login), '{}') FROM aktenwerk.app_user u
    WHERE u.unit_code = p_unit AND NOT u.deleted AND u.roles && ARRAY['team_lead']
$$;

-- Who stands in for the login on the day: the deputy of an absence that covers it, else, for an
-- absent lead, the standing deputy of the unit they lead. NULL: not away, or nobody named.
CREATE FUNCTION aktenwerk.deputy_of(p_login text, p_day date) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT a.deputy FROM aktenwerk.absence a
         WHERE a.login = p_login AND NOT a.ended AND p_day BETWEEN a.starts AND a.ends AND a.deputy IS NOT NULL
         ORDER BY a.set_at DESC LIMIT 1),
        (SELECT o.standing_deputy FROM aktenwerk.app_user u JOIN aktenwerk.org_unit o ON o.code = u.unit_code
         WHERE u.login = p_login AND u.roles && ARRAY['team_lead'] AND o.standing_deputy IS NOT NULL
           AND o.standing_deputy <> p_login
           AND EXISTS (SELECT 1 FROM aktenwerk.absence a
                       WHERE a.login = p_login AND NOT a.ended AND p_day BETWEEN a.starts AND a.ends)))
$$;

-- The addressees that mean the login itself: its name, every unit it is within, the units it leads.
CREATE FUNCTION aktenwerk.addressees_of(p_login text) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY[p_login]
        || coalesce((SELECT array_agg('unit:' || c.code ORDER BY c.depth) FROM aktenwerk.app_user u,
                            aktenwerk.unit_chain(u.unit_code) c
                     WHERE u.login = p_login AND NOT u.deleted), '{}')
        || coalesce((SELECT array_agg('lead:' || u.unit_code) FROM aktenwerk.app_user u
                     WHERE u.login = p_login AND NOT u.deleted AND u.roles && ARRAY['team_lead']), '{}')
$$;

-- The logins an addressee names: the user, the unit's members (and those of units below it),
-- the unit's leads.
CREATE FUNCTION aktenwerk.addressee_people(p_addressee text) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN p_addressee LIKE 'lead:%' THEN aktenwerk.unit_leads(substr(p_addressee, 6))
        WHEN p_addressee LIKE 'unit:%' THEN
            coalesce((SELECT array_agg(u.login ORDER BY u.login) FROM aktenwerk.app_user u
                      WHERE NOT u.deleted AND u.unit_code IN (SELECT s.code FROM aktenwerk.unit_subtree(substr(p_addressee, 6)) s)),
                     '{}')
        ELSE ARRAY[p_addressee]
    END
$$;

-- May the actor act on a step for the addressee on the day? '' in their own right, the absent
-- person's login when standing in for them ("i. V."), NULL when not. As Organisation::mayActFor.
CREATE FUNCTION aktenwerk.may_act(p_addressee text, p_actor text, p_day date) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    people text[];
    p text;
BEGIN
    IF p_actor IS NULL OR NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = p_actor AND NOT u.deleted) THEN
        RETURN NULL;
    END IF;
    IF p_addressee = ANY (aktenwerk.addressees_of(p_actor)) THEN
        RETURN '';
    END IF;
    people := aktenwerk.addressee_people(p_addressee);
    SELECT x INTO p FROM unnest(people) AS x WHERE aktenwerk.deputy_of(x, p_day) = p_actor ORDER BY x LIMIT 1;
    RETURN p;
END $$;

-- Whom an overdue step escalates to: the nearest leads above the addressee (a lead's own step
-- goes to the unit above; a unit's to its leads or those above).
CREATE FUNCTION aktenwerk.escalation_leads(p_addressee text) RETURNS text[] LANGUAGE sql STABLE AS $$
    WITH start AS (
        SELECT CASE WHEN p_addressee LIKE 'unit:%' THEN substr(p_addressee, 6)
                    WHEN p_addressee LIKE 'lead:%' THEN (SELECT o.parent_code FROM aktenwerk.org_unit o
                                                         WHERE o.code = substr(p_addressee, 6))
                    ELSE (SELECT u.unit_code FROM aktenwerk.app_user u WHERE u.login = p_addressee) END AS unit,
               CASE WHEN p_addressee LIKE '%:%' THEN '' ELSE p_addressee END AS self)
    SELECT coalesce((SELECT l.leads FROM start, aktenwerk.unit_chain(start.unit) c,
                            LATERAL (SELECT array_remove(aktenwerk.unit_leads(c.code), start.self) AS leads) l
                     WHERE cardinality(l.leads) > 0 ORDER BY c.depth LIMIT 1), '{}')
$$;

-- --- routes -----------------------------------------------------------------------------------

CREATE TABLE aktenwerk.route (
    id              uuid PRIMARY KEY,
    entity_type     text NOT NULL CHECK (entity_type IN ('document', 'case', 'file')),
    entity_id       uuid NOT NULL,
    version_id      uuid,          -- a document's routed version
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    status          text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'returned')),
    template        text NOT NULL DEFAULT '',
    started_by      text NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id         uuid,
    recorded_at     timestamptz,
    revision        bigint NOT NULL DEFAULT 1,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX route_one_running ON aktenwerk.route (entity_id) WHERE status = 'running';
CREATE INDEX ON aktenwerk.route (entity_id);
CREATE INDEX ON aktenwerk.route (xid, change_seq);

CREATE TABLE aktenwerk.route_step (
    id              uuid PRIMARY KEY,
    route_id        uuid NOT NULL REFERENCES aktenwerk.route(id),
    position        integer NOT NULL CHECK (position >= 1),
    action          text NOT NULL CHECK (action IN ('kenntnisnahme', 'mitzeichnung', 'zeichnung', 'bearbeitung')),
    addressee       text NOT NULL,
    instruction     text NOT NULL DEFAULT '',
    deadline        date,
    status          text NOT NULL DEFAULT '001' CHECK (status IN ('001', '002', '003', '004')),
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'), -- what was routed, or what was acted on
    activated_at    timestamptz,
    acted_by        text,
    on_behalf_of    text,          -- the absent addressee a deputy acted for ("i. V.")
    acted_at        timestamptz,
    remark          text NOT NULL DEFAULT '',
    returned        boolean NOT NULL DEFAULT false, -- completed by sending the route back
    by_return       boolean NOT NULL DEFAULT false, -- skipped because the route was sent back
    cancelled       boolean NOT NULL DEFAULT false, -- a co-signature or signature that was cancelled so
    added_by        text NOT NULL DEFAULT session_user,
    added_at        timestamptz NOT NULL DEFAULT now(),
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id         uuid,
    revision        bigint NOT NULL DEFAULT 1,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE INDEX ON aktenwerk.route_step (route_id, position);
CREATE INDEX route_step_current ON aktenwerk.route_step (addressee) WHERE status = '002';
CREATE INDEX route_step_current_deadline ON aktenwerk.route_step (deadline) WHERE status = '002';
CREATE INDEX ON aktenwerk.route_step (xid, change_seq);

-- A step that was completed or skipped is a record: nothing of it changes, by anyone. Only
-- where its object lies (it moved) may follow.
CREATE FUNCTION aktenwerk.step_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
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
CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON aktenwerk.route_step
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.step_is_immutable();
CREATE FUNCTION aktenwerk.route_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'routing slips are never deleted' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER kept BEFORE DELETE ON aktenwerk.route FOR EACH ROW EXECUTE FUNCTION aktenwerk.route_never_deleted();

-- Who of another department reads the routed object while a step is current (one row per
-- object: the routed one, and for a case each of its documents).
CREATE TABLE aktenwerk.route_reader (
    route_id     uuid NOT NULL REFERENCES aktenwerk.route(id),
    step_id      uuid NOT NULL REFERENCES aktenwerk.route_step(id),
    entity_id    uuid NOT NULL,
    login        text NOT NULL,
    from_day     date NOT NULL DEFAULT '-infinity',
    to_day       date NOT NULL DEFAULT 'infinity',
    PRIMARY KEY (step_id, entity_id, login, from_day)
);
CREATE INDEX ON aktenwerk.route_reader (login, entity_id);

-- Who took part in a route (acted on a step): they keep reading its record, not its object.
CREATE TABLE aktenwerk.route_participant (
    route_id     uuid NOT NULL REFERENCES aktenwerk.route(id),
    login        text NOT NULL,
    PRIMARY KEY (route_id, login)
);
CREATE INDEX ON aktenwerk.route_participant (login);

CREATE TABLE aktenwerk.route_template (
    id              uuid PRIMARY KEY,
    department_code text NOT NULL REFERENCES aktenwerk.department(code),
    name            text NOT NULL CHECK (btrim(name) <> ''),
    steps           jsonb NOT NULL, -- [{position, action, addressee, instruction, days}]
    revision        bigint NOT NULL DEFAULT 1,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user,
    deleted         boolean NOT NULL DEFAULT false,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX route_template_name ON aktenwerk.route_template (department_code, lower(name)) WHERE NOT deleted;

CREATE TABLE aktenwerk.resubmission (
    id              uuid PRIMARY KEY,
    entity_type     text NOT NULL CHECK (entity_type IN ('document', 'case', 'file')),
    entity_id       uuid NOT NULL,
    due             date NOT NULL,
    reason          text NOT NULL CHECK (btrim(reason) <> ''),
    owner           text NOT NULL, -- a login or "unit:CODE"
    repeat          text NOT NULL DEFAULT '' CHECK (repeat IN ('', 'weekly', 'monthly')),
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_by         text,
    done_at         timestamptz,
    remark          text NOT NULL DEFAULT '',  -- on done, or why it was postponed
    follows         uuid REFERENCES aktenwerk.resubmission(id), -- the repeated one before
    department_code text NOT NULL,
    confidentiality text NOT NULL,
    file_id         uuid,
    created_by      text NOT NULL DEFAULT session_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revision        bigint NOT NULL DEFAULT 1,
    modified_at     timestamptz NOT NULL DEFAULT now(),
    modified_by     text NOT NULL DEFAULT session_user,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq      bigint NOT NULL DEFAULT 0
);
CREATE INDEX resubmission_open ON aktenwerk.resubmission (owner, due) WHERE status = 'open';
CREATE INDEX ON aktenwerk.resubmission (entity_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['org_unit', 'absence', 'route', 'route_step', 'route_template', 'resubmission']
    LOOP
        EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.%I '
                       'FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change()', t);
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change()', t);
    END LOOP;
END $$;

-- --- reading ------------------------------------------------------------------------------------

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['org_unit', 'absence', 'route', 'route_step', 'route_reader', 'route_participant',
                             'route_template', 'resubmission']
    LOOP
        EXECUTE format('ALTER TABLE aktenwerk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE aktenwerk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON aktenwerk.%I TO aktenwerk_owner USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY auditor_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user '
                       'USING ((SELECT aktenwerk.my_roles()) && ARRAY[''auditor''])', t);
    END LOOP;
END $$;
GRANT SELECT ON aktenwerk.org_unit, aktenwerk.absence, aktenwerk.route, aktenwerk.route_step, aktenwerk.route_reader,
    aktenwerk.route_participant, aktenwerk.route_template, aktenwerk.resubmission TO aktenwerk_user;

-- The organisation, absences and templates are the directory: everyone reads them.
CREATE POLICY read_all ON aktenwerk.org_unit FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY read_all ON aktenwerk.absence FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY read_all ON aktenwerk.route_template FOR SELECT TO aktenwerk_user USING (true);
CREATE POLICY own_read ON aktenwerk.route_reader FOR SELECT TO aktenwerk_user USING (login = session_user);
CREATE POLICY own_read ON aktenwerk.route_participant FOR SELECT TO aktenwerk_user USING (login = session_user);

-- A route and its steps: as the routed object, or for whoever reads it for a step or took part.
DO $$
DECLARE
    t text;
    readable text;
BEGIN
    FOREACH t IN ARRAY ARRAY['route', 'route_step']
    LOOP
        readable := format('((confidentiality NOT IN (''001'', ''004'', ''005'') OR (SELECT aktenwerk.my_roles()) '
                           '&& ARRAY[''clerk'', ''team_lead'', ''records_officer'']) '
                           'AND (department_code = (SELECT aktenwerk.my_department()) '
                           'OR EXISTS (SELECT 1 FROM aktenwerk.file_share s WHERE s.file_id = %1$I.file_id '
                           'AND s.department_code = (SELECT aktenwerk.my_department()) '
                           'AND (s.until IS NULL OR s.until > now())))) '
                           'OR EXISTS (SELECT 1 FROM aktenwerk.route_participant p WHERE p.route_id = %1$I.%2$I '
                           'AND p.login = session_user) '
                           'OR EXISTS (SELECT 1 FROM aktenwerk.route_reader g WHERE g.route_id = %1$I.%2$I '
                           'AND g.login = session_user)',
                           t, CASE WHEN t = 'route' THEN 'id' ELSE 'route_id' END);
        EXECUTE format('CREATE POLICY row_read ON aktenwerk.%I FOR SELECT TO aktenwerk_user USING (%s)', t, readable);
    END LOOP;
END $$;

CREATE POLICY row_read ON aktenwerk.resubmission FOR SELECT TO aktenwerk_user USING (
    owner = session_user OR created_by = session_user
    OR ((confidentiality NOT IN ('001', '004', '005')
         OR (SELECT aktenwerk.my_roles()) && ARRAY['clerk', 'team_lead', 'records_officer'])
        AND department_code = (SELECT aktenwerk.my_department())));

-- The routed object for whoever reads it for a current step — read from the server (the inbox's
-- preview), never pulled into their local index: a pull sets aktenwerk.pull = on, and what they
-- read for a step is gone when it ends.
CREATE POLICY routed_read ON aktenwerk.document FOR SELECT TO aktenwerk_user USING (
    current_setting('aktenwerk.pull', true) IS DISTINCT FROM 'on'
    AND EXISTS (SELECT 1 FROM aktenwerk.route_reader g
                WHERE g.login = session_user AND g.entity_id IN (document.id, document.case_id, document.file_id)
                  AND current_date BETWEEN g.from_day AND g.to_day));
CREATE POLICY routed_read ON aktenwerk.version FOR SELECT TO aktenwerk_user USING (
    current_setting('aktenwerk.pull', true) IS DISTINCT FROM 'on'
    AND EXISTS (SELECT 1 FROM aktenwerk.route_reader g
                WHERE g.login = session_user AND g.entity_id IN (version.document_id, version.file_id)
                  AND current_date BETWEEN g.from_day AND g.to_day));
CREATE POLICY routed_read ON aktenwerk.case_record FOR SELECT TO aktenwerk_user USING (
    current_setting('aktenwerk.pull', true) IS DISTINCT FROM 'on'
    AND EXISTS (SELECT 1 FROM aktenwerk.route_reader g
                WHERE g.login = session_user AND g.entity_id IN (case_record.id, case_record.file_id)
                  AND current_date BETWEEN g.from_day AND g.to_day));
CREATE POLICY routed_read ON aktenwerk.file_record FOR SELECT TO aktenwerk_user USING (
    current_setting('aktenwerk.pull', true) IS DISTINCT FROM 'on'
    AND EXISTS (SELECT 1 FROM aktenwerk.route_reader g
                WHERE g.login = session_user AND g.entity_id = file_record.id
                  AND current_date BETWEEN g.from_day AND g.to_day));

-- --- what a route is about ------------------------------------------------------------------------

-- The routed object's access columns, title and reference, and what it is now (hash of the
-- document's current version; for a case or file the manifest of its documents' current
-- versions: "document id:sha256" lines in the documents' order).
CREATE FUNCTION aktenwerk.route_object(p_type text, p_id uuid, OUT present boolean, OUT department_code text,
                                       OUT confidentiality text, OUT file_id uuid, OUT title text, OUT reference text,
                                       OUT closed boolean, OUT deleted boolean, OUT version_id uuid, OUT sha256 text)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    present := false;
    IF p_type = 'document' THEN
        SELECT true, d.department_code, d.confidentiality, d.file_id, d.title,
               coalesce(c.reference || '/' || d.number_in_case, ''),
               d.status <> 'open' OR coalesce(c.status <> 'open', false), d.deleted, v.id, v.sha256
            INTO present, department_code, confidentiality, file_id, title, reference, closed, deleted, version_id, sha256
            FROM aktenwerk.document d LEFT JOIN aktenwerk.case_record c ON c.id = d.case_id
            LEFT JOIN aktenwerk.version v ON v.document_id = d.id AND v.number = d.current_version
            WHERE d.id = p_id;
    ELSIF p_type IN ('case', 'file') THEN
        IF p_type = 'case' THEN
            SELECT true, c.department_code, c.confidentiality, c.file_id, c.title, c.reference, c.status <> 'open',
                   c.deleted
                INTO present, department_code, confidentiality, file_id, title, reference, closed, deleted
                FROM aktenwerk.case_record c WHERE c.id = p_id;
        ELSE
            SELECT true, f.department_code, f.confidentiality, f.id, f.title, f.reference, f.status <> 'open', f.deleted
                INTO present, department_code, confidentiality, file_id, title, reference, closed, deleted
                FROM aktenwerk.file_record f WHERE f.id = p_id;
        END IF;
        IF present THEN
            SELECT encode(pg_catalog.sha256(convert_to(coalesce(string_agg(d.id::text || ':' || v.sha256, E'\n'
                                                                           ORDER BY d.number_in_case, d.id), ''),
                                                       'UTF8')), 'hex')
                INTO sha256
                FROM aktenwerk.document d JOIN aktenwerk.version v ON v.document_id = d.id AND v.number = d.current_version
                WHERE NOT d.deleted AND (CASE WHEN p_type = 'case' THEN d.case_id ELSE d.file_id END) = p_id;
        END IF;
    END IF;
    present := coalesce(present, false);
END $$;

-- Is a document (or a case's document) under Mitzeichnung or Zeichnung right now?
CREATE FUNCTION aktenwerk.signature_hold(p_type text, p_id uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
    objects uuid[];
BEGIN
    -- What a route on it could be on: the document, its case and file; a case, its file and its
    -- documents. Looked up by key (each branch its own plan: no scan of all documents).
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.route WHERE status = 'running') THEN
        RETURN false;
    END IF;
    IF p_type = 'document' THEN
        SELECT ARRAY[d.id, d.case_id, d.file_id] INTO objects FROM aktenwerk.document d WHERE d.id = p_id;
    ELSIF p_type = 'case' THEN
        SELECT ARRAY[c.id, c.file_id] || ARRAY(SELECT d.id FROM aktenwerk.document d
                                               WHERE d.case_id = p_id AND NOT d.deleted)
            INTO objects FROM aktenwerk.case_record c WHERE c.id = p_id;
    ELSE
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM aktenwerk.route r JOIN aktenwerk.route_step s ON s.route_id = r.id
                   WHERE r.entity_id = ANY (objects) AND r.status = 'running' AND s.status = '002'
                     AND s.action IN ('mitzeichnung', 'zeichnung'));
END $$;

-- A step's readers from other departments: whoever it names, and their deputies for the time of
-- an absence that has not ended.
CREATE FUNCTION aktenwerk.grant_step_readers(p_step uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s aktenwerk.route_step;
    r aktenwerk.route;
    ids uuid[];
BEGIN
    SELECT * INTO s FROM aktenwerk.route_step WHERE id = p_step;
    SELECT * INTO r FROM aktenwerk.route WHERE id = s.route_id;
    ids := ARRAY[r.entity_id];
    IF r.entity_type = 'case' THEN
        ids := ids || ARRAY(SELECT d.id FROM aktenwerk.document d WHERE d.case_id = r.entity_id AND NOT d.deleted);
    END IF;
    WITH people AS (
        SELECT p AS login, '-infinity'::date AS from_day, 'infinity'::date AS to_day
            FROM unnest(aktenwerk.addressee_people(s.addressee)) AS p
        UNION
        SELECT coalesce(a.deputy, o.standing_deputy), a.starts, a.ends
            FROM unnest(aktenwerk.addressee_people(s.addressee)) AS p
            JOIN aktenwerk.absence a ON a.login = p AND NOT a.ended AND a.ends >= current_date
            LEFT JOIN aktenwerk.app_user au ON au.login = p AND au.roles && ARRAY['team_lead']
            LEFT JOIN aktenwerk.org_unit o ON o.code = au.unit_code
    )
    INSERT INTO aktenwerk.route_reader (route_id, step_id, entity_id, login, from_day, to_day)
        SELECT r.id, s.id, e, pe.login, pe.from_day, pe.to_day
        FROM people pe JOIN aktenwerk.app_user u ON u.login = pe.login AND NOT u.deleted
        CROSS JOIN unnest(ids) AS e
        WHERE pe.login IS NOT NULL AND u.department_code <> r.department_code
        ON CONFLICT DO NOTHING;
END $$;

-- The lowest position with steps to come becomes current (announced to its addressees); with
-- none left the route is completed. Steps that ended lose their readers. The route and all its
-- steps are stamped: whoever may read them now (a new addressee) pulls the whole record.
CREATE FUNCTION aktenwerk.advance_route(p_route uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    next_position integer;
    st record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.route_step WHERE route_id = p_route AND status = '002')
       AND (SELECT status FROM aktenwerk.route WHERE id = p_route) = 'running' THEN
        SELECT min(position) INTO next_position FROM aktenwerk.route_step WHERE route_id = p_route AND status = '001';
        IF next_position IS NULL THEN
            UPDATE aktenwerk.route SET status = 'completed', ended_at = now() WHERE id = p_route;
        ELSE
            FOR st IN UPDATE aktenwerk.route_step SET status = '002', activated_at = now()
                      WHERE route_id = p_route AND status = '001' AND position = next_position
                      RETURNING id, addressee
            LOOP
                PERFORM aktenwerk.grant_step_readers(st.id);
                PERFORM pg_notify('aktenwerk_inbox', jsonb_build_object('addressee', st.addressee, 'step', st.id)::text);
            END LOOP;
        END IF;
    END IF;
    DELETE FROM aktenwerk.route_reader g USING aktenwerk.route_step s
        WHERE g.route_id = p_route AND g.step_id = s.id AND s.status <> '002';
    UPDATE aktenwerk.route SET revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_route;
    UPDATE aktenwerk.route_step SET revision = revision + 1 WHERE route_id = p_route;
END $$;

-- Steps as a command gives them: [{id?, position?, action, addressee, instruction?, deadline?}],
-- validated; positions (relative, from 1) default to one per step. NULL verdict: ok.
CREATE FUNCTION aktenwerk.parse_steps(p_steps jsonb, OUT verdict aktenwerk.outcome, OUT steps jsonb)
    LANGUAGE plpgsql AS $$
DECLARE
    e jsonb;
    n integer := 0;
    pos integer;
    action text;
    addressee text;
    deadline date;
    positions integer[] := '{}';
    kind text;
    target text;
BEGIN
    steps := '[]';
    IF jsonb_typeof(p_steps) IS DISTINCT FROM 'array' OR jsonb_array_length(p_steps) = 0 THEN
        verdict := aktenwerk.refuse_invalid('Ein Geschäftsgang braucht mindestens einen Schritt.',
                                            'A route needs at least one step.');
        RETURN;
    END IF;
    FOR e IN SELECT x FROM jsonb_array_elements(p_steps) AS x LOOP
        n := n + 1;
        IF jsonb_typeof(e) IS DISTINCT FROM 'object' THEN
            verdict := aktenwerk.refuse_invalid(format('Schritt %s ist unlesbar.', n), format('Step %s is unreadable.', n));
            RETURN;
        END IF;
        pos := CASE WHEN coalesce(e->>'position', '') ~ '^[0-9]{1,4}$' THEN (e->>'position')::integer
                    WHEN e ? 'position' THEN -1 ELSE n END;
        IF pos < 1 THEN
            verdict := aktenwerk.refuse_invalid(format('Schritt %s hat keine gültige Nummer.', n),
                                                format('Step %s has no valid number.', n));
            RETURN;
        END IF;
        action := lower(btrim(coalesce(e->>'action', '')));
        IF action NOT IN ('kenntnisnahme', 'mitzeichnung', 'zeichnung', 'bearbeitung') THEN
            verdict := aktenwerk.refuse_invalid(
                format('Schritt %s: „%s“ ist keine Beteiligungsart (kenntnisnahme, mitzeichnung, zeichnung, bearbeitung).',
                       n, e->>'action'),
                format('Step %s: "%s" is no kind of step (kenntnisnahme, mitzeichnung, zeichnung, bearbeitung).',
                       n, e->>'action'));
            RETURN;
        END IF;
        addressee := btrim(coalesce(e->>'addressee', ''));
        kind := CASE WHEN addressee LIKE 'unit:%' THEN 'unit' WHEN addressee LIKE 'lead:%' THEN 'lead' ELSE 'user' END;
        target := CASE WHEN kind = 'user' THEN addressee ELSE substr(addressee, 6) END;
        IF kind = 'user' AND NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = target AND NOT u.deleted) THEN
            verdict := aktenwerk.refuse('unknown_addressee', format('Schritt %s: „%s“ ist kein Benutzer.', n, addressee),
                                        format('Step %s: "%s" is no user.', n, addressee));
            RETURN;
        ELSIF kind <> 'user' AND NOT EXISTS (SELECT 1 FROM aktenwerk.org_unit o WHERE o.code = target AND NOT o.deleted) THEN
            verdict := aktenwerk.refuse('unknown_addressee',
                                        format('Schritt %s: Die Organisationseinheit „%s“ gibt es nicht.', n, target),
                                        format('Step %s: there is no unit "%s".', n, target));
            RETURN;
        ELSIF kind = 'lead' AND cardinality(aktenwerk.unit_leads(target)) = 0 THEN
            verdict := aktenwerk.refuse('unknown_addressee',
                                        format('Schritt %s: Die Organisationseinheit „%s“ hat keine Leitung.', n, target),
                                        format('Step %s: the unit "%s" has no team lead.', n, target));
            RETURN;
        END IF;
        deadline := NULL;
        IF coalesce(e->>'deadline', '') <> '' THEN
            BEGIN
                deadline := (e->>'deadline')::date;
            EXCEPTION WHEN others THEN
                verdict := aktenwerk.refuse_invalid(format('Schritt %s: „%s“ ist kein Datum.', n, e->>'deadline'),
                                                    format('Step %s: "%s" is not a date.', n, e->>'deadline'));
                RETURN;
            END;
        END IF;
        positions := positions || pos;
        steps := steps || jsonb_build_array(jsonb_build_object(
            'id', coalesce(aktenwerk.to_uuid(e->>'id'), gen_random_uuid()), 'position', pos, 'action', action,
            'addressee', addressee, 'instruction', btrim(coalesce(e->>'instruction', '')), 'deadline', deadline));
    END LOOP;
    -- Positions run 1, 2, 3 … without a gap (steps of one position are parallel).
    IF (SELECT array_agg(DISTINCT p ORDER BY p) FROM unnest(positions) AS p)
       IS DISTINCT FROM (SELECT array_agg(g) FROM generate_series(1, (SELECT max(p) FROM unnest(positions) AS p)) AS g) THEN
        verdict := aktenwerk.refuse_invalid('Die Schritte müssen lückenlos ab 1 nummeriert sein.',
                                            'The steps must be numbered from 1 without a gap.');
    END IF;
END $$;

-- --- commands ---------------------------------------------------------------------------------------

-- Starts a route (op id = the route's id): {object_type, object_id, steps | template}.
CREATE FUNCTION aktenwerk.cmd_route_start(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    object_type text := coalesce(a->>'object_type', '');
    object_id uuid := aktenwerk.to_uuid(a->>'object_id');
    o record;
    t aktenwerk.route_template;
    given jsonb := a->'steps';
    parsed record;
    label text;
BEGIN
    IF p_id IS NULL THEN
        RETURN aktenwerk.refuse_invalid('Der Geschäftsgang hat keine gültige Kennung.', 'The route has no valid id.');
    END IF;
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Geschäftsgänge zu starten', 'start routes');
    END IF;
    IF object_type NOT IN ('document', 'case', 'file') THEN
        RETURN aktenwerk.refuse_invalid('Ein Geschäftsgang läuft über ein Dokument, einen Vorgang oder eine Akte.',
                                        'A route runs on a document, a case or a file.');
    END IF;
    label := CASE object_type WHEN 'document' THEN 'Das Dokument' WHEN 'case' THEN 'Der Vorgang' ELSE 'Die Akte' END;
    SELECT * INTO o FROM aktenwerk.route_object(object_type, object_id);
    IF NOT o.present OR o.deleted OR NOT aktenwerk.can_read(me, o.department_code, o.confidentiality, o.file_id) THEN
        RETURN aktenwerk.refuse_missing(label, CASE object_type WHEN 'document' THEN 'The document'
                                                               WHEN 'case' THEN 'The case' ELSE 'The file' END);
    END IF;
    IF NOT aktenwerk.can_write(me, o.department_code) THEN
        RETURN aktenwerk.refuse_department(o.department_code);
    END IF;
    IF o.closed THEN
        RETURN aktenwerk.refuse_closed(format('%s „%s“', label, o.title));
    END IF;
    IF o.sha256 IS NULL THEN
        RETURN aktenwerk.refuse('content_missing', 'Das Dokument hat noch keine Version, die laufen könnte.',
                                'The document has no version to route yet.');
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.route WHERE id = p_id) THEN
        RETURN aktenwerk.refuse_invalid('Diese Kennung hat schon ein anderer Geschäftsgang.',
                                        'Another route has this id already.');
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.route WHERE entity_id = object_id AND status = 'running') THEN
        RETURN aktenwerk.refuse('route_running', format('%s ist schon im Geschäftsgang.', label),
                                'It is on a route already.');
    END IF;
    IF coalesce(a->>'template', '') <> '' THEN
        SELECT * INTO t FROM aktenwerk.route_template
            WHERE department_code = o.department_code AND lower(name) = lower(btrim(a->>'template')) AND NOT deleted;
        IF NOT FOUND THEN
            RETURN aktenwerk.refuse_missing(format('Die Vorlage „%s“', a->>'template'),
                                            format('The template "%s"', a->>'template'));
        END IF;
        SELECT jsonb_agg(e - 'days' || CASE WHEN e ? 'days' AND (e->>'days') ~ '^[0-9]{1,4}$'
                                            THEN jsonb_build_object('deadline', current_date + (e->>'days')::integer)
                                            ELSE '{}' END)
            INTO given FROM jsonb_array_elements(t.steps) AS e;
    END IF;
    SELECT * INTO parsed FROM aktenwerk.parse_steps(given);
    IF (parsed.verdict).ok IS NOT NULL THEN
        RETURN parsed.verdict;
    END IF;
    IF EXISTS (SELECT 1 FROM aktenwerk.route_step s
               WHERE s.id IN (SELECT (e->>'id')::uuid FROM jsonb_array_elements(parsed.steps) AS e)) THEN
        RETURN aktenwerk.refuse_invalid('Ein Schritt mit dieser Kennung besteht schon.', 'A step with this id exists.');
    END IF;

    INSERT INTO aktenwerk.route (id, entity_type, entity_id, version_id, sha256, template, started_by, department_code,
                                 confidentiality, file_id, recorded_at)
        VALUES (p_id, object_type, object_id, o.version_id, o.sha256, coalesce(t.name, ''), me.login, o.department_code,
                o.confidentiality, o.file_id, p_recorded);
    INSERT INTO aktenwerk.route_step (id, route_id, position, action, addressee, instruction, deadline, sha256,
                                      department_code, confidentiality, file_id)
        SELECT (e->>'id')::uuid, p_id, (e->>'position')::integer, e->>'action', e->>'addressee', e->>'instruction',
               (e->>'deadline')::date, o.sha256, o.department_code, o.confidentiality, o.file_id
        FROM jsonb_array_elements(parsed.steps) AS e;
    PERFORM aktenwerk.advance_route(p_id);
    RETURN aktenwerk.applied(
        jsonb_build_object('sha256', o.sha256, 'version_id', o.version_id,
                           'steps', (SELECT jsonb_agg(jsonb_build_object('id', s.id, 'position', s.position,
                                                                         'status', s.status) ORDER BY s.position, s.id)
                                     FROM aktenwerk.route_step s WHERE s.route_id = p_id)),
        'route', p_id::text, o.department_code, o.confidentiality, o.file_id,
        jsonb_build_object('object_type', object_type, 'object_id', object_id, 'sha256', o.sha256));
END $$;

-- The step and its route, locked (the route first: completions of one route take turns, so the
-- last of a parallel group always moves the route on).
CREATE FUNCTION aktenwerk.locked_step(p_id uuid, OUT s aktenwerk.route_step, OUT r aktenwerk.route)
    LANGUAGE plpgsql AS $$
DECLARE
    route_id uuid;
BEGIN
    SELECT x.route_id INTO route_id FROM aktenwerk.route_step x WHERE x.id = p_id;
    IF route_id IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO r FROM aktenwerk.route x WHERE x.id = route_id FOR UPDATE;
    SELECT * INTO s FROM aktenwerk.route_step x WHERE x.id = p_id FOR UPDATE;
END $$;

-- An addressee as a message names it.
CREATE FUNCTION aktenwerk.addressee_label(p_addressee text, p_english boolean) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN p_addressee LIKE 'unit:%' THEN
            format(CASE WHEN p_english THEN 'unit %s (%s)' ELSE 'die Organisationseinheit %s (%s)' END,
                   substr(p_addressee, 6), (SELECT o.name FROM aktenwerk.org_unit o WHERE o.code = substr(p_addressee, 6)))
        WHEN p_addressee LIKE 'lead:%' THEN
            format(CASE WHEN p_english THEN 'the team lead of %s' ELSE 'die Leitung von %s' END, substr(p_addressee, 6))
        ELSE coalesce((SELECT u.display_name FROM aktenwerk.app_user u WHERE u.login = p_addressee), p_addressee)
    END
$$;

-- Who may act on the step now, and for whom; NULL verdict: go ahead.
CREATE FUNCTION aktenwerk.step_verdict(me aktenwerk.actor, s aktenwerk.route_step, r aktenwerk.route,
                                       OUT verdict aktenwerk.outcome, OUT for_whom text)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF s.id IS NULL THEN
        verdict := aktenwerk.refuse_missing('Der Schritt', 'The step');
        RETURN;
    END IF;
    for_whom := aktenwerk.may_act(s.addressee, me.login, current_date);
    IF for_whom IS NULL THEN
        IF NOT aktenwerk.can_read(me, r.department_code, r.confidentiality, r.file_id) THEN
            verdict := aktenwerk.refuse_missing('Der Schritt', 'The step');
        ELSE
            verdict := aktenwerk.refuse('not_permitted',
                                        format('Der Schritt geht an %s: Sie sind weder gemeint noch deren Vertretung.',
                                               aktenwerk.addressee_label(s.addressee, false)),
                                        format('The step is for %s: you are neither that nor standing in for them.',
                                               aktenwerk.addressee_label(s.addressee, true)));
        END IF;
    ELSIF s.status IN ('003', '004') THEN
        verdict := aktenwerk.refuse('step_done',
                                    format('Der Schritt ist schon erledigt (%s, %s).', coalesce(s.acted_by, '–'),
                                           to_char(s.acted_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY HH24:MI')),
                                    format('The step is done already (%s, %s).', coalesce(s.acted_by, '–'),
                                           to_char(s.acted_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI')));
    ELSIF s.status = '001' OR r.status <> 'running' THEN
        verdict := aktenwerk.refuse('step_not_current', 'Der Schritt ist noch nicht an der Reihe.',
                                    'It is not this step''s turn yet.');
    END IF;
END $$;

-- The route's object now: a step acts on what it saw (a given sha256 must be the current one).
CREATE FUNCTION aktenwerk.step_sha(r aktenwerk.route, a jsonb, OUT verdict aktenwerk.outcome, OUT sha256 text)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT o.sha256 INTO sha256 FROM aktenwerk.route_object(r.entity_type, r.entity_id) o;
    sha256 := coalesce(sha256, r.sha256);
    IF coalesce(a->>'sha256', '') <> '' AND a->>'sha256' <> sha256 THEN
        verdict := aktenwerk.refuse('stale_version',
                                    'Das Dokument hat sich geändert, seit Sie es geöffnet haben: sehen Sie sich die neue Fassung an.',
                                    'The document changed since you opened it: look at the new version.');
    END IF;
END $$;

CREATE FUNCTION aktenwerk.cmd_step_complete(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                            p_return boolean)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    l record;
    v record;
    h record;
    v_remark text := btrim(coalesce(a->>'remark', ''));
BEGIN
    SELECT * INTO l FROM aktenwerk.locked_step(p_id);
    SELECT * INTO v FROM aktenwerk.step_verdict(me, l.s, l.r);
    IF (v.verdict).ok IS NOT NULL THEN
        RETURN v.verdict;
    END IF;
    IF p_return AND v_remark = '' THEN
        RETURN aktenwerk.refuse_invalid('Sagen Sie, warum der Geschäftsgang zurückgeht.', 'Say why the route goes back.');
    END IF;
    SELECT * INTO h FROM aktenwerk.step_sha(l.r, a);
    IF (h.verdict).ok IS NOT NULL THEN
        RETURN h.verdict;
    END IF;
    UPDATE aktenwerk.route_step
        SET status = '003', acted_by = me.login, on_behalf_of = nullif(v.for_whom, ''), acted_at = now(),
            remark = v_remark, sha256 = h.sha256, returned = p_return, revision = revision + 1
        WHERE id = p_id;
    INSERT INTO aktenwerk.route_participant (route_id, login) VALUES ((l.r).id, me.login) ON CONFLICT DO NOTHING;
    IF p_return THEN
        -- What the old version can no longer get is cancelled; the rest of the route ends with it.
        UPDATE aktenwerk.route_step
            SET status = '004', acted_by = me.login, acted_at = now(), remark = v_remark, by_return = true,
                cancelled = action IN ('mitzeichnung', 'zeichnung'), revision = revision + 1
            WHERE route_id = (l.r).id AND status IN ('001', '002');
        UPDATE aktenwerk.route SET status = 'returned', ended_at = now() WHERE id = (l.r).id;
    END IF;
    PERFORM aktenwerk.advance_route((l.r).id);
    RETURN aktenwerk.applied(
        jsonb_build_object('route_id', (l.r).id, 'route_status', (SELECT status FROM aktenwerk.route WHERE id = (l.r).id),
                           'on_behalf_of', nullif(v.for_whom, ''), 'sha256', h.sha256,
                           'cancelled', (SELECT count(*) FROM aktenwerk.route_step
                                         WHERE route_id = (l.r).id AND cancelled)),
        'step', p_id::text, (l.r).department_code, (l.r).confidentiality, (l.r).file_id,
        jsonb_build_object('route_id', (l.r).id, 'on_behalf_of', nullif(v.for_whom, ''), 'sha256', h.sha256));
END $$;

-- Skips a step to come or a current one, with a reason: the one who started the route, or a team
-- lead of its department.
CREATE FUNCTION aktenwerk.cmd_step_skip(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    l record;
    reason text := btrim(coalesce(a->>'reason', ''));
BEGIN
    SELECT * INTO l FROM aktenwerk.locked_step(p_id);
    IF (l.s).id IS NULL OR NOT aktenwerk.can_read(me, (l.r).department_code, (l.r).confidentiality, (l.r).file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Schritt', 'The step');
    END IF;
    IF NOT ((l.r).started_by = me.login
            OR (me.roles && ARRAY['team_lead'] AND me.department = (l.r).department_code)) THEN
        RETURN aktenwerk.refuse('not_permitted', 'Einen Schritt überspringen kann, wer den Geschäftsgang gestartet hat, oder die Leitung.',
                                'Only who started the route or a team lead may skip a step.');
    END IF;
    IF (l.s).status IN ('003', '004') OR (l.r).status <> 'running' THEN
        RETURN aktenwerk.refuse('step_done', 'Der Schritt ist schon erledigt.', 'The step is done already.');
    END IF;
    IF reason = '' THEN
        RETURN aktenwerk.refuse_invalid('Sagen Sie, warum der Schritt übersprungen wird.', 'Say why the step is skipped.');
    END IF;
    UPDATE aktenwerk.route_step SET status = '004', acted_by = me.login, acted_at = now(), remark = reason,
                                    revision = revision + 1
        WHERE id = p_id;
    INSERT INTO aktenwerk.route_participant (route_id, login) VALUES ((l.r).id, me.login) ON CONFLICT DO NOTHING;
    PERFORM aktenwerk.advance_route((l.r).id);
    RETURN aktenwerk.applied(jsonb_build_object('route_id', (l.r).id), 'step', p_id::text, (l.r).department_code,
                             (l.r).confidentiality, (l.r).file_id, jsonb_build_object('route_id', (l.r).id));
END $$;

-- Adds steps after position "after" (not before what is current): {after, steps}. Whoever may
-- act on a current step of the route, or who started it.
CREATE FUNCTION aktenwerk.cmd_step_add(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    l record;
    v record;
    parsed record;
    v_after integer;
    current_position integer;
    width integer;
BEGIN
    -- The op's id is a step of the route: the one the actor is on (or any, for who started it).
    SELECT * INTO l FROM aktenwerk.locked_step(p_id);
    IF (l.s).id IS NULL OR (l.r).started_by IS DISTINCT FROM me.login THEN
        SELECT * INTO v FROM aktenwerk.step_verdict(me, l.s, l.r);
        IF (v.verdict).ok IS NOT NULL THEN
            RETURN v.verdict;
        END IF;
    ELSIF (l.r).status <> 'running' THEN
        RETURN aktenwerk.refuse('step_done', 'Der Geschäftsgang ist beendet.', 'The route has ended.');
    END IF;
    SELECT max(position) INTO current_position FROM aktenwerk.route_step
        WHERE route_id = (l.r).id AND status IN ('002', '003', '004');
    v_after := CASE WHEN coalesce(a->>'after', '') ~ '^[0-9]{1,4}$' THEN (a->>'after')::integer ELSE (l.s).position END;
    IF v_after < current_position THEN
        RETURN aktenwerk.refuse_invalid(
            format('Neue Schritte kommen nach dem laufenden (Nummer %s oder später).', current_position),
            format('New steps come after the current one (number %s or later).', current_position));
    END IF;
    SELECT * INTO parsed FROM aktenwerk.parse_steps(a->'steps');
    IF (parsed.verdict).ok IS NOT NULL THEN
        RETURN parsed.verdict;
    END IF;
    SELECT max((e->>'position')::integer) INTO width FROM jsonb_array_elements(parsed.steps) AS e;
    UPDATE aktenwerk.route_step SET position = position + width, revision = revision + 1
        WHERE route_id = (l.r).id AND status = '001' AND position > v_after;
    INSERT INTO aktenwerk.route_step (id, route_id, position, action, addressee, instruction, deadline, sha256,
                                      department_code, confidentiality, file_id)
        SELECT (e->>'id')::uuid, (l.r).id, v_after + (e->>'position')::integer, e->>'action', e->>'addressee',
               e->>'instruction', (e->>'deadline')::date, (l.r).sha256, (l.r).department_code, (l.r).confidentiality,
               (l.r).file_id
        FROM jsonb_array_elements(parsed.steps) AS e;
    PERFORM aktenwerk.advance_route((l.r).id);
    RETURN aktenwerk.applied(
        jsonb_build_object('route_id', (l.r).id,
                           'steps', (SELECT jsonb_agg((e->>'id')) FROM jsonb_array_elements(parsed.steps) AS e)),
        'step', p_id::text, (l.r).department_code, (l.r).confidentiality, (l.r).file_id,
        jsonb_build_object('route_id', (l.r).id));
END $$;

-- An absence with a deputy (op id = the absence's id): {login?, deputy?, from, to}. The user for
-- themselves, an administrator for anyone. {ended: true} withdraws it.
CREATE FUNCTION aktenwerk.cmd_absence_set(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    who text := coalesce(nullif(btrim(a->>'login'), ''), me.login);
    deputy text := nullif(btrim(coalesce(a->>'deputy', '')), '');
    existing aktenwerk.absence;
    starts date;
    ends date;
    st record;
BEGIN
    IF p_id IS NULL THEN
        RETURN aktenwerk.refuse_invalid('Die Abwesenheit hat keine gültige Kennung.', 'The absence has no valid id.');
    END IF;
    SELECT * INTO existing FROM aktenwerk.absence WHERE id = p_id FOR UPDATE;
    IF FOUND THEN
        who := existing.login;
    END IF;
    IF who <> me.login AND NOT me.roles && ARRAY['administrator'] THEN
        RETURN aktenwerk.refuse('not_permitted', 'Eine Abwesenheit trägt man für sich selbst ein, oder die Administration.',
                                'An absence is set by the person themselves or an administrator.');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = who AND NOT u.deleted) THEN
        RETURN aktenwerk.refuse_missing(format('Der Benutzer %s', who), format('The user %s', who));
    END IF;
    IF coalesce((a->>'ended')::boolean, false) THEN
        IF existing.id IS NULL THEN
            RETURN aktenwerk.refuse_missing('Die Abwesenheit', 'The absence');
        END IF;
        UPDATE aktenwerk.absence SET ended = true, revision = revision + 1 WHERE id = p_id;
        DELETE FROM aktenwerk.route_reader g USING aktenwerk.route_step s
            WHERE g.step_id = s.id AND g.login = existing.deputy AND g.from_day = existing.starts
              AND s.status = '002';
        RETURN aktenwerk.applied('{}', 'absence', p_id::text, NULL, NULL, NULL, jsonb_build_object('login', who));
    END IF;
    IF existing.id IS NOT NULL THEN
        RETURN aktenwerk.refuse_invalid('Diese Abwesenheit besteht schon; tragen Sie eine neue ein.',
                                        'This absence exists already; set a new one.');
    END IF;
    BEGIN
        starts := (a->>'from')::date;
        ends := (a->>'to')::date;
    EXCEPTION WHEN others THEN
        RETURN aktenwerk.refuse_invalid('Beginn und Ende der Abwesenheit müssen Daten sein.',
                                        'The absence needs a start and an end date.');
    END;
    IF starts IS NULL OR ends IS NULL OR starts > ends THEN
        RETURN aktenwerk.refuse_invalid('Die Abwesenheit braucht einen Beginn vor ihrem Ende.',
                                        'The absence needs a start before its end.');
    END IF;
    IF ends < current_date THEN
        RETURN aktenwerk.refuse_invalid('Die Abwesenheit liegt in der Vergangenheit.', 'The absence is in the past.');
    END IF;
    IF deputy IS NOT NULL AND NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = deputy AND NOT u.deleted) THEN
        RETURN aktenwerk.refuse('unknown_addressee', format('„%s“ ist kein Benutzer.', deputy),
                                format('"%s" is no user.', deputy));
    END IF;
    IF deputy = who THEN
        RETURN aktenwerk.refuse_invalid('Niemand vertritt sich selbst.', 'Nobody stands in for themselves.');
    END IF;
    INSERT INTO aktenwerk.absence (id, login, starts, ends, deputy) VALUES (p_id, who, starts, ends, deputy);
    -- The deputy reads what waits for the absent person, for the time of the absence.
    FOR st IN SELECT s.id FROM aktenwerk.route_step s
              WHERE s.status = '002' AND s.addressee = ANY (aktenwerk.addressees_of(who))
    LOOP
        PERFORM aktenwerk.grant_step_readers(st.id);
    END LOOP;
    RETURN aktenwerk.applied(jsonb_build_object('login', who, 'deputy', deputy), 'absence', p_id::text, NULL, NULL, NULL,
                             jsonb_build_object('login', who));
END $$;

-- A resubmission (op id = its id): {object_type, object_id, due, reason, owner?, repeat?}.
CREATE FUNCTION aktenwerk.cmd_resubmission_create(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    object_type text := coalesce(a->>'object_type', '');
    o record;
    due date;
    owner text := coalesce(nullif(btrim(a->>'owner'), ''), me.login);
    reason text := btrim(coalesce(a->>'reason', ''));
    repeat text := lower(btrim(coalesce(a->>'repeat', '')));
BEGIN
    IF p_id IS NULL OR EXISTS (SELECT 1 FROM aktenwerk.resubmission WHERE id = p_id) THEN
        RETURN aktenwerk.refuse_invalid('Die Wiedervorlage hat keine neue Kennung.', 'The resubmission has no new id.');
    END IF;
    IF NOT aktenwerk.working(me) THEN
        RETURN aktenwerk.refuse_role('Wiedervorlagen zu setzen', 'set resubmissions');
    END IF;
    SELECT * INTO o FROM aktenwerk.route_object(object_type, aktenwerk.to_uuid(a->>'object_id'));
    IF NOT coalesce(o.present, false) OR o.deleted
       OR NOT aktenwerk.can_read(me, o.department_code, o.confidentiality, o.file_id) THEN
        RETURN aktenwerk.refuse_missing('Der Eintrag', 'The record');
    END IF;
    BEGIN
        due := (a->>'due')::date;
    EXCEPTION WHEN others THEN
        due := NULL;
    END;
    IF due IS NULL THEN
        RETURN aktenwerk.refuse_invalid('Die Wiedervorlage braucht ein Datum.', 'The resubmission needs a date.');
    END IF;
    IF reason = '' THEN
        RETURN aktenwerk.refuse_invalid('Die Wiedervorlage braucht einen Grund.', 'The resubmission needs a reason.');
    END IF;
    IF repeat NOT IN ('', 'weekly', 'monthly') THEN
        RETURN aktenwerk.refuse_invalid('Wiederholung: wöchentlich oder monatlich.', 'Repeat: weekly or monthly.');
    END IF;
    IF owner LIKE 'unit:%' THEN
        IF NOT EXISTS (SELECT 1 FROM aktenwerk.org_unit u WHERE u.code = substr(owner, 6) AND NOT u.deleted) THEN
            RETURN aktenwerk.refuse('unknown_addressee', format('Die Organisationseinheit „%s“ gibt es nicht.', substr(owner, 6)),
                                    format('There is no unit "%s".', substr(owner, 6)));
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM aktenwerk.app_user u WHERE u.login = owner AND NOT u.deleted) THEN
        RETURN aktenwerk.refuse('unknown_addressee', format('„%s“ ist kein Benutzer.', owner), format('"%s" is no user.', owner));
    END IF;
    INSERT INTO aktenwerk.resubmission (id, entity_type, entity_id, due, reason, owner, repeat, department_code,
                                        confidentiality, file_id)
        VALUES (p_id, object_type, aktenwerk.to_uuid(a->>'object_id'), due, reason, owner, repeat, o.department_code,
                o.confidentiality, o.file_id);
    RETURN aktenwerk.applied(jsonb_build_object('due', due), 'resubmission', p_id::text, o.department_code,
                             o.confidentiality, o.file_id);
END $$;

-- Done ({remark?}; a repeated one comes again after its interval) or postponed ({due, reason}):
-- by its owner (a member of the owning unit), who set it, or their deputy.
CREATE FUNCTION aktenwerk.cmd_resubmission_settle(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz,
                                                  p_postpone boolean)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    w aktenwerk.resubmission;
    next_due date;
    v_remark text := btrim(coalesce(a->>'remark', a->>'reason', ''));
    next_id uuid;
BEGIN
    SELECT * INTO w FROM aktenwerk.resubmission WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN aktenwerk.refuse_missing('Die Wiedervorlage', 'The resubmission');
    END IF;
    IF w.created_by <> me.login AND aktenwerk.may_act(w.owner, me.login, current_date) IS NULL THEN
        IF NOT aktenwerk.can_read(me, w.department_code, w.confidentiality, w.file_id) THEN
            RETURN aktenwerk.refuse_missing('Die Wiedervorlage', 'The resubmission');
        END IF;
        RETURN aktenwerk.refuse('not_permitted', 'Die Wiedervorlage gehört jemand anderem.',
                                'The resubmission belongs to someone else.');
    END IF;
    IF w.status <> 'open' THEN
        RETURN aktenwerk.refuse('step_done', 'Die Wiedervorlage ist schon erledigt.', 'The resubmission is done already.');
    END IF;
    IF p_postpone THEN
        BEGIN
            next_due := (a->>'due')::date;
        EXCEPTION WHEN others THEN
            next_due := NULL;
        END;
        IF next_due IS NULL OR v_remark = '' THEN
            RETURN aktenwerk.refuse_invalid('Verschieben braucht ein neues Datum und einen Grund.',
                                            'Postponing needs a new date and a reason.');
        END IF;
        UPDATE aktenwerk.resubmission SET due = next_due, remark = v_remark, revision = revision + 1, modified_at = now(),
                                          modified_by = session_user
            WHERE id = p_id;
        RETURN aktenwerk.applied(jsonb_build_object('due', next_due), 'resubmission', p_id::text, w.department_code,
                                 w.confidentiality, w.file_id);
    END IF;
    UPDATE aktenwerk.resubmission SET status = 'done', done_by = me.login, done_at = now(), remark = v_remark,
                                      revision = revision + 1, modified_at = now(), modified_by = session_user
        WHERE id = p_id;
    IF w.repeat <> '' THEN
        next_due := w.due;
        LOOP
            next_due := (next_due + CASE w.repeat WHEN 'weekly' THEN interval '7 days' ELSE interval '1 month' END)::date;
            EXIT WHEN next_due > current_date;
        END LOOP;
        next_id := gen_random_uuid();
        INSERT INTO aktenwerk.resubmission (id, entity_type, entity_id, due, reason, owner, repeat, follows,
                                            department_code, confidentiality, file_id, created_by)
            VALUES (next_id, w.entity_type, w.entity_id, next_due, w.reason, w.owner, w.repeat, w.id, w.department_code,
                    w.confidentiality, w.file_id, w.created_by);
    END IF;
    RETURN aktenwerk.applied(jsonb_build_object('next_id', next_id, 'next_due', next_due), 'resubmission', p_id::text,
                             w.department_code, w.confidentiality, w.file_id);
END $$;

-- A route template of the actor's department (op id = its id): {name, steps} or {deleted: true}.
-- Kept by team leads (and administrators).
CREATE FUNCTION aktenwerk.cmd_route_template_save(me aktenwerk.actor, p_id uuid, a jsonb, p_recorded timestamptz)
    RETURNS aktenwerk.outcome LANGUAGE plpgsql AS $$
DECLARE
    existing aktenwerk.route_template;
    v_name text := btrim(coalesce(a->>'name', ''));
    parsed record;
    e jsonb;
BEGIN
    IF NOT me.roles && ARRAY['team_lead', 'administrator'] THEN
        RETURN aktenwerk.refuse_role('Vorlagen für Geschäftsgänge zu pflegen', 'keep route templates');
    END IF;
    SELECT * INTO existing FROM aktenwerk.route_template WHERE id = p_id FOR UPDATE;
    IF FOUND AND existing.department_code <> me.department THEN
        RETURN aktenwerk.refuse_department(existing.department_code);
    END IF;
    IF coalesce((a->>'deleted')::boolean, false) THEN
        UPDATE aktenwerk.route_template SET deleted = true, revision = revision + 1, modified_at = now(),
                                            modified_by = session_user
            WHERE id = p_id;
        RETURN aktenwerk.applied('{}', 'route_template', p_id::text, me.department, NULL, NULL);
    END IF;
    IF v_name = '' THEN
        RETURN aktenwerk.refuse_invalid('Die Vorlage braucht einen Namen.', 'The template needs a name.');
    END IF;
    -- Deadlines in templates are days after the start ("days"); checked as steps without them.
    SELECT * INTO parsed FROM aktenwerk.parse_steps(
        (SELECT jsonb_agg(x - 'days') FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a->'steps') = 'array'
                                                                      THEN a->'steps' ELSE '[]' END) AS x));
    IF (parsed.verdict).ok IS NOT NULL THEN
        RETURN parsed.verdict;
    END IF;
    FOR e IN SELECT x FROM jsonb_array_elements(a->'steps') AS x LOOP
        IF e ? 'days' AND coalesce(e->>'days', '') !~ '^[0-9]{1,4}$' THEN
            RETURN aktenwerk.refuse_invalid('Fristen in Vorlagen sind Tage nach dem Start.',
                                            'Deadlines in templates are days after the start.');
        END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM aktenwerk.route_template t WHERE t.department_code = me.department
                                                          AND lower(t.name) = lower(v_name) AND NOT t.deleted
                                                          AND t.id <> p_id) THEN
        RETURN aktenwerk.refuse('duplicate_code', format('Eine Vorlage „%s“ gibt es schon.', v_name),
                                format('There is a template "%s" already.', v_name));
    END IF;
    INSERT INTO aktenwerk.route_template (id, department_code, name, steps)
        VALUES (p_id, me.department, v_name,
                (SELECT jsonb_agg((p - 'id' - 'deadline')
                                  || CASE WHEN x ? 'days' THEN jsonb_build_object('days', (x->>'days')::integer) ELSE '{}' END
                                  ORDER BY n)
                 FROM jsonb_array_elements(parsed.steps) WITH ORDINALITY AS s(p, n)
                 JOIN jsonb_array_elements(a->'steps') WITH ORDINALITY AS t(x, m) ON m = n))
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, steps = excluded.steps, deleted = false,
                                       revision = aktenwerk.route_template.revision + 1, modified_at = now(),
                                       modified_by = session_user;
    RETURN aktenwerk.applied('{}', 'route_template', p_id::text, me.department, NULL, NULL);
END $$;

-- --- the inbox ----------------------------------------------------------------------------------

-- What waits for the session user today: steps for them, their units or those they lead, steps
-- of those they stand in for (on_behalf_of), steps overdue past the department's grace period
-- (setting routing.grace_days.<department>, else routing.grace_days, else 3) that escalate to
-- them, and due resubmissions. Titles only of what they may read.
CREATE FUNCTION aktenwerk.inbox(p_offset integer DEFAULT 0, p_limit integer DEFAULT NULL)
    RETURNS TABLE (kind text, id uuid, reason text, on_behalf_of text, route_id uuid, "position" integer,
                   action text, addressee text, instruction text, deadline date, overdue boolean,
                   object_type text, object_id uuid, title text, reference text, department_code text,
                   version_id uuid, sha256 text, started_by text, since timestamptz, total bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
#variable_conflict use_column
DECLARE
    me aktenwerk.actor;
    today date := current_date;
    mine text[];
    wanted_addressees text[];
    wanted_for text[];
BEGIN
    SELECT u.login, u.department_code, u.roles INTO me FROM aktenwerk.app_user u
        WHERE u.login = session_user AND NOT u.deleted;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a user of this repository', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    mine := aktenwerk.addressees_of(me.login);
    -- Whom I stand in for today, and what is addressed to them (a unit's steps any member may
    -- take: the deputy of one member needs no stand-in there).
    WITH stand_in AS (
        SELECT a.login FROM aktenwerk.absence a
            WHERE a.deputy = me.login AND NOT a.ended AND today BETWEEN a.starts AND a.ends
        UNION
        SELECT u.login FROM aktenwerk.org_unit o JOIN aktenwerk.app_user u ON u.unit_code = o.code
            WHERE o.standing_deputy = me.login AND u.roles && ARRAY['team_lead'] AND NOT u.deleted
              AND aktenwerk.deputy_of(u.login, today) = me.login
    ),
    wanted AS (
        SELECT x AS addressee, NULL::text AS for_whom FROM unnest(mine) AS x
        UNION ALL
        SELECT x, si.login FROM stand_in si, unnest(aktenwerk.addressees_of(si.login)) AS x
            WHERE x <> ALL (mine) AND x NOT LIKE 'unit:%'
    )
    SELECT array_agg(w.addressee), array_agg(w.for_whom) INTO wanted_addressees, wanted_for FROM wanted w;
    RETURN QUERY
    WITH direct AS ( -- through the index of current steps by addressee
        SELECT DISTINCT ON (s.id) s.id, CASE WHEN w.for_whom IS NOT NULL THEN 'deputy'
                                             WHEN s.addressee LIKE 'unit:%' THEN 'unit'
                                             WHEN s.addressee LIKE 'lead:%' THEN 'lead' ELSE 'own' END AS why,
               w.for_whom, s.route_id, s.position, s.action, s.addressee, s.instruction, s.deadline, s.activated_at
        FROM aktenwerk.route_step s JOIN unnest(wanted_addressees, wanted_for) AS w(addressee, for_whom)
            ON w.addressee = s.addressee
        WHERE s.status = '002' AND s.addressee = ANY (wanted_addressees)
        ORDER BY s.id, w.for_whom NULLS FIRST
    ),
    grace AS ( -- each department's grace period, read once
        SELECT d.code, coalesce(nullif(own.value, ''), nullif(general.value, ''), '3')::integer AS days
        FROM aktenwerk.department d
        LEFT JOIN aktenwerk.setting own ON own.key = 'routing.grace_days.' || d.code
        LEFT JOIN aktenwerk.setting general ON general.key = 'routing.grace_days'
    ),
    late AS (
        SELECT s.id, 'escalated'::text AS why, NULL::text AS for_whom, s.route_id, s.position, s.action, s.addressee,
               s.instruction, s.deadline, s.activated_at
        FROM aktenwerk.route_step s JOIN grace g ON g.code = s.department_code
        WHERE s.status = '002' AND s.deadline < today AND s.deadline + g.days < today
    ),
    late_addressees AS MATERIALIZED ( -- whom escalates to whom: once per addressee, not per step
        SELECT DISTINCT l.addressee FROM late l
    ),
    escalating AS (
        SELECT x.addressee FROM late_addressees x WHERE me.login = ANY (aktenwerk.escalation_leads(x.addressee))
    ),
    picked AS (
        SELECT * FROM direct
        UNION ALL
        SELECT l.* FROM late l
        WHERE l.addressee IN (SELECT e.addressee FROM escalating e) AND NOT EXISTS (SELECT 1 FROM direct d WHERE d.id = l.id)
    ),
    items AS ( -- steps and due resubmissions, in the order they are listed
        SELECT 'step'::text AS kind, p.id, p.why, p.for_whom, p.route_id, p.position, p.action, p.addressee,
               p.instruction, p.deadline, p.activated_at AS since, NULL::text AS entity_type, NULL::uuid AS entity_id,
               NULL::text AS department_code, NULL::text AS confidentiality, NULL::uuid AS file_id,
               NULL::text AS created_by
        FROM picked p
        UNION ALL
        SELECT 'resubmission', w.id, CASE WHEN w.owner LIKE 'unit:%' THEN 'unit' ELSE 'own' END, NULL, NULL, NULL,
               NULL, w.owner, w.reason, w.due, w.created_at, w.entity_type, w.entity_id, w.department_code,
               w.confidentiality, w.file_id, w.created_by
        FROM aktenwerk.resubmission w
        WHERE w.status = 'open' AND w.due <= today AND w.owner = ANY (mine)
    ),
    page AS ( -- overdue first, then by deadline; the titles are looked up for this page only
        SELECT i.*, count(*) OVER () AS total FROM items i
        ORDER BY coalesce(i.deadline < today, false) DESC, i.deadline NULLS LAST, i.since, i.id
        OFFSET greatest(p_offset, 0) LIMIT p_limit
    )
    -- Titles only of what the user may read: the rows' rule (as can_read), or as a step's reader.
    SELECT x.kind, x.id, x.why, x.for_whom, r.id, x.position, x.action, x.addressee, x.instruction, x.deadline,
           x.deadline IS NOT NULL AND x.deadline < today, coalesce(r.entity_type, x.entity_type),
           coalesce(r.entity_id, x.entity_id),
           CASE WHEN visible.ok THEN coalesce(d.title, c.title, f.title) END,
           CASE WHEN visible.ok THEN coalesce(dc.reference || '/' || d.number_in_case, c.reference, f.reference) END,
           coalesce(r.department_code, x.department_code), r.version_id, r.sha256, coalesce(r.started_by, x.created_by),
           x.since, x.total
    FROM page x
    LEFT JOIN aktenwerk.route r ON r.id = x.route_id
    LEFT JOIN aktenwerk.document d ON coalesce(r.entity_type, x.entity_type) = 'document'
                                      AND d.id = coalesce(r.entity_id, x.entity_id)
    LEFT JOIN aktenwerk.case_record dc ON dc.id = d.case_id
    LEFT JOIN aktenwerk.case_record c ON coalesce(r.entity_type, x.entity_type) = 'case'
                                         AND c.id = coalesce(r.entity_id, x.entity_id)
    LEFT JOIN aktenwerk.file_record f ON coalesce(r.entity_type, x.entity_type) = 'file'
                                         AND f.id = coalesce(r.entity_id, x.entity_id)
    CROSS JOIN LATERAL (
        SELECT me.roles && ARRAY['auditor']
               OR ((coalesce(r.confidentiality, x.confidentiality) NOT IN ('001', '004', '005')
                    OR me.roles && ARRAY['clerk', 'team_lead', 'records_officer'])
                   AND (coalesce(r.department_code, x.department_code) = me.department
                        OR EXISTS (SELECT 1 FROM aktenwerk.file_share fs
                                   WHERE fs.file_id = coalesce(r.file_id, x.file_id) AND fs.department_code = me.department
                                     AND (fs.until IS NULL OR fs.until > now()))))
               OR EXISTS (SELECT 1 FROM aktenwerk.route_reader g WHERE g.step_id = x.id AND g.login = me.login) AS ok
    ) visible
    ORDER BY coalesce(x.deadline < today, false) DESC, x.deadline NULLS LAST, x.since, x.id;
END $$;

-- --- the one way in knows them ------------------------------------------------------------------

-- While a document is under Mitzeichnung or Zeichnung, nothing changes it.
CREATE FUNCTION aktenwerk.hold_refusal(p_cmd text, p_type text, p_id uuid) RETURNS aktenwerk.outcome
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_cmd IN ('version.add', 'document.checkin', 'document.checkout', 'document.move', 'document.file',
                 'fields.update', 'entity.tombstone', 'case.move')
       AND p_type IN ('document', 'case') AND aktenwerk.signature_hold(p_type, p_id) THEN
        RETURN aktenwerk.refuse('in_signature',
                                'Das Dokument liegt zur Mitzeichnung oder Zeichnung vor und kann jetzt nicht geändert werden. '
                                || 'Wer den Schritt hat, kann den Geschäftsgang zurückgeben.',
                                'The document is out for co-signature or signature and cannot change now. '
                                || 'Whoever has the step can send the route back.');
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    def text := pg_get_functiondef('aktenwerk.submit(jsonb)'::regprocedure);
    dispatch constant text := E'        o := CASE op.cmd\n';
    anchor constant text := E'            WHEN ''case.move'' THEN aktenwerk.cmd_case_move(me, id, op.args, recorded)\n';
    added constant text := E'            WHEN ''route.start'' THEN aktenwerk.cmd_route_start(me, id, op.args, recorded)\n'
        || E'            WHEN ''step.complete'' THEN aktenwerk.cmd_step_complete(me, id, op.args, recorded, false)\n'
        || E'            WHEN ''step.return'' THEN aktenwerk.cmd_step_complete(me, id, op.args, recorded, true)\n'
        || E'            WHEN ''step.skip'' THEN aktenwerk.cmd_step_skip(me, id, op.args, recorded)\n'
        || E'            WHEN ''step.add'' THEN aktenwerk.cmd_step_add(me, id, op.args, recorded)\n'
        || E'            WHEN ''absence.set'' THEN aktenwerk.cmd_absence_set(me, id, op.args, recorded)\n'
        || E'            WHEN ''resubmission.create'' THEN aktenwerk.cmd_resubmission_create(me, id, op.args, recorded)\n'
        || E'            WHEN ''resubmission.done'' THEN aktenwerk.cmd_resubmission_settle(me, id, op.args, recorded, false)\n'
        || E'            WHEN ''resubmission.postpone'' THEN aktenwerk.cmd_resubmission_settle(me, id, op.args, recorded, true)\n'
        || E'            WHEN ''route_template.save'' THEN aktenwerk.cmd_route_template_save(me, id, op.args, recorded)\n';
    held constant text := E'        o := aktenwerk.hold_refusal(op.cmd, op.type, id);\n'
        || E'        IF o.ok IS NULL THEN\n'
        || E'        o := CASE op.cmd\n';
    closing constant text := E'        END;\n        IF o.ok THEN\n';
BEGIN
    IF position(anchor IN def) = 0 OR position(dispatch IN def) = 0 OR position(closing IN def) = 0 THEN
        RAISE EXCEPTION 'submit() is not as schema 12 left it; cannot add routing';
    END IF;
    def := replace(def, anchor, anchor || added);
    def := replace(def, dispatch, held);
    def := replace(def, closing, E'        END;\n        END IF;\n        IF o.ok THEN\n');
    EXECUTE def;
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
GRANT EXECUTE ON FUNCTION aktenwerk.inbox(integer, integer) TO aktenwerk_user;
