// Sync against a real PostgreSQL, next to the plain tools doing the same transfer in the same run.
//
//   push metadata:  aktenwerk sync sending N new files (2,000 operations per call of the server's
//                   command API aktenwerk.submit, one transaction; each checked by the server, with
//                   its idempotence record, server-assigned reference and audit event, under RLS)
//                   vs. COPY of the same N rows into a staging table without RLS
//   pull metadata:  a second client receiving them (snapshot-consistent, paged, written to its
//                   index with an audit event per page) vs. COPY (SELECT ...) TO STDOUT as that user
//   push content:   sending M MiB of documents in 1 MiB chunks (hash-checked per chunk and whole)
//                   vs. a tar stream of the same files into one file (+ sync)
//   pull content:   receiving them (streamed, resumable, hash-checked, fsynced)
//                   vs. extracting that tar (+ sync)
//
// Starts its own PostgreSQL (tests/support/pgfixture.sh, with fsync on) and prints CSV:
// operation, corpus, baseline_s, app_s, ratio

#include "../testsupport.h"
#include "benchsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

namespace {

double run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    const auto seconds = Aktenwerk::Test::timedRun(program, args, {}, env);
    if (!seconds)
        bail();
    return *seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int records = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int contentMiB = args.size() > 2 ? args.at(2).toInt() : 1024;

    QTemporaryDir dir;
    const QString pgDir = QStringLiteral("/tmp/aktenwerk-bench-pg-%1").arg(QCoreApplication::applicationPid());
    const QString fixture = Test::sourceDir() + QStringLiteral("/tests/support/pgfixture.sh");
    // The test fixture runs PostgreSQL without fsync; a benchmark measures what production pays.
    const bool statementStats = qEnvironmentVariableIntValue("AKTENWERK_BENCH_STATS") == 1;
    if (qEnvironmentVariableIsEmpty("AKTENWERK_PG_OPTIONS"))
        qputenv("AKTENWERK_PG_OPTIONS",
            statementStats ? "-c fsync=on -c full_page_writes=on -c shared_preload_libraries=pg_stat_statements "
                             "-c pg_stat_statements.track=all"
                           : "-c fsync=on -c full_page_writes=on");
    g_fixture = fixture;
    g_workDir = dir.path();
    run(fixture, { QStringLiteral("start"), pgDir });
    g_pgDir = pgDir;
    qputenv("AKTENWERK_PG_ENV", (pgDir + QStringLiteral("/env")).toUtf8());
    Test::PgServer pg;
    if (!pg.load()) {
        std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
        bail();
    }
    const QString dbName = QStringLiteral("bench");
    pg.createDatabase(dbName);
    const QString admin = pg.adminUrl(dbName);
    check(ServerAdmin::init(admin), "init");
    if (statementStats)
        check(check(PgConnection::connect(admin), "stats").run(QStringLiteral("CREATE EXTENSION pg_stat_statements")), "stats");
    (void)ServerAdmin::addDepartment(admin, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open);
    (void)ServerAdmin::addUser(admin, QStringLiteral("rita"), {}, QStringLiteral("63"), { Role::RecordsOfficer },
        QStringLiteral("rita-secret-1"));
    (void)ServerAdmin::addUser(
        admin, QStringLiteral("alice"), {}, QStringLiteral("63"), { Role::Clerk }, QStringLiteral("alice-secret-1"));
    (void)ServerAdmin::addUser(
        admin, QStringLiteral("anna"), {}, QStringLiteral("63"), { Role::Clerk }, QStringLiteral("anna-secret-1"));

    auto client = [&](const QString &name, const QString &login) {
        auto e = check(Test::openEngine(dir.filePath(name), login), "open");
        check(e->apply(Commands::connectServer(pg.userUrl(dbName), login)), "connect");
        return e;
    };
    {
        auto rita = client(QStringLiteral("rita"), QStringLiteral("rita"));
        check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");
        check(PlanImporter::importFile(
                  *rita, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")),
            "plan");
        check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");
    }
    auto a = client(QStringLiteral("a"), QStringLiteral("alice"));
    auto b = client(QStringLiteral("b"), QStringLiteral("anna"));
    check(SyncEngine(*a).sync(QStringLiteral("alice-secret-1")), "sync");
    check(SyncEngine(*b).sync(QStringLiteral("anna-secret-1")), "sync");
    std::printf("operation, corpus, baseline_s, app_s, ratio\n");

    // --- metadata ---------------------------------------------------------------------------
    const QString corpus = QStringLiteral("%1 files").arg(records);
    QString planId;
    {
        auto db = check(a->openReader(), "reader");
        planId = db.scalar(QStringLiteral("SELECT id FROM plan_unit WHERE code = '63.01.02'"))->toString();
    }
    for (int done = 0; done < records;) {
        QList<Command> batch;
        for (int i = 0; i < 1000 && done < records; ++i, ++done)
            batch << Commands::createFile(
                QStringLiteral("63.01.02"), QStringLiteral("Bauakte Nr. %1, Lindenweg %2").arg(done).arg(done % 300));
        check(a->applyBatch(batch), "create");
    }
    // Baseline: the same rows, COPY into a staging table without row-level security.
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        for (int i = 0; i < records; ++i)
            f.write(QStringLiteral("%1,%2,63.01.02-%3/2026,%3,2026,\"Bauakte Nr. %3, Lindenweg %4\",63,003,\"\",{}\n")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), planId)
                        .arg(i)
                        .arg(i % 300)
                        .toUtf8());
    }
    auto owner = check(PgConnection::connect(admin), "admin");
    check(owner.exec(QStringLiteral("CREATE TABLE public.staging (LIKE aktenwerk.file_record INCLUDING DEFAULTS)")),
        "staging");
    QProcessEnvironment psqlEnv = QProcessEnvironment::systemEnvironment();
    psqlEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alice-secret-1"));
    const double copyIn = run(QStringLiteral("psql"),
        { admin, QStringLiteral("-q"), QStringLiteral("-c"),
            QStringLiteral("\\copy public.staging (id, plan_unit_id, reference, seq, year, title, department_code, "
                           "confidentiality, type, metadata) FROM '%1' CSV")
                .arg(csv) });
    QElapsedTimer t;
    t.start();
    auto pushed = check(SyncEngine(*a).sync(QStringLiteral("alice-secret-1")), "push");
    const double push = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (pushed.pushed != records) {
        std::fprintf(stderr, "pushed %d of %d\n", pushed.pushed, records);
        bail();
    }
    row("push metadata", corpus, copyIn, push);
    std::fprintf(stderr, "push metadata: push %.3f s, pull of the server's numbers %.3f s\n", pushed.pushSeconds,
                 pushed.pullSeconds);
    // Where the server spends a push: AKTENWERK_BENCH_STATS=1 (pg_stat_statements).
    auto serverStats = [&](bool reset) {
        if (!statementStats)
            return;
        auto owner = check(PgConnection::connect(admin), "stats");
        if (reset) {
            check(owner.exec(QStringLiteral("SELECT pg_stat_statements_reset()")), "stats");
            return;
        }
        auto top = check(owner.exec(QStringLiteral(
                             "SELECT calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 4), "
                             "left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements "
                             "ORDER BY total_exec_time DESC LIMIT 15")),
            "stats");
        for (int r = 0; r < top.rows(); ++r)
            std::fprintf(stderr, "%8s calls %9s ms total %8s ms mean  %s\n", qPrintable(top.text(r, 0)),
                qPrintable(top.text(r, 1)), qPrintable(top.text(r, 2)), qPrintable(top.text(r, 3)));
    };
    serverStats(false);

    const double copyOut = run(QStringLiteral("psql"),
        { pg.userUrl(dbName), QStringLiteral("-U"), QStringLiteral("anna"), QStringLiteral("-q"), QStringLiteral("-c"),
            QStringLiteral("\\copy (SELECT * FROM aktenwerk.file_record) TO STDOUT") },
        [&] {
            auto e = psqlEnv;
            e.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("anna-secret-1"));
            return e;
        }());
    serverStats(true);
    t.restart();
    auto pulled = check(SyncEngine(*b).sync(QStringLiteral("anna-secret-1")), "pull");
    const double pull = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (pulled.pulled < records) {
        std::fprintf(stderr, "pulled %d of %d\n", pulled.pulled, records);
        bail();
    }
    row("pull metadata", corpus, copyOut, pull);
    serverStats(false);

    // --- content ------------------------------------------------------------------------------
    if (contentMiB > 0) {
        const QString src = dir.filePath(QStringLiteral("content"));
        QDir().mkpath(src);
        QStringList files;
        const int count = qMax(1, contentMiB / 4);
        for (int i = 0; i < count; ++i) {
            files << src + QStringLiteral("/scan-%1.pdf").arg(i, 4, 10, QLatin1Char('0'));
            Test::writeFile(files.last(), Test::randomBytes(4 * 1024 * 1024, static_cast<quint32>(i + 7)));
        }
        const QString contentCorpus = QStringLiteral("%1 files %2 MiB").arg(count).arg(count * 4);
        auto file = check(a->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Scans"))), "file");
        auto cs = check(a->apply(Commands::createCase(file.id, QStringLiteral("Pläne"))), "case");
        check(Importer(*a).addDocuments(cs.id, files, [](const QString &, const CommandResult &) {}), "add");
        const QString tar = dir.filePath(QStringLiteral("stream.tar"));
        run(QStringLiteral("sync"), {});
        const double tarOut
            = run(QStringLiteral("tar"), { QStringLiteral("-cf"), tar, QStringLiteral("-C"), src, QStringLiteral(".") })
            + run(QStringLiteral("sync"), { QStringLiteral("-f"), tar });
        serverStats(true);
        t.restart();
        auto up = check(SyncEngine(*a).sync(QStringLiteral("alice-secret-1")), "push content");
        const double push2 = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (up.contentUp != count) {
            std::fprintf(stderr, "uploaded %d of %d\n", up.contentUp, count);
            bail();
        }
        row("push content", contentCorpus, tarOut, push2);
        serverStats(false);

        const QString extract = dir.filePath(QStringLiteral("extract"));
        QDir().mkpath(extract);
        const double tarIn = run(QStringLiteral("tar"), { QStringLiteral("-xf"), tar, QStringLiteral("-C"), extract })
            + run(QStringLiteral("sync"), { QStringLiteral("-f"), extract });
        t.restart();
        auto down = check(SyncEngine(*b).sync(QStringLiteral("anna-secret-1")), "pull content");
        const double pull2 = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (down.contentDown != count) {
            std::fprintf(stderr, "downloaded %d of %d\n", down.contentDown, count);
            bail();
        }
        row("pull content", contentCorpus, tarIn, pull2);
    }
    a.reset();
    b.reset();
    g_pgDir.clear();
    run(fixture, { QStringLiteral("stop"), pgDir });
    return 0;
}
