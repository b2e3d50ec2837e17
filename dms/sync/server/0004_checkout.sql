-- Aktenwerk central repository, schema 4: check-out and check-in (issue 5).
--
-- A document's lock lives here: who checked it out, since when, until when it holds. It is
-- taken, released and broken only through the SECURITY DEFINER functions below, each called in
-- the transaction that also writes the operation's idempotence record and its audit event.
-- Clients read the lock table (it comes down with every sync), so a clerk sees who edits a
-- document even offline.
--
-- Versions record the version an edit started from (base_version). A check-in whose base is
-- no longer the current version — someone else checked in meanwhile, typically while this one
-- was edited offline — is kept as well, with origin 'parallel' and parallel_to = its base:
-- never lost, never silently on top.

ALTER TABLE aktenwerk.version ADD COLUMN base_version integer, ADD COLUMN parallel_to integer;

CREATE OR REPLACE FUNCTION aktenwerk.version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.id, NEW.document_id, NEW.number, NEW.sha256, NEW.size, NEW.mime_type, NEW.file_name, NEW.author,
            NEW.created_at, NEW.comment, NEW.origin, NEW.base_version, NEW.parallel_to)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.document_id, OLD.number, OLD.sha256, OLD.size, OLD.mime_type, OLD.file_name, OLD.author,
            OLD.created_at, OLD.comment, OLD.origin, OLD.base_version, OLD.parallel_to) THEN
        RETURN NEW; -- only where it is filed (file, department, confidentiality) changed
    END IF;
    RAISE EXCEPTION 'versions are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TABLE aktenwerk.document_lock (
    document_id  uuid PRIMARY KEY REFERENCES aktenwerk.document(id),
    owner        text,          -- NULL: free
    since        timestamptz,
    expires      timestamptz,
    broken_by    text,          -- the team lead or administrator who broke the last lock
    broken_at    timestamptz,
    broken_owner text,          -- whose lock that was: told on their next sync
    revision     bigint NOT NULL DEFAULT 1,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_seq   bigint NOT NULL DEFAULT 0
);
CREATE INDEX ON aktenwerk.document_lock (xid, change_seq);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON aktenwerk.document_lock
    FOR EACH ROW EXECUTE FUNCTION aktenwerk.stamp_change();
CREATE TRIGGER notify AFTER INSERT OR UPDATE ON aktenwerk.document_lock
    FOR EACH STATEMENT EXECUTE FUNCTION aktenwerk.notify_change();

ALTER TABLE aktenwerk.document_lock ENABLE ROW LEVEL SECURITY;
ALTER TABLE aktenwerk.document_lock FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON aktenwerk.document_lock TO aktenwerk_owner USING (true) WITH CHECK (true);
-- Seen by whoever may see the document (its own policies apply inside the sub-select).
CREATE POLICY lock_read ON aktenwerk.document_lock FOR SELECT TO aktenwerk_user
    USING (EXISTS (SELECT 1 FROM aktenwerk.document d WHERE d.id = document_lock.document_id));
GRANT SELECT ON aktenwerk.document_lock TO aktenwerk_user;

-- Takes the lock of p_document for the session user for p_hours. Refused (insufficient_privilege)
-- when the user may not change the document; (check_violation) when it, its case or its file is
-- closed. Held by someone else and not expired: nothing changes, granted = false and the holder
-- is returned, so that the client can say who and since when. Taking one's own lock again
-- renews it.
CREATE FUNCTION aktenwerk.checkout_document(p_document uuid, p_hours integer)
    RETURNS TABLE (granted boolean, holder text, held_since timestamptz, held_until timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
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

-- Frees the session user's own lock of p_document (check-in, cancelled check-out). Returns
-- whether there was one to free. Someone else's lock stays, but its row is stamped so that it
-- comes back to the caller, who had released a lock it only believed to hold (offline).
CREATE FUNCTION aktenwerk.release_document_lock(p_document uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
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

-- Breaks someone's lock of p_document: team leads and administrators of a department that may
-- see the document. Returns whose lock it was (NULL: it was free).
CREATE FUNCTION aktenwerk.break_document_lock(p_document uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk AS $$
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

REVOKE ALL ON FUNCTION aktenwerk.checkout_document(uuid, integer), aktenwerk.release_document_lock(uuid),
    aktenwerk.break_document_lock(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aktenwerk.checkout_document(uuid, integer), aktenwerk.release_document_lock(uuid),
    aktenwerk.break_document_lock(uuid) TO aktenwerk_user;
