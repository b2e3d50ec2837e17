#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include "../testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * The server's audit trail, as an auditor shows it to someone who doubts it: `aktenwerk-cli
 * server verify-audit` passes on a trail written by clients, and after the database's owner
 * edits, deletes, swaps or appends one event with superuser SQL it exits non-zero and names the
 * position. A tail cut off together with its idempotence records leaves a valid chain: only the
 * head kept outside the database (the anchor file) finds it. Each tampering works on its own
 * copy of the database.
 */
class TstServerAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anIntactTrailVerifies();
    void tamperingIsFoundAndNamed_data();
    void tamperingIsFoundAndNamed();
    void aCutTailIsFoundAgainstTheAnchor();
    void eachLoginListsWhatItMaySee();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QString out, err;
    };
    /** aktenwerk-cli server … with @p password on stdin (empty: none). */
    Run cli(const QStringList &args, const QString &password = {});
    /** A copy of the database (CREATE DATABASE … TEMPLATE), for one tampering. */
    QString copyDatabase(const QString &name);
    bool superuser(const QString &database, const QString &sql);

    Test::PgServer m_pg;
    QString m_db;
    QString m_auditor, m_clerk, m_other;
    QTemporaryDir m_dir;
    qint64 m_head = 0;
};

TstServerAudit::Run TstServerAudit::cli(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("AKTENWERK_FAULT"));
    p.setProcessEnvironment(env);
    p.start(Test::cliPath(), args);
    Run r;
    if (!p.waitForStarted())
        return r;
    if (!password.isEmpty())
        p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (doc.isObject())
        r.json = doc.object();
    return r;
}

QString TstServerAudit::copyDatabase(const QString &name)
{
    auto db = PgConnection::connect(m_pg.adminUrl());
    if (!db)
        return {};
    static int copies = 0;
    const QString copy = Test::PgServer::uniqueName(name + QString::number(++copies));
    if (!db->run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(db->identifier(copy), db->identifier(m_db))))
        return {};
    return copy;
}

bool TstServerAudit::superuser(const QString &database, const QString &sql)
{
    auto db = PgConnection::connect(m_pg.adminUrl(database));
    return db && db->script(sql).has_value();
}

void TstServerAudit::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("audit"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("11"), QStringLiteral("FB 11"), Confidentiality::Confidential)
                .has_value());
    const QString rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    m_clerk = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_other = Test::PgServer::uniqueName(QStringLiteral("bob"));
    m_auditor = Test::PgServer::uniqueName(QStringLiteral("petra"));
    QVERIFY(ServerAdmin::addUser(url, rita, {}, QStringLiteral("63"), {Role::RecordsOfficer}, QStringLiteral("rita-secret-1"))
                .has_value());
    QVERIFY(ServerAdmin::addUser(url, m_clerk, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("alice-secret-1"))
                .has_value());
    QVERIFY(ServerAdmin::addUser(url, m_other, {}, QStringLiteral("11"), {Role::Clerk}, QStringLiteral("bob-secret-1"))
                .has_value());
    // The auditor, added like everyone else (the CLI's way, as an administrator would).
    const Run added = cli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--url"), url, m_auditor,
                           QStringLiteral("--department"), QStringLiteral("63"), QStringLiteral("--role"),
                           QStringLiteral("auditor"), QStringLiteral("--password-stdin")},
                          QStringLiteral("petra-secret-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    // Clients write a trail: the plan, files, cases, documents, edits.
    auto client = [&](const QString &login, const QString &password) -> std::unique_ptr<Engine> {
        auto e = Test::openEngine(m_dir.filePath(login), login);
        if (!e || !(*e)->apply(Commands::connectServer(m_pg.userUrl(m_db), login)))
            return {};
        if (!SyncEngine(**e).sync(password))
            return {};
        return std::move(*e);
    };
    auto records = client(rita, QStringLiteral("rita-secret-1"));
    QVERIFY(records);
    QVERIFY(PlanImporter::importFile(*records, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"))
                .has_value());
    QVERIFY(SyncEngine(*records).sync(QStringLiteral("rita-secret-1")).has_value());
    for (const auto &[login, password, plan] :
         {std::tuple{m_clerk, QStringLiteral("alice-secret-1"), QStringLiteral("63.01.02")},
          std::tuple{m_other, QStringLiteral("bob-secret-1"), QStringLiteral("11.01.02")}}) {
        auto e = client(login, password);
        QVERIFY(e);
        for (int i = 0; i < 8; ++i) {
            auto f = e->apply(Commands::createFile(plan, QStringLiteral("Akte %1").arg(i)));
            QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().toString()));
            auto c = e->apply(Commands::createCase(f->id, QStringLiteral("Vorgang")));
            QVERIFY(c.has_value());
            auto content = e->content().putData(QStringLiteral("Schreiben %1 von %2").arg(i).arg(login).toUtf8());
            QVERIFY(content.has_value());
            QVERIFY(e->apply(Commands::createDocument(c->id, QStringLiteral("Schreiben"), *content,
                                                      QStringLiteral("text/plain"), QStringLiteral("s.txt")))
                        .has_value());
            QVERIFY(e->apply(Commands::updateFields(f->id, QStringLiteral("Akte %1, geändert").arg(i))).has_value());
        }
        auto synced = SyncEngine(*e).sync(password);
        QVERIFY2(synced.has_value(), qPrintable(synced ? QString() : synced.error().toString()));
        QCOMPARE(synced->rejected, 0);
    }
}

void TstServerAudit::anIntactTrailVerifies()
{
    // By the owner's URL and by the auditor's own login.
    const Run owner = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                           m_pg.adminUrl(m_db), QStringLiteral("--json")});
    QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
    QVERIFY(owner.json.value(QLatin1String("ok")).toBool());
    m_head = owner.json.value(QLatin1String("head_seq")).toInteger();
    QVERIFY2(m_head > 100, qPrintable(owner.out));
    QCOMPARE(owner.json.value(QLatin1String("events")).toInteger(), m_head);

    const Run auditor = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                             m_pg.userUrl(m_db), QStringLiteral("--user"), m_auditor, QStringLiteral("--password-stdin")},
                            QStringLiteral("petra-secret-1"));
    QVERIFY2(auditor.exitCode == 0, qPrintable(auditor.err));
    QVERIFY2(auditor.out.contains(QStringLiteral("intact: %1 events").arg(m_head)), qPrintable(auditor.out));

    // A clerk cannot verify what she may not read: her view is not the whole chain.
    const Run clerk = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                           m_pg.userUrl(m_db), QStringLiteral("--user"), m_clerk, QStringLiteral("--password-stdin")},
                          QStringLiteral("alice-secret-1"));
    QVERIFY2(clerk.exitCode != 0, qPrintable(clerk.out));
}

void TstServerAudit::tamperingIsFoundAndNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("offset"); ///< the position named, from the head
    QTest::addColumn<QString>("says");
    // Positions are counted back from the head (%1), so that they fall on events clients wrote.
    QTest::newRow("edited") << QStringLiteral("UPDATE aktenwerk.audit_event SET details = jsonb_set(details, '{title}', "
                                              "'\"anders\"') WHERE seq = %1 - 30")
                            << -30 << QStringLiteral("does not match its hash");
    QTest::newRow("login changed") << QStringLiteral("UPDATE aktenwerk.audit_event SET login = 'postgres' WHERE seq = %1 - 12")
                                   << -12 << QStringLiteral("does not match its hash");
    QTest::newRow("deleted") << QStringLiteral("DELETE FROM aktenwerk.audit_event WHERE seq = %1 - 20") << -20
                             << QStringLiteral("missing");
    QTest::newRow("swapped") << QStringLiteral(
        "UPDATE aktenwerk.audit_event e SET at = o.at, login = o.login, action = o.action, entity_type = o.entity_type, "
        "entity_id = o.entity_id, details = o.details, prev_hash = o.prev_hash, hash = o.hash, department_code = "
        "o.department_code, confidentiality = o.confidentiality, file_id = o.file_id, recorded_at = o.recorded_at, "
        "format = o.format FROM aktenwerk.audit_event o WHERE (e.seq, o.seq) IN ((%1 - 8, %1 - 7), (%1 - 7, %1 - 8))")
                             << -8 << QStringLiteral("does not match its hash");
    // The strongest append: an event that continues the chain with a correctly computed hash.
    // It names an operation the server never applied.
    QTest::newRow("appended") << QStringLiteral(
        "INSERT INTO aktenwerk.audit_event (seq, at, login, action, entity_type, entity_id, details, prev_hash, hash, "
        "department_code, confidentiality, file_id, recorded_at, format) "
        "SELECT h.seq + 1, clock_timestamp(), h.login, 'file.create', 'file', gen_random_uuid()::text, "
        "jsonb_build_object('op_id', gen_random_uuid(), 'title', 'Nachträglich'), h.hash, '', h.department_code, "
        "h.confidentiality, NULL, NULL, 2 FROM aktenwerk.audit_event h WHERE h.seq = %1;"
        "UPDATE aktenwerk.audit_event e SET hash = encode(sha256(convert_to(e.prev_hash || encode(sha256(convert_to("
        "jsonb_build_array('aktenwerk-server-audit-v2', e.seq, to_char(e.at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), e.login, e.action, e.entity_type, e.entity_id, e.details, "
        "e.department_code, e.confidentiality, e.file_id::text, NULL)::text, 'UTF8')), 'hex'), 'UTF8')), 'hex') "
        "WHERE e.seq = %1 + 1")
                              << 1 << QStringLiteral("no record of");
    QTest::newRow("appended naively") << QStringLiteral(
        "INSERT INTO aktenwerk.audit_event (seq, login, action, entity_type, entity_id, prev_hash, hash, format) "
        "SELECT seq + 1, 'postgres', 'file.create', 'file', 'x', hash, repeat('a', 64), 2 FROM aktenwerk.audit_event "
        "WHERE seq = %1")
                                      << 1 << QStringLiteral("does not match its hash");
}

void TstServerAudit::tamperingIsFoundAndNamed()
{
    QFETCH(QString, sql);
    QFETCH(int, offset);
    QFETCH(QString, says);
    QVERIFY(m_head > 0);
    const QString copy = copyDatabase(QStringLiteral("tamper"));
    QVERIFY(!copy.isEmpty());
    QVERIFY(superuser(copy, sql.arg(m_head)));
    const Run r = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                       m_pg.adminUrl(copy), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!r.json.value(QLatin1String("ok")).toBool());
    QCOMPARE(r.json.value(QLatin1String("broken_at")).toInteger(), m_head + offset);
    QVERIFY2(r.json.value(QLatin1String("problem")).toString().contains(says),
             qPrintable(r.json.value(QLatin1String("problem")).toString()));
    QVERIFY2(r.err.contains(QStringLiteral("event %1").arg(m_head + offset)), qPrintable(r.err));
}

void TstServerAudit::aCutTailIsFoundAgainstTheAnchor()
{
    const QString anchor = m_dir.filePath(QStringLiteral("audit-anchor.txt"));
    const QString copy = copyDatabase(QStringLiteral("cut"));
    QVERIFY(!copy.isEmpty());
    // The administrator's regular check keeps the head outside the database.
    const Run first = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                           m_pg.adminUrl(copy), QStringLiteral("--anchor"), anchor});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(QFile::exists(anchor));
    QCOMPARE(QFile(anchor).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());

    // The owner cuts off the last five events and the records of the operations they name: the
    // chain that is left is valid in itself.
    QVERIFY(superuser(copy, QStringLiteral("DELETE FROM aktenwerk.applied_op WHERE op_id::text IN (SELECT details->>'op_id' "
                                           "FROM aktenwerk.audit_event WHERE seq > %1 - 5);"
                                           "DELETE FROM aktenwerk.audit_event WHERE seq > %1 - 5")
                                .arg(m_head)));
    const Run blind = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                           m_pg.adminUrl(copy), QStringLiteral("--json")});
    QCOMPARE(blind.exitCode, 0); // without the anchor nothing shows: that is what the anchor is for
    const Run anchored = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"),
                              m_pg.adminUrl(copy), QStringLiteral("--anchor"), anchor, QStringLiteral("--json")});
    QCOMPARE(anchored.exitCode, 4);
    QCOMPARE(anchored.json.value(QLatin1String("broken_at")).toInteger(), m_head - 4);
    QVERIFY2(anchored.json.value(QLatin1String("problem")).toString().contains(QStringLiteral("were removed")),
             qPrintable(anchored.json.value(QLatin1String("problem")).toString()));
    // A failed check does not move the anchor.
    QFile f(anchor);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 2); // the comment line and the one good head
}

void TstServerAudit::eachLoginListsWhatItMaySee()
{
    auto list = [&](const QString &login, const QString &password) {
        const Run r = cli({QStringLiteral("server"), QStringLiteral("audit"), QStringLiteral("--url"), m_pg.userUrl(m_db),
                           QStringLiteral("--user"), login, QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                           QStringLiteral("--limit"), QStringLiteral("100000")},
                          password);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QJsonArray all = list(m_auditor, QStringLiteral("petra-secret-1"));
    const QJsonArray alice = list(m_clerk, QStringLiteral("alice-secret-1"));
    const QJsonArray bob = list(m_other, QStringLiteral("bob-secret-1"));
    QCOMPARE(all.size(), m_head);
    QVERIFY2(alice.size() >= 8 * 4 && alice.size() < all.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(alice.size()).arg(all.size())));
    QVERIFY2(bob.size() >= 8 * 4 && bob.size() < all.size(), qPrintable(QStringLiteral("%1 of %2").arg(bob.size()).arg(all.size())));
    // FB 63's clerk sees nothing of FB 11's personnel files in the trail, and the other way round.
    for (const QJsonValue &v : alice)
        QVERIFY(v.toObject().value(QLatin1String("user")).toString() != m_other);
    for (const QJsonValue &v : bob)
        QVERIFY(v.toObject().value(QLatin1String("user")).toString() != m_clerk);
    // Each event names who did it and when, as the server saw it.
    const QJsonObject last = all.last().toObject();
    QVERIFY(!last.value(QLatin1String("user")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(last.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).isValid());
}

QTEST_GUILESS_MAIN(TstServerAudit)
#include "tst_serveraudit.moc"
