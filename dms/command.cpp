#include "dms/command.h"

#include "dms/commandargs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {
/** The translation context of the user-facing names of commands. */
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Command)
};

struct TypeName
{
    CommandType type;
    const char *code;
};
constexpr TypeName kTypeNames[] = {
    { CommandType::SetSetting, "setting.set" },
    { CommandType::CreateDepartment, "department.create" },
    { CommandType::CreateUser, "user.create" },
    { CommandType::CreatePlanUnit, "plan_unit.create" },
    { CommandType::UpdatePlanUnit, "plan_unit.update" },
    { CommandType::CreateFile, "file.create" },
    { CommandType::CreateSubFile, "sub_file.create" },
    { CommandType::CreateCase, "case.create" },
    { CommandType::CreateDocument, "document.create" },
    { CommandType::AddVersion, "version.add" },
    { CommandType::UpdateFields, "fields.update" },
    { CommandType::Tombstone, "entity.tombstone" },
    { CommandType::ResolveConflict, "conflict.resolve" },
    { CommandType::ConnectServer, "sync.connect" },
    { CommandType::ApplyRemote, "sync.pull" },
    { CommandType::FileIntoCase, "document.file" },
    { CommandType::LinkDocument, "document.link" },
    { CommandType::CheckOut, "document.checkout" },
    { CommandType::CheckIn, "document.checkin" },
    { CommandType::CancelCheckOut, "document.checkout.cancel" },
    { CommandType::BreakLock, "lock.break" },
    { CommandType::DiscardRejected, "rejected.discard" },
    { CommandType::ResendRejected, "rejected.resend" },
    { CommandType::Undelete, "entity.restore" },
    { CommandType::MoveDocument, "document.move" },
    { CommandType::MoveCase, "case.move" },
    { CommandType::ShareFile, "file.share" },
    { CommandType::UnshareFile, "file.unshare" },
};
} // namespace

QString commandTypeCode(CommandType type)
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.code);
    }
    return {};
}

std::optional<CommandType> commandTypeFromCode(QStringView code)
{
    for (const TypeName &t : kTypeNames) {
        if (code == QLatin1String(t.code))
            return t.type;
    }
    return std::nullopt;
}

QString commandName(QStringView code)
{
    const auto type = commandTypeFromCode(code);
    if (!type)
        return code.toString();
    switch (*type) {
    case CommandType::SetSetting:
        return CommandText::tr("change a setting");
    case CommandType::CreateDepartment:
        return CommandText::tr("create a department");
    case CommandType::CreateUser:
        return CommandText::tr("add a user");
    case CommandType::CreatePlanUnit:
        return CommandText::tr("create a plan unit");
    case CommandType::UpdatePlanUnit:
        return CommandText::tr("change a plan unit");
    case CommandType::CreateFile:
        return CommandText::tr("create a file");
    case CommandType::CreateSubFile:
        return CommandText::tr("create a volume");
    case CommandType::CreateCase:
        return CommandText::tr("create a case");
    case CommandType::CreateDocument:
        return CommandText::tr("add a document");
    case CommandType::AddVersion:
        return CommandText::tr("add a version");
    case CommandType::UpdateFields:
        return CommandText::tr("change fields");
    case CommandType::Tombstone:
        return CommandText::tr("delete");
    case CommandType::ResolveConflict:
        return CommandText::tr("resolve a conflict");
    case CommandType::ConnectServer:
        return CommandText::tr("connect to the server");
    case CommandType::ApplyRemote:
        return CommandText::tr("receive changes");
    case CommandType::FileIntoCase:
        return CommandText::tr("file into a case");
    case CommandType::LinkDocument:
        return CommandText::tr("add a reference");
    case CommandType::CheckOut:
        return CommandText::tr("check out");
    case CommandType::CheckIn:
        return CommandText::tr("check in");
    case CommandType::CancelCheckOut:
        return CommandText::tr("cancel a check-out");
    case CommandType::BreakLock:
        return CommandText::tr("break a check-out");
    case CommandType::DiscardRejected:
        return CommandText::tr("discard a refused change");
    case CommandType::ResendRejected:
        return CommandText::tr("send a refused change again");
    case CommandType::Undelete:
        return CommandText::tr("restore what was deleted");
    case CommandType::MoveDocument:
        return CommandText::tr("move a document");
    case CommandType::MoveCase:
        return CommandText::tr("move a case");
    case CommandType::ShareFile:
        return CommandText::tr("share a file");
    case CommandType::UnshareFile:
        return CommandText::tr("end a share");
    }
    return code.toString();
}

QString commandSummary(QStringView code, const QJsonObject &payload)
{
    auto text = [&](const char *key) { return payload.value(QLatin1String(key)).toString(); };
    const auto type = commandTypeFromCode(code);
    if (!type)
        return {};
    switch (*type) {
    case CommandType::UpdateFields: {
        QStringList parts;
        for (const QJsonValue &v : payload.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            QString field = change.value(QLatin1String("field")).toString();
            if (field == QLatin1String("title"))
                field = CommandText::tr("Title");
            else if (field == QLatin1String("type"))
                field = CommandText::tr("Type");
            else if (field.startsWith(QLatin1String("metadata.")))
                field = field.mid(9);
            const QString value = change.value(QLatin1String("new")).toString();
            parts << CommandText::tr("%1: „%2“").arg(field, value.isEmpty() ? CommandText::tr("(empty)") : value);
        }
        return parts.join(QStringLiteral("; "));
    }
    case CommandType::CreatePlanUnit:
        return text("code") + QLatin1Char(' ') + text("title");
    case CommandType::CreateFile:
    case CommandType::CreateCase:
    case CommandType::CreateSubFile:
    case CommandType::CreateDocument:
    case CommandType::LinkDocument:
        return text("title").isEmpty() ? text("file_name") : text("title");
    case CommandType::AddVersion:
    case CommandType::CheckIn:
        return text("comment").isEmpty() ? text("file_name")
                                         : text("file_name") + QStringLiteral(" – ") + text("comment");
    case CommandType::Tombstone:
    case CommandType::Undelete:
        return CommandText::tr("reason: %1").arg(text("reason"));
    case CommandType::MoveDocument:
    case CommandType::MoveCase:
        return CommandText::tr("to %1").arg(text("to_reference"));
    case CommandType::ShareFile:
    case CommandType::UnshareFile:
        return CommandText::tr("department %1").arg(text("department"));
    case CommandType::FileIntoCase:
        return text("case_reference");
    case CommandType::ResolveConflict:
        return text("field") + QStringLiteral(": ") + text("value");
    default:
        return {};
    }
}

QList<CommandType> allCommandTypes()
{
    QList<CommandType> out;
    for (const TypeName &t : kTypeNames)
        out << t.type;
    return out;
}

bool isPushed(CommandType type)
{
    switch (type) {
    case CommandType::SetSetting:
    case CommandType::CreateDepartment:
    case CommandType::CreateUser:
    case CommandType::ConnectServer:
    case CommandType::ApplyRemote:
    case CommandType::DiscardRejected:
    case CommandType::ResendRejected:
        return false;
    default:
        return true;
    }
}

namespace Commands {

QJsonObject toJson(const FieldValues &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

FieldValues fieldValuesFromJson(const QJsonObject &object)
{
    FieldValues v;
    for (auto it = object.begin(); it != object.end(); ++it)
        v.insert(it.key(), it.value().toString());
    return v;
}

Command setSetting(const QString &key, const QString &value)
{
    return Command { CommandType::SetSetting, {}, Args::SetSetting { key, value }.toJson() };
}

Command createDepartment(const QString &code, const QString &name, Confidentiality defaultLevel)
{
    return Command { CommandType::CreateDepartment, {}, Args::CreateDepartment { code, name, defaultLevel }.toJson() };
}

Command createUser(const QString &login, const QString &displayName, const QString &departmentCode,
                   const QList<Role> &roles)
{
    return Command { CommandType::CreateUser, {},
        Args::CreateUser { login, displayName, departmentCode, roles }.toJson() };
}

Command createPlanUnit(const PlanUnit &unit, const QString &parentCode)
{
    Args::CreatePlanUnit a;
    a.code = unit.code;
    a.title = unit.title;
    a.description = unit.description;
    a.retention = unit.retention;
    a.disposal = unit.disposal;
    a.retired = unit.retired;
    a.department = unit.departmentCode;
    a.parentCode = parentCode;
    return Command { CommandType::CreatePlanUnit, {}, a.toJson() };
}

Command updatePlanUnit(const QUuid &id, const QJsonObject &changes)
{
    return Command{CommandType::UpdatePlanUnit, id, changes};
}

Command createFile(const QString &planUnitIdOrCode, const QString &title, const QString &departmentCode,
                   std::optional<Confidentiality> level, const QString &type, const FieldValues &metadata)
{
    Args::CreateFile a;
    a.planUnit = planUnitIdOrCode;
    a.title = title;
    a.department = departmentCode;
    a.level = level;
    a.type = type;
    a.metadata = metadata;
    return Command { CommandType::CreateFile, {}, a.toJson() };
}

Command createSubFile(const QUuid &fileId, const QString &title)
{
    return Command { CommandType::CreateSubFile, {}, Args::CreateSubFile { fileId, title }.toJson() };
}

Command createCase(const QUuid &fileId, const QString &title, const QString &type, const FieldValues &metadata,
                   const QUuid &subFileId)
{
    return Command { CommandType::CreateCase, {},
        Args::CreateCase { fileId, subFileId, title, type, metadata }.toJson() };
}

namespace {
Args::VersionContent contentArgs(const ContentRef &content, const QString &mimeType, const QString &fileName,
    VersionOrigin origin, const QString &comment)
{
    Args::VersionContent v;
    v.sha256 = content.sha256;
    v.size = content.size;
    v.mimeType = mimeType;
    v.fileName = fileName;
    v.origin = origin;
    v.comment = comment;
    return v;
}

QJsonObject json(const Args::VersionContent &v)
{
    QJsonObject o;
    v.writeTo(o);
    return o;
}
} // namespace

Command createDocument(const QUuid &caseId, const QString &title, const ContentRef &content, const QString &mimeType,
                       const QString &fileName, VersionOrigin origin, const QString &type, const FieldValues &metadata,
                       const QString &comment)
{
    Args::CreateDocument a;
    a.caseId = caseId;
    a.title = title;
    a.type = type;
    a.metadata = metadata;
    a.content = contentArgs(content, mimeType, fileName, origin, comment);
    return Command { CommandType::CreateDocument, {}, a.toJson() };
}

Command addVersion(const QUuid &documentId, const ContentRef &content, const QString &mimeType,
                   const QString &fileName, VersionOrigin origin, const QString &comment)
{
    return Command { CommandType::AddVersion, documentId,
        json(contentArgs(content, mimeType, fileName, origin, comment)) };
}

Command updateFields(const QUuid &id, const std::optional<QString> &title, const FieldValues &metadata,
                     const std::optional<QString> &type)
{
    Args::UpdateFields a;
    a.title = title;
    a.type = type;
    a.metadata = metadata;
    a.hasMetadata = !metadata.isEmpty();
    return Command { CommandType::UpdateFields, id, a.toJson() };
}

Command tombstone(const QUuid &id, const QString &reason)
{
    return Command { CommandType::Tombstone, id, Args::Tombstone { reason }.toJson() };
}

Command resolveConflict(const QUuid &conflictId, bool keepMine)
{
    return Command { CommandType::ResolveConflict, conflictId, Args::ResolveConflict { keepMine }.toJson() };
}

Command connectServer(const QString &url, const QString &login)
{
    Args::ConnectServer a;
    a.url = url;
    a.login = login;
    return Command { CommandType::ConnectServer, {}, a.toJson() };
}

Command applyRemote(const QJsonObject &tables, const QString &watermark, bool finished)
{
    return Command{CommandType::ApplyRemote,
                   {},
                   {{QStringLiteral("tables"), tables},
                    {QStringLiteral("watermark"), watermark},
                    {QStringLiteral("finished"), finished}}};
}

Command fileIntoCase(const QUuid &documentId, const QUuid &caseId)
{
    return Command { CommandType::FileIntoCase, documentId, Args::ToCase { caseId }.toJson() };
}

Command linkDocument(const QUuid &documentId, const QUuid &caseId)
{
    return Command { CommandType::LinkDocument, documentId, Args::ToCase { caseId }.toJson() };
}

Command checkOut(const QUuid &documentId, const Version &version, const QString &path, bool offline)
{
    return Command { CommandType::CheckOut, documentId,
        Args::CheckOut { version.number, version.meta.id, version.sha256, path, offline }.toJson() };
}

Command checkIn(const QUuid &documentId, int baseVersion, const ContentRef &content, const QString &mimeType,
                const QString &fileName, const QString &comment)
{
    Args::VersionContent v = contentArgs(content, mimeType, fileName, VersionOrigin::Edit, comment);
    v.baseVersion = baseVersion;
    QJsonObject a = json(v);
    a.insert(QStringLiteral("base_version"), baseVersion); // also when 0: the server reads it
    return Command{CommandType::CheckIn, documentId, a};
}

Command cancelCheckOut(const QUuid &documentId)
{
    return Command{CommandType::CancelCheckOut, documentId, {}};
}

Command breakLock(const QUuid &documentId, const QString &owner, const QDateTime &since)
{
    return Command { CommandType::BreakLock, documentId,
        Args::BreakLock { owner, since.toString(Qt::ISODateWithMs) }.toJson() };
}

Command restoreVersion(const Version &version, const QString &comment)
{
    Args::VersionContent v = contentArgs(ContentRef { version.sha256, version.size, true }, version.mimeType,
        version.fileName, VersionOrigin::Restore, comment);
    v.restoredFrom = version.number;
    return Command { CommandType::AddVersion, version.documentId, json(v) };
}

Command undelete(const QUuid &id, const QString &reason)
{
    return Command { CommandType::Undelete, id, Args::Tombstone { reason }.toJson() };
}

Command moveDocument(const QUuid &documentId, const QUuid &caseId)
{
    return Command { CommandType::MoveDocument, documentId, Args::ToCase { caseId }.toJson() };
}

Command moveCase(const QUuid &caseId, const QUuid &fileId)
{
    return Command { CommandType::MoveCase, caseId, Args::ToFile { fileId }.toJson() };
}

Command shareFile(const QUuid &fileId, const QString &departmentCode, const QDateTime &until)
{
    return Command { CommandType::ShareFile, fileId, Args::Share { departmentCode, until }.toJson() };
}

Command unshareFile(const QUuid &fileId, const QString &departmentCode)
{
    return Command { CommandType::UnshareFile, fileId, Args::Share { departmentCode, {} }.toJson() };
}

Command discardRejected(const QString &opId)
{
    return Command { CommandType::DiscardRejected, {}, Args::RejectedOperation { opId }.toJson() };
}

Command resendRejected(const QString &opId)
{
    return Command { CommandType::ResendRejected, {}, Args::RejectedOperation { opId }.toJson() };
}

} // namespace Commands

} // namespace Aktenwerk::Dms
