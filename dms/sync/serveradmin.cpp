#include "dms/sync/serveradmin.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

struct ServerMigration
{
    int version;
    QString sql;
};

QList<ServerMigration> serverMigrations()
{
    QList<ServerMigration> list;
    const QDir dir(QStringLiteral(":/aktenwerk/server"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            list.append({name.left(4).toInt(), QString::fromUtf8(f.readAll())});
    }
    return list;
}

Result<PgConnection> connectOwner(const QString &url)
{
    auto db = PgConnection::connect(url);
    if (!db)
        return std::unexpected(db.error());
    return db;
}

} // namespace

int ServerAdmin::latestSchemaVersion()
{
    const auto list = serverMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> ServerAdmin::schemaVersion(PgConnection &db)
{
    auto r = db.exec(QStringLiteral("SELECT to_regclass('aktenwerk.schema_version') IS NOT NULL"));
    if (!r)
        return std::unexpected(r.error());
    if (r->text(0, 0) != QLatin1String("t"))
        return fail(ErrorCode::NotFound,
                    tr("The database has no Aktenwerk repository. An administrator sets it up with \"aktenwerk-cli "
                       "server init\"."));
    auto v = db.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM aktenwerk.schema_version"));
    if (!v)
        return std::unexpected(v.error());
    return static_cast<int>(v->int64(0, 0));
}

Result<ServerAdmin::InitReport> ServerAdmin::init(const QString &ownerUrl)
{
    auto db = connectOwner(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    auto who = db->exec(QStringLiteral(
        "SELECT rolsuper OR rolcreaterole, rolsuper, current_database() FROM pg_roles WHERE rolname = current_user"));
    if (!who)
        return std::unexpected(who.error());
    if (who->text(0, 0) != QLatin1String("t"))
        return fail(ErrorCode::PermissionDenied,
                    tr("\"server init\" needs the database owner with the right to create roles (CREATEROLE)."),
                    db->user());
    InitReport report;
    report.database = who->text(0, 2);

    // Roles are shared by the whole cluster; the schema lives in this database.
    const QString setup = QStringLiteral(R"(
        SELECT pg_advisory_lock(hashtext('aktenwerk.server-init'));
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aktenwerk_owner') THEN
                CREATE ROLE aktenwerk_owner NOLOGIN NOBYPASSRLS;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aktenwerk_user') THEN
                CREATE ROLE aktenwerk_user NOLOGIN NOBYPASSRLS;
            END IF;
            IF NOT pg_has_role(current_user, 'aktenwerk_owner', 'MEMBER') THEN
                EXECUTE format('GRANT aktenwerk_owner TO %I', current_user);
            END IF;
        END $$;
        GRANT CONNECT, TEMPORARY ON DATABASE %1 TO aktenwerk_user;
        GRANT CREATE ON DATABASE %1 TO aktenwerk_owner;
        CREATE SCHEMA IF NOT EXISTS aktenwerk AUTHORIZATION aktenwerk_owner;
        SET ROLE aktenwerk_owner;
        CREATE TABLE IF NOT EXISTS aktenwerk.schema_version (
            version integer NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT session_user);
        ALTER TABLE aktenwerk.schema_version ENABLE ROW LEVEL SECURITY;
        ALTER TABLE aktenwerk.schema_version FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS owner_all ON aktenwerk.schema_version;
        CREATE POLICY owner_all ON aktenwerk.schema_version TO aktenwerk_owner USING (true) WITH CHECK (true);
        DROP POLICY IF EXISTS read_all ON aktenwerk.schema_version;
        CREATE POLICY read_all ON aktenwerk.schema_version FOR SELECT TO aktenwerk_user USING (true);
        GRANT USAGE ON SCHEMA aktenwerk TO aktenwerk_user;
        GRANT SELECT ON aktenwerk.schema_version TO aktenwerk_user;
        RESET ROLE;
    )")
                              .arg(db->identifier(report.database));
    if (auto s = db->script(setup); !s) {
        db->script(QStringLiteral("SELECT pg_advisory_unlock_all()"));
        return std::unexpected(s.error());
    }
    auto version = schemaVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    report.fromVersion = *version;
    report.toVersion = *version;
    for (const ServerMigration &m : serverMigrations()) {
        if (m.version <= *version)
            continue;
        const QString tx = QStringLiteral("BEGIN; SET LOCAL ROLE aktenwerk_owner;\n") + m.sql
            + QStringLiteral("\nINSERT INTO aktenwerk.schema_version (version) VALUES (%1);\nCOMMIT;").arg(m.version);
        if (auto s = db->script(tx); !s) {
            db->rollback();
            db->script(QStringLiteral("SELECT pg_advisory_unlock_all()"));
            Error e = s.error();
            e.message = tr("Updating the server to schema %1 failed.").arg(m.version);
            return std::unexpected(e);
        }
        report.toVersion = m.version;
    }
    db->script(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    return report;
}

Status ServerAdmin::addDepartment(const QString &ownerUrl, const QString &code, const QString &name,
                                  Confidentiality defaultLevel)
{
    const QString c = normalizeDepartmentCode(code);
    if (c.isEmpty() || c.contains(QLatin1Char(' ')) || c.size() > 16)
        return fail(ErrorCode::Validation, tr("\"%1\" is not a valid department code.").arg(code));
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("The department %1 needs a name.").arg(c));
    auto db = connectOwner(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    if (auto v = schemaVersion(*db); !v)
        return std::unexpected(v.error());
    if (auto s = db->script(QStringLiteral("BEGIN; SET LOCAL ROLE aktenwerk_owner;")); !s)
        return s;
    auto r = db->exec(QStringLiteral("INSERT INTO aktenwerk.department (code, id, name, default_confidentiality) "
                                     "VALUES ($1, $2, $3, $4)"),
                      {c, QUuid::createUuid(), name.trimmed(), confidentialityCode(defaultLevel)});
    if (!r) {
        db->rollback();
        if (r.error().code == ErrorCode::AlreadyExists)
            return fail(ErrorCode::AlreadyExists, tr("The department %1 exists already.").arg(c));
        return std::unexpected(r.error());
    }
    if (auto a = db->run(QStringLiteral("SELECT aktenwerk.audit('department.create', 'department', $1, "
                                        "jsonb_build_object('name', $2::text))"),
                         {c, name.trimmed()});
        !a) {
        db->rollback();
        return a;
    }
    return db->commit();
}

namespace {

/** "63, 36,63" as the server keeps department codes, each once. */
QStringList recordsForCodes(const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes) {
        const QString code = normalizeDepartmentCode(c.trimmed());
        if (!code.isEmpty() && !out.contains(code))
            out << code;
    }
    return out;
}

/** Sets the Fachbereiche @p login keeps records for (in the owner's transaction), checked there. */
Status setRecordsFor(PgConnection &db, const QString &login, const QString &codes)
{
    auto unknown = db.exec(QStringLiteral("SELECT string_agg(c, ', ') FROM unnest(string_to_array($1, ',')) c "
                                          "WHERE NOT EXISTS (SELECT 1 FROM aktenwerk.department d WHERE d.code = c)"),
        { codes });
    if (!unknown)
        return std::unexpected(unknown.error());
    if (!unknown->isNull(0, 0))
        return fail(ErrorCode::NotFound,
            ServerAdmin::tr("The department %1 does not exist on the server.").arg(unknown->text(0, 0)));
    auto r = db.exec(QStringLiteral("UPDATE aktenwerk.app_user SET records_for = string_to_array($2, ','), "
                                    "revision = revision + 1, modified_at = now(), modified_by = session_user "
                                    "WHERE login = $1 RETURNING roles && ARRAY['records_officer']"),
        { login, codes });
    if (!r)
        return std::unexpected(r.error());
    if (r->rows() == 0 || (!codes.isEmpty() && r->text(0, 0) != QLatin1String("t")))
        return fail(
            ErrorCode::Validation, ServerAdmin::tr("Only records officers keep the records of further departments."));
    return {};
}

} // namespace

Status ServerAdmin::addUser(const QString &ownerUrl, const QString &login, const QString &displayName,
    const QString &department, const QList<Role> &roles, const QString &password, const QStringList &recordsFor)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!loginRe.match(login).hasMatch())
        return fail(ErrorCode::Validation,
                    tr("\"%1\" is not a valid login name: lower-case letters, digits, '.', '_' and '-'.").arg(login));
    if (password.size() < 8)
        return fail(ErrorCode::Validation, tr("The password must have at least 8 characters."));
    if (roles.isEmpty())
        return fail(ErrorCode::Validation, tr("Give the user at least one role."));
    if (!recordsFor.isEmpty() && !roles.contains(Role::RecordsOfficer))
        return fail(ErrorCode::Validation, tr("Only records officers keep the records of further departments."));
    auto db = connectOwner(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    if (auto v = schemaVersion(*db); !v)
        return std::unexpected(v.error());
    auto verifier = db->encryptPassword(password, login);
    if (!verifier)
        return std::unexpected(verifier.error());
    QStringList codes;
    for (Role r : roles)
        codes << roleCode(r);
    const QString role = db->identifier(login);
    if (auto s = db->begin(); !s)
        return s;
    auto exists = db->exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {login});
    if (!exists) {
        db->rollback();
        return std::unexpected(exists.error());
    }
    if (exists->rows() > 0) {
        db->rollback();
        return fail(ErrorCode::AlreadyExists, tr("The user %1 exists already.").arg(login));
    }
    const QString create = QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
                                          "PASSWORD %2 IN ROLE aktenwerk_user")
                               .arg(role, db->literal(*verifier));
    if (auto s = db->run(create); !s) {
        db->rollback();
        return s;
    }
    if (auto s = db->run(QStringLiteral("SET LOCAL ROLE aktenwerk_owner")); !s) {
        db->rollback();
        return s;
    }
    auto r = db->exec(QStringLiteral("INSERT INTO aktenwerk.app_user (login, id, display_name, department_code, roles) "
                                     "VALUES ($1, $2, $3, $4, string_to_array($5, ','))"),
                      {login, QUuid::createUuid(), displayName.isEmpty() ? login : displayName,
                       normalizeDepartmentCode(department), codes.join(QLatin1Char(','))});
    if (!r) {
        db->rollback();
        if (r.error().detail.contains(QLatin1String("department")))
            return fail(ErrorCode::NotFound, tr("The department %1 does not exist on the server.").arg(department));
        return std::unexpected(r.error());
    }
    const QString keeps = recordsForCodes(recordsFor).join(QLatin1Char(','));
    if (!recordsFor.isEmpty()) {
        if (auto s = setRecordsFor(*db, login, keeps); !s) {
            db->rollback();
            return s;
        }
    }
    if (auto a = db->run(QStringLiteral("SELECT aktenwerk.audit('user.create', 'user', $1, "
                                        "jsonb_build_object('department', $2::text, 'roles', $3::text, "
                                        "'records_for', nullif($4, '')))"),
            { login, normalizeDepartmentCode(department), codes.join(QLatin1Char(',')), keeps });
        !a) {
        db->rollback();
        return a;
    }
    return db->commit();
}

} // namespace Aktenwerk::Dms

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

/** The owner's connection in a transaction as aktenwerk_owner. */
Result<PgConnection> ownerTransaction(const QString &ownerUrl)
{
    auto db = connectOwner(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    if (auto v = ServerAdmin::schemaVersion(*db); !v)
        return std::unexpected(v.error());
    if (auto s = db->script(QStringLiteral("BEGIN; SET LOCAL ROLE aktenwerk_owner;")); !s)
        return std::unexpected(s.error());
    return db;
}

/** A trigger's refusal (check_violation and the like) as the administrator reads it. */
Error adminError(const Error &e, const QString &what)
{
    if (e.code == ErrorCode::Validation || e.code == ErrorCode::InvalidArgument || e.code == ErrorCode::NotFound)
        return Error { ErrorCode::Validation, what + QStringLiteral(": ") + (e.detail.isEmpty() ? e.message : e.detail),
            e.detail };
    return e;
}

} // namespace

Status ServerAdmin::addUnit(const QString &ownerUrl, const QString &code, const QString &name, const QString &parent,
    const QString &department, const QString &standingDeputy)
{
    static const QRegularExpression codeRe(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._/-]{0,31}$"));
    const QString c = code.trimmed();
    if (!codeRe.match(c).hasMatch())
        return fail(ErrorCode::Validation,
            tr("\"%1\" is not a valid unit code: letters, digits, '.', '/', '_' and '-'.").arg(code));
    auto db = ownerTransaction(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    auto existing = db->exec(QStringLiteral("SELECT name, coalesce(parent_code, ''), coalesce(department_code, ''), "
                                            "coalesce(standing_deputy, '') FROM aktenwerk.org_unit WHERE code = $1"),
        { c });
    if (!existing) {
        db->rollback();
        return std::unexpected(existing.error());
    }
    const bool known = existing->rows() > 0;
    if (!known && name.trimmed().isEmpty()) {
        db->rollback();
        return fail(ErrorCode::Validation, tr("The unit %1 needs a name.").arg(c));
    }
    const QString p = parent.trimmed();
    if (!p.isEmpty()) {
        auto there
            = db->exec(QStringLiteral("SELECT 1 FROM aktenwerk.org_unit WHERE code = $1 AND NOT deleted"), { p });
        if (!there || there->rows() == 0) {
            db->rollback();
            return there ? fail(ErrorCode::NotFound, tr("There is no unit %1 to put %2 below.").arg(p, c))
                         : std::unexpected(there.error());
        }
    }
    const QString dept = normalizeDepartmentCode(department);
    if (!dept.isEmpty()) {
        auto there = db->exec(QStringLiteral("SELECT 1 FROM aktenwerk.department WHERE code = $1"), { dept });
        if (!there || there->rows() == 0) {
            db->rollback();
            return there ? fail(ErrorCode::NotFound, tr("The department %1 does not exist on the server.").arg(dept))
                         : std::unexpected(there.error());
        }
    }
    const QString deputy = standingDeputy.trimmed();
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    Result<PgResult> r = known
        ? db->exec(QStringLiteral("UPDATE aktenwerk.org_unit SET name = coalesce($2, name), "
                                  "parent_code = coalesce($3, parent_code), "
                                  "department_code = coalesce($4, department_code), "
                                  "standing_deputy = coalesce($5, standing_deputy), revision = revision + 1, "
                                  "modified_at = now(), modified_by = session_user WHERE code = $1"),
            { c, nullable(name.trimmed()), nullable(p), nullable(dept), nullable(deputy) })
        : db->exec(QStringLiteral("INSERT INTO aktenwerk.org_unit (code, name, parent_code, department_code, "
                                  "standing_deputy) VALUES ($1, $2, $3, $4, $5)"),
            { c, name.trimmed(), nullable(p), nullable(dept), nullable(deputy) });
    if (!r) {
        db->rollback();
        return std::unexpected(adminError(r.error(), tr("The unit %1 cannot be saved").arg(c)));
    }
    auto unit = db->exec(
        QStringLiteral("SELECT coalesce(department_code, '') FROM aktenwerk.org_unit WHERE code = $1"), { c });
    if (!unit) {
        db->rollback();
        return std::unexpected(unit.error());
    }
    if (!p.isEmpty() && unit->text(0, 0).isEmpty() && dept.isEmpty()) {
        db->rollback();
        return fail(
            ErrorCode::Validation, tr("The unit %1 below %2 needs a department (--department CODE).").arg(c, p));
    }
    if (auto a
        = db->run(QStringLiteral("SELECT aktenwerk.audit($1, 'org_unit', $2, jsonb_build_object('name', $3::text, "
                                 "'parent', $4::text, 'department', $5::text, 'standing_deputy', $6::text))"),
            { known ? QStringLiteral("org_unit.update") : QStringLiteral("org_unit.create"), c, name.trimmed(), p,
                unit->text(0, 0), deputy });
        !a) {
        db->rollback();
        return a;
    }
    return db->commit();
}

Status ServerAdmin::setUser(const QString &ownerUrl, const QString &login, const UserChange &change)
{
    if (!change.unit && !change.department && !change.roles && !change.recordsFor)
        return fail(ErrorCode::Validation, tr("Say what changes: --unit, --department, --role or --records-for."));
    if (change.roles && change.roles->isEmpty())
        return fail(ErrorCode::Validation, tr("Give the user at least one role."));
    auto db = ownerTransaction(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    auto user
        = db->exec(QStringLiteral("SELECT department_code FROM aktenwerk.app_user WHERE login = $1 AND NOT deleted "
                                  "FOR UPDATE"),
            { login });
    if (!user || user->rows() == 0) {
        db->rollback();
        return user ? fail(ErrorCode::NotFound, tr("There is no user %1.").arg(login)) : std::unexpected(user.error());
    }
    QJsonObject details;
    QStringList codes;
    if (change.roles) {
        for (Model::Role r : *change.roles)
            codes << roleCode(r);
        details.insert(QStringLiteral("roles"), codes.join(QLatin1Char(',')));
    }
    const QString dept = change.department ? normalizeDepartmentCode(*change.department) : QString();
    if (change.department)
        details.insert(QStringLiteral("department"), dept);
    if (change.unit)
        details.insert(QStringLiteral("unit"), change.unit->trimmed());
    auto nullable = [](const std::optional<QString> &s) { return s ? QVariant(*s) : QVariant(); };
    // A new department without a unit: the department's own unit (the trigger's rule).
    auto r = db->exec(
        QStringLiteral("UPDATE aktenwerk.app_user SET department_code = coalesce($2, department_code), "
                       "unit_code = CASE WHEN $3::text IS NOT NULL THEN $3 WHEN $2::text IS NOT NULL THEN NULL "
                       "ELSE unit_code END, "
                       "roles = coalesce(string_to_array($4, ','), roles), revision = revision + 1, "
                       "modified_at = now(), modified_by = session_user WHERE login = $1"),
        { login, change.department ? QVariant(dept) : QVariant(),
            nullable(change.unit ? std::optional(change.unit->trimmed()) : std::nullopt),
            change.roles ? QVariant(codes.join(QLatin1Char(','))) : QVariant() });
    if (!r) {
        db->rollback();
        return std::unexpected(adminError(r.error(), tr("The user %1 cannot be changed").arg(login)));
    }
    if (change.recordsFor) {
        const QString keeps = recordsForCodes(*change.recordsFor).join(QLatin1Char(','));
        details.insert(QStringLiteral("records_for"), keeps);
        if (auto s = setRecordsFor(*db, login, keeps); !s) {
            db->rollback();
            return s;
        }
    } else if (auto s = db->run(QStringLiteral("UPDATE aktenwerk.app_user SET records_for = '{}' WHERE login = $1 "
                                               "AND records_for <> '{}' AND NOT roles && ARRAY['records_officer']"),
                   { login });
               !s) { // no longer a records officer: no longer keeps the records of others
        db->rollback();
        return s;
    }
    if (auto a = db->run(QStringLiteral("SELECT aktenwerk.audit('user.update', 'user', $1, $2::jsonb)"),
            { login, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) });
        !a) {
        db->rollback();
        return a;
    }
    return db->commit();
}

Status ServerAdmin::setEscalationGrace(const QString &ownerUrl, const QString &department, int days)
{
    if (days < 0 || days > 365)
        return fail(ErrorCode::Validation, tr("The grace period is 0 to 365 days."));
    const QString dept = normalizeDepartmentCode(department);
    auto db = ownerTransaction(ownerUrl);
    if (!db)
        return std::unexpected(db.error());
    if (!dept.isEmpty()) {
        auto there = db->exec(QStringLiteral("SELECT 1 FROM aktenwerk.department WHERE code = $1"), { dept });
        if (!there || there->rows() == 0) {
            db->rollback();
            return there ? fail(ErrorCode::NotFound, tr("The department %1 does not exist on the server.").arg(dept))
                         : std::unexpected(there.error());
        }
    }
    const QString key
        = dept.isEmpty() ? QStringLiteral("routing.grace_days") : QStringLiteral("routing.grace_days.") + dept;
    auto r = db->exec(
        QStringLiteral("INSERT INTO aktenwerk.setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value, revision = aktenwerk.setting.revision + 1, "
                       "modified_at = now(), modified_by = session_user"),
        { key, QString::number(days) });
    if (!r) {
        db->rollback();
        return std::unexpected(r.error());
    }
    if (auto a = db->run(QStringLiteral("SELECT aktenwerk.audit('setting.update', 'setting', $1, "
                                        "jsonb_build_object('value', $2::text))"),
            { key, QString::number(days) });
        !a) {
        db->rollback();
        return a;
    }
    return db->commit();
}

} // namespace Aktenwerk::Dms
