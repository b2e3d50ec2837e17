#pragma once

// What the benchmarks against a PostgreSQL of their own share: leaving nothing behind when a run
// fails, the CSV row, and operations through the server's command API.

#include "../testsupport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <type_traits>
#include <utility>

namespace Aktenwerk::Bench {

/** pgfixture.sh, the PostgreSQL folder it runs in, and a work folder: removed by bail(). */
inline QString g_fixture, g_pgDir, g_workDir;

/** Stops the benchmark's PostgreSQL, removes its work folder and ends the run as failed. */
[[noreturn]] inline void bail()
{
    if (!g_pgDir.isEmpty())
        QProcess::execute(g_fixture, { QStringLiteral("stop"), std::exchange(g_pgDir, {}) });
    if (!g_workDir.isEmpty())
        QDir(g_workDir).removeRecursively();
    std::exit(1);
}

template<typename T> T check(Model::Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().toString()));
        bail();
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

/**
 * Starts the benchmark's own PostgreSQL (tests/support/pgfixture.sh, fsync on unless
 * AKTENWERK_PG_OPTIONS says otherwise) into @p pg, with a database "bench" holding the repository
 * schema and department 63: the owner's URL. bail() stops it again; nothing when it cannot start.
 */
inline QString startRepository(Test::PgServer &pg)
{
    const QString pgDir = QStringLiteral("/tmp/aktenwerk-bench-pg-%1").arg(QCoreApplication::applicationPid());
    g_fixture = Test::sourceDir() + QStringLiteral("/tests/support/pgfixture.sh");
    if (qEnvironmentVariableIsEmpty("AKTENWERK_PG_OPTIONS"))
        qputenv("AKTENWERK_PG_OPTIONS", "-c fsync=on -c full_page_writes=on");
    if (QProcess::execute(g_fixture, { QStringLiteral("start"), pgDir }) != 0)
        std::exit(1);
    g_pgDir = pgDir;
    qputenv("AKTENWERK_PG_ENV", (pgDir + QStringLiteral("/env")).toUtf8());
    if (!pg.load()) {
        std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
        bail();
    }
    const QString dbName = QStringLiteral("bench");
    pg.createDatabase(dbName);
    const QString admin = pg.adminUrl(dbName);
    check(Dms::ServerAdmin::init(admin), "init");
    check(Dms::ServerAdmin::addDepartment(
              admin, QStringLiteral("63"), QStringLiteral("FB 63"), Model::Confidentiality::Open),
        "dept");
    return admin;
}

/** The seconds @p work takes. */
inline double timed(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e9;
}

/** operation, corpus, baseline_s, app_s, ratio — with @p decimals for the seconds. */
inline void row(const char *op, const QString &corpus, double baseline, double app, int decimals = 3)
{
    std::printf(
        "%s, %s, %.*f, %.*f, %.2f\n", op, qPrintable(corpus), decimals, baseline, decimals, app, app / baseline);
    std::fflush(stdout);
}

/** One operation for aktenwerk.submit(). */
inline QJsonObject op(const QString &cmd, const QString &type, const QString &id, const QJsonObject &args)
{
    return { { QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("cmd"), cmd }, { QStringLiteral("type"), type }, { QStringLiteral("id"), id },
        { QStringLiteral("args"), args } };
}

/** Operations through aktenwerk.submit(), in batches of @p batch per call (one transaction each). */
inline void submitAll(Dms::PgConnection &db, const QList<QJsonObject> &ops, int batch, const char *what)
{
    for (qsizetype i = 0; i < ops.size(); i += batch) {
        QJsonArray arr;
        for (qsizetype j = i; j < std::min<qsizetype>(ops.size(), i + batch); ++j)
            arr.append(ops.at(j));
        auto r = db.exec(QStringLiteral("SELECT count(*) FILTER (WHERE outcome <> 'applied'), "
                                        "min(message_en) FROM aktenwerk.submit($1::jsonb)"),
            { QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)) });
        if (!r || r->text(0, 0) != QLatin1String("0")) {
            std::fprintf(stderr, "%s: %s\n", what, r ? qPrintable(r->text(0, 1)) : qPrintable(r.error().toString()));
            bail();
        }
    }
}

} // namespace Aktenwerk::Bench
