#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/versions/checkouts.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * Three clients, 500 random operations each (files, cases, documents, versions, check-outs and
 * check-ins made offline, title and metadata edits — often of the same records — deletions,
 * conflict resolutions), synced at random moments; some syncs meet a fault (the answer to a
 * committed push lost, a push that never commits, an upload or download cut off, a pull cut
 * off after a page), the server restarts once, one client loses its data folder midway. After
 * quiescence every client and the server hold the same visible state, compared as a canonical
 * dump, every conflicting edit is kept as a conflict that all clients see, and the server's
 * audit trail verifies (aktenwerk-cli server verify-audit).
 */
class TstConvergence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeClientsConverge();

private:
    struct Client
    {
        QString login;
        QString password;
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Engine> engine;
        int syncs = 0;
        int failedSyncs = 0;
        int applied = 0; ///< random operations the client's engine accepted
    };
    bool connectClient(Client &c);
    bool syncClient(Client &c);
    void randomOperation(Client &c, QRandomGenerator &gen);
    QStringList dump(Database &db);
    QStringList serverDump();

    Test::PgServer m_pg;
    QString m_db;
    std::vector<Client> m_clients;
    int m_applied = 0;
    int m_refused = 0;
    int m_faults = 0;
    bool m_faultsOn = false;
};

namespace {
const QStringList kPlanUnits{QStringLiteral("63.01.01"), QStringLiteral("63.01.02"), QStringLiteral("63.01.03"),
                             QStringLiteral("63.01.04"), QStringLiteral("63.02"), QStringLiteral("63.03.01")};

QString canonicalJson(const QString &text)
{
    return QString::fromUtf8(QJsonDocument::fromJson(text.toUtf8()).toJson(QJsonDocument::Compact));
}

template<typename T>
QUuid pick(Database &db, const char *sql, QRandomGenerator &gen)
{
    auto st = db.prepare(QString::fromLatin1(sql));
    QList<QUuid> ids;
    while (st && *st->step())
        ids << QUuid::fromString(st->text(0));
    return ids.isEmpty() ? QUuid() : ids.at(static_cast<int>(gen.bounded(static_cast<quint32>(ids.size()))));
}
} // namespace

void TstConvergence::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("converge"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    Client rita{Test::PgServer::uniqueName(QStringLiteral("rita")), QStringLiteral("rita-secret-1"), nullptr, nullptr};
    QVERIFY(ServerAdmin::addUser(url, rita.login, {}, QStringLiteral("63"), {Role::RecordsOfficer}, rita.password).has_value());
    QVERIFY(connectClient(rita));
    QVERIFY(PlanImporter::importFile(*rita.engine, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")).has_value());
    QVERIFY(syncClient(rita));
    for (int i = 0; i < 3; ++i) {
        Client c{Test::PgServer::uniqueName(QStringLiteral("clerk%1").arg(i)), QStringLiteral("clerk-secret-%1").arg(i), nullptr, nullptr};
        QVERIFY(ServerAdmin::addUser(url, c.login, {}, QStringLiteral("63"), {Role::Clerk}, c.password).has_value());
        QVERIFY(connectClient(c));
        QVERIFY(syncClient(c));
        m_clients.push_back(std::move(c));
    }
}

bool TstConvergence::connectClient(Client &c)
{
    c.dir = std::make_unique<QTemporaryDir>();
    auto e = Test::openEngine(c.dir->path(), c.login);
    if (!e || !(*e)->apply(Commands::connectServer(m_pg.userUrl(m_db), c.login)))
        return false;
    c.engine = std::move(*e);
    return true;
}

bool TstConvergence::syncClient(Client &c)
{
    ++c.syncs;
    // One sync in eight meets a fault somewhere (the seeded generator decides where).
    static QRandomGenerator faults(20261206);
    static const char *const points[] = { "sync.push.after-commit", "sync.push.before-commit",
        "sync.upload.after-chunk", "sync.download.after-chunk", "sync.pull.after-page" };
    const bool faulty = m_faultsOn && faults.bounded(8u) == 0;
    if (faulty) {
        FaultInjection::arm(QString::fromLatin1(points[faults.bounded(5u)]), FaultInjection::Action::Fail, 1);
        ++m_faults;
    }
    auto r = SyncEngine(*c.engine).sync(c.password);
    if (faulty)
        FaultInjection::disarmAll();
    if (!r) {
        ++c.failedSyncs; // the server may be restarting; the next sync catches up
        qInfo("sync of %s failed: %s", qPrintable(c.login), qPrintable(r.error().toString()));
        return false;
    }
    m_refused += r->rejected;
    return true;
}

void TstConvergence::randomOperation(Client &c, QRandomGenerator &gen)
{
    auto db = c.engine->openReader();
    QVERIFY(db.has_value());
    const quint32 dice = gen.bounded(100u);
    Result<CommandResult> r = fail(ErrorCode::NotFound, QStringLiteral("nothing to do"));
    if (dice < 15) {
        r = c.engine->apply(Commands::createFile(kPlanUnits.at(static_cast<int>(gen.bounded(6u))),
                                                 QStringLiteral("Akte %1").arg(gen.bounded(100000u)), {}, {},
                                                 QStringLiteral("Bauakte"),
                                                 {{QStringLiteral("gemarkung"), QStringLiteral("Nord")},
                                                  {QStringLiteral("flur"), QString::number(1 + gen.bounded(50u))},
                                                  {QStringLiteral("flurstueck"), QString::number(1 + gen.bounded(900u))},
                                                  {QStringLiteral("bauherr"), QStringLiteral("Bauherr %1").arg(gen.bounded(10u))}}));
    } else if (dice < 27) {
        const QUuid file = pick<QUuid>(*db, "SELECT id FROM file_record WHERE deleted = 0", gen);
        if (!file.isNull())
            r = c.engine->apply(Commands::createCase(file, QStringLiteral("Vorgang %1").arg(gen.bounded(1000u))));
    } else if (dice < 40) {
        const QUuid cs = pick<QUuid>(*db, "SELECT id FROM case_record WHERE deleted = 0", gen);
        if (!cs.isNull()) {
            auto content = c.engine->content().putData(Test::randomBytes(100 + gen.bounded(60000u), gen.generate()));
            QVERIFY(content.has_value());
            r = c.engine->apply(Commands::createDocument(cs, QStringLiteral("Dokument"), *content,
                                                         QStringLiteral("application/octet-stream"), QStringLiteral("d.bin")));
        }
    } else if (dice < 47) {
        // Offline check-out and check-in (no server session): check-ins that meet a newer
        // version on the server become parallel versions there and everywhere.
        CheckOuts checkOuts(*c.engine);
        const QUuid out = pick<QUuid>(*db, "SELECT document_id FROM working_copy", gen);
        if (!out.isNull()) {
            auto wc = Queries::workingCopy(*db, out);
            QVERIFY(wc && *wc);
            QFile f((*wc)->path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(Test::randomBytes(100 + gen.bounded(20000u), gen.generate()));
            f.close();
            if (gen.bounded(4u) == 0) {
                if (checkOuts.cancel(out))
                    r = CommandResult{};
            } else if (auto in = checkOuts.checkIn(out)) {
                r = CommandResult{};
            }
        } else {
            // A few shared documents: edits of the same version are frequent on purpose.
            const QUuid doc = pick<QUuid>(*db, "SELECT id FROM document WHERE deleted = 0 ORDER BY created_at LIMIT 4", gen);
            if (!doc.isNull() && checkOuts.checkOut(doc))
                r = CommandResult{};
        }
    } else if (dice < 51) {
        const QUuid doc = pick<QUuid>(*db, "SELECT id FROM document WHERE deleted = 0", gen);
        if (!doc.isNull()) {
            auto content = c.engine->content().putData(Test::randomBytes(100 + gen.bounded(30000u), gen.generate()));
            QVERIFY(content.has_value());
            r = c.engine->apply(Commands::addVersion(doc, *content, QStringLiteral("application/octet-stream"),
                                                     QStringLiteral("d.bin"), VersionOrigin::Edit));
        }
    } else if (dice < 70) {
        // Titles of a few shared records: clashes are frequent on purpose.
        const char *sql = gen.bounded(2u) ? "SELECT id FROM file_record WHERE deleted = 0 ORDER BY created_at LIMIT 5"
                                          : "SELECT id FROM case_record WHERE deleted = 0 ORDER BY created_at LIMIT 5";
        const QUuid id = pick<QUuid>(*db, sql, gen);
        if (!id.isNull())
            r = c.engine->apply(Commands::updateFields(id, QStringLiteral("Titel %1 von %2").arg(gen.bounded(1000u)).arg(c.login)));
    } else if (dice < 85) {
        const QUuid file = pick<QUuid>(*db, "SELECT id FROM file_record WHERE deleted = 0 AND type = 'Bauakte' "
                                            "ORDER BY created_at LIMIT 8",
                                       gen);
        if (!file.isNull()) {
            const QString field = gen.bounded(2u) ? QStringLiteral("flur") : QStringLiteral("bauherr");
            const QString value = field == QLatin1String("flur") ? QString::number(1 + gen.bounded(99u))
                                                                  : QStringLiteral("Bauherr %1").arg(gen.bounded(100u));
            r = c.engine->apply(Commands::updateFields(file, std::nullopt, {{field, value}}));
        }
    } else if (dice < 90) {
        const QUuid doc = pick<QUuid>(*db, "SELECT id FROM document WHERE deleted = 0", gen);
        if (!doc.isNull())
            r = c.engine->apply(Commands::tombstone(doc, QStringLiteral("Fehlablage")));
    } else {
        const QUuid conflict = pick<QUuid>(*db, "SELECT id FROM conflict WHERE status = 'open'", gen);
        if (!conflict.isNull())
            r = c.engine->apply(Commands::resolveConflict(conflict, gen.bounded(2u) == 0));
    }
    if (r) {
        ++m_applied;
        ++c.applied;
    }
}

QStringList TstConvergence::dump(Database &db)
{
    QStringList rows;
    auto add = [&](const char *sql, int jsonColumn) {
        auto st = db.prepare(QString::fromLatin1(sql));
        while (st && *st->step()) {
            QStringList cells;
            for (int i = 0; i < st->columnCount(); ++i)
                cells << (i == jsonColumn ? canonicalJson(st->text(i)) : st->text(i));
            rows << cells.join(QLatin1Char('|'));
        }
    };
    add("SELECT 'file', id, reference, title, type, metadata, status, deleted FROM file_record", 5);
    add("SELECT 'case', id, file_id, reference, number, title, deleted FROM case_record", -1);
    add("SELECT 'doc', id, case_id, title, current_version, deleted FROM document", -1);
    add("SELECT 'version', id, document_id, number, sha256, size, origin, coalesce(parallel_to, 0) FROM version", -1);
    add("SELECT 'lock', document_id, coalesce(owner, '') FROM document_lock", -1);
    add("SELECT 'conflict', id, entity_id, field, mine_value, theirs_value, status FROM conflict", -1);
    rows.sort();
    return rows;
}

QStringList TstConvergence::serverDump()
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    QStringList rows;
    auto add = [&](const QString &sql, int jsonColumn) {
        auto r = db->exec(sql);
        for (int i = 0; r && i < r->rows(); ++i) {
            QStringList cells;
            for (int c = 0; c < r->columns(); ++c)
                cells << (c == jsonColumn ? canonicalJson(r->text(i, c)) : r->text(i, c));
            rows << cells.join(QLatin1Char('|'));
        }
    };
    add(QStringLiteral("SELECT 'file', id, reference, title, type, metadata::text, status, deleted::int FROM aktenwerk.file_record"), 5);
    add(QStringLiteral("SELECT 'case', id, file_id, reference, number, title, deleted::int FROM aktenwerk.case_record"), -1);
    add(QStringLiteral("SELECT 'doc', id, case_id, title, current_version, deleted::int FROM aktenwerk.document"), -1);
    add(QStringLiteral("SELECT 'version', id, document_id, number, sha256, size, origin, coalesce(parallel_to, 0) "
                       "FROM aktenwerk.version"),
        -1);
    add(QStringLiteral("SELECT 'lock', document_id, coalesce(owner, '') FROM aktenwerk.document_lock"), -1);
    add(QStringLiteral("SELECT 'conflict', id, entity_id, field, mine_value, theirs_value, status FROM aktenwerk.conflict"), -1);
    rows.sort();
    return rows;
}

void TstConvergence::threeClientsConverge()
{
    const quint32 seed = qEnvironmentVariableIsSet("AKTENWERK_CONVERGENCE_SEED")
        ? static_cast<quint32>(qEnvironmentVariableIntValue("AKTENWERK_CONVERGENCE_SEED"))
        : static_cast<quint32>(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    qInfo("random seed %u (rerun with AKTENWERK_CONVERGENCE_SEED=%u)", seed, seed);
    QRandomGenerator gen(seed);
    QElapsedTimer clock;
    clock.start();
    constexpr int kOps = 500;
    m_faultsOn = true;
    // Until every client has done at least kOps operations (some draws find nothing to do).
    auto everyoneDone = [this] {
        return std::all_of(m_clients.begin(), m_clients.end(), [](const Client &c) { return c.applied >= kOps; });
    };
    for (int step = 0; step < 4 * kOps && !everyoneDone(); ++step) {
        for (Client &c : m_clients) {
            randomOperation(c, gen);
            if (QTest::currentTestFailed())
                return;
            if (gen.bounded(100u) < 12)
                syncClient(c);
        }
        if (step == kOps / 2) {
            qInfo("restarting PostgreSQL at step %d", step);
            QVERIFY(m_pg.serverCommand({m_pg.binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_pg.dataDir(),
                                        QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                        QStringLiteral("restart")}));
        }
        if (step == 2 * kOps / 3) {
            // Client 2's disk dies: what it had not sent is gone with it; it starts over.
            Client &lost = m_clients[2];
            qInfo("client %s loses its data folder at step %d", qPrintable(lost.login), step);
            lost.engine.reset();
            lost.dir.reset();
            QVERIFY(connectClient(lost));
            QVERIFY(syncClient(lost));
        }
    }
    // Quiescence: sync everyone until a full round changes nothing.
    m_faultsOn = false;
    const QStringList before = serverDump();
    for (int round = 0; round < 10; ++round) {
        for (Client &c : m_clients)
            QVERIFY(syncClient(c));
        for (Client &c : m_clients)
            QVERIFY(syncClient(c));
        if (serverDump() == before || round > 0)
            break;
    }
    const QStringList server = serverDump();
    QVERIFY(server.size() > 100);
    for (Client &c : m_clients) {
        auto db = c.engine->openReader();
        QVERIFY(db.has_value());
        const QStringList mine = dump(*db);
        if (mine != server) {
            QStringList onlyClient, onlyServer;
            for (const QString &r : mine)
                if (!server.contains(r))
                    onlyClient << r;
            for (const QString &r : server)
                if (!mine.contains(r))
                    onlyServer << r;
            qWarning("client %s differs:\n only client: %s\n only server: %s", qPrintable(c.login),
                     qPrintable(onlyClient.mid(0, 5).join(QStringLiteral("\n  "))),
                     qPrintable(onlyServer.mid(0, 5).join(QStringLiteral("\n  "))));
        }
        QCOMPARE(mine.size(), server.size());
        QCOMPARE(mine, server);
        QVERIFY(c.engine->verify()->ok());
        QCOMPARE(Test::countRows(*c.engine, QStringLiteral("oplog"), QStringLiteral("push_state = 'pending'")), 0);
    }
    // Conflicting edits are kept: each one is a conflict row every client holds (the dump compared them).
    const qint64 conflicts = server.filter(QStringLiteral("conflict|")).size();
    qInfo("%d operations applied, %d refused by the server, %lld conflicts kept, %d server rows; %.1f s", m_applied,
          m_refused, static_cast<long long>(conflicts), static_cast<int>(server.size()),
          static_cast<double>(clock.elapsed()) / 1000.0);
    QVERIFY2(conflicts > 0, "the random edits never clashed: the test proves too little");
    qint64 edits = 0, parallel = 0;
    for (const QString &row : server) {
        if (row.startsWith(QLatin1String("version|"))) {
            edits += row.contains(QLatin1String("|edit|"));
            parallel += row.contains(QLatin1String("|parallel|"));
        }
    }
    qInfo("%lld edited versions, %lld of them kept as parallel versions", static_cast<long long>(edits + parallel),
          static_cast<long long>(parallel));
    QVERIFY2(parallel > 0, "no edit ever met another: the versions part proves too little");
    for (const Client &c : m_clients) {
        qInfo("client %s: %d operations, %d syncs", qPrintable(c.login), c.applied, c.syncs);
        QVERIFY(c.applied >= kOps);
    }
    qInfo("%d syncs met an injected fault", m_faults);
    QVERIFY(m_faults > 10);

    // The server's audit trail holds together after all of it, checked from outside.
    const auto audit = Test::runCli({ QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
        m_pg.adminUrl(m_db), QStringLiteral("--json") });
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(audit.out).object();
    QVERIFY(report.value(QLatin1String("ok")).toBool());
    qInfo("server audit trail: %lld events verified",
        static_cast<long long>(report.value(QLatin1String("events")).toDouble()));
    QVERIFY(report.value(QLatin1String("events")).toDouble() > 1500);
}

QTEST_GUILESS_MAIN(TstConvergence)
#include "tst_convergence.moc"
