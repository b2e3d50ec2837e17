// aktenwerk-cli commands — destruction (issue 16): proposals, the second records officer's
// decision, and the deletion records. The central repository decides every step; the approving
// client removes the files from its data folder at once, every other client on its next sync.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"
#include "dms/records/destruction.h"

namespace Aktenwerk::Cli {

namespace {

void printFiles(const QJsonArray &files)
{
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        out(QStringLiteral("  %1  %2 — %3")
                .arg(f.value(QLatin1String("reference")).toString(), f.value(QLatin1String("title")).toString(),
                    Destruction::grounds(f)));
    }
}

int destroyPropose(const Args &a)
{
    if (a.words.size() < 3)
        return usage(Text::tr("Use \"destroy propose PROCESS|FILE... [--reason TEXT]\"."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    // One word that names no file here but is an id: a disposal process.
    QUuid process;
    QList<QUuid> files;
    for (const QString &ref : a.words.mid(2)) {
        auto object = s.target(ref, { QStringLiteral("file") });
        if (!object && a.words.size() == 3 && !QUuid::fromString(ref).isNull()) {
            process = QUuid::fromString(ref);
            break;
        }
        if (!object)
            return failWith(object.error());
        if (!files.contains(object->id))
            files << object->id;
    }
    auto proposed = Destruction(*e).propose(serverSession(a, *e), process, files, a.value("--reason"));
    if (!proposed)
        return failWith(proposed.error());
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("id"), proposed->value(QLatin1String("proposal")) },
            { QStringLiteral("files"), proposed->value(QLatin1String("files")) } });
        return ExitOk;
    }
    const QJsonArray list = proposed->value(QLatin1String("files")).toArray();
    out(Text::tr("Proposed for destruction: %n file(s).", nullptr, static_cast<int>(list.size())));
    printFiles(list);
    out(Text::tr("Another records officer decides: destroy approve %1")
            .arg(proposed->value(QLatin1String("proposal")).toString()));
    return ExitOk;
}

int destroyDecide(const Args &a, bool approve)
{
    if (a.words.size() != 3 || QUuid::fromString(a.words.at(2)).isNull() || (!approve && !a.has("--remark")))
        return usage(approve ? Text::tr("Use \"destroy approve ID [--remark TEXT]\".")
                             : Text::tr("Use \"destroy reject ID --remark TEXT\"."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    const QUuid proposal = QUuid::fromString(a.words.at(2));
    auto decided = approve ? Destruction(*e).approve(serverSession(a, *e), proposal, a.value("--remark"))
                           : Destruction(*e).reject(serverSession(a, *e), proposal, a.value("--remark"));
    if (!decided)
        return failWith(decided.error());
    if (a.json()) {
        printJson(*decided);
        return ExitOk;
    }
    if (!approve) {
        out(Text::tr("Proposal %1 rejected.").arg(id(proposal)));
        return ExitOk;
    }
    const int n = static_cast<int>(decided->value(QLatin1String("files")).toArray().size());
    out(Text::tr("Destroyed %n file(s); a deletion record is kept for each (deletion-records).", nullptr, n));
    return ExitOk;
}

int destroyList(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto db = serverSession(a, *e)();
    if (!db)
        return failWith(db.error());
    auto list = Destruction::proposals(*db, !a.has("--all"));
    if (!list)
        return failWith(list.error());
    if (a.json()) {
        printJson(*list);
        return ExitOk;
    }
    if (list->isEmpty())
        out(a.has("--all") ? Text::tr("No destruction proposals.")
                           : Text::tr("No destruction proposal waits for a decision."));
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject p = v.toObject();
        const QString state = p.value(QLatin1String("state")).toString();
        out(Text::tr("%1  proposed by %2 on %3 (%4)")
                .arg(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("proposed_by")).toString(),
                    p.value(QLatin1String("proposed_at")).toString().left(10),
                    state == QLatin1String("proposed") ? Text::tr("waiting for approval")
                        : state == QLatin1String("approved")
                        ? Text::tr("approved by %1").arg(p.value(QLatin1String("decided_by")).toString())
                        : Text::tr("rejected by %1").arg(p.value(QLatin1String("decided_by")).toString())));
        printFiles(p.value(QLatin1String("files")).toArray());
    }
    return ExitOk;
}

} // namespace

int cmdDestroy(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("propose"))
        return destroyPropose(a);
    if (sub == QLatin1String("approve"))
        return destroyDecide(a, true);
    if (sub == QLatin1String("reject"))
        return destroyDecide(a, false);
    if (sub == QLatin1String("list") && a.words.size() == 2)
        return destroyList(a);
    return usage(Text::tr("Use \"destroy propose PROCESS|FILE...\", \"destroy list\", \"destroy approve ID\" or "
                          "\"destroy reject ID --remark TEXT\"."));
}

int cmdDeletionRecords(const Args &a)
{
    if (a.words.size() != 1)
        return usage(Text::tr("Use \"deletion-records [--json]\"."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto db = serverSession(a, *e)();
    if (!db)
        return failWith(db.error());
    auto records = Destruction::deletionRecords(*db);
    if (!records)
        return failWith(records.error());
    if (a.json()) {
        printJson(*records);
        return ExitOk;
    }
    if (records->isEmpty())
        out(Text::tr("No deletion records."));
    for (const QJsonValue &v : std::as_const(*records)) {
        const QJsonObject r = v.toObject();
        auto text = [&r](const char *key) { return r.value(QLatin1String(key)).toString(); };
        out(QStringLiteral("%1  %2").arg(text("reference"), text("title")));
        out(Text::tr("  destroyed %1: proposed by %2, approved by %3")
                .arg(text("approved_at").left(10), text("proposed_by"), text("approved_by")));
        out(Text::tr("  runtime %1 – %2, retention until %3; %4")
                .arg(text("runtime_from"), text("runtime_to"), text("retention_end"), text("legal_basis")));
        out(QStringLiteral("  ")
            + (text("decision") == QLatin1String("A")
                    ? Text::tr("taken over by the archive as „%1“").arg(text("archive_reference"))
                    : Text::tr("appraised V (destroy)")));
        out(Text::tr("  %1 case(s), %2 document(s), %3 version(s); %4 of %5 content(s) removed, the rest still used")
                .arg(r.value(QLatin1String("cases")).toInt())
                .arg(r.value(QLatin1String("documents")).toInt())
                .arg(r.value(QLatin1String("versions")).toInt())
                .arg(r.value(QLatin1String("content_removed")).toArray().size())
                .arg(r.value(QLatin1String("content_hashes")).toArray().size()));
    }
    return ExitOk;
}

} // namespace Aktenwerk::Cli
