// aktenwerk-cli commands — records management (issue 16): closing (z.d.A.) and reopening, a
// file's retention, legal holds. Every act is decided by the server (the data folder must be
// connected); what it decided comes back with a pull and is shown from the local mirror.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"
#include "dms/demo/simplepdf.h"
#include "dms/records/recordkeeping.h"

#include <QDir>
#include <QSaveFile>

namespace Aktenwerk::Cli {

namespace {

QJsonObject keepingJson(const KeepingState &k)
{
    QJsonArray holds;
    for (const LegalHold &h : k.holds) {
        QJsonObject o { { QStringLiteral("id"), id(h.id) }, { QStringLiteral("reason"), h.reason },
            { QStringLiteral("set_by"), h.setBy },
            { QStringLiteral("set_at"), h.setAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("active"), h.isActive() } };
        if (!h.isActive()) {
            o.insert(QStringLiteral("released_by"), h.releasedBy);
            o.insert(QStringLiteral("released_at"), h.releasedAt.toUTC().toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("release_reason"), h.releaseReason);
        }
        holds.append(o);
    }
    QJsonObject o { { QStringLiteral("id"), id(k.id) }, { QStringLiteral("type"), k.entityType },
        { QStringLiteral("file_id"), id(k.fileId) }, { QStringLiteral("closed"), k.closed },
        { QStringLiteral("retention"), k.retention.toString() }, { QStringLiteral("retention_own"), k.ownRetention },
        { QStringLiteral("disposal"), QString(disposalTypeCode(k.disposal)) },
        { QStringLiteral("disposal_own"), k.ownDisposal }, { QStringLiteral("on_hold"), k.onHold() },
        { QStringLiteral("holds"), holds } };
    if (k.closedOn.isValid()) {
        o.insert(QStringLiteral("closed_on"), k.closedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("closed_by"), k.closedBy);
        o.insert(QStringLiteral("close_reason"), k.closeReason);
    }
    if (!k.reopenedBy.isEmpty()) {
        o.insert(QStringLiteral("reopened_by"), k.reopenedBy);
        o.insert(QStringLiteral("reopened_at"), k.reopenedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("reopen_reason"), k.reopenReason);
    }
    if (!k.retentionReason.isEmpty())
        o.insert(QStringLiteral("retention_reason"), k.retentionReason);
    if (k.retentionEnd.isValid())
        o.insert(QStringLiteral("retention_end"), k.retentionEnd.toString(Qt::ISODate));
    return o;
}

void printKeeping(const QString &label, const KeepingState &k)
{
    if (k.closed && k.closedOn.isValid())
        out(Text::tr("%1: closed (z.d.A.) on %2 by %3%4")
                .arg(label, localDate(k.closedOn), k.closedBy,
                    k.closeReason.isEmpty() ? QString() : QStringLiteral(": „%1“").arg(k.closeReason)));
    else
        out(QStringLiteral("%1: %2").arg(
            label, recordStatusName(k.closed ? RecordStatus::Closed : RecordStatus::Open)));
    if (!k.reopenedBy.isEmpty())
        out(Text::tr("  last reopened by %1 on %2: „%3“").arg(k.reopenedBy, localTime(k.reopenedAt), k.reopenReason));
    if (k.entityType != QLatin1String("file"))
        return;
    out(Text::tr("  retention: %1%2; disposal: %3%4")
            .arg(k.retention.displayText(), k.ownRetention ? Text::tr(" (the file's own)") : Text::tr(" (file plan)"),
                disposalTypeName(k.disposal),
                k.ownDisposal ? Text::tr(" (the file's own)") : Text::tr(" (file plan)")));
    if (!k.retentionReason.isEmpty())
        out(Text::tr("  reason for its own retention: „%1“").arg(k.retentionReason));
    if (k.retentionEnd.isValid())
        out(Text::tr("  retention ends on %1").arg(localDate(k.retentionEnd)));
    for (const LegalHold &h : k.holds) {
        if (h.isActive())
            out(Text::tr("  legal hold since %1 by %2: „%3“  [%4]")
                    .arg(localTime(h.setAt), h.setBy, h.reason, id(h.id)));
        else
            out(Text::tr("  legal hold lifted on %1 by %2: „%3“")
                    .arg(localTime(h.releasedAt), h.releasedBy, h.releaseReason));
    }
}

/** After an act: the object's state, as JSON or for people. */
int showState(const Args &a, Engine &e, const Resolved &object, const QString &done)
{
    auto state = RecordKeeping(e).state(object.id);
    if (!state)
        return failWith(state.error());
    if (a.json()) {
        printJson(keepingJson(*state));
        return ExitOk;
    }
    if (!done.isEmpty())
        out(done);
    printKeeping(object.label, *state);
    return ExitOk;
}

/**
 * Runs @p act on the file or case that the command's REF names (@p types: what it may be), in the
 * data folder opened for writing, then shows the state the server left.
 */
int actOn(const Args &a, const QStringList &types, const QString &done,
    const std::function<Result<QJsonObject>(Engine &, const Resolved &, const ServerSession &)> &act)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto object = s.target(a.words.at(1), types);
    if (!object)
        return failWith(object.error());
    if (auto r = act(*e, *object, serverSession(a, *e)); !r)
        return failWith(r.error());
    return showState(a, *e, *object, done);
}

const QStringList kFileOrCase { QStringLiteral("file"), QStringLiteral("case") };
const QStringList kFile { QStringLiteral("file") };

} // namespace

int cmdClose(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("Use \"close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]\"."));
    QDate date;
    if (a.has("--date")) {
        date = QDate::fromString(a.value("--date"), Qt::ISODate);
        if (!date.isValid())
            return usage(Text::tr("\"%1\" is no date: write YYYY-MM-DD.").arg(a.value("--date")));
    }
    return actOn(a, kFileOrCase, Text::tr("Closed (z.d.A.)."),
        [&a, date](Engine &e, const Resolved &object, const ServerSession &session) -> Result<QJsonObject> {
            auto r = RecordKeeping(e).close(
                session, object.entityType, object.id, date, a.value("--reason"), a.flag("--with-cases"));
            if (!r && r.error().detail == QLatin1String("open_cases")) {
                Error err = r.error();
                err.message += QLatin1Char(' ') + Text::tr("Add --with-cases to close them with the file.");
                return std::unexpected(err);
            }
            return r;
        });
}

int cmdReopen(const Args &a)
{
    if (a.words.size() != 2 || a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("Use \"reopen REF --reason TEXT\": reopening needs a reason."));
    return actOn(
        a, kFileOrCase, Text::tr("Reopened."), [&a](Engine &e, const Resolved &object, const ServerSession &session) {
            return RecordKeeping(e).reopen(session, object.entityType, object.id, a.value("--reason"));
        });
}

int cmdRetention(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("Use \"retention REF\" to show it, or \"retention FILE --years N|--unlimited|"
                              "--from-plan [--disposal A|B|V] --reason TEXT\"."));
    Session s(a);
    const bool change = a.has("--years") || a.flag("--unlimited") || a.flag("--from-plan") || a.has("--disposal");
    Engine *e = s.engine(change ? Engine::Mode::ReadWrite : Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto object = s.target(a.words.at(1),
        change ? QStringList { QStringLiteral("file") }
               : QStringList { QStringLiteral("file"), QStringLiteral("case") });
    if (!object)
        return failWith(object.error());
    if (!change)
        return showState(a, *e, *object, {});
    if (int(a.has("--years")) + int(a.flag("--unlimited")) + int(a.flag("--from-plan")) > 1)
        return usage(Text::tr("Give one of --years N, --unlimited and --from-plan."));
    if (a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("A file's own retention needs --reason TEXT."));
    // --from-plan: the plan's retention and disposal type again (unless --disposal says otherwise).
    RecordKeeping::RetentionChange wanted;
    if (a.has("--years")) {
        auto years = Retention::parse(a.value("--years"));
        if (!years || years->isUnlimited())
            return usage(Text::tr("\"%1\" is no number of years (0–999).").arg(a.value("--years")));
        wanted.retention = std::optional<Retention>(*years);
    } else if (a.flag("--unlimited")) {
        wanted.retention = std::optional<Retention>(Retention::unlimited());
    } else if (a.flag("--from-plan")) {
        wanted.retention = std::optional<Retention>();
        wanted.disposal = std::optional<DisposalType>();
    }
    if (a.has("--disposal")) {
        auto type = disposalTypeFromCode(a.value("--disposal").trimmed().toUpper());
        if (!type)
            return usage(Text::tr("\"%1\" is no disposal type: A, B or V.").arg(a.value("--disposal")));
        wanted.disposal = std::optional<DisposalType>(*type);
    }
    auto r = RecordKeeping(*e).setRetention(serverSession(a, *e), object->id, wanted, a.value("--reason"));
    if (!r)
        return failWith(r.error());
    return showState(a, *e, *object, Text::tr("Retention set."));
}

int cmdHold(const Args &a)
{
    if (a.words.size() != 2 || a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("Use \"hold FILE --reason TEXT\": a legal hold needs a reason."));
    return actOn(a, kFile, Text::tr("Legal hold set: nothing of the file may be disposed of until it is lifted."),
        [&a](Engine &e, const Resolved &object, const ServerSession &session) {
            return RecordKeeping(e).hold(session, object.id, a.value("--reason"));
        });
}

int cmdReleaseHold(const Args &a)
{
    if (a.words.size() != 2 || a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("Use \"release-hold FILE --reason TEXT\": lifting a hold needs a reason."));
    return actOn(a, kFile, Text::tr("Legal hold lifted."),
        [&a](Engine &e, const Resolved &object, const ServerSession &session) -> Result<QJsonObject> {
            RecordKeeping keeping(e);
            auto state = keeping.state(object.id);
            if (!state)
                return std::unexpected(state.error());
            QJsonObject last;
            bool any = false;
            for (const LegalHold &h : state->holds) {
                if (!h.isActive())
                    continue;
                auto r = keeping.release(session, h.id, a.value("--reason"));
                if (!r)
                    return r;
                last = *r;
                any = true;
            }
            if (!any)
                return fail(ErrorCode::NotFound, Text::tr("%1 has no legal hold.").arg(object.label));
            return last;
        });
}

int cmdDisposal(const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return usage(Text::tr("Use \"disposal list [--due-before YYYY-MM-DD] [--disposal A|B|V] [--department CODE] "
                              "[--out FILE.csv|FILE.pdf] [--json]\"."));
    QDate dueBy = QDate::currentDate();
    if (a.has("--due-before")) {
        dueBy = QDate::fromString(a.value("--due-before"), Qt::ISODate);
        if (!dueBy.isValid())
            return usage(Text::tr("\"%1\" is no date: write YYYY-MM-DD.").arg(a.value("--due-before")));
    }
    std::optional<DisposalType> only;
    if (a.has("--disposal")) {
        only = disposalTypeFromCode(a.value("--disposal").trimmed().toUpper());
        if (!only)
            return usage(Text::tr("\"%1\" is no disposal type: A, B or V.").arg(a.value("--disposal")));
    }
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto items = RecordKeeping::disposalList(*db, dueBy);
    if (!items)
        return failWith(items.error());
    const QString department = a.value("--department").trimmed();
    QJsonArray arr;
    QList<DisposalItem> shown;
    for (const DisposalItem &i : std::as_const(*items)) {
        if ((only && i.disposal != *only) || (!department.isEmpty() && i.departmentCode != department))
            continue;
        shown << i;
        if (a.json()) {
            arr.append(
                QJsonObject { { QStringLiteral("file_id"), id(i.fileId) }, { QStringLiteral("reference"), i.reference },
                    { QStringLiteral("title"), i.title }, { QStringLiteral("department"), i.departmentCode },
                    { QStringLiteral("closed_on"), i.closedOn.toString(Qt::ISODate) },
                    { QStringLiteral("retention"), i.retention.toString() },
                    { QStringLiteral("retention_end"), i.retentionEnd.toString(Qt::ISODate) },
                    { QStringLiteral("disposal"), QString(disposalTypeCode(i.disposal)) } });
            continue;
        }
        out(Text::tr("%1  %2  closed %3, retention %4 until %5  → %6")
                .arg(i.reference, i.title, localDate(i.closedOn), i.retention.displayText(), localDate(i.retentionEnd),
                    disposalTypeName(i.disposal)));
    }
    if (a.has("--out")) {
        const QString scope = (department.isEmpty() ? QString() : Text::tr(", department %1").arg(department))
            + (only ? Text::tr(", disposal type %1").arg(disposalTypeName(*only)) : QString());
        if (auto s = RecordKeeping::exportDisposalList(shown, dueBy, scope, a.value("--out")); !s)
            return failWith(s.error());
    }
    if (a.json())
        printJson(arr);
    else
        out(Text::tr("%n file(s) due for disposal by %1 (without legal hold).", nullptr, static_cast<int>(shown.size()))
                .arg(localDate(dueBy)));
    return ExitOk;
}

} // namespace Aktenwerk::Cli
