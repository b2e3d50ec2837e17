#include "dms/store/writer.h"

#include "dms/audit/auditlog.h"
#include "dms/commandargs.h"
#include "dms/faultinjection.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "model/displaytime.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QVariant>

namespace Aktenwerk::Dms {

using namespace Model;
using Queries::uuidText;

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

/** A result without further data; @p number is the case or version number where there is one. */
CommandResult makeResult(const QString &entityType, const QUuid &id, const QString &reference, qint64 revision,
                         int number = 0)
{
    CommandResult r;
    r.entityType = entityType;
    r.id = id;
    r.reference = reference;
    r.revision = revision;
    r.number = number;
    return r;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Writer::Writer(Database db, const ContentStore *content, const SchemaRegistry *schemas, QString anchorPath)
    : m_db(std::move(db))
    , m_content(content)
    , m_schemas(schemas)
    , m_anchorPath(std::move(anchorPath))
{
}

Result<QList<CommandResult>> Writer::applyBatch(const QList<Command> &commands)
{
    if (commands.isEmpty())
        return QList<CommandResult>();
    m_now = isoNow();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());

    QList<CommandResult> results;
    bool wroteAudit = false;
    std::optional<User> newUser;
    for (const Command &c : commands) {
        auto applied = dispatch(c);
        if (!applied)
            return std::unexpected(applied.error()); // the transaction rolls back
        if (applied->user)
            newUser = applied->user;
        if (!applied->result.unchanged) {
            if (auto s = record(c, *applied); !s)
                return std::unexpected(s.error());
            wroteAudit = true;
        }
        results.append(applied->result);
    }

    if (FaultInjection::shouldFail("commit.before"))
        return fail(ErrorCode::Io, tr("The change could not be saved."), QStringLiteral("fault injected before commit"));
    if (auto s = tx->commit(); !s)
        return std::unexpected(s.error());
    FaultInjection::hit("commit.after");
    for (const Command &c : commands) {
        if (c.type == CommandType::ConnectServer)
            m_connected = true;
    }
    if (newUser) {
        m_user = *newUser;
        if (m_userChanged)
            m_userChanged(m_user);
    }

    if (wroteAudit) {
        // Advance the anchor kept outside the database. If this fails (or the process dies
        // here) the anchor merely lags behind; it never points past the chain.
        if (auto h = AuditLog::head(m_db))
            (void)AuditLog::writeAnchor(m_anchorPath, *h);
    }
    return results;
}

Result<CommandResult> Writer::applyExternal(const Command &command, const ExternalChange &change)
{
    m_now = isoNow();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    {
        // Applied once per operation id, as every command.
        auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM oplog WHERE op_id = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, uuidText(command.opId));
        auto seen = st->step();
        if (!seen)
            return std::unexpected(seen.error());
        if (*seen) {
            CommandResult r;
            r.unchanged = true;
            return r;
        }
    }
    auto ext = change(m_db, Context { m_user, m_now, m_content });
    if (!ext)
        return std::unexpected(ext.error());
    if (!ext->result.unchanged) {
        Applied a;
        a.result = ext->result;
        a.payload = ext->payload;
        a.auditDetails = ext->auditDetails;
        a.pulledFieldChanges = ext->fieldChanges;
        if (auto s = record(command, a); !s)
            return std::unexpected(s.error());
    }
    if (FaultInjection::shouldFail("commit.before"))
        return fail(
            ErrorCode::Io, tr("The change could not be saved."), QStringLiteral("fault injected before commit"));
    if (auto s = tx->commit(); !s)
        return std::unexpected(s.error());
    FaultInjection::hit("commit.after");
    if (ext->user) {
        // The server decides who this user is: department and roles follow it.
        m_user = *ext->user;
        if (m_userChanged)
            m_userChanged(m_user);
    }
    if (!ext->result.unchanged) {
        if (auto h = AuditLog::head(m_db))
            (void)AuditLog::writeAnchor(m_anchorPath, *h);
    }
    return ext->result;
}

Result<Writer::Applied> Writer::dispatch(const Command &c)
{
    // Idempotence: an operation id that was applied before is not applied again.
    auto st = m_db.prepare(QStringLiteral("SELECT entity_type, entity_id, revision FROM oplog WHERE op_id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, uuidText(c.opId));
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        Applied a;
        a.result.entityType = st->text(0);
        a.result.id = QUuid::fromString(st->text(1));
        a.result.revision = st->int64(2);
        a.result.unchanged = true;
        return a;
    }

    switch (c.type) {
    case CommandType::SetSetting:
        return setSetting(c);
    case CommandType::CreateDepartment:
        return createDepartment(c);
    case CommandType::CreateUser:
        return createUser(c);
    case CommandType::CreatePlanUnit:
        return createPlanUnit(c);
    case CommandType::UpdatePlanUnit:
        return updatePlanUnit(c);
    case CommandType::CreateFile:
        return createFile(c);
    case CommandType::CreateSubFile:
        return createSubFile(c);
    case CommandType::CreateCase:
        return createCase(c);
    case CommandType::CreateDocument:
        return createDocument(c);
    case CommandType::AddVersion:
        return addVersion(c);
    case CommandType::UpdateFields:
        return updateFields(c);
    case CommandType::Tombstone:
        return tombstone(c);
    case CommandType::ResolveConflict:
        return resolveConflict(c);
    case CommandType::ConnectServer:
        return connectServer(c);
    case CommandType::ApplyRemote:
        // Worked out by sync's merge and recorded through applyExternal().
        return fail(ErrorCode::Unsupported, tr("Received changes are applied by the sync."));
    case CommandType::FileIntoCase:
        return fileIntoCase(c);
    case CommandType::LinkDocument:
        return linkDocument(c);
    case CommandType::CheckOut:
        return checkOut(c);
    case CommandType::CheckIn:
        return checkIn(c);
    case CommandType::CancelCheckOut:
        return cancelCheckOut(c);
    case CommandType::BreakLock:
        return breakLock(c);
    case CommandType::DiscardRejected:
        return discardRejected(c);
    case CommandType::ResendRejected:
        return resendRejected(c);
    case CommandType::Undelete:
        return undelete(c);
    case CommandType::MoveDocument:
        return moveDocument(c);
    case CommandType::MoveCase:
        return moveCase(c);
    case CommandType::ShareFile:
    case CommandType::UnshareFile:
        return share(c);
    }
    return fail(ErrorCode::Unsupported, tr("Unknown kind of change."));
}

Status Writer::record(const Command &c, const Applied &a)
{
    const QString opId = uuidText(c.opId);
    // What the server gets: a pulled change is never pushed back; settings and local users stay here.
    const QString pushState = c.type == CommandType::ApplyRemote           ? QStringLiteral("remote")
        : (m_connected && isPushed(c.type))                                 ? QStringLiteral("pending")
                                                                            : QStringLiteral("local");
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO oplog (op_id, command, entity_type, entity_id, base_revision, revision, payload, user_login, "
        "created_at, push_state) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(opId, commandTypeCode(c.type), a.result.entityType, uuidText(a.result.id), a.baseRevision,
                a.result.revision, compactJson(a.payload), m_user.login, m_now, pushState);
    if (auto s = st->run(); !s)
        return s;

    for (const auto &[field, oldValue, newValue] : a.fieldChanges) {
        auto fh = m_db.prepare(QStringLiteral(
            "INSERT INTO field_history (entity_type, entity_id, field, old_value, new_value, changed_at, changed_by, "
            "op_id) VALUES (?,?,?,?,?,?,?,?)"));
        if (!fh)
            return std::unexpected(fh.error());
        fh->bindAll(a.result.entityType, uuidText(a.result.id), field, oldValue, newValue, m_now, m_user.login, opId);
        if (auto s = fh->run(); !s)
            return s;
    }
    // Others' changes as they arrived: between two pulls several edits show as one.
    for (const PulledFieldChange &p : a.pulledFieldChanges) {
        auto fh = m_db.prepare(QStringLiteral(
            "INSERT INTO field_history (entity_type, entity_id, field, old_value, new_value, changed_at, changed_by, "
            "op_id) VALUES (?,?,?,?,?,?,?,?)"));
        if (!fh)
            return std::unexpected(fh.error());
        fh->bindAll(p.entityType, p.entityId, p.field, p.oldValue, p.newValue, p.changedAt, p.changedBy, opId);
        if (auto s = fh->run(); !s)
            return s;
    }

    AuditEvent e;
    e.at = m_now;
    e.user = m_user.login;
    e.action = commandTypeCode(c.type);
    e.entityType = a.result.entityType;
    e.entityId = uuidText(a.result.id);
    e.opId = opId;
    e.details = a.auditDetails;
    if (!a.result.reference.isEmpty())
        e.details.insert(QStringLiteral("reference"), a.result.reference);
    e.details.insert(QStringLiteral("revision"), a.result.revision);
    if (auto r = AuditLog::append(m_db, e); !r)
        return std::unexpected(r.error());
    return {};
}

Status Writer::requireRole(std::initializer_list<Role> roles, const QString &what) const
{
    for (Role r : roles) {
        if (m_user.hasRole(r))
            return {};
    }
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return fail(ErrorCode::PermissionDenied,
                tr("You may not %1: this needs the role %2.").arg(what, names.join(tr(" or "))), m_user.login);
}

Status Writer::ensureFileWritable(const QUuid &fileId)
{
    auto f = Queries::file(m_db, fileId);
    if (!f)
        return std::unexpected(f.error());
    if (!*f || (*f)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The file does not exist."), uuidText(fileId));
    if ((*f)->status == RecordStatus::Closed)
        return fail(ErrorCode::ReadOnly,
                    tr("The file %1 is closed (z.d.A.) and can no longer be changed.").arg((*f)->reference));
    return {};
}

Result<std::pair<Case, QString>> Writer::writableCase(const QUuid &caseId)
{
    auto cs = Queries::caseRecord(m_db, caseId);
    if (!cs)
        return std::unexpected(cs.error());
    if (!*cs || (*cs)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The case does not exist."), uuidText(caseId));
    if ((*cs)->status == RecordStatus::Closed)
        return fail(ErrorCode::ReadOnly, tr("The case %1 is closed and can no longer be changed.").arg((*cs)->reference));
    if (auto s = ensureFileWritable((*cs)->fileId); !s)
        return std::unexpected(s.error());
    auto f = Queries::file(m_db, (*cs)->fileId);
    if (!f)
        return std::unexpected(f.error());
    return std::pair{**cs, (*f)->departmentCode};
}

Result<std::pair<Document, QString>> Writer::writableDocument(const QUuid &documentId)
{
    auto d = Queries::document(m_db, documentId);
    if (!d)
        return std::unexpected(d.error());
    if (!*d || (*d)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), uuidText(documentId));
    if ((*d)->status == RecordStatus::Closed)
        return fail(ErrorCode::ReadOnly,
                    tr("The document \"%1\" is closed and can no longer be changed.").arg((*d)->title));
    QString department = m_user.departmentCode; // a document in the intake belongs to no file yet
    if (!(*d)->caseId.isNull()) {
        auto cs = writableCase((*d)->caseId);
        if (!cs)
            return std::unexpected(cs.error());
        department = cs->second;
    }
    return std::pair{**d, department};
}

Result<FieldValues> Writer::validateMetadata(const QString &department, EntityKind kind, const QString &type,
                                             const FieldValues &values) const
{
    if (type.isEmpty()) {
        if (!values.isEmpty())
            return fail(ErrorCode::Validation,
                        tr("Metadata fields need a type (for example \"Bauakte\") that defines them."),
                        QStringList(values.keys()).join(QStringLiteral(", ")));
        return FieldValues();
    }
    const MetadataSchema *schema = m_schemas ? m_schemas->find(department, kind, type) : nullptr;
    if (!schema) {
        QStringList known;
        if (m_schemas) {
            for (const MetadataSchema *s : m_schemas->forDepartment(department, kind))
                known << s->type;
        }
        return fail(ErrorCode::Validation,
                    known.isEmpty()
                        ? tr("The department %1 defines no type \"%2\".").arg(department, type)
                        : tr("The department %1 defines no type \"%2\". Known types: %3.")
                              .arg(department, type, known.join(QStringLiteral(", "))));
    }
    // Labels are accepted as keys ("Flurstück" for "flurstueck").
    FieldValues byKey;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *f = schema->field(it.key());
        byKey.insert(f ? f->key : it.key(), it.value());
    }
    auto checked = schema->validate(byKey);
    if (!checked) {
        QStringList messages;
        for (const FieldIssue &issue : checked.error())
            messages << issue.message;
        return fail(ErrorCode::Validation, messages.join(QLatin1Char(' ')));
    }
    return *checked;
}

Result<ReferenceTemplate> Writer::referenceTemplate(ReferenceTemplate::Kind kind)
{
    const bool file = kind == ReferenceTemplate::Kind::File;
    auto pattern = Queries::setting(m_db, file ? QStringLiteral("reference.file_template")
                                               : QStringLiteral("reference.case_template"),
                                    QString::fromLatin1(file ? ReferenceTemplate::defaultFileTemplate
                                                             : ReferenceTemplate::defaultCaseTemplate));
    if (!pattern)
        return std::unexpected(pattern.error());
    return ReferenceTemplate::parse(*pattern, kind);
}

// --- settings, departments, users ---------------------------------------------------------

Result<Writer::Applied> Writer::setSetting(const Command &c)
{
    if (auto s = requireRole({Role::Administrator}, tr("change settings")); !s)
        return std::unexpected(s.error());
    auto args = Args::SetSetting::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &key = args->key;
    const QString &value = args->value;
    auto old = Queries::setting(m_db, key);
    if (!old)
        return std::unexpected(old.error());
    Applied a;
    a.result.entityType = QStringLiteral("setting");
    a.result.id = QUuid::createUuidV5(QUuid(), key);
    a.result.reference = key;
    if (*old == value) {
        a.result.unchanged = true;
        return a;
    }
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO setting (key, value, revision, modified_at, modified_by) VALUES (?,?,1,?,?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, revision = revision + 1, "
        "modified_at = excluded.modified_at, modified_by = excluded.modified_by RETURNING revision"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(key, value, m_now, m_user.login);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    a.result.revision = st->int64(0);
    a.baseRevision = a.result.revision - 1;
    (void)st->reset();
    a.payload = c.args;
    a.auditDetails = {{QStringLiteral("key"), key}, {QStringLiteral("old"), *old}, {QStringLiteral("new"), value}};
    a.fieldChanges.append({key, *old, value});
    return a;
}

Result<Writer::Applied> Writer::createDepartment(const Command &c)
{
    if (auto s = requireRole({Role::Administrator, Role::RecordsOfficer}, tr("create departments")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreateDepartment::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &code = args->code;
    const QString &name = args->name;
    auto existing = Queries::department(m_db, code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("The department %1 exists already.").arg(code));

    Applied a;
    a.result = makeResult(QStringLiteral("department"), QUuid::createUuid(), code, 1);
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO department (id, code, name, default_confidentiality, revision, created_at, created_by, "
        "modified_at, modified_by) VALUES (?,?,?,?,1,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(a.result.id), code, name, confidentialityCode(args->defaultLevel), m_now, m_user.login, m_now,
        m_user.login);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.payload.insert(QStringLiteral("code"), code);
    a.auditDetails = a.payload;
    return a;
}

Result<Writer::Applied> Writer::createUser(const Command &c)
{
    auto count = Queries::userCount(m_db);
    if (!count)
        return std::unexpected(count.error());
    auto args = Args::CreateUser::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &login = args->login;
    QStringList roles;
    for (Role r : args->roles)
        roles << roleCode(r);
    // The very first user of a data folder sets it up. After that administrators add users; a
    // person who opens the local folder under a new login registers only themselves, as a clerk.
    const bool selfAsClerk = login == m_user.login && roles == QStringList{roleCode(Role::Clerk)};
    if (*count > 0 && !selfAsClerk) {
        if (auto s = requireRole({Role::Administrator}, tr("add users")); !s)
            return std::unexpected(s.error());
    }
    auto existing = Queries::user(m_db, login);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("The user %1 exists already.").arg(login));
    QString display = args->displayName;
    if (display.isEmpty())
        display = login;

    Applied a;
    a.result = makeResult(QStringLiteral("user"), QUuid::createUuid(), login, 1);
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (id, login, display_name, department_code, roles, revision, created_at, created_by, "
        "modified_at, modified_by) VALUES (?,?,?,?,?,1,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    const QString actor = m_user.login.isEmpty() ? login : m_user.login;
    st->bindAll(uuidText(a.result.id), login, display, args->department, roles.join(QLatin1Char(',')), m_now, actor,
        m_now, actor);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.auditDetails = c.args;
    return a;
}

// --- the file plan ------------------------------------------------------------------------

Result<Writer::Applied> Writer::createPlanUnit(const Command &c)
{
    if (auto s = requireRole({Role::RecordsOfficer, Role::Administrator}, tr("change the file plan")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreatePlanUnit::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    PlanUnit u;
    u.code = args->code;
    u.title = args->title;
    u.description = args->description;
    u.retention = args->retention;
    u.disposal = args->disposal;
    u.retired = args->retired;
    u.departmentCode = args->department;

    auto existing = Queries::planUnitByCode(m_db, u.code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("The plan code %1 exists already.").arg(u.code));

    std::optional<PlanUnit> parent;
    QString parentCode = args->parentCode;
    if (parentCode.isEmpty()) {
        auto all = Queries::planUnits(m_db);
        if (!all)
            return std::unexpected(all.error());
        QStringList codes;
        for (const PlanUnit &p : *all)
            codes << p.code;
        parentCode = FilePlan::deriveParentCode(u.code, codes);
    }
    if (!parentCode.isEmpty()) {
        auto p = Queries::planUnitByCode(m_db, parentCode);
        if (!p)
            return std::unexpected(p.error());
        if (!*p)
            return fail(ErrorCode::NotFound, tr("The parent plan code %1 of %2 does not exist.").arg(parentCode, u.code));
        parent = *p;
        u.parentId = parent->id;
    }
    if (auto s = FilePlan::validateUnit(u, parent ? &*parent : nullptr); !s)
        return std::unexpected(s.error());
    if (!u.departmentCode.isEmpty()) {
        auto d = Queries::department(m_db, u.departmentCode);
        if (!d)
            return std::unexpected(d.error());
        if (!*d)
            return fail(ErrorCode::NotFound, tr("The department %1 of plan unit %2 does not exist.")
                                                 .arg(u.departmentCode, u.code));
    }

    u.id = QUuid::createUuid();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO plan_unit (id, parent_id, code, title, description, retention_years, disposal_type, retired, "
        "department_code, revision, created_at, created_by, modified_at, modified_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,1,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, uuidText(u.id));
    st->bind(2, u.parentId.isNull() ? QString() : uuidText(u.parentId));
    st->bind(3, u.code).bind(4, u.title).bind(5, u.description);
    if (u.retention.isUnlimited())
        st->bindNull(6);
    else
        st->bind(6, u.retention.years());
    st->bind(7, QString(disposalTypeCode(u.disposal))).bind(8, u.retired).bind(9, u.departmentCode);
    st->bind(10, m_now).bind(11, m_user.login).bind(12, m_now).bind(13, m_user.login);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());

    Applied a;
    a.result = makeResult(QStringLiteral("plan_unit"), u.id, u.code, 1);
    a.payload = c.args;
    a.payload.insert(QStringLiteral("parent_code"), parentCode);
    a.auditDetails = a.payload;
    return a;
}

Result<Writer::Applied> Writer::updatePlanUnit(const Command &c)
{
    if (auto s = requireRole({Role::RecordsOfficer, Role::Administrator}, tr("change the file plan")); !s)
        return std::unexpected(s.error());
    auto current = Queries::planUnit(m_db, c.target);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::NotFound, tr("The plan unit does not exist."), uuidText(c.target));
    PlanUnit u = **current;
    const PlanUnit before = u;
    auto args = Args::UpdatePlanUnit::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    if (args->code && *args->code != u.code)
        return fail(ErrorCode::Validation,
                    tr("The code of a plan unit cannot change: file references are built from it."));
    u.title = args->title.value_or(u.title);
    u.description = args->description.value_or(u.description);
    u.retention = args->retention.value_or(u.retention);
    u.disposal = args->disposal.value_or(u.disposal);
    u.retired = args->retired.value_or(u.retired);
    u.departmentCode = args->department.value_or(u.departmentCode);
    if (auto s = FilePlan::validateUnit(u, nullptr); !s)
        return std::unexpected(s.error());

    Applied a;
    a.result = makeResult(QStringLiteral("plan_unit"), u.id, u.code, 0);
    auto change = [&](const char *field, const QString &oldV, const QString &newV) {
        if (oldV != newV) {
            a.fieldChanges.append({QString::fromLatin1(field), oldV, newV});
            a.auditDetails.insert(QString::fromLatin1(field), QJsonArray{oldV, newV});
        }
    };
    change("title", before.title, u.title);
    change("description", before.description, u.description);
    change("retention", before.retention.toString(), u.retention.toString());
    change("disposal", QString(disposalTypeCode(before.disposal)), QString(disposalTypeCode(u.disposal)));
    change("retired", before.retired ? QStringLiteral("1") : QStringLiteral("0"),
           u.retired ? QStringLiteral("1") : QStringLiteral("0"));
    change("department", before.departmentCode, u.departmentCode);
    auto revision = m_db.prepare(QStringLiteral("SELECT revision FROM plan_unit WHERE id = ?"));
    if (!revision)
        return std::unexpected(revision.error());
    revision->bind(1, uuidText(u.id));
    if (auto r = revision->step(); !r)
        return std::unexpected(r.error());
    a.baseRevision = revision->int64(0);
    if (a.fieldChanges.isEmpty()) {
        a.result.revision = a.baseRevision;
        a.result.unchanged = true;
        return a;
    }
    a.result.revision = a.baseRevision + 1;
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE plan_unit SET title = ?, description = ?, retention_years = ?, disposal_type = ?, retired = ?, "
        "department_code = ?, revision = ?, modified_at = ?, modified_by = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, u.title).bind(2, u.description);
    if (u.retention.isUnlimited())
        st->bindNull(3);
    else
        st->bind(3, u.retention.years());
    st->bind(4, QString(disposalTypeCode(u.disposal))).bind(5, u.retired).bind(6, u.departmentCode);
    st->bind(7, a.result.revision).bind(8, m_now).bind(9, m_user.login).bind(10, uuidText(u.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    return a;
}

// --- files, volumes, cases ----------------------------------------------------------------

Result<Writer::Applied> Writer::createFile(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("create files")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreateFile::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &planArg = args->planUnit;
    const QUuid planId = QUuid::fromString(planArg);
    auto plan = planId.isNull() ? Queries::planUnitByCode(m_db, planArg) : Queries::planUnit(m_db, planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan)
        return fail(ErrorCode::NotFound, tr("The plan code %1 does not exist in the file plan.").arg(planArg));
    const PlanUnit &unit = **plan;
    if (unit.retired)
        return fail(ErrorCode::Validation,
                    tr("The plan unit %1 is retired (stillgelegt): no new files can be created below it.").arg(unit.code));

    const QString &title = args->title;
    QString deptCode = args->department;
    if (deptCode.isEmpty()) {
        auto inherited = Queries::planUnitDepartment(m_db, unit.id);
        if (!inherited)
            return std::unexpected(inherited.error());
        deptCode = inherited->isEmpty() ? m_user.departmentCode : *inherited;
    }
    if (deptCode.isEmpty()) {
        // Name the choices: whoever asks (a CLI script, an administrator without a department) can pick one.
        auto all = Queries::departments(m_db);
        if (!all)
            return std::unexpected(all.error());
        QStringList choices;
        for (const Department &d : *all)
            choices << QStringLiteral("%1 (%2)").arg(d.code, d.name);
        return fail(ErrorCode::Validation,
            choices.isEmpty()
                ? tr("Choose the department that keeps the file; there is none yet: add one first.")
                : tr("Choose the department that keeps the file: %1.").arg(choices.join(QStringLiteral("; "))));
    }
    auto dept = Queries::department(m_db, deptCode);
    if (!dept)
        return std::unexpected(dept.error());
    if (!*dept)
        return fail(ErrorCode::NotFound, tr("The department %1 does not exist.").arg(deptCode));

    const Confidentiality level = args->level.value_or((*dept)->defaultConfidentiality);
    const QString &type = args->type;
    auto metadata = validateMetadata(deptCode, EntityKind::File, type, args->metadata);
    if (!metadata)
        return std::unexpected(metadata.error());
    const int year = args->year != 0 ? args->year : QDate::currentDate().year();

    auto tmpl = referenceTemplate(ReferenceTemplate::Kind::File);
    if (!tmpl)
        return std::unexpected(tmpl.error());
    ReferenceTemplate::Values v;
    v.plan = unit.code;
    v.dept = deptCode;
    v.year = year;
    const QString scope = tmpl->scopeKey(v);

    // Next running number in this scope; skip numbers taken under an earlier template. With a
    // central repository the server numbers files: until the first sync the reference is
    // provisional, clearly marked and unique by the file's UUID.
    const QUuid fileId = QUuid::createUuid();
    auto referenceTaken = [this](const QString &candidate) -> Result<bool> {
        auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM file_record WHERE reference = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, candidate);
        return st->step();
    };
    QString reference;
    if (m_connected) {
        // Eight hex digits read well; they repeat after some ten thousand offline files, so a
        // taken one falls back to the whole UUID.
        v.seq = 0;
        reference = QStringLiteral("P-%1-%2").arg(unit.code, uuidText(fileId).left(8));
        auto exists = referenceTaken(reference);
        if (!exists)
            return std::unexpected(exists.error());
        if (*exists)
            reference = QStringLiteral("P-%1-%2").arg(unit.code, uuidText(fileId));
    }
    for (int attempt = 0; attempt < 10000 && reference.isEmpty(); ++attempt) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO reference_counter (scope, last_value) VALUES (?, 1) "
            "ON CONFLICT(scope) DO UPDATE SET last_value = last_value + 1 RETURNING last_value"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, scope);
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        v.seq = st->integer(0);
        (void)st->reset();
        const QString candidate = tmpl->format(v);
        auto exists = referenceTaken(candidate);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            reference = candidate;
    }
    if (reference.isEmpty())
        return fail(ErrorCode::Internal, tr("No free file reference was found."), scope);

    Applied a;
    a.result = makeResult(QStringLiteral("file"), fileId, reference, 1);
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO file_record (id, plan_unit_id, reference, seq, year, title, department_code, confidentiality, "
        "type, metadata, status, revision, created_at, created_by, modified_at, modified_by, reference_provisional) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,'open',1,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(a.result.id), uuidText(unit.id), reference, v.seq, year, title, deptCode,
                confidentialityCode(level), type, compactJson(Commands::toJson(*metadata)), m_now, m_user.login, m_now,
                m_user.login, m_connected);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());

    a.payload = c.args;
    a.payload.insert(QStringLiteral("plan_unit"), uuidText(unit.id));
    a.payload.insert(QStringLiteral("plan_code"), unit.code);
    a.payload.insert(QStringLiteral("department"), deptCode);
    a.payload.insert(QStringLiteral("confidentiality"), confidentialityCode(level));
    a.payload.insert(QStringLiteral("metadata"), Commands::toJson(*metadata));
    a.payload.insert(QStringLiteral("year"), year);
    a.payload.insert(QStringLiteral("seq"), v.seq);
    a.payload.insert(QStringLiteral("reference"), reference);
    a.auditDetails = a.payload;
    a.result.data = {{QStringLiteral("department"), deptCode}, {QStringLiteral("plan_code"), unit.code}};
    return a;
}

Result<Writer::Applied> Writer::createSubFile(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("create volumes")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreateSubFile::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QUuid fileId = args->fileId;
    if (auto s = ensureFileWritable(fileId); !s)
        return std::unexpected(s.error());
    const QString &title = args->title;
    auto next = m_db.prepare(m_connected
                                 ? QStringLiteral("SELECT MIN(COALESCE(MIN(number), 0), 0) - 1 FROM sub_file WHERE file_id = ?")
                                 : QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM sub_file WHERE file_id = ?"));
    if (!next)
        return std::unexpected(next.error());
    next->bind(1, uuidText(fileId));
    if (auto r = next->step(); !r)
        return std::unexpected(r.error());
    Applied a;
    a.result = makeResult(QStringLiteral("sub_file"), QUuid::createUuid(), {}, 1, next->integer(0));
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO sub_file (id, file_id, number, title, revision, created_at, created_by, modified_at, modified_by) "
        "VALUES (?,?,?,?,1,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(a.result.id), uuidText(fileId), a.result.number, title, m_now, m_user.login, m_now,
                m_user.login);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.payload.insert(QStringLiteral("number"), a.result.number);
    a.auditDetails = a.payload;
    return a;
}

Result<std::pair<int, QString>> Writer::casePlace(const FileRecord &f, const QUuid &caseId)
{
    // Offline under a central repository the number is provisional (negative, so it never meets
    // a number the server hands out) and the reference is marked until the server assigns both.
    auto next = m_db.prepare(m_connected
            ? QStringLiteral("SELECT MIN(COALESCE(MIN(number), 0), 0) - 1 FROM case_record WHERE "
                             "file_id = ?")
            : QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM case_record WHERE file_id = ?"));
    if (!next)
        return std::unexpected(next.error());
    next->bind(1, uuidText(f.meta.id));
    if (auto r = next->step(); !r)
        return std::unexpected(r.error());
    const int number = next->integer(0);
    if (m_connected)
        return std::pair { number, f.reference + QStringLiteral("-P") + uuidText(caseId).left(8) };
    auto tmpl = referenceTemplate(ReferenceTemplate::Kind::Case);
    if (!tmpl)
        return std::unexpected(tmpl.error());
    ReferenceTemplate::Values v;
    v.file = f.reference;
    v.caseNo = number;
    v.year = QDate::currentDate().year();
    return std::pair { number, tmpl->format(v) };
}

Result<Writer::Applied> Writer::createCase(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("create cases")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreateCase::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QUuid fileId = args->fileId;
    if (auto s = ensureFileWritable(fileId); !s)
        return std::unexpected(s.error());
    auto file = Queries::file(m_db, fileId);
    if (!file)
        return std::unexpected(file.error());
    const FileRecord &f = **file;

    const QUuid subFileId = args->subFileId;
    if (!subFileId.isNull()) {
        auto sf = Queries::subFile(m_db, subFileId);
        if (!sf)
            return std::unexpected(sf.error());
        if (!*sf || (*sf)->fileId != fileId || (*sf)->meta.deleted)
            return fail(ErrorCode::NotFound, tr("The volume does not belong to the file %1.").arg(f.reference));
    }
    const QString &title = args->title;
    const QString &type = args->type;
    auto metadata = validateMetadata(f.departmentCode, EntityKind::Case, type, args->metadata);
    if (!metadata)
        return std::unexpected(metadata.error());

    const QUuid caseId = QUuid::createUuid();
    auto place = casePlace(f, caseId);
    if (!place)
        return std::unexpected(place.error());
    const auto &[number, reference] = *place;

    Applied a;
    a.result = makeResult(QStringLiteral("case"), caseId, reference, 1, number);
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO case_record (id, file_id, sub_file_id, number, reference, title, type, metadata, status, revision, "
        "created_at, created_by, modified_at, modified_by, reference_provisional) "
        "VALUES (?,?,?,?,?,?,?,?,'open',1,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(a.result.id), uuidText(fileId), subFileId.isNull() ? QString() : uuidText(subFileId), number,
                reference, title, type, compactJson(Commands::toJson(*metadata)), m_now, m_user.login, m_now,
                m_user.login, m_connected);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.payload.insert(QStringLiteral("number"), number);
    a.payload.insert(QStringLiteral("reference"), reference);
    a.payload.insert(QStringLiteral("metadata"), Commands::toJson(*metadata));
    a.auditDetails = a.payload;
    a.result.data = {{QStringLiteral("file_reference"), f.reference}};
    return a;
}

// --- documents and versions ---------------------------------------------------------------

Result<QString> Writer::insertVersion(const QUuid &documentId, int number, const Args::VersionContent &v)
{
    const QString &sha = v.sha256;
    const qint64 size = v.size;
    // The content must be durable before the row that points at it commits. The unsafe
    // order exists only as the negative control of the crash test.
    if (!FaultInjection::shouldFail("unsafe.commit-before-content") && !m_content->contains(sha))
        return fail(ErrorCode::Integrity, tr("The content to be stored is missing from the content store."), sha);

    auto content = m_db.prepare(
        QStringLiteral("INSERT INTO content (sha256, algorithm, size, created_at) VALUES (?, 'sha256', ?, ?) "
                       "ON CONFLICT(sha256) DO NOTHING"));
    if (!content)
        return std::unexpected(content.error());
    content->bindAll(sha, size, m_now);
    if (auto s = content->run(); !s)
        return std::unexpected(s.error());
    auto sizeCheck = m_db.prepare(QStringLiteral("SELECT size FROM content WHERE sha256 = ?"));
    if (!sizeCheck)
        return std::unexpected(sizeCheck.error());
    sizeCheck->bind(1, sha);
    if (auto r = sizeCheck->step(); !r)
        return std::unexpected(r.error());
    if (sizeCheck->int64(0) != size)
        return fail(ErrorCode::Integrity, tr("The content size does not match the stored content."), sha);

    const QUuid versionId = QUuid::createUuid();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO version (id, document_id, number, sha256, size, mime_type, file_name, author, created_at, "
        "comment, origin, base_version, parallel_to, transfer_note, ocr) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(versionId), uuidText(documentId), number, sha, size, v.mimeType, v.fileName, m_user.login,
        m_now, v.comment, versionOriginCode(v.origin));
    v.baseVersion > 0 ? st->bind(12, v.baseVersion) : st->bindNull(12);
    v.parallelTo > 0 ? st->bind(13, v.parallelTo) : st->bindNull(13);
    // Null QStrings bind NULL: a version without a scan or OCR has neither.
    st->bind(14, v.transferNote.isEmpty() ? QString() : v.transferNote);
    st->bind(15, v.ocr.isEmpty() ? QString() : v.ocr);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    return uuidText(versionId);
}

Result<int> Writer::nextDocumentNumber(const QUuid &caseId)
{
    // Under a server its number comes from there; until then a provisional one below zero. Alone,
    // the case's counter — never a number handed out before, also after a document moved away.
    auto st = m_db.prepare(m_connected
            ? QStringLiteral("SELECT MIN(COALESCE(MIN(number), 0), 0) - 1 FROM document WHERE case_id = ?2")
            : QStringLiteral("INSERT INTO reference_counter (scope, last_value) VALUES (?1, (SELECT "
                             "COALESCE(MAX(number), 0) + 1 FROM document WHERE case_id = ?2)) ON CONFLICT(scope) "
                             "DO UPDATE SET last_value = max(last_value + 1, excluded.last_value) RETURNING "
                             "last_value"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(QStringLiteral("document:") + uuidText(caseId), uuidText(caseId)); // ?1 scope (unused online), ?2 case
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, tr("No document number was handed out."), uuidText(caseId));
    const int number = st->integer(0);
    (void)st->reset();
    return number;
}

Result<Writer::Applied> Writer::createDocument(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("add documents")); !s)
        return std::unexpected(s.error());
    auto args = Args::CreateDocument::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QUuid caseId = args->caseId;
    QString department = m_user.departmentCode;
    QString caseReference;
    if (!caseId.isNull()) {
        auto cs = writableCase(caseId);
        if (!cs)
            return std::unexpected(cs.error());
        department = cs->second;
        caseReference = cs->first.reference;
    }
    const QString &title = args->title;
    const QString &type = args->type;
    auto metadata = validateMetadata(department, EntityKind::Document, type, args->metadata);
    if (!metadata)
        return std::unexpected(metadata.error());

    // A scan names the document's id beforehand: its transfer note is bound to it.
    QUuid documentId = QUuid::createUuid();
    if (!args->presetId.isNull()) {
        documentId = args->presetId;
        auto taken = Queries::document(m_db, documentId);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(ErrorCode::InvalidArgument, tr("The id of the new document is not valid or taken."),
                uuidText(documentId));
    }
    int number = 0;
    if (!caseId.isNull()) {
        auto n = nextDocumentNumber(caseId);
        if (!n)
            return std::unexpected(n.error());
        number = *n;
    }
    Applied a;
    a.result = makeResult(QStringLiteral("document"), documentId, caseReference, 1, 1);
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO document (id, case_id, title, type, metadata, current_version, status, revision, created_at, "
        "created_by, modified_at, modified_by, number) VALUES (?,?,?,?,?,1,'open',1,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(a.result.id), caseId.isNull() ? QString() : uuidText(caseId), title, type,
                compactJson(Commands::toJson(*metadata)), m_now, m_user.login, m_now, m_user.login);
    number != 0 ? st->bind(10, number) : st->bindNull(10);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    auto versionId = insertVersion(a.result.id, 1, args->content);
    if (!versionId)
        return std::unexpected(versionId.error());

    a.payload = c.args;
    a.payload.insert(QStringLiteral("title"), title);
    a.payload.insert(QStringLiteral("version_id"), *versionId);
    a.payload.insert(QStringLiteral("metadata"), Commands::toJson(*metadata));
    a.auditDetails = a.payload;
    a.result.data = { { QStringLiteral("sha256"), args->content.sha256 }, { QStringLiteral("version_id"), *versionId },
        { QStringLiteral("title"), title } };
    if (number != 0) {
        a.auditDetails.insert(QStringLiteral("number"), number);
        a.result.data.insert(QStringLiteral("reference"), Model::documentReference(caseReference, number));
    }
    return a;
}

Result<Writer::Applied> Writer::addVersion(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("add versions")); !s)
        return std::unexpected(s.error());
    auto doc = writableDocument(c.target);
    if (!doc)
        return std::unexpected(doc.error());
    const Document &d = doc->first;
    if (auto s = ensureNotLockedByOther(d); !s)
        return std::unexpected(s.error());
    auto content = Args::VersionContent::from(c.args);
    if (!content)
        return std::unexpected(content.error());
    if (const int from = content->restoredFrom; from > 0) {
        auto old = Queries::version(m_db, d.meta.id, from);
        if (!old)
            return std::unexpected(old.error());
        if (!*old || (*old)->sha256 != content->sha256)
            return fail(ErrorCode::NotFound, tr("The document \"%1\" has no version %2 to restore.").arg(d.title).arg(from));
    }
    content->baseVersion = d.currentVersion;
    QJsonObject payload = c.args;
    payload.insert(QStringLiteral("base_version"), d.currentVersion);
    if (auto s = nameBaseVersion(d.meta.id, d.currentVersion, payload); !s)
        return std::unexpected(s.error());
    return appendVersion(d, *content, payload);
}

Result<Writer::Applied> Writer::appendVersion(
    const Document &d, const Args::VersionContent &content, const QJsonObject &args)
{
    const int number = d.currentVersion + 1;
    auto versionId = insertVersion(d.meta.id, number, content);
    if (!versionId)
        return std::unexpected(versionId.error());
    auto st = m_db.prepare(QStringLiteral("UPDATE document SET current_version = ?, revision = revision + 1, "
                                          "modified_at = ?, modified_by = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(number, m_now, m_user.login, uuidText(d.meta.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());

    Applied a;
    a.result = makeResult(QStringLiteral("document"), d.meta.id, {}, d.meta.revision + 1, number);
    a.baseRevision = d.meta.revision;
    a.payload = args;
    a.payload.insert(QStringLiteral("number"), number);
    a.payload.insert(QStringLiteral("version_id"), *versionId);
    a.auditDetails = a.payload;
    a.result.data = { { QStringLiteral("sha256"), content.sha256 }, { QStringLiteral("version_id"), *versionId } };
    return a;
}

// --- check-out and check-in ------------------------------------------------------------------

Status Writer::ensureNotLockedByOther(const Document &d)
{
    auto lock = Queries::documentLock(m_db, d.meta.id);
    if (!lock)
        return std::unexpected(lock.error());
    if (*lock && (*lock)->isHeld(QDateTime::fromString(m_now, Qt::ISODateWithMs)) && (*lock)->owner != m_user.login)
        return fail(ErrorCode::ReadOnly,
            tr("\"%1\" is checked out by %2 since %3; you can read it, but not change its content.")
                .arg(d.title, (*lock)->owner, Model::displayTime((*lock)->since)),
            (*lock)->owner);
    return {};
}

Status Writer::nameBaseVersion(const QUuid &documentId, int base, QJsonObject &args)
{
    auto v = Queries::version(m_db, documentId, base);
    if (!v)
        return std::unexpected(v.error());
    if (*v)
        args.insert(QStringLiteral("base_version_id"), uuidText((*v)->meta.id));
    return {};
}

Status Writer::setLock(const QUuid &documentId, const QString &owner, const QString &since, const QString &expires)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO document_lock (document_id, owner, since, expires) VALUES (?,?,?,?) ON CONFLICT(document_id) DO "
        "UPDATE SET owner = excluded.owner, since = excluded.since, expires = excluded.expires, "
        "revision = revision + 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, uuidText(documentId));
    for (int i = 0; i < 3; ++i) {
        const QString &v = i == 0 ? owner : i == 1 ? since : expires;
        v.isEmpty() ? st->bindNull(i + 2) : st->bind(i + 2, v);
    }
    return st->run();
}

Result<Writer::Applied> Writer::checkOut(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("check out documents")); !s)
        return std::unexpected(s.error());
    auto doc = writableDocument(c.target);
    if (!doc)
        return std::unexpected(doc.error());
    const Document &d = doc->first;
    auto args = Args::CheckOut::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const bool offline = args->offline;
    const int base = args->baseVersion;
    // Connected and reachable, the server has granted the lock before this runs; offline, a
    // lock known from the last sync does not stop an edit — it becomes a parallel version.
    if (!offline && !m_connected) {
        if (auto s = ensureNotLockedByOther(d); !s)
            return std::unexpected(s.error());
    }
    auto existing = Queries::workingCopy(m_db, d.meta.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists,
                    tr("\"%1\" is already checked out here: %2").arg(d.title, QDir::toNativeSeparators((*existing)->path)));
    if (base != d.currentVersion)
        return fail(ErrorCode::Conflict,
                    tr("\"%1\" has changed meanwhile (now version %2); check it out again.").arg(d.title).arg(d.currentVersion));
    const QString &path = args->path;
    auto hours = Queries::setting(m_db, QStringLiteral("checkout.expiry_hours"), QStringLiteral("168"));
    if (!hours)
        return std::unexpected(hours.error());
    const QString expires = QDateTime::fromString(m_now, Qt::ISODateWithMs)
                                .addSecs(std::max(1, hours->toInt()) * 3600LL)
                                .toString(Qt::ISODateWithMs);
    auto current = Queries::version(m_db, d.meta.id, base);
    if (!current)
        return std::unexpected(current.error());
    if (!*current || (*current)->sha256 != args->baseSha256)
        return fail(ErrorCode::Integrity, tr("The working copy does not match version %1.").arg(base), path);
    auto st = m_db.prepare(QStringLiteral("INSERT INTO working_copy (document_id, path, base_version, base_version_id, "
                                          "base_sha256, checked_out_at, offline) VALUES (?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(
        uuidText(d.meta.id), path, base, uuidText((*current)->meta.id), args->baseSha256, m_now, offline ? 1 : 0);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    if (auto s = setLock(d.meta.id, m_user.login, m_now, expires); !s)
        return std::unexpected(s.error());

    Applied a;
    a.result = makeResult(QStringLiteral("document"), d.meta.id, {}, d.meta.revision, base);
    a.baseRevision = d.meta.revision;
    a.payload = c.args;
    a.payload.remove(QStringLiteral("path")); // where this client keeps it is nobody else's business
    a.payload.insert(QStringLiteral("since"), m_now);
    a.payload.insert(QStringLiteral("expires"), expires);
    a.auditDetails = a.payload;
    a.result.data = {{QStringLiteral("path"), path}, {QStringLiteral("expires"), expires}};
    return a;
}

Result<Writer::Applied> Writer::checkIn(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("check in documents")); !s)
        return std::unexpected(s.error());
    auto doc = writableDocument(c.target);
    if (!doc)
        return std::unexpected(doc.error());
    const Document &d = doc->first;
    auto wc = Queries::workingCopy(m_db, d.meta.id);
    if (!wc)
        return std::unexpected(wc.error());
    if (!*wc)
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not checked out here.").arg(d.title));
    // The base by id: pulled meanwhile, a version made offline may have a new number.
    int base = (*wc)->baseVersion;
    {
        auto st = m_db.prepare(QStringLiteral("SELECT number FROM version WHERE id = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, uuidText((*wc)->baseVersionId));
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            base = st->integer(0);
    }
    auto content = Args::VersionContent::from(c.args);
    if (!content)
        return std::unexpected(content.error());
    if (content->sha256 == (*wc)->baseSha256)
        return fail(ErrorCode::Validation,
                    tr("The working copy of \"%1\" is unchanged: there is no new version to check in.").arg(d.title));
    content->baseVersion = base;
    QJsonObject args = c.args;
    args.insert(QStringLiteral("base_version"), base);
    args.insert(QStringLiteral("base_version_id"), uuidText((*wc)->baseVersionId));
    // Another version followed the base meanwhile (pulled while this was edited offline), or
    // someone else holds the lock now (ours was broken): both are kept, this one marked.
    bool parallel = d.currentVersion != base;
    if (!parallel)
        parallel = !ensureNotLockedByOther(d).has_value();
    if (parallel) {
        content->origin = VersionOrigin::Parallel;
        content->parallelTo = base;
        args.insert(QStringLiteral("origin"), versionOriginCode(VersionOrigin::Parallel));
        args.insert(QStringLiteral("parallel_to"), base);
    }
    auto a = appendVersion(d, *content, args);
    if (!a)
        return a;
    if (auto s = releaseCheckOut(d.meta.id); !s)
        return std::unexpected(s.error());
    a->result.data.insert(QStringLiteral("path"), (*wc)->path);
    a->result.data.insert(QStringLiteral("parallel"), parallel);
    return a;
}

Status Writer::releaseCheckOut(const QUuid &documentId)
{
    auto del = m_db.prepare(QStringLiteral("DELETE FROM working_copy WHERE document_id = ?"));
    if (!del)
        return std::unexpected(del.error());
    del->bind(1, uuidText(documentId));
    if (auto s = del->run(); !s)
        return s;
    auto free = m_db.prepare(QStringLiteral("UPDATE document_lock SET owner = NULL, since = NULL, expires = NULL, "
                                            "revision = revision + 1 WHERE document_id = ? AND owner = ?"));
    if (!free)
        return std::unexpected(free.error());
    free->bindAll(uuidText(documentId), m_user.login);
    return free->run();
}

Result<Writer::Applied> Writer::cancelCheckOut(const Command &c)
{
    // Ending a check-out changes no record: allowed on a closed document too.
    auto d = Queries::document(m_db, c.target);
    if (!d)
        return std::unexpected(d.error());
    if (!*d)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), uuidText(c.target));
    auto wc = Queries::workingCopy(m_db, c.target);
    if (!wc)
        return std::unexpected(wc.error());
    if (!*wc)
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not checked out here.").arg((*d)->title));
    if (auto s = releaseCheckOut(c.target); !s)
        return std::unexpected(s.error());
    Applied a;
    a.result = makeResult(QStringLiteral("document"), c.target, {}, (*d)->meta.revision, (*wc)->baseVersion);
    a.baseRevision = (*d)->meta.revision;
    a.payload = {{QStringLiteral("base_version"), (*wc)->baseVersion}};
    a.auditDetails = a.payload;
    a.result.data = {{QStringLiteral("path"), (*wc)->path}};
    return a;
}

Result<Writer::Applied> Writer::breakLock(const Command &c)
{
    if (auto s = requireRole({Role::TeamLead, Role::Administrator}, tr("break someone else's check-out")); !s)
        return std::unexpected(s.error());
    auto d = Queries::document(m_db, c.target);
    if (!d)
        return std::unexpected(d.error());
    if (!*d || (*d)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), uuidText(c.target));
    auto lock = Queries::documentLock(m_db, c.target);
    if (!lock)
        return std::unexpected(lock.error());
    auto args = Args::BreakLock::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    QString owner = args->owner;
    if (owner.isEmpty() && *lock)
        owner = (*lock)->owner;
    if (owner.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not checked out.").arg((*d)->title));
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO document_lock (document_id, owner, broken_by, broken_at, broken_owner) VALUES (?, NULL, ?, ?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET owner = NULL, since = NULL, expires = NULL, broken_by = "
        "excluded.broken_by, broken_at = excluded.broken_at, broken_owner = excluded.broken_owner, "
        "revision = revision + 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(c.target), m_user.login, m_now, owner);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    Applied a;
    a.result = makeResult(QStringLiteral("document"), c.target, {}, (*d)->meta.revision, 0);
    a.baseRevision = (*d)->meta.revision;
    a.payload = c.args;
    a.payload.insert(QStringLiteral("owner"), owner);
    a.auditDetails = a.payload;
    a.result.data = {{QStringLiteral("owner"), owner}};
    return a;
}

Result<std::pair<Case, QString>> Writer::caseToFileInto(const QUuid &caseId)
{
    if (caseId.isNull())
        return fail(ErrorCode::InvalidArgument, tr("Choose the case to file the document into."));
    auto cs = writableCase(caseId);
    if (!cs)
        return std::unexpected(cs.error());
    // The server decides in the end (row-level security); refusing here keeps a clerk from
    // filing into a file that is only shared with the department for reading.
    if (!m_user.departmentCode.isEmpty() && cs->second != m_user.departmentCode)
        return fail(ErrorCode::PermissionDenied,
                    tr("The case %1 belongs to department %2; you can only file into cases of your department (%3).")
                        .arg(cs->first.reference, cs->second, m_user.departmentCode),
                    m_user.login);
    return cs;
}

Result<Writer::Applied> Writer::fileIntoCase(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("file documents")); !s)
        return std::unexpected(s.error());
    auto d = Queries::document(m_db, c.target);
    if (!d)
        return std::unexpected(d.error());
    if (!*d || (*d)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), uuidText(c.target));
    const Document &doc = **d;
    if (!doc.caseId.isNull()) {
        auto current = Queries::caseRecord(m_db, doc.caseId);
        if (!current)
            return std::unexpected(current.error());
        return fail(ErrorCode::Validation,
                    tr("The document \"%1\" is already filed in the case %2. Only documents in the intake can be "
                       "filed into a case; moving a document between cases is not possible.")
                        .arg(doc.title, *current ? (*current)->reference : uuidText(doc.caseId)));
    }
    if (doc.status == RecordStatus::Closed)
        return fail(ErrorCode::ReadOnly,
                    tr("The document \"%1\" is closed and can no longer be changed.").arg(doc.title));
    auto args = Args::ToCase::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QUuid caseId = args->caseId;
    auto cs = caseToFileInto(caseId);
    if (!cs)
        return std::unexpected(cs.error());
    const auto &[target, department] = *cs;
    // Its type and fields must mean something in the department it now belongs to.
    if (auto checked = validateMetadata(department, EntityKind::Document, doc.type, doc.metadata); !checked)
        return fail(ErrorCode::Validation,
                    tr("The document \"%1\" cannot be filed into %2: %3")
                        .arg(doc.title, target.reference, checked.error().message));

    Applied a;
    a.baseRevision = doc.meta.revision;
    a.result = makeResult(QStringLiteral("document"), doc.meta.id, target.reference, doc.meta.revision + 1);
    auto number = nextDocumentNumber(caseId);
    if (!number)
        return std::unexpected(number.error());
    auto st = m_db.prepare(QStringLiteral("UPDATE document SET case_id = ?, revision = ?, modified_at = ?, "
                                          "modified_by = ?, number = ? WHERE id = ? AND case_id IS NULL"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(caseId), a.result.revision, m_now, m_user.login, *number, uuidText(doc.meta.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.fieldChanges.append({QStringLiteral("case"), QString(), target.reference});
    a.payload = c.args;
    a.payload.insert(QStringLiteral("case_reference"), target.reference);
    a.auditDetails = a.payload;
    a.auditDetails.insert(QStringLiteral("title"), doc.title);
    a.auditDetails.insert(QStringLiteral("department"), department);
    a.auditDetails.insert(QStringLiteral("number"), *number);
    a.result.data = { { QStringLiteral("case_id"), uuidText(caseId) }, { QStringLiteral("title"), doc.title },
        { QStringLiteral("reference"), Model::documentReference(target.reference, *number) } };
    return a;
}

Result<Writer::Applied> Writer::linkDocument(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("add documents")); !s)
        return std::unexpected(s.error());
    auto d = Queries::document(m_db, c.target);
    if (!d)
        return std::unexpected(d.error());
    if (!*d || (*d)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The document to refer to does not exist."), uuidText(c.target));
    const Document &original = **d;
    auto args = Args::ToCase::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QUuid caseId = args->caseId;
    if (!original.caseId.isNull() && original.caseId == caseId)
        return fail(ErrorCode::Validation,
                    tr("The document \"%1\" is already in this case; a reference to it is not needed.")
                        .arg(original.title));
    auto cs = caseToFileInto(caseId);
    if (!cs)
        return std::unexpected(cs.error());
    auto v = Queries::version(m_db, original.meta.id);
    if (!v)
        return std::unexpected(v.error());
    if (!*v)
        return fail(ErrorCode::NotFound, tr("The document \"%1\" has no content to refer to.").arg(original.title));

    // An ordinary document of the "Verweis" type whose version is the original's content: it
    // syncs, is searched and shown like any other, and the bytes are stored once.
    Command create = Commands::createDocument(
        caseId, original.title, ContentRef{(*v)->sha256, (*v)->size, false}, (*v)->mimeType, (*v)->fileName,
        VersionOrigin::Import, QStringLiteral("Verweis"),
        {{QStringLiteral("reference_to"), uuidText(original.meta.id)}});
    create.opId = c.opId;
    auto a = createDocument(create);
    if (!a)
        return a;
    a->auditDetails.insert(QStringLiteral("reference_to"), uuidText(original.meta.id));
    a->result.data.insert(QStringLiteral("reference_to"), uuidText(original.meta.id));
    return a;
}

// --- field changes and tombstones ---------------------------------------------------------

Result<Writer::Applied> Writer::updateFields(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("change metadata")); !s)
        return std::unexpected(s.error());
    auto args = Args::UpdateFields::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    auto target = Queries::resolve(m_db, uuidText(c.target));
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(ErrorCode::NotFound, tr("Nothing with the id %1 exists.").arg(uuidText(c.target)));
    const QString entityType = (*target)->entityType;

    QString table, title, type, department, reference;
    FieldValues metadata;
    qint64 revision = 0;
    EntityKind kind = EntityKind::Document;
    bool hasSchema = true;
    if (entityType == QLatin1String("file")) {
        auto f = Queries::file(m_db, c.target);
        if (!f)
            return std::unexpected(f.error());
        if (auto s = ensureFileWritable(c.target); !s)
            return std::unexpected(s.error());
        table = QStringLiteral("file_record");
        title = (*f)->title, type = (*f)->type, metadata = (*f)->metadata, department = (*f)->departmentCode;
        revision = (*f)->meta.revision, kind = EntityKind::File, reference = (*f)->reference;
    } else if (entityType == QLatin1String("case")) {
        auto cs = writableCase(c.target);
        if (!cs)
            return std::unexpected(cs.error());
        const Case &k = cs->first;
        table = QStringLiteral("case_record");
        title = k.title, type = k.type, metadata = k.metadata, department = cs->second;
        revision = k.meta.revision, kind = EntityKind::Case, reference = k.reference;
    } else if (entityType == QLatin1String("document")) {
        auto d = writableDocument(c.target);
        if (!d)
            return std::unexpected(d.error());
        const Document &doc = d->first;
        table = QStringLiteral("document");
        title = doc.title, type = doc.type, metadata = doc.metadata, department = d->second;
        revision = doc.meta.revision, kind = EntityKind::Document;
    } else if (entityType == QLatin1String("sub_file")) {
        auto sf = Queries::subFile(m_db, c.target);
        if (!sf)
            return std::unexpected(sf.error());
        if (auto s = ensureFileWritable((*sf)->fileId); !s)
            return std::unexpected(s.error());
        table = QStringLiteral("sub_file");
        title = (*sf)->title, revision = (*sf)->meta.revision;
        hasSchema = false;
    } else {
        return fail(ErrorCode::Unsupported, tr("Fields of a %1 cannot be changed this way.").arg(entityTypeName(entityType)));
    }

    Applied a;
    a.result = makeResult(entityType, c.target, reference, revision);
    a.baseRevision = revision;

    const QString newTitle = args->title.value_or(title);
    QString newType = type;
    FieldValues newMetadata = metadata;
    const bool touchesMetadata = args->type || args->hasMetadata;
    if (touchesMetadata) {
        if (!hasSchema)
            return fail(ErrorCode::Validation, tr("A volume has no metadata fields besides its title."));
        newType = args->type.value_or(newType);
        const FieldValues &changes = args->metadata;
        const MetadataSchema *schema = m_schemas ? m_schemas->find(department, kind, newType) : nullptr;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const FieldDef *f = schema ? schema->field(it.key()) : nullptr;
            const QString key = f ? f->key : it.key();
            if (it.value().trimmed().isEmpty())
                newMetadata.remove(key);
            else
                newMetadata.insert(key, it.value());
        }
        auto checked = validateMetadata(department, kind, newType, newMetadata);
        if (!checked)
            return std::unexpected(checked.error());
        newMetadata = *checked;
    }

    if (newTitle != title) {
        a.fieldChanges.append({QStringLiteral("title"), title, newTitle});
        a.auditDetails.insert(QStringLiteral("title"), QJsonArray{title, newTitle});
    }
    if (newType != type) {
        a.fieldChanges.append({QStringLiteral("type"), type, newType});
        a.auditDetails.insert(QStringLiteral("type"), QJsonArray{type, newType});
    }
    QStringList keys = metadata.keys() + newMetadata.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonObject metaChanges;
    for (const QString &key : std::as_const(keys)) {
        const QString oldV = metadata.value(key);
        const QString newV = newMetadata.value(key);
        if (oldV != newV) {
            a.fieldChanges.append({key, oldV, newV});
            metaChanges.insert(key, QJsonArray{oldV, newV});
        }
    }
    if (!metaChanges.isEmpty())
        a.auditDetails.insert(QStringLiteral("metadata"), metaChanges);
    if (a.fieldChanges.isEmpty()) {
        a.result.unchanged = true;
        return a;
    }

    a.result.revision = revision + 1;
    const QString sql = hasSchema
        ? QStringLiteral("UPDATE %1 SET title = ?, type = ?, metadata = ?, revision = ?, modified_at = ?, "
                         "modified_by = ? WHERE id = ?")
              .arg(table)
        : QStringLiteral("UPDATE %1 SET title = ?, revision = ?, modified_at = ?, modified_by = ? WHERE id = ?")
              .arg(table);
    auto st = m_db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    if (hasSchema)
        st->bindAll(newTitle, newType, compactJson(Commands::toJson(newMetadata)), a.result.revision, m_now,
                    m_user.login, uuidText(c.target));
    else
        st->bindAll(newTitle, a.result.revision, m_now, m_user.login, uuidText(c.target));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    // The server merges per field: it needs the value each change started from.
    QJsonArray changes;
    for (const auto &[field, oldValue, newValue] : a.fieldChanges) {
        const bool plain = field == QLatin1String("title") || field == QLatin1String("type");
        changes.append(QJsonObject{{QStringLiteral("field"), plain ? field : QStringLiteral("metadata.") + field},
                                   {QStringLiteral("old"), oldValue},
                                   {QStringLiteral("new"), newValue}});
    }
    a.payload = c.args;
    a.payload.insert(QStringLiteral("entity_type"), entityType);
    a.payload.insert(QStringLiteral("changes"), changes);
    return a;
}

Result<Writer::Applied> Writer::tombstone(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("delete")); !s)
        return std::unexpected(s.error());
    auto args = Args::Tombstone::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &reason = args->reason;
    auto target = Queries::resolve(m_db, uuidText(c.target));
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(ErrorCode::NotFound, tr("Nothing with the id %1 exists.").arg(uuidText(c.target)));
    const QString type = (*target)->entityType;
    QString table;
    QString childCheck;
    if (type == QLatin1String("document")) {
        if (auto d = writableDocument(c.target); !d)
            return std::unexpected(d.error());
        table = QStringLiteral("document");
    } else if (type == QLatin1String("case")) {
        if (auto cs = writableCase(c.target); !cs)
            return std::unexpected(cs.error());
        table = QStringLiteral("case_record");
        childCheck = QStringLiteral("SELECT count(*) FROM document WHERE case_id = ? AND deleted = 0");
    } else if (type == QLatin1String("file")) {
        if (auto s = ensureFileWritable(c.target); !s)
            return std::unexpected(s.error());
        table = QStringLiteral("file_record");
        childCheck = QStringLiteral("SELECT count(*) FROM case_record WHERE file_id = ? AND deleted = 0");
    } else {
        return fail(ErrorCode::Unsupported, tr("A %1 cannot be deleted.").arg(entityTypeName(type)));
    }
    if (!childCheck.isEmpty()) {
        auto st = m_db.prepare(childCheck);
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, uuidText(c.target));
        if (auto r = st->step(); !r)
            return std::unexpected(r.error());
        if (st->int64(0) > 0)
            return fail(ErrorCode::Validation, tr("%1 is not empty: delete what it holds first.").arg((*target)->label));
    }
    auto rev = m_db.prepare(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    if (!rev)
        return std::unexpected(rev.error());
    rev->bind(1, uuidText(c.target));
    if (auto r = rev->step(); !r)
        return std::unexpected(r.error());
    Applied a;
    a.baseRevision = rev->int64(0);
    a.result = makeResult(type, c.target, (*target)->label, a.baseRevision + 1);
    auto st = m_db.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, revision = ?, modified_at = ?, modified_by = ? "
                                          "WHERE id = ?")
                               .arg(table));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(a.result.revision, m_now, m_user.login, uuidText(c.target));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.auditDetails = {{QStringLiteral("reason"), reason}, {QStringLiteral("label"), (*target)->label}};
    return a;
}

Result<Writer::Applied> Writer::undelete(const Command &c)
{
    if (auto s = requireRole({ Role::Clerk, Role::TeamLead, Role::RecordsOfficer }, tr("restore what was deleted")); !s)
        return std::unexpected(s.error());
    auto args = Args::Tombstone::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    // What it is and what holds it (deleted rows included: that is the point).
    auto st = m_db.prepare(QStringLiteral(
        "SELECT 'document', d.deleted, d.revision, d.title, d.case_id, c.deleted, c.file_id FROM document d "
        "LEFT JOIN case_record c ON c.id = d.case_id WHERE d.id = ?1 "
        "UNION ALL SELECT 'case', c.deleted, c.revision, c.reference, c.id, 0, c.file_id FROM case_record c WHERE c.id "
        "= ?1 "
        "UNION ALL SELECT 'file', f.deleted, f.revision, f.reference, NULL, 0, f.id FROM file_record f WHERE f.id = "
        "?1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, uuidText(c.target));
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("Nothing with the id %1 exists.").arg(uuidText(c.target)));
    const QString type = st->text(0);
    const bool deleted = st->integer(1) != 0;
    const qint64 revision = st->int64(2);
    const QString label = st->text(3);
    const QString caseId = st->text(4);
    const bool caseDeleted = st->integer(5) != 0;
    const QUuid fileId = QUuid::fromString(st->text(6));
    (void)st->reset();
    if (!deleted)
        return fail(ErrorCode::Validation, tr("%1 is not deleted.").arg(label));
    if (type == QLatin1String("document") && !caseId.isEmpty()) {
        if (caseDeleted)
            return fail(ErrorCode::Validation, tr("The case of \"%1\" is deleted: restore the case first.").arg(label));
        if (auto cs = writableCase(QUuid::fromString(caseId)); !cs)
            return std::unexpected(cs.error());
    } else if (type == QLatin1String("case")) {
        auto f = Queries::file(m_db, fileId);
        if (!f)
            return std::unexpected(f.error());
        if (*f && (*f)->meta.deleted)
            return fail(ErrorCode::Validation,
                tr("The file %1 of the case %2 is deleted: restore the file first.").arg((*f)->reference, label));
        if (auto s = ensureFileWritable(fileId); !s)
            return std::unexpected(s.error());
    }
    const QString table = type == QLatin1String("document") ? QStringLiteral("document")
        : type == QLatin1String("case")                     ? QStringLiteral("case_record")
                                                            : QStringLiteral("file_record");
    Applied a;
    a.baseRevision = revision;
    a.result = makeResult(type, c.target, label, revision + 1);
    auto up = m_db.prepare(
        QStringLiteral("UPDATE %1 SET deleted = 0, revision = ?, modified_at = ?, modified_by = ? WHERE id = ?")
            .arg(table));
    if (!up)
        return std::unexpected(up.error());
    up->bindAll(a.result.revision, m_now, m_user.login, uuidText(c.target));
    if (auto s = up->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.auditDetails = { { QStringLiteral("reason"), args->reason }, { QStringLiteral("label"), label } };
    return a;
}

Result<Writer::Applied> Writer::moveDocument(const Command &c)
{
    if (auto s = requireRole({ Role::Clerk, Role::TeamLead, Role::RecordsOfficer }, tr("move documents")); !s)
        return std::unexpected(s.error());
    auto args = Args::ToCase::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    auto source = writableDocument(c.target);
    if (!source)
        return std::unexpected(source.error());
    const Document &doc = source->first;
    if (doc.caseId.isNull())
        return fail(ErrorCode::Validation,
            tr("The document \"%1\" is in the intake: file it into a case instead.").arg(doc.title));
    if (doc.caseId == args->caseId)
        return fail(ErrorCode::Validation, tr("The document \"%1\" is in this case already.").arg(doc.title));
    auto lock = Queries::documentLock(m_db, doc.meta.id);
    if (!lock)
        return std::unexpected(lock.error());
    if (*lock && (*lock)->isHeld(QDateTime::fromString(m_now, Qt::ISODateWithMs)))
        return fail(ErrorCode::Conflict,
            tr("The document \"%1\" is checked out by %2: it can be moved once it is checked in.")
                .arg(doc.title, (*lock)->owner));
    auto from = Queries::caseRecord(m_db, doc.caseId);
    if (!from)
        return std::unexpected(from.error());
    auto cs = caseToFileInto(args->caseId);
    if (!cs)
        return std::unexpected(cs.error());
    const auto &[target, department] = *cs;
    if (auto checked = validateMetadata(department, EntityKind::Document, doc.type, doc.metadata); !checked)
        return fail(ErrorCode::Validation,
            tr("The document \"%1\" cannot be moved to %2: %3")
                .arg(doc.title, target.reference, checked.error().message));
    auto number = nextDocumentNumber(args->caseId);
    if (!number)
        return std::unexpected(number.error());
    Applied a;
    a.baseRevision = doc.meta.revision;
    a.result = makeResult(QStringLiteral("document"), doc.meta.id, target.reference, doc.meta.revision + 1);
    auto st = m_db.prepare(QStringLiteral("UPDATE document SET case_id = ?, number = ?, revision = ?, modified_at = ?, "
                                          "modified_by = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(args->caseId), *number, a.result.revision, m_now, m_user.login, uuidText(doc.meta.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    const QString fromReference = *from ? (*from)->reference : uuidText(doc.caseId);
    a.fieldChanges.append({ QStringLiteral("case"), fromReference, target.reference });
    a.payload = c.args;
    a.payload.insert(QStringLiteral("to_reference"), target.reference);
    a.payload.insert(QStringLiteral("from_reference"), fromReference);
    a.auditDetails = a.payload;
    a.auditDetails.insert(QStringLiteral("title"), doc.title);
    a.auditDetails.insert(QStringLiteral("number"), *number);
    a.result.data = { { QStringLiteral("case_id"), uuidText(args->caseId) },
        { QStringLiteral("reference"), Model::documentReference(target.reference, *number) } };
    return a;
}

Result<Writer::Applied> Writer::moveCase(const Command &c)
{
    if (auto s = requireRole({ Role::Clerk, Role::TeamLead, Role::RecordsOfficer }, tr("move cases")); !s)
        return std::unexpected(s.error());
    auto args = Args::ToFile::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    auto source = writableCase(c.target);
    if (!source)
        return std::unexpected(source.error());
    const Case &cs = source->first;
    if (cs.fileId == args->fileId)
        return fail(ErrorCode::Validation, tr("The case %1 is in this file already.").arg(cs.reference));
    if (auto s = ensureFileWritable(args->fileId); !s)
        return std::unexpected(s.error());
    auto file = Queries::file(m_db, args->fileId);
    if (!file)
        return std::unexpected(file.error());
    const FileRecord &f = **file;
    // Where it lives decides who reads it: a case stays in its department (the server checks too).
    if (f.departmentCode != source->second
        || (!m_user.departmentCode.isEmpty() && f.departmentCode != m_user.departmentCode))
        return fail(ErrorCode::PermissionDenied,
            tr("The file %1 belongs to department %2; a case can only move between files of your department.")
                .arg(f.reference, f.departmentCode),
            m_user.login);
    auto locked = m_db.prepare(QStringLiteral(
        "SELECT d.title, l.owner FROM document d JOIN document_lock l ON l.document_id = d.id WHERE d.case_id = ? "
        "AND d.deleted = 0 AND l.owner IS NOT NULL AND (l.expires IS NULL OR l.expires > ?) LIMIT 1"));
    if (!locked)
        return std::unexpected(locked.error());
    locked->bindAll(uuidText(cs.meta.id), m_now);
    auto row = locked->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return fail(ErrorCode::Conflict,
            tr("The document \"%1\" of the case is checked out by %2: the case can be moved once it is "
               "checked in.")
                .arg(locked->text(0), locked->text(1)));
    auto from = Queries::file(m_db, cs.fileId);
    if (!from)
        return std::unexpected(from.error());
    auto place = casePlace(f, cs.meta.id);
    if (!place)
        return std::unexpected(place.error());
    const auto &[number, reference] = *place;
    Applied a;
    a.baseRevision = cs.meta.revision;
    a.result = makeResult(QStringLiteral("case"), cs.meta.id, reference, cs.meta.revision + 1, number);
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE case_record SET file_id = ?, sub_file_id = NULL, number = ?, former_reference = CASE WHEN "
        "reference_provisional THEN former_reference ELSE reference END, reference = ?, reference_provisional = ?, "
        "revision = ?, modified_at = ?, modified_by = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(uuidText(f.meta.id), number, reference, m_connected, a.result.revision, m_now, m_user.login,
        uuidText(cs.meta.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    const QString fromReference = *from ? (*from)->reference : uuidText(cs.fileId);
    a.fieldChanges.append({ QStringLiteral("file"), fromReference, f.reference });
    a.fieldChanges.append({ QStringLiteral("reference"), cs.reference, reference });
    a.payload = c.args;
    a.payload.insert(QStringLiteral("to_reference"), f.reference);
    a.payload.insert(QStringLiteral("from_reference"), fromReference);
    a.payload.insert(QStringLiteral("former_reference"), cs.reference);
    a.auditDetails = a.payload;
    a.auditDetails.insert(QStringLiteral("reference"), reference);
    a.result.data
        = { { QStringLiteral("file_reference"), f.reference }, { QStringLiteral("former_reference"), cs.reference } };
    return a;
}

Result<Writer::Applied> Writer::share(const Command &c)
{
    const bool grant = c.type == CommandType::ShareFile;
    if (auto s = requireRole({ Role::Clerk, Role::TeamLead, Role::RecordsOfficer }, tr("share files")); !s)
        return std::unexpected(s.error());
    auto args = Args::Share::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    if (auto s = ensureFileWritable(c.target); !s)
        return std::unexpected(s.error());
    auto file = Queries::file(m_db, c.target);
    if (!file)
        return std::unexpected(file.error());
    const FileRecord &f = **file;
    if (!m_user.departmentCode.isEmpty() && f.departmentCode != m_user.departmentCode)
        return fail(ErrorCode::PermissionDenied,
            tr("The file %1 belongs to department %2; only that department can share it.")
                .arg(f.reference, f.departmentCode),
            m_user.login);
    const QString &department = args->departmentCode;
    auto known = Queries::department(m_db, department);
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        return fail(ErrorCode::NotFound, tr("There is no department %1.").arg(department));
    if (department == f.departmentCode)
        return fail(
            ErrorCode::Validation, tr("The file %1 belongs to department %2 already.").arg(f.reference, department));
    const QDateTime now = QDateTime::fromString(m_now, Qt::ISODateWithMs);
    if (grant && args->until.isValid() && args->until <= now)
        return fail(ErrorCode::Validation, tr("The end of the share has passed already."));
    QList<FileShare> shares = f.shares;
    const auto removed = std::remove_if(
        shares.begin(), shares.end(), [&department](const FileShare &s) { return s.departmentCode == department; });
    const bool found = removed != shares.end();
    shares.erase(removed, shares.end());
    if (!grant && !found)
        return fail(
            ErrorCode::NotFound, tr("The file %1 is not shared with department %2.").arg(f.reference, department));
    if (grant)
        shares.append(
            FileShare { department, args->until, m_user.login, QDateTime::fromString(m_now, Qt::ISODateWithMs) });
    Applied a;
    a.baseRevision = f.meta.revision;
    a.result = makeResult(QStringLiteral("file"), f.meta.id, f.reference, f.meta.revision + 1);
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE file_record SET shares = ?, revision = ?, modified_at = ?, modified_by = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(Queries::writeShares(shares), a.result.revision, m_now, m_user.login, uuidText(f.meta.id));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.payload = args->toJson();
    a.auditDetails = a.payload;
    a.auditDetails.insert(QStringLiteral("reference"), f.reference);
    return a;
}

// --- the central repository ----------------------------------------------------------------

Status Writer::markOperations(const QList<OutboxMark> &marks)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QString now = isoNow();
    for (const OutboxMark &m : marks) {
        auto st = m_db.prepare(QStringLiteral("UPDATE oplog SET push_state = ?, push_error = ?, push_code = ?, "
                                              "pushed_at = ? WHERE op_id = ? AND push_state = 'pending'"));
        if (!st)
            return std::unexpected(st.error());
        st->bindAll(m.rejected ? QStringLiteral("rejected") : QStringLiteral("pushed"),
            m.error.isEmpty() ? QString() : m.error, m.code.isEmpty() ? QString() : m.code, now, m.opId);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
        if (m.rejected) {
            // The server said no: the next pull brings back the server's version of the record.
            auto refetch = m_db.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO sync_refetch (entity_type, entity_id) SELECT CASE entity_type WHEN 'file' THEN "
                "'file_record' WHEN 'case' THEN 'case_record' ELSE entity_type END, entity_id FROM oplog WHERE op_id = ? "
                "AND entity_type IN ('file', 'case', 'document', 'sub_file', 'plan_unit')"));
            if (!refetch)
                return std::unexpected(refetch.error());
            refetch->bind(1, m.opId);
            if (auto s = refetch->run(); !s)
                return std::unexpected(s.error());
        }
    }
    return tx->commit();
}

Result<Writer::RejectedOp> Writer::rejectedOp(const QString &opId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT command, entity_type, entity_id, payload, created_at, "
                                          "COALESCE(push_code, ''), COALESCE(push_error, '') FROM oplog "
                                          "WHERE op_id = ? AND push_state = 'rejected' AND resolution IS NULL"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, opId);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("No refused change %1 is waiting for a decision.").arg(opId));
    return RejectedOp { st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6) };
}

Result<Writer::Applied> Writer::discardRejected(const Command &c)
{
    auto args = Args::RejectedOperation::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &opId = args->opId;
    auto op = rejectedOp(opId);
    if (!op)
        return std::unexpected(op.error());
    auto mark = m_db.prepare(QStringLiteral("UPDATE oplog SET resolution = 'discarded' WHERE op_id = ?"));
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, opId);
    if (auto s = mark->run(); !s)
        return std::unexpected(s.error());

    Applied a;
    a.result = makeResult(op->entityType, QUuid::fromString(op->entityId), QString(), 0);
    a.auditDetails = { { QStringLiteral("op_id"), opId }, { QStringLiteral("command"), op->command },
        { QStringLiteral("code"), op->code }, { QStringLiteral("reason"), op->message } };
    a.payload = c.args;
    static const QStringList creates { QStringLiteral("file.create"), QStringLiteral("case.create"),
        QStringLiteral("sub_file.create"), QStringLiteral("document.create"), QStringLiteral("document.link"),
        QStringLiteral("plan_unit.create") };
    if (!creates.contains(op->command)) {
        // The record returns to what the server holds, with the next pull.
        auto refetch = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO sync_refetch (entity_type, entity_id) VALUES (CASE ? WHEN 'file' THEN 'file_record' "
            "WHEN 'case' THEN 'case_record' ELSE ? END, ?)"));
        if (!refetch)
            return std::unexpected(refetch.error());
        refetch->bindAll(op->entityType, op->entityType, op->entityId);
        if (auto s = refetch->run(); !s)
            return std::unexpected(s.error());
        return a;
    }

    // Something new that never reached the server: it and what was made inside it go here as
    // tombstones (kept, with their content, but no longer shown or sent).
    QStringList ids { op->entityId };
    auto collect = [&](const QString &sql) -> Status {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto st = m_db.prepare(sql);
            if (!st)
                return std::unexpected(st.error());
            st->bindAll(ids.at(i), ids.at(i));
            for (;;) {
                auto row = st->step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                if (!ids.contains(st->text(0)))
                    ids << st->text(0);
            }
        }
        return {};
    };
    if (auto s = collect(QStringLiteral(
            "SELECT id FROM case_record WHERE file_id = ? UNION ALL SELECT id FROM sub_file WHERE file_id = ? "
            "UNION ALL SELECT id FROM document WHERE case_id IN (SELECT id FROM case_record WHERE file_id = ?1)"));
        !s)
        return std::unexpected(s.error());
    if (auto s = collect(QStringLiteral("SELECT id FROM document WHERE case_id = ? UNION ALL SELECT id FROM plan_unit "
                                        "WHERE parent_id = ?"));
        !s)
        return std::unexpected(s.error());
    int removed = 0;
    for (const QString &id : std::as_const(ids)) {
        for (const char *table : { "file_record", "sub_file", "case_record", "document", "plan_unit" }) {
            auto st
                = m_db.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, revision = revision + 1, modified_at = ?, "
                                              "modified_by = ? WHERE id = ? AND deleted = 0")
                                   .arg(QLatin1String(table)));
            if (!st)
                return std::unexpected(st.error());
            st->bindAll(m_now, m_user.login, id);
            if (auto s = st->run(); !s)
                return std::unexpected(s.error());
            removed += m_db.changes();
        }
        // What was queued for it goes nowhere now.
        auto ops = m_db.prepare(QStringLiteral("UPDATE oplog SET resolution = 'discarded' WHERE entity_id = ? AND "
                                               "push_state IN ('pending', 'rejected') AND resolution IS NULL"));
        if (!ops)
            return std::unexpected(ops.error());
        ops->bind(1, id);
        if (auto s = ops->run(); !s)
            return std::unexpected(s.error());
    }
    a.auditDetails.insert(QStringLiteral("taken_back"), removed);
    a.result.data = { { QStringLiteral("taken_back"), removed } };
    return a;
}

Result<Writer::Applied> Writer::resendRejected(const Command &c)
{
    auto args = Args::RejectedOperation::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &opId = args->opId;
    auto op = rejectedOp(opId);
    if (!op)
        return std::unexpected(op.error());
    // The same operation goes out again: the server keeps nothing of a refusal but its audit
    // event, so the operation id is free, and the time it was made stays (the server records
    // it as "recorded at"). Why it was refused stays in this command's audit event.
    auto again
        = m_db.prepare(QStringLiteral("UPDATE oplog SET push_state = 'pending', push_error = NULL, push_code = NULL, "
                                      "pushed_at = NULL WHERE op_id = ?"));
    if (!again)
        return std::unexpected(again.error());
    again->bind(1, opId);
    if (auto s = again->run(); !s)
        return std::unexpected(s.error());
    Applied a;
    a.result = makeResult(op->entityType, QUuid::fromString(op->entityId), QString(), 0);
    a.payload = c.args;
    a.auditDetails = { { QStringLiteral("op_id"), opId }, { QStringLiteral("command"), op->command },
        { QStringLiteral("code"), op->code }, { QStringLiteral("reason"), op->message } };
    return a;
}

Status Writer::recordSyncError(const QString &message)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(message, isoNow());
    return st->run();
}

Result<Writer::Applied> Writer::connectServer(const Command &c)
{
    auto args = Args::ConnectServer::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString &url = args->url;
    const QString &login = args->login;
    auto state = m_db.prepare(QStringLiteral("SELECT server_url, login, client_id FROM sync_state WHERE id = 1"));
    if (!state)
        return std::unexpected(state.error());
    auto row = state->step();
    if (!row)
        return std::unexpected(row.error());
    Applied a;
    if (*row) {
        if (state->text(0) == url && state->text(1) == login) {
            a.result = makeResult(QStringLiteral("sync"), QUuid::fromString(state->text(2)), url, 1);
            a.result.unchanged = true;
            return a;
        }
        return fail(ErrorCode::AlreadyExists,
                    tr("This data folder already works with %1 as %2. Use a new data folder for another server or "
                       "user.")
                        .arg(state->text(0), state->text(1)));
    }
    auto existing = m_db.scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM plan_unit) + (SELECT count(*) FROM file_record) + (SELECT count(*) FROM document)"));
    if (!existing)
        return std::unexpected(existing.error());
    QJsonObject firstUpload;
    if (existing->toLongLong() > 0) {
        // A folder used without a server (a pilot): what was made here goes up.
        auto prepared = prepareFirstUpload(*args);
        if (!prepared)
            return std::unexpected(prepared.error());
        firstUpload = *prepared;
    }
    if (args->serverUser) {
        // The server's word on who this is, kept as its row will arrive with the first pull.
        const User &u = *args->serverUser;
        auto user = m_db.prepare(QStringLiteral(
            "INSERT INTO app_user (id, login, display_name, department_code, roles, revision, created_at, created_by, "
            "modified_at, modified_by) VALUES (?,?,?,?,?,1,?,?,?,?) ON CONFLICT(login) DO UPDATE SET id = excluded.id, "
            "display_name = excluded.display_name, department_code = excluded.department_code, roles = excluded.roles, "
            "modified_at = excluded.modified_at, modified_by = excluded.modified_by"));
        if (!user)
            return std::unexpected(user.error());
        user->bindAll(uuidText(u.id), login, u.displayName, u.departmentCode, u.roleCodes().join(QLatin1Char(',')),
            m_now, login, m_now, login);
        if (auto s = user->run(); !s)
            return std::unexpected(s.error());
        a.user = u;
    }
    const QUuid clientId = QUuid::createUuid();
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO sync_state (id, server_url, login, client_id, watermark) VALUES (1, ?, ?, ?, '0')"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(url, login, uuidText(clientId));
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    a.result = makeResult(QStringLiteral("sync"), clientId, url, 1);
    a.payload = { { QStringLiteral("url"), url }, { QStringLiteral("login"), login } };
    a.auditDetails = {{QStringLiteral("url"), url}, {QStringLiteral("login"), login}};
    if (args->serverUser) {
        a.auditDetails.insert(QStringLiteral("department"), args->serverUser->departmentCode);
        a.auditDetails.insert(QStringLiteral("roles"), QJsonArray::fromStringList(args->serverUser->roleCodes()));
    }
    if (!firstUpload.isEmpty()) {
        a.auditDetails.insert(QStringLiteral("first_upload"), firstUpload);
        a.result.data = firstUpload;
    }
    return a;
}

Result<QJsonObject> Writer::prepareFirstUpload(const Args::ConnectServer &args)
{
    if (!args.serverPlan)
        return fail(ErrorCode::Validation,
            tr("This data folder already holds work made without a server. Connect it with \"aktenwerk-cli "
               "connect\", which reads the server's file plan first."));
    const QHash<QString, QUuid> &serverPlan = *args.serverPlan; // code -> id
    const QSet<QString> serverDepartments(args.serverDepartments.cbegin(), args.serverDepartments.cend());

    // The files' departments must exist on the server: only an administrator adds them.
    {
        auto st = m_db.prepare(
            QStringLiteral("SELECT DISTINCT department_code FROM file_record WHERE deleted = 0 "
                           "UNION SELECT DISTINCT f.department_code FROM document d JOIN case_record c "
                           "ON c.id = d.case_id JOIN file_record f ON f.id = c.file_id WHERE d.deleted = 0"));
        if (!st)
            return std::unexpected(st.error());
        QStringList missing;
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            if (!serverDepartments.contains(st->text(0)))
                missing << st->text(0);
        }
        if (!missing.isEmpty())
            return fail(ErrorCode::NotFound,
                tr("The server has no department %1. Ask the administrator to add it (\"aktenwerk-cli server "
                   "add-department\"), then connect again.")
                    .arg(missing.join(QStringLiteral(", "))));
    }

    // Plan units the server has under the same code become the server's: their ids change to the
    // server's everywhere here, and they are not sent. The others go up (a records officer's
    // or an administrator's work; for anyone else the server refuses, visibly).
    auto execOrFail = [this](const QString &sql, const QVariantList &values) -> Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        int i = 1;
        for (const QVariant &v : values)
            st->bind(i++, v.toString());
        return st->run();
    };
    if (auto s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return std::unexpected(s.error());
    QStringList matched;
    int remapped = 0;
    {
        auto st = m_db.prepare(QStringLiteral("SELECT id, code FROM plan_unit"));
        if (!st)
            return std::unexpected(st.error());
        QList<std::pair<QString, QString>> units;
        while (true) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            units.append({ st->text(0), st->text(1) });
        }
        for (const auto &[local, code] : units) {
            const QUuid serverId = serverPlan.value(code);
            const QString server = serverId.isNull() ? QString() : uuidText(serverId);
            if (server.isEmpty())
                continue;
            matched << server;
            if (server == local)
                continue;
            for (const char *sql : { "UPDATE plan_unit SET parent_id = ?1 WHERE parent_id = ?2",
                     "UPDATE file_record SET plan_unit_id = ?1 WHERE plan_unit_id = ?2",
                     "UPDATE plan_unit SET id = ?1 WHERE id = ?2",
                     "UPDATE field_history SET entity_id = ?1 WHERE entity_id = ?2",
                     "UPDATE oplog SET entity_id = ?1 WHERE entity_id = ?2",
                     "UPDATE oplog SET payload = replace(payload, ?2, ?1) WHERE instr(payload, ?2) > 0" }) {
                if (auto s = execOrFail(QString::fromLatin1(sql), { server, local }); !s)
                    return std::unexpected(s.error());
            }
            ++remapped;
        }
    }

    // Everything made here that the server needs goes into the outbox, in the order it was made.
    QStringList pushed;
    for (CommandType t : allCommandTypes()) {
        if (isPushed(t))
            pushed << QLatin1Char('\'') + commandTypeCode(t) + QLatin1Char('\'');
    }
    QString notMatched = QStringLiteral("1");
    if (!matched.isEmpty()) {
        QStringList quoted;
        for (const QString &id : std::as_const(matched))
            quoted << QLatin1Char('\'') + id + QLatin1Char('\'');
        notMatched = QStringLiteral("NOT (command IN ('plan_unit.create', 'plan_unit.update') AND entity_id IN (%1))")
                         .arg(quoted.join(QLatin1Char(',')));
    }
    if (auto s
        = m_db.exec(QStringLiteral("UPDATE oplog SET push_state = 'pending' WHERE push_state = 'local' AND command "
                                   "IN (%1) AND %2")
                        .arg(pushed.join(QLatin1Char(',')), notMatched));
        !s)
        return std::unexpected(s.error());
    const int queued = m_db.changes();

    // The server numbers the files and cases anew; the references they had stay findable. Until
    // the server's arrive, they carry provisional ones as files made while connected do (the
    // old ones would clash with the server's numbers as these arrive one by one).
    if (auto s = m_db.exec(QStringLiteral(
            "UPDATE file_record SET former_reference = reference, reference_provisional = 1, reference = 'P-' || "
            "(SELECT code FROM plan_unit WHERE plan_unit.id = file_record.plan_unit_id) || '-' || id "
            "WHERE former_reference IS NULL AND reference_provisional = 0"));
        !s)
        return std::unexpected(s.error());
    const int files = m_db.changes();
    if (auto s = m_db.exec(QStringLiteral(
            "UPDATE case_record SET former_reference = reference, reference_provisional = 1, reference = "
            "(SELECT f.reference FROM file_record f WHERE f.id = case_record.file_id) || '-P' || substr(id, 1, 8) "
            "WHERE former_reference IS NULL AND reference_provisional = 0"));
        !s)
        return std::unexpected(s.error());
    return QJsonObject { { QStringLiteral("queued"), queued }, { QStringLiteral("files"), files },
        { QStringLiteral("plan_units_matched"), static_cast<int>(matched.size()) },
        { QStringLiteral("plan_units_remapped"), remapped } };
}

Result<Writer::Applied> Writer::resolveConflict(const Command &c)
{
    if (auto s = requireRole({Role::Clerk, Role::TeamLead, Role::RecordsOfficer}, tr("resolve conflicts")); !s)
        return std::unexpected(s.error());
    auto args = Args::ResolveConflict::from(c.args);
    if (!args)
        return std::unexpected(args.error());
    const QString keep = args->keepMine ? QStringLiteral("mine") : QStringLiteral("theirs");
    auto st = m_db.prepare(QStringLiteral("SELECT entity_type, entity_id, field, mine_value, theirs_value, status, "
                                          "revision FROM conflict WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, uuidText(c.target));
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no conflict %1.").arg(uuidText(c.target)));
    if (st->text(5) != QLatin1String("open"))
        return fail(ErrorCode::Validation, tr("The conflict is resolved already (%1).").arg(st->text(5)));
    const QString entityType = st->text(0);
    const QUuid entityId = QUuid::fromString(st->text(1));
    const QString field = st->text(2);
    const QString mine = st->text(3);
    const qint64 revision = st->int64(6);
    (void)st->reset();

    Applied a;
    a.result = makeResult(QStringLiteral("conflict"), c.target, field, revision + 1);
    a.baseRevision = revision;
    if (keep == QLatin1String("mine")) {
        // Mine replaces the server's value: the same merge as any field change.
        Command change;
        change.type = CommandType::UpdateFields;
        change.target = entityId;
        if (field == QLatin1String("title") || field == QLatin1String("type"))
            change.args.insert(field, mine);
        else if (field.startsWith(QLatin1String("metadata.")))
            change.args.insert(QStringLiteral("metadata"), QJsonObject{{field.mid(9), mine}});
        auto applied = updateFields(change);
        if (!applied)
            return std::unexpected(applied.error());
        a.fieldChanges = applied->fieldChanges;
    }
    auto upd = m_db.prepare(QStringLiteral("UPDATE conflict SET status = ?, resolved_by = ?, resolved_at = ?, "
                                           "revision = revision + 1 WHERE id = ?"));
    if (!upd)
        return std::unexpected(upd.error());
    upd->bindAll(keep, m_user.login, m_now, uuidText(c.target));
    if (auto s = upd->run(); !s)
        return std::unexpected(s.error());
    a.payload = c.args;
    a.payload.insert(QStringLiteral("entity_type"), entityType);
    a.payload.insert(QStringLiteral("entity_id"), uuidText(entityId));
    a.payload.insert(QStringLiteral("field"), field);
    a.payload.insert(QStringLiteral("value"), mine);
    a.auditDetails = {{QStringLiteral("keep"), keep}, {QStringLiteral("field"), field},
                      {QStringLiteral("entity_id"), uuidText(entityId)}};
    return a;
}

} // namespace Aktenwerk::Dms
