#include "dms/engine.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include "../testsupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * Sync under faults, each until it hit a sync 30 times: the client killed with SIGKILL while pushing and
 * while pulling, PostgreSQL restarted during a sync, the connection terminated by the server.
 * Oracle after every fault: the next sync succeeds, every file the client made is on the
 * server exactly once, both clients hold the same records with the same content hashes, and
 * `verify` passes on each client.
 */
class TstSyncFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedWhilePushing();
    void killedWhilePulling();
    void serverRestartedDuringSync();
    void connectionTerminatedByTheServer();

private:
    Test::CliRun cli(const QString &data, QStringList args, const QString &password = {},
                     const QProcessEnvironment &env = {});
    /** Starts `sync` in the background (the caller disturbs it, then waits). */
    QProcess *startSync(const QString &data, const QString &password, const QProcessEnvironment &env = {});
    /** Offline work on client A: @p files new files, each with a case and a document. */
    void makeWork(int files, int round);
    /** Syncs until it succeeds (a restarting server may refuse a few times). */
    bool syncUntilDone(const QString &data, const QString &password);
    /** id, reference, title and current content hash of everything a client holds. */
    QStringList canonical(const QString &data);
    void checkConverged(const QString &context);
    /** Waits until the sync process has its session on the server (so the fault hits mid-sync). */
    bool waitForSession(QProcess *sync);
    /** Syncs that meet @p fault while they hold still, until 30 of them were cut off (at most 45). */
    void faultDuringSyncs(int firstRound, const QString &name, const std::function<bool()> &fault, int *rounds,
                          int *interrupted);
    QProcessEnvironment pauseSomewhere();

    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_anna;
    QTemporaryDir m_dir;
    QString m_a, m_b;
    QStringList m_created; ///< ids of the files client A made
    QRandomGenerator m_gen{20261126};
};

void TstSyncFaults::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("faults"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    const QString rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_anna = Test::PgServer::uniqueName(QStringLiteral("anna"));
    QVERIFY(ServerAdmin::addUser(url, rita, {}, QStringLiteral("63"), {Role::RecordsOfficer}, QStringLiteral("rita-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(url, m_alice, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("alice-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(url, m_anna, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("anna-secret-1")).has_value());

    const QString r = m_dir.filePath(QStringLiteral("rita"));
    QCOMPARE(cli(r, {QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db), QStringLiteral("--user"), rita,
                     QStringLiteral("--password-stdin")}, QStringLiteral("rita-secret-1")).exitCode, 0);
    QCOMPARE(cli(r, {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, QStringLiteral("rita-secret-1")).exitCode, 0);
    QCOMPARE(cli(r, {QStringLiteral("plan"), QStringLiteral("import"), Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")}).exitCode, 0);
    QCOMPARE(cli(r, {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, QStringLiteral("rita-secret-1")).exitCode, 0);

    m_a = m_dir.filePath(QStringLiteral("a"));
    m_b = m_dir.filePath(QStringLiteral("b"));
    for (const auto &[data, user, pw] : {std::tuple{m_a, m_alice, QStringLiteral("alice-secret-1")},
                                         std::tuple{m_b, m_anna, QStringLiteral("anna-secret-1")}}) {
        const auto c = cli(data, {QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db),
                                  QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}, pw);
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QVERIFY(syncUntilDone(data, pw));
    }
}

Test::CliRun TstSyncFaults::cli(const QString &data, QStringList args, const QString &password,
                                const QProcessEnvironment &env)
{
    args.prepend(data);
    args.prepend(QStringLiteral("--data-dir"));
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKTENWERK_FAULT"));
    e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // passwords come from stdin here
    e.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    for (const QString &k : env.keys())
        e.insert(k, env.value(k));
    p.setProcessEnvironment(e);
    p.start(Test::cliPath(), args);
    Test::CliRun r;
    if (!p.waitForStarted())
        return r;
    if (!password.isEmpty())
        p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill(), p.waitForFinished();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *TstSyncFaults::startSync(const QString &data, const QString &password, const QProcessEnvironment &env)
{
    auto *p = new QProcess(this);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AKTENWERK_FAULT"));
    e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    for (const QString &k : env.keys())
        e.insert(k, env.value(k));
    p->setProcessEnvironment(e);
    p->start(Test::cliPath(), {QStringLiteral("--data-dir"), data, QStringLiteral("sync"), QStringLiteral("--password-stdin")});
    p->waitForStarted();
    p->write(password.toUtf8() + '\n');
    p->waitForBytesWritten(5000); // no event loop runs here: flush the password now
    p->closeWriteChannel();
    return p;
}

QProcessEnvironment TstSyncFaults::pauseSomewhere()
{
    static const char *const points[] = {"sync.push.before-commit", "sync.upload.after-chunk", "sync.push.after-op",
                                         "sync.pull.after-page"};
    QProcessEnvironment env;
    env.insert(QStringLiteral("AKTENWERK_FAULT"),
               QStringLiteral("%1=pause600@1").arg(QLatin1String(points[m_gen.bounded(4u)])));
    return env;
}

bool TstSyncFaults::waitForSession(QProcess *sync)
{
    auto admin = PgConnection::connect(m_pg.adminUrl(m_db));
    if (!admin)
        return false;
    for (int i = 0; i < 400 && sync->state() != QProcess::NotRunning; ++i) {
        auto r = admin->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = $1"), {m_alice});
        if (r && r->int64(0, 0) > 0)
            return true;
        QThread::msleep(5);
    }
    return false;
}

void TstSyncFaults::makeWork(int files, int round)
{
    for (int i = 0; i < files; ++i) {
        auto f = cli(m_a, {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01.02"),
                           QStringLiteral("--title"), QStringLiteral("Anlage %1-%2").arg(round).arg(i), QStringLiteral("--json")});
        QVERIFY2(f.exitCode == 0, f.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(f.out).object();
        m_created << o.value(QLatin1String("id")).toString();
        auto c = cli(m_a, {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"),
                           o.value(QLatin1String("id")).toString(), QStringLiteral("--title"), QStringLiteral("Antrag"),
                           QStringLiteral("--json")});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QString path = m_dir.filePath(QStringLiteral("doc-%1-%2.bin").arg(round).arg(i));
        QVERIFY(Test::writeFile(path, Test::randomBytes(300 * 1024 + static_cast<int>(m_gen.bounded(2000000u)),
                                                        m_gen.generate())));
        auto d = cli(m_a, {QStringLiteral("add"), QStringLiteral("--case"),
                           QJsonDocument::fromJson(c.out).object().value(QLatin1String("id")).toString(), path});
        QVERIFY2(d.exitCode == 0, d.err.constData());
    }
}

bool TstSyncFaults::syncUntilDone(const QString &data, const QString &password)
{
    for (int attempt = 0; attempt < 60; ++attempt) {
        const auto r = cli(data, {QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--json")}, password);
        if (r.exitCode == 0) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            if (o.value(QLatin1String("rejected")).toInt() != 0) {
                qWarning("refused: %s", r.out.constData());
                return false;
            }
            return true;
        }
        QThread::msleep(250); // the server may still be starting
    }
    return false;
}

QStringList TstSyncFaults::canonical(const QString &data)
{
    Engine::Options o;
    o.dataDir = data;
    o.mode = Engine::Mode::ReadOnly;
    auto e = Engine::open(o);
    if (!e)
        return {QStringLiteral("cannot open: ") + e.error().toString()};
    auto db = (*e)->openReader();
    QStringList rows;
    auto st = db->prepare(QStringLiteral(
        "SELECT 'f|' || id || '|' || reference || '|' || reference_provisional || '|' || title || '|' || deleted "
        "FROM file_record UNION ALL SELECT 'c|' || id || '|' || reference || '|' || number || '|' || title FROM case_record "
        "UNION ALL SELECT 'd|' || d.id || '|' || d.current_version || '|' || v.sha256 FROM document d "
        "JOIN version v ON v.document_id = d.id AND v.number = d.current_version ORDER BY 1"));
    while (st && *st->step())
        rows << st->text(0);
    return rows;
}

void TstSyncFaults::checkConverged(const QString &context)
{
    QVERIFY2(syncUntilDone(m_a, QStringLiteral("alice-secret-1")), qPrintable(context + QStringLiteral(": A cannot sync")));
    QVERIFY2(syncUntilDone(m_b, QStringLiteral("anna-secret-1")), qPrintable(context + QStringLiteral(": B cannot sync")));
    for (const QString &data : {m_a, m_b}) {
        // Nothing the server refused for good: faults must only ever delay an operation.
        auto db = Database::open(data + QStringLiteral("/aktenwerk.sqlite"), Database::Mode::ReadOnly);
        QVERIFY(db.has_value());
        auto rejected = db->scalar(QStringLiteral("SELECT group_concat(command || ': ' || push_error, ' | ') FROM oplog "
                                                  "WHERE push_state = 'rejected'"));
        QVERIFY2(rejected->isNull(), qPrintable(context + QStringLiteral(": refused: ") + rejected->toString()));
        const auto v = cli(data, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(context + QStringLiteral(": verify failed\n") + QString::fromUtf8(v.out)));
    }
    // Every file A made is on the server exactly once, nothing more (no duplicates).
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(db.has_value());
    auto r = db->exec(QStringLiteral("SELECT count(*), count(DISTINCT id), count(*) FILTER (WHERE id::text = ANY($1)) "
                                     "FROM aktenwerk.file_record"),
                      {QString(QStringLiteral("{") + m_created.join(QLatin1Char(',')) + QStringLiteral("}"))});
    QVERIFY(r.has_value());
    QCOMPARE(r->int64(0, 0), static_cast<qint64>(m_created.size()));
    QCOMPARE(r->int64(0, 1), static_cast<qint64>(m_created.size()));
    QCOMPARE(r->int64(0, 2), static_cast<qint64>(m_created.size()));
    auto docs = db->exec(QStringLiteral("SELECT (SELECT count(*) FROM aktenwerk.case_record), "
                                        "(SELECT count(*) FROM aktenwerk.document), (SELECT count(*) FROM aktenwerk.version)"));
    QCOMPARE(docs->int64(0, 0), static_cast<qint64>(m_created.size()));
    QCOMPARE(docs->int64(0, 1), static_cast<qint64>(m_created.size()));
    QCOMPARE(docs->int64(0, 2), static_cast<qint64>(m_created.size()));
    const QStringList a = canonical(m_a);
    const QStringList b = canonical(m_b);
    QCOMPARE(a.size(), m_created.size() * 3);
    QCOMPARE(a, b);
    for (const QString &row : a)
        QVERIFY2(!row.contains(QLatin1String("|P-")), qPrintable(context + QStringLiteral(": a provisional reference stayed: ") + row));
}

void TstSyncFaults::killedWhilePushing()
{
    // One batch per round here: the commit points are hit once, the others once per operation
    // or chunk. after-commit is the lost answer: applied on the server, not yet marked locally.
    static const char *const points[] = {"sync.push.before-op", "sync.push.before-commit", "sync.push.after-op",
                                         "sync.upload.after-chunk", "sync.push.after-commit"};
    // A kill point is not always reached (a round with nothing left at it): go on until 30 kills.
    int kills = 0;
    int round = 0;
    for (; kills < 30 && round < 45; ++round) {
        makeWork(2, round);
        const QString point = QString::fromLatin1(points[round % 5]);
        const bool once = point.endsWith(QLatin1String("commit"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AKTENWERK_FAULT"),
                   QStringLiteral("%1=kill@%2").arg(point).arg(once ? 1 : 1 + static_cast<int>(m_gen.bounded(5u))));
        const auto r = cli(m_a, {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, QStringLiteral("alice-secret-1"), env);
        if (r.crashed)
            ++kills;
        checkConverged(QStringLiteral("push round %1 (%2)").arg(round).arg(point));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of %d pushes killed with SIGKILL", kills, round);
    QVERIFY(kills >= 30);
}

void TstSyncFaults::killedWhilePulling()
{
    static const char *const points[] = {"sync.pull.after-page", "sync.download.after-chunk"};
    int kills = 0;
    int round = 0;
    for (; kills < 30 && round < 45; ++round) {
        makeWork(1, 100 + round);
        QVERIFY(syncUntilDone(m_a, QStringLiteral("alice-secret-1")));
        const QString point = QString::fromLatin1(points[round % 2]);
        QProcessEnvironment env;
        const int hit = point == QLatin1String("sync.download.after-chunk") ? 1 : 1 + static_cast<int>(m_gen.bounded(3u));
        env.insert(QStringLiteral("AKTENWERK_FAULT"), QStringLiteral("%1=kill@%2").arg(point).arg(hit));
        const auto r = cli(m_b, {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, QStringLiteral("anna-secret-1"), env);
        if (r.crashed)
            ++kills;
        checkConverged(QStringLiteral("pull round %1 (%2)").arg(round).arg(point));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of %d pulls killed with SIGKILL", kills, round);
    QVERIFY(kills >= 30);
}

void TstSyncFaults::faultDuringSyncs(int firstRound, const QString &name, const std::function<bool()> &fault,
                                     int *rounds, int *interrupted)
{
    // Until 30 syncs were cut off (a fault that lands after the sync finished does not count).
    *interrupted = 0;
    for (*rounds = 0; *interrupted < 30 && *rounds < 45; ++*rounds) {
        makeWork(2, firstRound + *rounds);
        // The sync holds still for 600 ms at a random step — an open server transaction, between
        // two chunks, between pull pages — and the fault meets it there.
        QProcess *sync = startSync(m_a, QStringLiteral("alice-secret-1"), pauseSomewhere());
        if (!waitForSession(sync)) {
            sync->waitForFinished(30000);
            QFAIL(qPrintable(QStringLiteral("the sync never reached the server: ")
                             + QString::fromUtf8(sync->readAllStandardOutput() + sync->readAllStandardError())));
        }
        QThread::msleep(100 + m_gen.bounded(200u));
        QVERIFY(fault());
        QVERIFY(sync->waitForFinished(120000));
        if (sync->exitCode() != 0)
            ++*interrupted;
        delete sync;
        checkConverged(QStringLiteral("%1 round %2").arg(name).arg(*rounds));
        if (QTest::currentTestFailed())
            return;
    }
}

void TstSyncFaults::serverRestartedDuringSync()
{
    int round = 0, interrupted = 0;
    faultDuringSyncs(200, QStringLiteral("restart"), [this] {
        return m_pg.serverCommand({m_pg.binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_pg.dataDir(),
                                   QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                   QStringLiteral("restart")});
    }, &round, &interrupted);
    if (QTest::currentTestFailed())
        return;
    qInfo("%d restarts of PostgreSQL during a sync, %d syncs cut off", round, interrupted);
    QVERIFY2(interrupted >= 30, "fewer than 30 of 45 restarts cut a sync off: the test proves too little");
}

void TstSyncFaults::connectionTerminatedByTheServer()
{
    int round = 0, interrupted = 0;
    faultDuringSyncs(300, QStringLiteral("terminate"), [this] {
        auto admin = PgConnection::connect(m_pg.adminUrl(m_db));
        return admin && admin->run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                  "WHERE usename = $1"),
                                   {m_alice})
                            .has_value();
    }, &round, &interrupted);
    if (QTest::currentTestFailed())
        return;
    qInfo("%d connections terminated by the server, %d syncs cut off", round, interrupted);
    QVERIFY2(interrupted >= 30, "fewer than 30 of 45 terminations cut a sync off: the test proves too little");
}

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"
