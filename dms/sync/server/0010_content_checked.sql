-- Aktenwerk central repository, schema 10: content uploads checked as a whole, without the cost
-- of a possession check on new content (issue 13).
--
-- Schema 6 made a stored chunk binding: sent again, it had to be the same bytes. But content that
-- is not complete yet has proven nothing — whoever began it first could block everyone else
-- with wrong bytes under a hash they knew. Now a chunk of unfinished content is simply replaced;
-- once content is complete (its whole hash checked here), its chunks are fixed and a re-upload
-- must match them. The whole-content check reads the chunks back in one piece, so it is made for
-- content up to 64 MiB (nearly every document); larger content is checked by every client that
-- downloads it, as always. Chunks are stored without compression attempts (scans and PDFs are
-- compressed already).

ALTER TABLE aktenwerk.content_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE OR REPLACE FUNCTION aktenwerk.upload_chunk(p_sha text, p_idx integer, p_chunk_sha text, p_data bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, aktenwerk, pg_temp AS $$
DECLARE
    c record;
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
    IF c.complete THEN
        -- Complete content is fixed: whoever sends it again proves they hold the same bytes.
        IF NOT EXISTS (SELECT 1 FROM aktenwerk.content_chunk WHERE sha256 = p_sha AND idx = p_idx AND data = p_data) THEN
            RAISE EXCEPTION 'chunk % of % differs from the stored content', p_idx, p_sha USING ERRCODE = 'data_exception';
        END IF;
    ELSE
        INSERT INTO aktenwerk.content_chunk AS k (sha256, idx, data) VALUES (p_sha, p_idx, p_data)
            ON CONFLICT (sha256, idx) DO UPDATE SET data = excluded.data WHERE k.data IS DISTINCT FROM excluded.data;
    END IF;
    INSERT INTO aktenwerk.content_upload (sha256, uploader, idx) VALUES (p_sha, session_user, p_idx) ON CONFLICT DO NOTHING;
END $$;

-- Now answers whether the content is complete: false when its bytes did not match its hash (they
-- are dropped, so that the next upload starts afresh; an exception would have undone that).
DROP FUNCTION aktenwerk.upload_finish(text);
CREATE FUNCTION aktenwerk.upload_finish(p_sha text) RETURNS boolean
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
        IF c.chunk_count > 0 AND c.size <= 64 * 1024 * 1024
           AND (SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY idx)), 'hex')
                FROM aktenwerk.content_chunk WHERE sha256 = p_sha) <> p_sha THEN
            -- Wrong bytes under this hash: none of it stays, the next upload starts afresh.
            DELETE FROM aktenwerk.content_upload WHERE sha256 = p_sha;
            DELETE FROM aktenwerk.content_chunk WHERE sha256 = p_sha;
            RETURN false;
        END IF;
        UPDATE aktenwerk.content SET complete = true WHERE sha256 = p_sha;
    END IF;
    INSERT INTO aktenwerk.content_holder (sha256, login) VALUES (p_sha, session_user) ON CONFLICT DO NOTHING;
    DELETE FROM aktenwerk.content_upload WHERE sha256 = p_sha AND uploader = session_user;
    RETURN true;
END $$;
REVOKE ALL ON FUNCTION aktenwerk.upload_finish(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aktenwerk.upload_finish(text) TO aktenwerk_user;
