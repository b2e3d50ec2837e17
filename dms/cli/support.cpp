#include "dms/cli/support.h"

#include "dms/cli/output.h"
#include "model/displaytime.h"

#include <QJsonArray>
#include <QLocale>

#include <termios.h>
#include <unistd.h>

namespace Aktenwerk::Cli {

int usage(const QString &message)
{
    err(QStringLiteral("aktenwerk-cli: ") + message);
    err(Text::tr("Run \"aktenwerk-cli --help\" for the list of commands."));
    return ExitUsage;
}

int failWith(const Error &e)
{
    err(QStringLiteral("aktenwerk-cli: ") + e.toString());
    return e.code == ErrorCode::Locked ? ExitLocked : ExitError;
}

QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

QJsonObject metaJson(const EntityMeta &m)
{
    return {{QStringLiteral("id"), id(m.id)},
            {QStringLiteral("revision"), m.revision},
            {QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("created_by"), m.createdBy},
            {QStringLiteral("modified_at"), m.modifiedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified_by"), m.modifiedBy}};
}

QJsonObject planJson(const PlanUnit &u)
{
    return {{QStringLiteral("id"), id(u.id)},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("parent_id"), u.parentId.isNull() ? QJsonValue() : QJsonValue(id(u.parentId))},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("description"), u.description},
            {QStringLiteral("retention"), u.retention.toString()},
            {QStringLiteral("disposal"), QString(disposalTypeCode(u.disposal))},
            {QStringLiteral("retired"), u.retired},
            {QStringLiteral("department"), u.departmentCode}};
}

QString localTime(const QDateTime &t)
{
    return Model::displayTime(t);
}

QString localDate(const QDate &d)
{
    return Model::displayDate(d);
}

QJsonObject fileJson(const FileRecord &f)
{
    QJsonObject o = metaJson(f.meta);
    o.insert(QStringLiteral("reference"), f.reference);
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("plan_code"), f.planCode);
    o.insert(QStringLiteral("department"), f.departmentCode);
    o.insert(QStringLiteral("confidentiality"), confidentialityCode(f.confidentiality));
    o.insert(QStringLiteral("type"), f.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(f.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(f.status));
    o.insert(QStringLiteral("year"), f.year);
    o.insert(QStringLiteral("sequence"), f.sequence);
    QJsonArray shares;
    for (const FileShare &share : f.shares)
        shares.append(QJsonObject { { QStringLiteral("department"), share.departmentCode },
            { QStringLiteral("until"),
                share.until.isValid() ? QJsonValue(share.until.toString(Qt::ISODateWithMs)) : QJsonValue() },
            { QStringLiteral("granted_by"), share.grantedBy },
            { QStringLiteral("granted_at"), share.grantedAt.toString(Qt::ISODateWithMs) } });
    o.insert(QStringLiteral("shares"), shares);
    return o;
}

QJsonObject caseJson(const Case &c)
{
    QJsonObject o = metaJson(c.meta);
    o.insert(QStringLiteral("reference"), c.reference);
    o.insert(QStringLiteral("number"), c.number);
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("file_id"), id(c.fileId));
    o.insert(QStringLiteral("type"), c.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(c.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(c.status));
    return o;
}

QJsonObject versionJson(const Version &v)
{
    return {{QStringLiteral("id"), id(v.meta.id)},
            {QStringLiteral("number"), v.number},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("size"), v.size},
            {QStringLiteral("mime_type"), v.mimeType},
            {QStringLiteral("file_name"), v.fileName},
            {QStringLiteral("author"), v.author},
            {QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("comment"), v.comment},
            {QStringLiteral("origin"), versionOriginCode(v.origin)},
            {QStringLiteral("base_version"), v.baseVersion > 0 ? QJsonValue(v.baseVersion) : QJsonValue()},
            {QStringLiteral("parallel_to"), v.parallelTo > 0 ? QJsonValue(v.parallelTo) : QJsonValue()},
            {QStringLiteral("transfer_note"), v.transferNote.isEmpty()
                                                  ? QJsonValue()
                                                  : QJsonValue(QJsonDocument::fromJson(v.transferNote.toUtf8()).object())},
            {QStringLiteral("ocr"), v.ocr.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(v.ocr.toUtf8()).array())}};
}

QJsonObject documentJson(const Document &d, const std::optional<Version> &current)
{
    QJsonObject o = metaJson(d.meta);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("case_id"), d.caseId.isNull() ? QJsonValue() : QJsonValue(id(d.caseId)));
    // "63.01.02-0001/2026-002/3": what a person types to name it (null in the intake).
    o.insert(QStringLiteral("reference"), d.reference.isEmpty() ? QJsonValue() : QJsonValue(d.reference));
    o.insert(QStringLiteral("number"), d.number == 0 ? QJsonValue() : QJsonValue(d.number));
    o.insert(QStringLiteral("number_provisional"), d.number < 0);
    o.insert(QStringLiteral("type"), d.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(d.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(d.status));
    o.insert(QStringLiteral("current_version"), d.currentVersion);
    if (current) {
        o.insert(QStringLiteral("sha256"), current->sha256);
        o.insert(QStringLiteral("size"), current->size);
        o.insert(QStringLiteral("mime_type"), current->mimeType);
    }
    return o;
}

QString metadataLine(const FieldValues &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

std::expected<FieldValues, QString> fieldAssignments(const QStringList &words)
{
    FieldValues v;
    for (const QString &w : words) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::unexpected(w);
        v.insert(w.left(eq).trimmed(), w.mid(eq + 1));
    }
    return v;
}

Result<Resolved> resolveExpect(Database &db, const QString &text, const QStringList &types)
{
    auto r = Queries::resolve(db, text);
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return fail(ErrorCode::NotFound, Text::tr("Nothing called \"%1\" was found.").arg(text));
    if (!types.isEmpty() && !types.contains((*r)->entityType))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("\"%1\" is a %2, not a %3.").arg(text, entityTypeName((*r)->entityType), entityTypeName(types.value(0))));
    return **r;
}

QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

QString promptPassword(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    const QString pw = passwordFromStdin();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
}

std::expected<QString, Error> syncPassword(const Args &a, Engine &e)
{
    if (a.flag("--password-stdin"))
        return passwordFromStdin();
    auto state = e.syncState();
    if (!state)
        return std::unexpected(state.error());
    if (!*state)
        return std::unexpected(Error{ErrorCode::InvalidArgument,
                                     Text::tr("This data folder works locally. Connect it first (\"aktenwerk-cli connect\")."),
                                     {}});
    auto stored = Credentials::load(Credentials::key((*state)->url, (*state)->login));
    if (stored)
        return *stored;
    const QString typed = promptPassword(Text::tr("Password for %1: ").arg((*state)->login));
    if (typed.isEmpty())
        return std::unexpected(Error{ErrorCode::InvalidArgument, stored.error().message,
                                     Text::tr("no terminal to ask on; use --password-stdin")});
    return typed;
}

ServerSession serverSession(const Args &a, Engine &e)
{
    // The password is asked for (or read from stdin) once: a command may open several sessions.
    auto known = std::make_shared<std::optional<QString>>();
    return [&a, &e, known]() -> Result<PgConnection> {
        if (!*known) {
            auto password = syncPassword(a, e);
            if (!password)
                return std::unexpected(password.error());
            *known = *password;
        }
        return SyncEngine(e).connect(**known);
    };
}

void sendNow(const Args &a, Engine &e)
{
    if (!e.isConnected())
        return;
    auto password = syncPassword(a, e);
    if (!password) {
        err(Text::tr("note: not sent yet (%1); it goes with the next sync.").arg(password.error().message));
        return;
    }
    auto r = SyncEngine(e).sync(*password);
    if (!r) {
        err(Text::tr("note: not sent yet (%1); it goes with the next sync.").arg(r.error().message));
        return;
    }
    for (const QString &line : std::as_const(r->rejections))
        err(Text::tr("refused: %1").arg(line));
}

std::expected<std::pair<Engine *, QUuid>, int> documentToChange(const Args &a, Session &s)
{
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return std::unexpected(failWith(s.openError()));
    auto target = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!target)
        return std::unexpected(failWith(target.error()));
    return std::pair{e, target->id};
}

} // namespace Aktenwerk::Cli
