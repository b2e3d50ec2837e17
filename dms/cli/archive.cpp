// aktenwerk-cli commands — the hand-over to the archive (issue 16): offering files (xdomea 0501)
// and what the server records of each disposal process. The server decides; the message is
// written from the local index, validated against the official schema and packed as a flat
// ZIP <ProzessID>_<Nachrichtenname>.zip in --out.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"
#include "dms/records/disposal.h"

#include <QDir>

#include <optional>

namespace Aktenwerk::Cli {

namespace {

XdomeaParties partiesOf(const Args &a)
{
    XdomeaParties parties;
    if (a.has("--sender"))
        parties.sender = a.value("--sender");
    if (a.has("--unit"))
        parties.senderUnit = a.value("--unit");
    if (a.has("--archive"))
        parties.recipient = a.value("--archive");
    return parties;
}

/** The files named from the third word on (references or ids), each once. */
Result<QList<QUuid>> filesNamed(const Args &a, Session &s)
{
    QList<QUuid> files;
    for (const QString &ref : a.words.mid(2)) {
        auto object = s.target(ref, { QStringLiteral("file") });
        if (!object)
            return std::unexpected(object.error());
        if (!files.contains(object->id))
            files << object->id;
    }
    return files;
}

int archiveOffer(const Args &a)
{
    if (a.words.size() < 3 || !a.has("--out"))
        return usage(
            Text::tr("Use \"archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]\"."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto files = filesNamed(a, s);
    if (!files)
        return failWith(files.error());
    auto written = Disposal(*e).offer(serverSession(a, *e), *files, a.value("--out"), partiesOf(a));
    if (!written)
        return failWith(written.error());
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("process"), id(written->process) },
            { QStringLiteral("message"), QStringLiteral("0501") },
            { QStringLiteral("container"), QDir::toNativeSeparators(written->container) },
            { QStringLiteral("sha256"), written->sha256 }, { QStringLiteral("files"), written->files } });
        return ExitOk;
    }
    out(Text::tr("Offered %n file(s) to the archive: process %1.", nullptr, written->files).arg(id(written->process)));
    out(Text::tr("Offer list (0501): %1").arg(QDir::toNativeSeparators(written->container)));
    return ExitOk;
}

int archiveStatus(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto db = serverSession(a, *e)();
    if (!db)
        return failWith(db.error());
    const QString process = a.words.value(2);
    auto processes = Disposal::processes(*db, process);
    if (!processes)
        return failWith(processes.error());
    if (!process.isEmpty() && processes->isEmpty())
        return failWith(Error { ErrorCode::NotFound, Text::tr("There is no disposal process %1.").arg(process), {} });
    const QJsonArray &list = *processes;
    if (a.json()) {
        printJson(list);
        return ExitOk;
    }
    if (list.isEmpty())
        out(Text::tr("No disposal processes."));
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject p = v.toObject();
        out(Text::tr("%1  %n file(s), %2, started by %3", nullptr, p.value(QLatin1String("files")).toInt())
                .arg(p.value(QLatin1String("process")).toString(),
                    Disposal::stateName(p.value(QLatin1String("state")).toString()),
                    p.value(QLatin1String("created_by")).toString()));
        out(Text::tr("  next: %1")
                .arg(Disposal::nextStep(
                    p.value(QLatin1String("state")).toString(), p.value(QLatin1String("kind")).toString())));
        for (const QJsonValue &m : p.value(QLatin1String("messages")).toArray()) {
            const QJsonObject msg = m.toObject();
            out(QStringLiteral("  %1 %2 %3")
                    .arg(msg.value(QLatin1String("code")).toString(),
                        msg.value(QLatin1String("direction")).toString() == QLatin1String("sent")
                            ? Text::tr("sent")
                            : Text::tr("received"),
                        msg.value(QLatin1String("container")).toString()));
        }
        // Each file the records officer keeps: the archive's decision and, once imported, its reference.
        for (const QJsonValue &v : p.value(QLatin1String("objects")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString state = Disposal::objectState(o);
            const QString reference = o.value(QLatin1String("reference")).toString();
            out(QStringLiteral("    %1  %2")
                    .arg(reference.isEmpty() ? o.value(QLatin1String("file_id")).toString() : reference, state));
        }
    }
    return ExitOk;
}

int printTransfer(const Args &a, const Disposal::Written &written)
{
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("process"), id(written.process) },
            { QStringLiteral("message"), QStringLiteral("0503") },
            { QStringLiteral("container"), QDir::toNativeSeparators(written.container) },
            { QStringLiteral("sha256"), written.sha256 }, { QStringLiteral("files"), written.files } });
        return ExitOk;
    }
    out(Text::tr("Transferred %n file(s) to the archive (0503): %1", nullptr, written.files)
            .arg(QDir::toNativeSeparators(written.container)));
    return ExitOk;
}

int archiveTransfer(const Args &a)
{
    if (a.flag("--direct")) { // the two-stage route: files classed A, no offer
        if (a.words.size() < 3 || !a.has("--out"))
            return usage(Text::tr("Use \"archive transfer FILE... --direct --out DIR\"."));
        Session s(a);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto files = filesNamed(a, s);
        if (!files)
            return failWith(files.error());
        auto written = Disposal(*e).transferDirect(serverSession(a, *e), *files, a.value("--out"), partiesOf(a));
        if (!written)
            return failWith(written.error());
        return printTransfer(a, *written);
    }
    const QUuid process = QUuid::fromString(a.words.value(2));
    if (a.words.size() != 3 || process.isNull() || !a.has("--out"))
        return usage(Text::tr("Use \"archive transfer PROCESS --out DIR\" (PROCESS: the ProzessID)."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto written = Disposal(*e).transfer(serverSession(a, *e), process, a.value("--out"), partiesOf(a));
    if (!written)
        return failWith(written.error());
    return printTransfer(a, *written);
}

int archiveImport(const Args &a)
{
    if (a.words.size() != 3)
        return usage(Text::tr("Use \"archive import CONTAINER.zip [--out DIR]\"."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    const ServerSession session = serverSession(a, *e); // one password for both acts
    auto received = Disposal(*e).receive(session, a.words.at(2));
    if (!received)
        return failWith(received.error());
    // The appraisal is confirmed (0505) at once when there is somewhere to put the confirmation.
    std::optional<Disposal::Written> confirmed;
    if (received->code == QLatin1String("0502") && a.has("--out")) {
        auto w = Disposal(*e).confirmAppraisal(session, received->process, a.value("--out"), partiesOf(a));
        if (!w)
            return failWith(w.error());
        confirmed = *w;
    }
    int archived = 0;
    for (const auto &[file, decision] : std::as_const(received->appraisals))
        archived += decision == QLatin1Char('A') ? 1 : 0;
    if (a.json()) {
        QJsonArray appraisals;
        for (const auto &[file, decision] : std::as_const(received->appraisals))
            appraisals.append(
                QJsonObject { { QStringLiteral("id"), id(file) }, { QStringLiteral("decision"), QString(decision) } });
        QJsonObject o { { QStringLiteral("process"), id(received->process) },
            { QStringLiteral("message"), received->code }, { QStringLiteral("appraisals"), appraisals } };
        if (confirmed)
            o.insert(QStringLiteral("confirmation"), QDir::toNativeSeparators(confirmed->container));
        QJsonArray imports;
        for (const Disposal::Received::Import &i : std::as_const(received->imports))
            imports.append(QJsonObject { { QStringLiteral("id"), id(i.file) }, { QStringLiteral("ok"), i.ok },
                { QStringLiteral("archive_reference"), i.archiveReference } });
        if (!imports.isEmpty())
            o.insert(QStringLiteral("imports"), imports);
        printJson(o);
        return ExitOk;
    }
    if (received->code == QLatin1String("0502"))
        out(Text::tr("Appraisal (0502) of process %1 read in: %2 to the archive, %3 to be destroyed.")
                .arg(id(received->process))
                .arg(archived)
                .arg(received->appraisals.size() - archived));
    else if (received->code == QLatin1String("0504"))
        out(Text::tr("The archive confirms receipt of the offer (0504) of process %1.").arg(id(received->process)));
    else if (received->code == QLatin1String("0507"))
        out(Text::tr("The archive confirms receipt of the transfer (0507) of process %1.").arg(id(received->process)));
    for (const Disposal::Received::Import &i : std::as_const(received->imports))
        out(i.ok ? Text::tr("Taken over by the archive (0506): %1 as „%2“").arg(id(i.file), i.archiveReference)
                 : Text::tr("Not taken over by the archive (0506): %1").arg(id(i.file)));
    if (confirmed)
        out(Text::tr("Confirmation of the appraisal (0505): %1").arg(QDir::toNativeSeparators(confirmed->container)));
    return ExitOk;
}

} // namespace

int cmdArchive(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("offer"))
        return archiveOffer(a);
    if (sub == QLatin1String("import"))
        return archiveImport(a);
    if (sub == QLatin1String("transfer"))
        return archiveTransfer(a);
    if (sub == QLatin1String("status") && a.words.size() <= 3)
        return archiveStatus(a);
    return usage(
        Text::tr("Use \"archive offer FILE... --out DIR\", \"archive import CONTAINER.zip\", \"archive transfer "
                 "PROCESS --out DIR\" or \"archive status [PROCESS]\"."));
}

} // namespace Aktenwerk::Cli
