#include "dms/engine.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include "../testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * A repository at schema 5 with data written by the Aktenwerk before the server decided
 * (tests/data/migration: made with that version's own aktenwerk-cli), and two of its clients'
 * data folders holding changes made offline. This Aktenwerk refuses to sync with the old
 * schema; `server init` migrates it; the old clients' folders then sync without losing a
 * change, a new client gets everything with identical content, and the audit trail — old
 * format and new — verifies.
 */
class TstServerMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theOldSchemaIsRefusedUntilMigrated();
    void initMigratesAndNothingIsLost();

private:
    Test::CliRun cli(const QStringList &args, const QString &password = {});
    QString ownerValue(const QString &sql, const QVariantList &params = {});
    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    QString m_alice, m_bob;
};

Test::CliRun TstServerMigration::cli(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("AKTENWERK_FAULT"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(Test::cliPath(), args);
    Test::CliRun r;
    if (!p.waitForStarted())
        return r;
    if (!password.isEmpty())
        p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TstServerMigration::ownerValue(const QString &sql, const QVariantList &params)
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    if (!db)
        return db.error().toString();
    auto r = db->exec(sql, params);
    if (!r)
        return r.error().toString();
    return r->rows() ? r->text(0, 0) : QString();
}

void TstServerMigration::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    const QString fixture = Test::testDataDir() + QStringLiteral("/migration");
    for (const char *name : {"server.sql", "alice.tar.gz", "bob.tar.gz"})
        QVERIFY2(QFile::exists(fixture + QLatin1Char('/') + QLatin1String(name)),
                 qPrintable(QStringLiteral("the migration fixture %1 is missing").arg(QLatin1String(name))));
    m_db = Test::PgServer::uniqueName(QStringLiteral("migration"));
    QVERIFY(m_pg.createDatabase(m_db));
    auto admin = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(admin.has_value());
    // What the old "server init" set up outside the schema: the group roles, the database's
    // grants and the clerks' login roles (roles are not part of a schema dump).
    QVERIFY(admin->script(QStringLiteral(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aktenwerk_owner') THEN CREATE ROLE aktenwerk_owner NOLOGIN NOBYPASSRLS; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aktenwerk_user') THEN CREATE ROLE aktenwerk_user NOLOGIN NOBYPASSRLS; END IF; "
        "END $$;"
        "GRANT CONNECT, TEMPORARY ON DATABASE %1 TO aktenwerk_user; GRANT CREATE ON DATABASE %1 TO aktenwerk_owner;")
                              .arg(admin->identifier(m_db)))
                .has_value());
    for (const auto &[login, password] : {std::pair{QStringLiteral("mig_rita"), QStringLiteral("rita-secret-1")},
                                          std::pair{QStringLiteral("mig_alice"), QStringLiteral("alice-secret-1")},
                                          std::pair{QStringLiteral("mig_bob"), QStringLiteral("bob-secret-1")}}) {
        auto exists = admin->exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {login});
        QVERIFY(exists.has_value());
        if (exists->rows() == 0)
            QVERIFY(admin->run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE aktenwerk_user")
                                   .arg(admin->identifier(login), admin->literal(password)))
                        .has_value());
    }
    QProcess psql;
    psql.start(QStringLiteral("psql"), {m_pg.adminUrl(m_db), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"),
                                        fixture + QStringLiteral("/server.sql")});
    QVERIFY(psql.waitForFinished(60000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    QCOMPARE(ServerAdmin::schemaVersion(*admin).value_or(-1), 5);
    // The rows carry the transaction ids of the cluster they were written on; this cluster's
    // counter is moved past them, as it would be had they been written here.
    auto highest = admin->exec(QStringLiteral(
        "SELECT greatest((SELECT max(xid) FROM aktenwerk.file_record), (SELECT max(xid) FROM aktenwerk.document), "
        "(SELECT max(xid) FROM aktenwerk.version), (SELECT max(xid) FROM aktenwerk.plan_unit))::text::bigint "
        "- pg_current_xact_id()::text::bigint"));
    QVERIFY(highest.has_value());
    const qint64 behind = highest->int64(0, 0);
    if (behind > 0)
        QVERIFY(admin->script(QStringLiteral("DO $$ BEGIN FOR i IN 1 .. %1 LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$")
                                  .arg(behind + 10))
                    .has_value());

    // The clients' folders, pointed at this server.
    for (const char *who : {"alice", "bob"}) {
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), m_dir.path(), QStringLiteral("-xzf"),
                                          fixture + QStringLiteral("/%1.tar.gz").arg(QLatin1String(who))});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
        const QString folder = m_dir.filePath(QLatin1String(who));
        auto db = Database::open(folder + QStringLiteral("/aktenwerk.sqlite"), Database::Mode::ReadWrite);
        QVERIFY(db.has_value());
        auto st = db->prepare(QStringLiteral("UPDATE sync_state SET server_url = ?"));
        QVERIFY(st.has_value());
        st->bind(1, m_pg.userUrl(m_db));
        QVERIFY(st->run().has_value());
        (QLatin1String(who) == QLatin1String("alice") ? m_alice : m_bob) = folder;
    }
}

void TstServerMigration::theOldSchemaIsRefusedUntilMigrated()
{
    const QString files = ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record"));
    const auto r = cli({QStringLiteral("--data-dir"), m_alice, QStringLiteral("sync"), QStringLiteral("--password-stdin")},
                       QStringLiteral("alice-secret-1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("schema 5"), r.err.constData());
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record")), files);
    const auto status = cli({QStringLiteral("--data-dir"), m_alice, QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("pending")).toInt(), 4);
}

void TstServerMigration::initMigratesAndNothingIsLost()
{
    const auto init = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.adminUrl(m_db)});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(init.out.contains(QStringLiteral("(was 5)").toUtf8()), init.out.constData());
    QCOMPARE(ownerValue(QStringLiteral("SELECT max(version) FROM aktenwerk.schema_version")).toInt(),
             ServerAdmin::latestSchemaVersion());
    // The old clerks' logins write no table any more.
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_tables t, unnest(ARRAY['mig_alice', 'mig_bob']) AS l(name) "
                                       "WHERE t.schemaname = 'aktenwerk' AND (has_table_privilege(l.name, t.schemaname || '.' "
                                       "|| t.tablename, 'INSERT') OR has_table_privilege(l.name, t.schemaname || '.' || "
                                       "t.tablename, 'UPDATE'))")),
             QStringLiteral("0"));

    // The old clients' offline changes arrive: nothing refused, nothing lost.
    for (const auto &[folder, password, pending] :
         {std::tuple{m_alice, QStringLiteral("alice-secret-1"), 4}, std::tuple{m_bob, QStringLiteral("bob-secret-1"), 1}}) {
        const auto r = cli({QStringLiteral("--data-dir"), folder, QStringLiteral("sync"), QStringLiteral("--password-stdin"),
                            QStringLiteral("--json")},
                           password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("pushed")).toInt(), pending);
        QCOMPARE(report.value(QLatin1String("rejected")).toInt(), 0);
        const auto verify = cli({QStringLiteral("--data-dir"), folder, QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }
    QCOMPARE(ownerValue(QStringLiteral("SELECT title FROM aktenwerk.file_record WHERE title LIKE 'Neubau Lindenstraße 1%'")),
             QStringLiteral("Neubau Lindenstraße 1, offline geändert"));
    const QString offline = ownerValue(QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE title = 'Offline angelegt'"));
    QVERIFY2(offline.startsWith(QLatin1String("63.01.03-")), qPrintable(offline)); // numbered by the server
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.document d JOIN aktenwerk.case_record c ON c.id = "
                                       "d.case_id WHERE c.title = 'Arbeitsvertrag'")),
             QStringLiteral("2"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record")), QStringLiteral("5"));
    // The new changes carry the server's author and time; the old ones keep theirs.
    QCOMPARE(ownerValue(QStringLiteral("SELECT author FROM aktenwerk.version v JOIN aktenwerk.document d ON d.id = "
                                       "v.document_id WHERE d.title = 'offline.txt' OR v.file_name = 'offline.txt' LIMIT 1")),
             QStringLiteral("mig_alice"));

    // A new client of Alice's gets everything, with the same content.
    const QString fresh = m_dir.filePath(QStringLiteral("alice-new"));
    auto connected = cli({QStringLiteral("--data-dir"), fresh, QStringLiteral("connect"), QStringLiteral("--url"),
                          m_pg.userUrl(m_db), QStringLiteral("--user"), QStringLiteral("mig_alice"),
                          QStringLiteral("--password-stdin")},
                         QStringLiteral("alice-secret-1"));
    QVERIFY2(connected.exitCode == 0, connected.err.constData());
    QVERIFY(cli({QStringLiteral("--data-dir"), fresh, QStringLiteral("sync"), QStringLiteral("--password-stdin")},
                QStringLiteral("alice-secret-1"))
                .exitCode
            == 0);
    auto hashes = [](const QString &folder) {
        auto db = Database::open(folder + QStringLiteral("/aktenwerk.sqlite"), Database::Mode::ReadOnly);
        QStringList out;
        if (!db)
            return out;
        auto st = db->prepare(QStringLiteral("SELECT f.reference || ' ' || d.title || ' ' || v.sha256 FROM version v JOIN "
                                             "document d ON d.id = v.document_id JOIN case_record c ON c.id = d.case_id JOIN "
                                             "file_record f ON f.id = c.file_id ORDER BY 1"));
        while (st && *st->step())
            out << st->text(0);
        return out;
    };
    const QStringList old = hashes(m_alice);
    QCOMPARE(old.size(), 4);
    QCOMPARE(hashes(fresh), old);
    const auto verify = cli({QStringLiteral("--data-dir"), fresh, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());

    // The audit trail, written in the old format and in the new, holds together.
    QVERIFY(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE format = 1")).toInt() > 50);
    QVERIFY(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE format = 2")).toInt() >= 5);
    const auto audit = cli({QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"), m_pg.adminUrl(m_db)});
    QVERIFY2(audit.exitCode == 0, audit.out.constData());
}

QTEST_GUILESS_MAIN(TstServerMigration)
#include "tst_servermigration.moc"
