// aktenwerk-cli commands — versions: list, check out, check in, cancel, restore, break a lock.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

namespace Aktenwerk::Cli {

int cmdVersions(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("versions needs one document."));
    Session s(a);
    auto target = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!target)
        return failWith(target.error());
    Database *db = s.reader();
    auto d = Queries::document(*db, target->id);
    auto versions = Queries::versions(*db, target->id);
    auto lock = Queries::documentLock(*db, target->id);
    if (!d)
        return failWith(d.error());
    if (!versions)
        return failWith(versions.error());
    if (!lock)
        return failWith(lock.error());
    const bool held = *lock && (*lock)->isHeld(QDateTime::currentDateTimeUtc());
    if (a.json()) {
        QJsonArray arr;
        for (const Version &v : *versions) {
            QJsonObject o = versionJson(v);
            o.insert(QStringLiteral("current"), v.number == (*d)->currentVersion);
            arr.append(o);
        }
        QJsonObject o{{QStringLiteral("document"), id(target->id)},
                      {QStringLiteral("current_version"), (*d)->currentVersion},
                      {QStringLiteral("versions"), arr}};
        if (held)
            o.insert(QStringLiteral("checked_out"),
                     QJsonObject{{QStringLiteral("owner"), (*lock)->owner},
                                 {QStringLiteral("since"), (*lock)->since.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("expires"), (*lock)->expires.toString(Qt::ISODateWithMs)}});
        printJson(o);
        return ExitOk;
    }
    for (const Version &v : *versions) {
        QString origin = versionOriginName(v.origin);
        if (v.parallelTo > 0)
            origin += Text::tr(" (parallel to v%1)").arg(v.parallelTo);
        out(QStringLiteral("%1v%2\t%3\t%4\t%5\t%6 B\t%7\t%8")
                .arg(v.number == (*d)->currentVersion ? QStringLiteral("*") : QStringLiteral(" "))
                .arg(v.number)
                .arg(localTime(v.createdAt), v.author, origin)
                .arg(v.size)
                .arg(v.sha256, v.comment));
    }
    if (held)
        out(Text::tr("Checked out by %1 since %2.").arg((*lock)->owner, localTime((*lock)->since)));
    return ExitOk;
}

int cmdCheckOut(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("checkout needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).checkOut(docId, serverSession(a, *e));
    if (!r)
        return failWith(r.error());
    if (r->offline)
        err(Text::tr("note: the server cannot be reached (%1). Checked out for an offline edit: should someone else "
                     "check in meanwhile, yours becomes a parallel version.")
                .arg(r->offlineReason));
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("path"), r->path},
                              {QStringLiteral("version"), r->version},
                              {QStringLiteral("offline"), r->offline},
                              {QStringLiteral("already"), r->already}});
    else
        out(QDir::toNativeSeparators(r->path));
    return ExitOk;
}

int cmdCheckIn(const Args &a)
{
    if (a.words.size() < 2 || a.words.size() > 3)
        return usage(Text::tr("checkin needs a document and, optionally, the FILE to check in."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).checkIn(docId, a.words.value(2), a.value("--comment"));
    if (!r)
        return failWith(r.error());
    sendNow(a, *e);
    if (a.json()) {
        printJson(QJsonObject{{QStringLiteral("unchanged"), r->unchanged},
                              {QStringLiteral("version"), r->number},
                              {QStringLiteral("parallel"), r->parallel},
                              {QStringLiteral("sha256"), r->sha256}});
    } else if (r->unchanged) {
        out(Text::tr("Unchanged: no new version. The check-out has ended."));
    } else if (r->parallel) {
        out(Text::tr("Checked in as version %1, parallel to the version you started from: someone else checked in "
                     "meanwhile.")
                .arg(r->number));
    } else {
        out(Text::tr("Checked in as version %1.").arg(r->number));
    }
    return ExitOk;
}

int cmdCancelCheckOut(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("cancel-checkout needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    if (auto r = CheckOuts(*e).cancel(docId); !r)
        return failWith(r.error());
    sendNow(a, *e);
    out(Text::tr("Check-out cancelled; the working copy is discarded."));
    return ExitOk;
}

int cmdRestore(const Args &a)
{
    bool ok = false;
    const int number = a.value("--version").toInt(&ok);
    if (a.words.size() != 2 || !ok || number < 1)
        return usage(Text::tr("restore needs a document and --version N."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).restore(docId, number, a.value("--comment"));
    if (!r)
        return failWith(r.error());
    sendNow(a, *e);
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("version"), r->number},
                              {QStringLiteral("sha256"), r->data.value(QLatin1String("sha256"))},
                              {QStringLiteral("restored_from"), number}});
    else
        out(Text::tr("Version %1 restored as version %2.").arg(number).arg(r->number));
    return ExitOk;
}

int cmdBreakLock(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("break-lock needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).breakLock(docId, serverSession(a, *e));
    if (!r)
        return failWith(r.error());
    if (r->isEmpty())
        out(Text::tr("The document was not checked out."));
    else
        out(Text::tr("The check-out of %1 is broken; %1 is told with the next sync.").arg(*r));
    return ExitOk;
}

} // namespace Aktenwerk::Cli
