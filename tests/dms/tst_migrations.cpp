#include "dms/engine.h"
#include "dms/store/migrations.h"
#include "dms/store/queries.h"

#include "../testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

class TstMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrationsAreNumberedWithoutGaps();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void secondRunChangesNothing();
    void newerIndexIsRefused();
    void failedMigrationLeavesPreviousVersion();
};

void TstMigrations::migrationsAreNumberedWithoutGaps()
{
    const auto all = Migrations::all();
    QVERIFY(all.size() >= 2);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).version, i + 1);
    QCOMPARE(Migrations::latestVersion(), all.size());
}

void TstMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from schema %d", v) << v;
}

void TstMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("aktenwerk.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.has_value());
        QVERIFY(Migrations::migrate(*db, from).has_value());
        QCOMPARE(*Migrations::currentVersion(*db), from);
        if (from >= 1) {
            // Data written by an older version: a plan unit, a file, a case, a document with a version.
            const char *rows[] = {
                "INSERT INTO department (id, code, name, revision, created_at, created_by, modified_at, modified_by) "
                "VALUES ('d1', '63', 'FB 63', 1, 't', 'u', 't', 'u')",
                "INSERT INTO plan_unit (id, code, title, disposal_type, department_code, revision, created_at, "
                "created_by, modified_at, modified_by) VALUES ('p1', '63', 'Bauordnung', 'B', '63', 1, 't', 'u', 't', "
                "'u')",
                "INSERT INTO file_record (id, plan_unit_id, reference, seq, year, title, department_code, revision, "
                "created_at, created_by, modified_at, modified_by) VALUES ('f1', 'p1', '63-0001/2026', 1, 2026, "
                "'Akte', '63', 1, 't', 'u', 't', 'u')",
                "INSERT INTO case_record (id, file_id, number, reference, title, revision, created_at, created_by, "
                "modified_at, modified_by) VALUES ('c1', 'f1', 1, '63-0001/2026-001', 'Vorgang', 1, 't', 'u', 't', "
                "'u')",
                "INSERT INTO content (sha256, size, created_at) VALUES "
                "('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, 't')",
                "INSERT INTO document (id, case_id, title, current_version, revision, created_at, created_by, "
                "modified_at, modified_by) VALUES ('doc1', 'c1', 'Leer', 1, 1, 't', 'u', 't', 'u')",
                "INSERT INTO version (id, document_id, number, sha256, size, mime_type, author, created_at, origin) "
                "VALUES ('v1', 'doc1', 1, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, "
                "'text/plain', 'u', 't', 'import')",
            };
            for (const char *sql : rows)
                QVERIFY2(db->exec(QString::fromLatin1(sql)).has_value(), sql);
        }
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    QVERIFY(db.has_value());
    const auto migrated = Migrations::migrate(*db);
    QVERIFY2(migrated.has_value(), qPrintable(migrated ? QString() : migrated.error().toString()));
    QCOMPARE(*Migrations::currentVersion(*db), Migrations::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
    if (from >= 1) {
        QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM document WHERE id = 'doc1'"))->toString(),
                 QStringLiteral("Leer"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT reference FROM case_record WHERE id = 'c1'"))->toString(),
                 QStringLiteral("63-0001/2026-001"));
    }
    // What later schemas added is there.
    QVERIFY(db->exec(QStringLiteral("SELECT field, old_value FROM field_history LIMIT 1")).has_value());
}

void TstMigrations::secondRunChangesNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("i.sqlite")), Database::Mode::ReadWrite);
    QVERIFY(db.has_value());
    QVERIFY(Migrations::migrate(*db).has_value());
    const QString schema = db->scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_schema"))->toString();
    QVERIFY(Migrations::migrate(*db).has_value());
    QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_schema"))->toString(), schema);
}

void TstMigrations::newerIndexIsRefused()
{
    QTemporaryDir dir;
    {
        auto e = Test::openEngine(dir.path());
        QVERIFY(e.has_value());
    }
    {
        auto db = Database::open(dir.filePath(QStringLiteral("aktenwerk.sqlite")), Database::Mode::ReadWrite);
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)).has_value());
    }
    auto e = Test::openEngine(dir.path());
    QVERIFY(!e.has_value());
    QCOMPARE(e.error().code, Model::ErrorCode::Unsupported);
    QVERIFY2(e.error().message.contains(QLatin1String("newer version")), qPrintable(e.error().message));
}

void TstMigrations::failedMigrationLeavesPreviousVersion()
{
    // Schema 1 applied, then a table that schema 2 creates is taken: migrating to 2 must fail
    // and leave the index at 1, with nothing of schema 2 half-applied.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("i.sqlite")), Database::Mode::ReadWrite);
    QVERIFY(Migrations::migrate(*db, 1).has_value());
    QVERIFY(db->exec(QStringLiteral("CREATE INDEX case_record_file ON case_record(title)")).has_value());
    const auto r = Migrations::migrate(*db, 2);
    QVERIFY(!r.has_value());
    QCOMPARE(*Migrations::currentVersion(*db), 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'field_history'"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
