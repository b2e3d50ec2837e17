#include "dms/commandargs.h"

#include "dms/command.h"
#include "dms/store/sha256.h"
#include "model/filereference.h"
#include "model/organisation.h"

#include <QJsonArray>

namespace Aktenwerk::Dms::Args {

using namespace Model;

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A UUID argument: absent or empty is null; anything else must be a UUID. */
Result<QUuid> uuid(const QJsonObject &o, const char *key)
{
    const QString t = text(o, key).trimmed();
    if (t.isEmpty())
        return QUuid();
    const QUuid id = QUuid::fromString(t);
    if (id.isNull())
        return fail(
            ErrorCode::InvalidArgument, CommandArgs::tr("\"%1\" is not a valid id.").arg(t), QString::fromLatin1(key));
    return id;
}

std::optional<QString> optionalText(const QJsonObject &o, const char *key)
{
    if (!o.contains(QLatin1String(key)))
        return std::nullopt;
    return text(o, key);
}

FieldValues fields(const QJsonObject &o)
{
    return Commands::fieldValuesFromJson(o.value(QLatin1String("metadata")).toObject());
}

/** Unlike Queries::uuidText, a null id is written as nothing (an absent case: the intake). */
QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

Status titleFits(const QString &title)
{
    if (title.size() > 500)
        return fail(ErrorCode::Validation, CommandArgs::tr("The title is too long (at most 500 characters)."));
    return {};
}

} // namespace

// --- settings, departments, users ----------------------------------------------------------

Result<SetSetting> SetSetting::from(const QJsonObject &o)
{
    SetSetting a { text(o, "key"), text(o, "value") };
    static const QStringList known { QStringLiteral("reference.file_template"),
        QStringLiteral("reference.case_template"), QStringLiteral("datafolder.id"), QStringLiteral("datafolder.name"),
        QStringLiteral("ocr.on_import"), QStringLiteral("ocr.jpeg_quality"), QStringLiteral("ocr.low_confidence") };
    if (!known.contains(a.key))
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("Unknown setting \"%1\".").arg(a.key),
            CommandArgs::tr("Known settings: %1").arg(known.join(QStringLiteral(", "))));
    if (a.key == QLatin1String("reference.file_template") || a.key == QLatin1String("reference.case_template")) {
        auto t = ReferenceTemplate::parse(a.value,
            a.key == QLatin1String("reference.file_template") ? ReferenceTemplate::Kind::File
                                                              : ReferenceTemplate::Kind::Case);
        if (!t)
            return std::unexpected(t.error());
    }
    if (a.key == QLatin1String("ocr.on_import") && a.value != QLatin1String("on") && a.value != QLatin1String("off"))
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The setting \"%1\" is \"on\" or \"off\".").arg(a.key),
            a.value);
    if (a.key == QLatin1String("ocr.jpeg_quality") || a.key == QLatin1String("ocr.low_confidence")) {
        bool ok = false;
        const int n = a.value.toInt(&ok);
        const int lowest = a.key == QLatin1String("ocr.jpeg_quality") ? 1 : 0;
        if (!ok || n < lowest || n > 100)
            return fail(ErrorCode::InvalidArgument,
                CommandArgs::tr("The setting \"%1\" is a number from %2 to 100.").arg(a.key).arg(lowest), a.value);
    }
    return a;
}

QJsonObject SetSetting::toJson() const
{
    return { { QStringLiteral("key"), key }, { QStringLiteral("value"), value } };
}

Result<CreateDepartment> CreateDepartment::from(const QJsonObject &o)
{
    CreateDepartment a;
    a.code = normalizeDepartmentCode(text(o, "code"));
    a.name = text(o, "name").trimmed();
    if (a.code.isEmpty() || a.code.size() > 16 || a.code.contains(QLatin1Char(' ')))
        return fail(ErrorCode::Validation, CommandArgs::tr("\"%1\" is not a valid department code.").arg(a.code));
    if (a.name.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("The department %1 needs a name.").arg(a.code));
    const auto level = confidentialityFromCode(text(o, "default_confidentiality"));
    if (!level)
        return fail(ErrorCode::Validation, CommandArgs::tr("Unknown confidentiality level."),
            text(o, "default_confidentiality"));
    a.defaultLevel = *level;
    return a;
}

QJsonObject CreateDepartment::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("name"), name },
        { QStringLiteral("default_confidentiality"), confidentialityCode(defaultLevel) } };
}

Result<CreateUser> CreateUser::from(const QJsonObject &o)
{
    CreateUser a;
    a.login = text(o, "login").trimmed();
    if (a.login.isEmpty() || a.login.size() > 64 || a.login.contains(QLatin1Char(' ')))
        return fail(ErrorCode::Validation, CommandArgs::tr("\"%1\" is not a valid login name.").arg(a.login));
    for (const QJsonValue &v : o.value(QLatin1String("roles")).toArray()) {
        const auto r = roleFromCode(v.toString());
        if (!r)
            return fail(ErrorCode::Validation, CommandArgs::tr("Unknown role \"%1\".").arg(v.toString()));
        a.roles << *r;
    }
    if (a.roles.isEmpty())
        a.roles << Role::Clerk;
    a.displayName = text(o, "display_name").trimmed();
    a.department = normalizeDepartmentCode(text(o, "department"));
    return a;
}

QJsonObject CreateUser::toJson() const
{
    QJsonArray r;
    for (Role role : roles)
        r.append(roleCode(role));
    return { { QStringLiteral("login"), login }, { QStringLiteral("display_name"), displayName },
        { QStringLiteral("department"), department }, { QStringLiteral("roles"), r } };
}

// --- the file plan -----------------------------------------------------------------------------

Result<CreatePlanUnit> CreatePlanUnit::from(const QJsonObject &o)
{
    CreatePlanUnit a;
    a.code = text(o, "code").trimmed();
    a.title = text(o, "title").trimmed();
    a.description = text(o, "description").trimmed();
    const auto retention = Retention::parse(text(o, "retention"));
    if (!retention)
        return fail(ErrorCode::Validation,
            CommandArgs::tr("The retention period of %1 must be a number of years or \"unbefristet\".").arg(a.code),
            text(o, "retention"));
    a.retention = *retention;
    const auto disposal = disposalTypeFromCode(text(o, "disposal"));
    if (!disposal)
        return fail(ErrorCode::Validation, CommandArgs::tr("The disposal type of %1 must be A, B or V.").arg(a.code),
            text(o, "disposal"));
    a.disposal = *disposal;
    a.retired = o.value(QLatin1String("retired")).toBool(false);
    a.department = normalizeDepartmentCode(text(o, "department"));
    a.parentCode = text(o, "parent_code").trimmed();
    return a;
}

QJsonObject CreatePlanUnit::toJson() const
{
    QJsonObject o { { QStringLiteral("code"), code }, { QStringLiteral("title"), title },
        { QStringLiteral("description"), description }, { QStringLiteral("retention"), retention.toString() },
        { QStringLiteral("disposal"), QString(disposalTypeCode(disposal)) }, { QStringLiteral("retired"), retired },
        { QStringLiteral("department"), department } };
    if (!parentCode.isEmpty())
        o.insert(QStringLiteral("parent_code"), parentCode);
    return o;
}

Result<UpdatePlanUnit> UpdatePlanUnit::from(const QJsonObject &o)
{
    UpdatePlanUnit a;
    a.code = optionalText(o, "code");
    if (auto t = optionalText(o, "title"))
        a.title = t->trimmed();
    if (auto t = optionalText(o, "description"))
        a.description = t->trimmed();
    if (auto t = optionalText(o, "retention")) {
        const auto r = Retention::parse(*t);
        if (!r)
            return fail(ErrorCode::Validation,
                CommandArgs::tr("The retention period must be a number of years or \"unbefristet\"."), *t);
        a.retention = *r;
    }
    if (auto t = optionalText(o, "disposal")) {
        const auto d = disposalTypeFromCode(*t);
        if (!d)
            return fail(ErrorCode::Validation, CommandArgs::tr("The disposal type must be A, B or V."), *t);
        a.disposal = *d;
    }
    if (o.contains(QLatin1String("retired")))
        a.retired = o.value(QLatin1String("retired")).toBool();
    if (auto t = optionalText(o, "department"))
        a.department = normalizeDepartmentCode(*t);
    return a;
}

QJsonObject UpdatePlanUnit::toJson() const
{
    QJsonObject o;
    if (code)
        o.insert(QStringLiteral("code"), *code);
    if (title)
        o.insert(QStringLiteral("title"), *title);
    if (description)
        o.insert(QStringLiteral("description"), *description);
    if (retention)
        o.insert(QStringLiteral("retention"), retention->toString());
    if (disposal)
        o.insert(QStringLiteral("disposal"), QString(disposalTypeCode(*disposal)));
    if (retired)
        o.insert(QStringLiteral("retired"), *retired);
    if (department)
        o.insert(QStringLiteral("department"), *department);
    return o;
}

// --- files, volumes, cases ---------------------------------------------------------------------

Result<CreateFile> CreateFile::from(const QJsonObject &o)
{
    CreateFile a;
    a.planUnit = text(o, "plan_unit").trimmed();
    a.title = text(o, "title").trimmed();
    if (a.title.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("The file needs a title."));
    if (auto s = titleFits(a.title); !s)
        return std::unexpected(s.error());
    a.department = normalizeDepartmentCode(text(o, "department"));
    if (o.contains(QLatin1String("confidentiality"))) {
        const auto l = confidentialityFromCode(text(o, "confidentiality"));
        if (!l)
            return fail(ErrorCode::Validation,
                CommandArgs::tr("Unknown confidentiality level \"%1\".").arg(text(o, "confidentiality")));
        a.level = *l;
    }
    a.type = text(o, "type").trimmed();
    a.metadata = fields(o);
    a.year = o.value(QLatin1String("year")).toInt(0);
    if (a.year != 0 && (a.year < 1900 || a.year > 2999))
        return fail(ErrorCode::Validation, CommandArgs::tr("The year %1 is not valid.").arg(a.year));
    return a;
}

QJsonObject CreateFile::toJson() const
{
    QJsonObject o { { QStringLiteral("plan_unit"), planUnit }, { QStringLiteral("title"), title },
        { QStringLiteral("type"), type }, { QStringLiteral("metadata"), Commands::toJson(metadata) } };
    if (!department.isEmpty())
        o.insert(QStringLiteral("department"), department);
    if (level)
        o.insert(QStringLiteral("confidentiality"), confidentialityCode(*level));
    if (year != 0)
        o.insert(QStringLiteral("year"), year);
    return o;
}

Result<CreateSubFile> CreateSubFile::from(const QJsonObject &o)
{
    CreateSubFile a;
    auto file = uuid(o, "file_id");
    if (!file)
        return std::unexpected(file.error());
    a.fileId = *file;
    a.title = text(o, "title").trimmed();
    if (a.title.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("The volume needs a title."));
    if (auto s = titleFits(a.title); !s)
        return std::unexpected(s.error());
    return a;
}

QJsonObject CreateSubFile::toJson() const
{
    return { { QStringLiteral("file_id"), uuidText(fileId) }, { QStringLiteral("title"), title } };
}

Result<CreateCase> CreateCase::from(const QJsonObject &o)
{
    CreateCase a;
    auto file = uuid(o, "file_id");
    if (!file)
        return std::unexpected(file.error());
    a.fileId = *file;
    auto sub = uuid(o, "sub_file_id");
    if (!sub)
        return std::unexpected(sub.error());
    a.subFileId = *sub;
    a.title = text(o, "title").trimmed();
    if (a.title.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("The case needs a title."));
    if (auto s = titleFits(a.title); !s)
        return std::unexpected(s.error());
    a.type = text(o, "type").trimmed();
    a.metadata = fields(o);
    return a;
}

QJsonObject CreateCase::toJson() const
{
    QJsonObject o { { QStringLiteral("file_id"), uuidText(fileId) }, { QStringLiteral("title"), title },
        { QStringLiteral("type"), type }, { QStringLiteral("metadata"), Commands::toJson(metadata) } };
    if (!subFileId.isNull())
        o.insert(QStringLiteral("sub_file_id"), uuidText(subFileId));
    return o;
}

// --- documents and versions --------------------------------------------------------------------

Result<VersionContent> VersionContent::from(const QJsonObject &o)
{
    VersionContent a;
    a.sha256 = text(o, "sha256");
    a.size = static_cast<qint64>(o.value(QLatin1String("size")).toDouble(-1));
    if (!Sha256::isValidHex(a.sha256) || a.size < 0)
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The content reference is not valid."), a.sha256);
    const auto origin = versionOriginFromCode(text(o, "origin"));
    if (!origin)
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("Unknown version origin."), text(o, "origin"));
    a.origin = *origin;
    a.mimeType = text(o, "mime_type");
    if (a.mimeType.isEmpty())
        a.mimeType = QStringLiteral("application/octet-stream");
    a.fileName = text(o, "file_name");
    a.comment = text(o, "comment");
    a.baseVersion = o.value(QLatin1String("base_version")).toInt();
    a.parallelTo = o.value(QLatin1String("parallel_to")).toInt();
    a.restoredFrom = o.value(QLatin1String("restored_from")).toInt();
    a.transferNote = text(o, "transfer_note");
    a.ocr = text(o, "ocr");
    return a;
}

void VersionContent::writeTo(QJsonObject &o) const
{
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("mime_type"), mimeType);
    o.insert(QStringLiteral("file_name"), fileName);
    o.insert(QStringLiteral("origin"), versionOriginCode(origin));
    o.insert(QStringLiteral("comment"), comment);
    if (baseVersion > 0)
        o.insert(QStringLiteral("base_version"), baseVersion);
    if (parallelTo > 0)
        o.insert(QStringLiteral("parallel_to"), parallelTo);
    if (restoredFrom > 0)
        o.insert(QStringLiteral("restored_from"), restoredFrom);
    if (!transferNote.isEmpty())
        o.insert(QStringLiteral("transfer_note"), transferNote);
    if (!ocr.isEmpty())
        o.insert(QStringLiteral("ocr"), ocr);
}

Result<CreateDocument> CreateDocument::from(const QJsonObject &o)
{
    CreateDocument a;
    auto cs = uuid(o, "case_id");
    if (!cs)
        return std::unexpected(cs.error());
    a.caseId = *cs;
    a.title = text(o, "title").trimmed();
    if (a.title.isEmpty())
        a.title = text(o, "file_name");
    if (a.title.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("The document needs a title."));
    a.type = text(o, "type").trimmed();
    a.metadata = fields(o);
    if (const QString preset = text(o, "document_id"); !preset.isEmpty()) {
        a.presetId = QUuid::fromString(preset);
        if (a.presetId.isNull())
            return fail(
                ErrorCode::InvalidArgument, CommandArgs::tr("The id of the new document is not valid."), preset);
    }
    auto content = VersionContent::from(o);
    if (!content)
        return std::unexpected(content.error());
    a.content = *content;
    return a;
}

QJsonObject CreateDocument::toJson() const
{
    QJsonObject o;
    content.writeTo(o);
    o.insert(QStringLiteral("case_id"), uuidText(caseId));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(metadata));
    if (!presetId.isNull())
        o.insert(QStringLiteral("document_id"), uuidText(presetId));
    return o;
}

Result<CheckOut> CheckOut::from(const QJsonObject &o)
{
    CheckOut a;
    a.baseVersion = o.value(QLatin1String("base_version")).toInt();
    auto id = uuid(o, "base_version_id");
    if (!id)
        return std::unexpected(id.error());
    a.baseVersionId = *id;
    a.baseSha256 = text(o, "base_sha256");
    a.path = text(o, "path");
    a.offline = o.value(QLatin1String("offline")).toBool();
    if (a.path.isEmpty() || !Sha256::isValidHex(a.baseSha256))
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The working copy is not valid."), a.path);
    return a;
}

QJsonObject CheckOut::toJson() const
{
    return { { QStringLiteral("base_version"), baseVersion },
        { QStringLiteral("base_version_id"), uuidText(baseVersionId) }, { QStringLiteral("base_sha256"), baseSha256 },
        { QStringLiteral("path"), path }, { QStringLiteral("offline"), offline } };
}

// --- changes of fields, deletion, conflicts ----------------------------------------------------

Result<UpdateFields> UpdateFields::from(const QJsonObject &o)
{
    UpdateFields a;
    if (auto t = optionalText(o, "title")) {
        a.title = t->trimmed();
        if (a.title->isEmpty())
            return fail(ErrorCode::Validation, CommandArgs::tr("The title cannot be empty."));
        if (auto s = titleFits(*a.title); !s)
            return std::unexpected(s.error());
    }
    if (auto t = optionalText(o, "type"))
        a.type = t->trimmed();
    a.hasMetadata = o.contains(QLatin1String("metadata"));
    a.metadata = fields(o);
    return a;
}

QJsonObject UpdateFields::toJson() const
{
    QJsonObject o;
    if (title)
        o.insert(QStringLiteral("title"), *title);
    if (type)
        o.insert(QStringLiteral("type"), *type);
    if (hasMetadata || !metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), Commands::toJson(metadata));
    return o;
}

Result<Tombstone> Tombstone::from(const QJsonObject &o)
{
    Tombstone a { text(o, "reason").trimmed() };
    if (a.reason.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("Give a reason; it is kept in the audit trail."));
    return a;
}

QJsonObject Tombstone::toJson() const
{
    return { { QStringLiteral("reason"), reason } };
}

Result<ResolveConflict> ResolveConflict::from(const QJsonObject &o)
{
    const QString keep = text(o, "keep");
    if (keep != QLatin1String("mine") && keep != QLatin1String("theirs"))
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("Keep either \"mine\" or \"theirs\"."));
    return ResolveConflict { keep == QLatin1String("mine") };
}

QJsonObject ResolveConflict::toJson() const
{
    return { { QStringLiteral("keep"), keepMine ? QStringLiteral("mine") : QStringLiteral("theirs") } };
}

Result<ToCase> ToCase::from(const QJsonObject &o)
{
    auto cs = uuid(o, "case_id");
    if (!cs)
        return std::unexpected(cs.error());
    return ToCase { *cs };
}

QJsonObject ToCase::toJson() const
{
    return { { QStringLiteral("case_id"), uuidText(caseId) } };
}

Result<ToFile> ToFile::from(const QJsonObject &o)
{
    auto f = uuid(o, "file_id");
    if (!f)
        return std::unexpected(f.error());
    if (f->isNull())
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("Choose the file to move the case into."));
    return ToFile { *f };
}

QJsonObject ToFile::toJson() const
{
    return { { QStringLiteral("file_id"), uuidText(fileId) } };
}

Result<Share> Share::from(const QJsonObject &o)
{
    Share a;
    a.departmentCode = text(o, "department").trimmed();
    if (a.departmentCode.isEmpty())
        return fail(ErrorCode::Validation, CommandArgs::tr("Choose the department."));
    if (const QString until = text(o, "until"); !until.isEmpty()) {
        a.until = QDateTime::fromString(until, Qt::ISODateWithMs);
        if (!a.until.isValid())
            return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The end of the share is not a date."), until);
    }
    return a;
}

QJsonObject Share::toJson() const
{
    QJsonObject o { { QStringLiteral("department"), departmentCode } };
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Result<BreakLock> BreakLock::from(const QJsonObject &o)
{
    return BreakLock { text(o, "owner").trimmed(), text(o, "since") };
}

QJsonObject BreakLock::toJson() const
{
    return { { QStringLiteral("owner"), owner }, { QStringLiteral("since"), since } };
}

Result<RejectedOperation> RejectedOperation::from(const QJsonObject &o)
{
    RejectedOperation a { text(o, "op_id").trimmed() };
    if (a.opId.isEmpty())
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("Name the refused change (its operation id)."));
    return a;
}

QJsonObject RejectedOperation::toJson() const
{
    return { { QStringLiteral("op_id"), opId } };
}

Result<ConnectServer> ConnectServer::from(const QJsonObject &o)
{
    ConnectServer a;
    a.url = text(o, "url").trimmed();
    a.login = text(o, "login").trimmed();
    if (a.url.isEmpty() || a.login.isEmpty())
        return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The server address and the user name are needed."));
    if (o.value(QLatin1String("server_plan")).isObject()) {
        QHash<QString, QUuid> plan;
        const QJsonObject p = o.value(QLatin1String("server_plan")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            plan.insert(it.key(), QUuid::fromString(it.value().toString()));
        a.serverPlan = plan;
    }
    for (const QJsonValue &v : o.value(QLatin1String("server_departments")).toArray())
        a.serverDepartments << v.toString();
    if (o.value(QLatin1String("server_user")).isObject()) {
        const QJsonObject u = o.value(QLatin1String("server_user")).toObject();
        Model::User user;
        user.id = QUuid::fromString(u.value(QLatin1String("id")).toString());
        user.login = a.login;
        user.displayName = u.value(QLatin1String("display_name")).toString().trimmed();
        user.departmentCode = u.value(QLatin1String("department")).toString().trimmed();
        for (const QJsonValue &r : u.value(QLatin1String("roles")).toArray()) {
            const auto role = Model::roleFromCode(r.toString());
            if (!role)
                return fail(ErrorCode::InvalidArgument,
                    CommandArgs::tr("The server names an unknown role: %1").arg(r.toString()));
            user.roles << *role;
        }
        if (user.id.isNull())
            return fail(ErrorCode::InvalidArgument, CommandArgs::tr("The server's user record has no valid id."));
        if (user.displayName.isEmpty())
            user.displayName = a.login;
        a.serverUser = user;
    }
    return a;
}

QJsonObject ConnectServer::toJson() const
{
    QJsonObject o { { QStringLiteral("url"), url }, { QStringLiteral("login"), login } };
    if (serverPlan) {
        QJsonObject p;
        for (auto it = serverPlan->cbegin(); it != serverPlan->cend(); ++it)
            p.insert(it.key(), uuidText(it.value()));
        o.insert(QStringLiteral("server_plan"), p);
        o.insert(QStringLiteral("server_departments"), QJsonArray::fromStringList(serverDepartments));
    }
    if (serverUser)
        o.insert(QStringLiteral("server_user"),
            QJsonObject { { QStringLiteral("id"), uuidText(serverUser->id) },
                { QStringLiteral("display_name"), serverUser->displayName },
                { QStringLiteral("department"), serverUser->departmentCode },
                { QStringLiteral("roles"), QJsonArray::fromStringList(serverUser->roleCodes()) } });
    return o;
}

} // namespace Aktenwerk::Dms::Args
