// The hand-over to the archive against a real PostgreSQL (issue 16), next to the plain tools on
// the same output in the same run.
//
//   offer (0501):  FILES closed, due files (each with CASES closed cases) offered by a records
//                  officer: Disposal::offer — the server checks every file (closed, due, no hold,
//                  in no other process, kept by her) and records the process; the offer list is
//                  written from her local index, validated against the official schema (libxml2,
//                  streamed) and packed as <ProzessID>_Aussonderung.Anbieteverzeichnis.0501.zip;
//                  then her client pulls what the server recorded
//                  vs. xmllint --noout --nonet --schema of the same message plus zip -r of it
//
// Starts its own PostgreSQL (tests/support/pgfixture.sh, with fsync on) and prints CSV:
// operation, corpus, baseline_s, app_s, ratio. Usage: bench_archive [FILES] [CASES]

#include "../testsupport.h"
#include "benchsupport.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/records/disposal.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <type_traits>
#include <utility>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;
using namespace Aktenwerk::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int casesPerFile = args.size() > 2 ? args.at(2).toInt() : 3;

    QTemporaryDir dir;
    Test::PgServer pg;
    const QString admin = startRepository(pg);
    const QString dbName = QStringLiteral("bench");
    for (auto [login, role] : { std::pair { "rita", Role::RecordsOfficer }, std::pair { "alice", Role::Clerk } })
        check(ServerAdmin::addUser(admin, QString::fromLatin1(login), {}, QStringLiteral("63"), { role },
                  QString::fromLatin1(login) + QStringLiteral("-secret-1")),
            "user");
    auto rita = check(Test::openEngine(dir.filePath(QStringLiteral("rita")), QStringLiteral("rita")), "open");
    check(rita->apply(Commands::connectServer(pg.userUrl(dbName), QStringLiteral("rita"))), "connect");
    check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");
    check(
        PlanImporter::importFile(*rita, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")),
        "plan");
    check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");

    // The corpus through the command API as the clerk (not measured): files with cases, dated back
    // by the owner (years cannot pass in a benchmark), closed in 1992 with their cases (due with the plan's 30 years).
    auto alice = check(
        PgConnection::connect(pg.userUrl(dbName), QStringLiteral("alice"), QStringLiteral("alice-secret-1")), "alice");
    auto owner = check(PgConnection::connect(admin), "owner");
    const QString plan
        = check(owner.exec(QStringLiteral("SELECT id FROM aktenwerk.plan_unit WHERE code = '63.01.02'")), "plan")
              .text(0, 0);
    QList<QJsonObject> create;
    QStringList fileIds;
    for (int f = 0; f < files; ++f) {
        const QString file = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fileIds << file;
        create << op(QStringLiteral("file.create"), QStringLiteral("file"), file,
            { { QStringLiteral("plan_unit"), plan },
                { QStringLiteral("title"), QStringLiteral("Bauvorhaben Lindenstraße %1").arg(f + 1) },
                { QStringLiteral("department"), QStringLiteral("63") } });
        for (int c = 0; c < casesPerFile; ++c)
            create << op(QStringLiteral("case.create"), QStringLiteral("case"),
                QUuid::createUuid().toString(QUuid::WithoutBraces),
                { { QStringLiteral("file_id"), file },
                    { QStringLiteral("title"), QStringLiteral("Vorgang %1 zur Baugenehmigung").arg(c + 1) } });
    }
    submitAll(alice, create, 2000, "corpus");
    check(owner.run(QStringLiteral("UPDATE aktenwerk.file_record SET created_at = '1990-01-05'")), "date");
    check(owner.run(QStringLiteral("UPDATE aktenwerk.case_record SET created_at = '1990-01-05'")), "date");
    QList<QJsonObject> close;
    for (const QString &file : std::as_const(fileIds))
        close << op(QStringLiteral("record.close"), QStringLiteral("file"), file,
            { { QStringLiteral("date"), QStringLiteral("1992-06-30") },
                { QStringLiteral("reason"), QStringLiteral("erledigt") }, { QStringLiteral("with_cases"), true } });
    submitAll(alice, close, 2000, "close");
    check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");

    const QString corpus = QStringLiteral("%1 files, %2 cases").arg(files).arg(files * casesPerFile);
    QList<QUuid> offered;
    for (const QString &f : std::as_const(fileIds))
        offered << QUuid::fromString(f);
    const QString out = dir.filePath(QStringLiteral("an-das-archiv"));
    Disposal::Written written;
    const double appS = timed([&] {
        written = check(Disposal(*rita).offer(
                            [&] {
                                return PgConnection::connect(
                                    pg.userUrl(dbName), QStringLiteral("rita"), QStringLiteral("rita-secret-1"));
                            },
                            offered, out, XdomeaParties {}),
            "offer");
    });
    // The baseline on the same message: the schema check and zip -r.
    const QString plain = dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(plain);
    auto unpacked = check(XdomeaContainer::unpack(written.container, plain), "unpack");
    const QString message = QDir(plain).filePath(unpacked.message);
    const QString xsd = Test::sourceDir() + QStringLiteral("/resources/xdomea/xsd/3.1.0/xdomea.xsd");
    const double baseS = timed([&] {
        QProcess lint;
        lint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        lint.start(QStringLiteral("xmllint"),
            { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), xsd, message });
        lint.waitForFinished(-1);
        if (lint.exitCode() != 0)
            bail();
        QProcess zip;
        zip.setWorkingDirectory(plain);
        zip.start(QStringLiteral("zip"),
            { QStringLiteral("-r"), QStringLiteral("-q"), dir.filePath(QStringLiteral("plain.zip")),
                QStringLiteral(".") });
        zip.waitForFinished(-1);
        if (zip.exitCode() != 0)
            bail();
    });
    std::fprintf(stderr, "0501: %lld bytes of XML, container %lld bytes\n",
        static_cast<long long>(QFileInfo(message).size()), static_cast<long long>(QFileInfo(written.container).size()));
    row("offer (0501)", corpus, baseS, appS);
    QProcess::execute(g_fixture, { QStringLiteral("stop"), std::exchange(g_pgDir, {}) });
    return 0;
}
