-- Local schema 13: routing, the organisation below the department, absences, resubmissions and
-- route templates (issue 15). Mirrors of the server's rows (server schema 13), written only by
-- the pull: the server decides every act on them, the client acts through it first and pulls
-- what it decided. No foreign keys to the routed objects: a co-signer of another department
-- keeps the route's record without the object.

ALTER TABLE app_user ADD COLUMN unit_code TEXT;

CREATE TABLE org_unit (
    code            TEXT PRIMARY KEY,
    id              TEXT NOT NULL,
    name            TEXT NOT NULL,
    parent_code     TEXT,
    department_code TEXT,
    standing_deputy TEXT,
    revision        INTEGER NOT NULL,
    modified_at     TEXT NOT NULL,
    modified_by     TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE absence (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL,
    starts       TEXT NOT NULL,   -- yyyy-MM-dd
    ends         TEXT NOT NULL,
    deputy       TEXT,            -- NULL: a lead's unit's standing deputy
    ended        INTEGER NOT NULL DEFAULT 0,
    set_by       TEXT NOT NULL,
    set_at       TEXT NOT NULL,
    revision     INTEGER NOT NULL
);
CREATE INDEX absence_login ON absence (login, ends);

CREATE TABLE route (
    id              TEXT PRIMARY KEY,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    version_id      TEXT,
    sha256          TEXT NOT NULL,
    status          TEXT NOT NULL,   -- running, completed, returned
    template        TEXT NOT NULL DEFAULT '',
    started_by      TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    department_code TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    file_id         TEXT,
    revision        INTEGER NOT NULL
);
CREATE INDEX route_entity ON route (entity_id);

CREATE TABLE route_step (
    id              TEXT PRIMARY KEY,
    route_id        TEXT NOT NULL,
    position        INTEGER NOT NULL,
    action          TEXT NOT NULL,   -- kenntnisnahme, mitzeichnung, zeichnung, bearbeitung
    addressee       TEXT NOT NULL,   -- login, unit:CODE, lead:CODE
    instruction     TEXT NOT NULL DEFAULT '',
    deadline        TEXT,            -- yyyy-MM-dd
    status          TEXT NOT NULL,   -- 001 future, 002 current, 003 completed, 004 skipped
    sha256          TEXT NOT NULL,
    activated_at    TEXT,
    acted_by        TEXT,
    on_behalf_of    TEXT,
    acted_at        TEXT,
    remark          TEXT NOT NULL DEFAULT '',
    returned        INTEGER NOT NULL DEFAULT 0,
    by_return       INTEGER NOT NULL DEFAULT 0,
    cancelled       INTEGER NOT NULL DEFAULT 0,
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    revision        INTEGER NOT NULL
);
CREATE INDEX route_step_route ON route_step (route_id, position);

CREATE TABLE route_template (
    id              TEXT PRIMARY KEY,
    department_code TEXT NOT NULL,
    name            TEXT NOT NULL,
    steps           TEXT NOT NULL,   -- JSON: [{position, action, addressee, instruction, days}]
    revision        INTEGER NOT NULL,
    modified_at     TEXT NOT NULL,
    modified_by     TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE resubmission (
    id              TEXT PRIMARY KEY,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    due             TEXT NOT NULL,   -- yyyy-MM-dd
    reason          TEXT NOT NULL,
    owner           TEXT NOT NULL,   -- login or unit:CODE
    repeat          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,   -- open, done
    done_by         TEXT,
    done_at         TEXT,
    remark          TEXT NOT NULL DEFAULT '',
    follows         TEXT,
    department_code TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL
);
CREATE INDEX resubmission_entity ON resubmission (entity_id);
