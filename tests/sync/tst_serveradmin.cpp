#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include "../testsupport.h"

#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * The central repository as an administrator sets it up, and row-level security as the server
 * enforces it — checked with the users' own logins over TCP, as psql would.
 */
class TstServerAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initCreatesTheSchemaOnce();
    void everyTableHasForcedRowLevelSecurity();
    void usersAreOrdinaryLogins();
    void badAdministrationInputIsRefused();
    void departmentsAreIsolated();
    void writesAreCheckedAndNothingIsDeleted();
    void unknownLoginsSeeNothing();

private:
    Result<PgConnection> as(const QString &login, const QString &password);
    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_bob, m_carl;
};

void TstServerAdmin::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("admin"));
    QVERIFY(m_pg.createDatabase(m_db));
    auto init = ServerAdmin::init(m_pg.adminUrl(m_db));
    QVERIFY2(init.has_value(), qPrintable(init ? QString() : init.error().toString()));
    QCOMPARE(init->toVersion, ServerAdmin::latestSchemaVersion());
    QVERIFY(ServerAdmin::addDepartment(m_pg.adminUrl(m_db), QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    QVERIFY(ServerAdmin::addDepartment(m_pg.adminUrl(m_db), QStringLiteral("FB 11"), QStringLiteral("FB 11"), Confidentiality::Confidential).has_value());
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_bob = Test::PgServer::uniqueName(QStringLiteral("bob"));
    m_carl = Test::PgServer::uniqueName(QStringLiteral("carl"));
    QVERIFY(ServerAdmin::addUser(m_pg.adminUrl(m_db), m_alice, QStringLiteral("Alice"), QStringLiteral("63"), {Role::Clerk}, QStringLiteral("alice-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(m_pg.adminUrl(m_db), m_bob, QStringLiteral("Bob"), QStringLiteral("11"), {Role::Clerk}, QStringLiteral("bob-secret-1")).has_value());
    // An IT administrator of FB 11: no clerk role, so no personnel files.
    QVERIFY(ServerAdmin::addUser(m_pg.adminUrl(m_db), m_carl, QStringLiteral("Carl"), QStringLiteral("11"), {Role::Administrator}, QStringLiteral("carl-secret-1")).has_value());
}

Result<PgConnection> TstServerAdmin::as(const QString &login, const QString &password)
{
    return PgConnection::connect(m_pg.userUrl(m_db), login, password);
}

void TstServerAdmin::initCreatesTheSchemaOnce()
{
    auto again = ServerAdmin::init(m_pg.adminUrl(m_db));
    QVERIFY(again.has_value());
    QCOMPARE(again->fromVersion, again->toVersion);
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    QCOMPARE(db->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.schema_version"))->int64(0, 0),
             static_cast<qint64>(ServerAdmin::latestSchemaVersion()));
}

void TstServerAdmin::everyTableHasForcedRowLevelSecurity()
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(db.has_value());
    auto r = db->exec(QStringLiteral(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'aktenwerk' AND c.relkind = 'r' ORDER BY 1"));
    QVERIFY(r.has_value());
    QVERIFY(r->rows() >= 17);
    for (int i = 0; i < r->rows(); ++i) {
        QVERIFY2(r->text(i, 1) == QLatin1String("t"), qPrintable(r->text(i, 0) + QStringLiteral(" has no RLS")));
        QVERIFY2(r->text(i, 2) == QLatin1String("t"), qPrintable(r->text(i, 0) + QStringLiteral(" does not force RLS")));
        QCOMPARE(r->text(i, 3), QStringLiteral("aktenwerk_owner"));
    }
    auto roles = db->exec(QStringLiteral("SELECT rolname, rolcanlogin, rolbypassrls, rolsuper FROM pg_roles "
                                         "WHERE rolname IN ('aktenwerk_owner', 'aktenwerk_user') ORDER BY 1"));
    QCOMPARE(roles->rows(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(roles->text(i, 1), QStringLiteral("f")); // NOLOGIN
        QCOMPARE(roles->text(i, 2), QStringLiteral("f")); // not BYPASSRLS
        QCOMPARE(roles->text(i, 3), QStringLiteral("f"));
    }
}

void TstServerAdmin::usersAreOrdinaryLogins()
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    auto r = db->exec(QStringLiteral("SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, "
                                     "pg_has_role(rolname, 'aktenwerk_user', 'MEMBER'), "
                                     "pg_has_role(rolname, 'aktenwerk_owner', 'MEMBER'), "
                                     "(SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = $1) "
                                     "FROM pg_roles WHERE rolname = $1"),
                      {m_alice});
    QVERIFY(r.has_value());
    QCOMPARE(r->rows(), 1);
    const QStringList expected{QStringLiteral("t"), QStringLiteral("f"), QStringLiteral("f"), QStringLiteral("f"),
                               QStringLiteral("t"), QStringLiteral("f"), QStringLiteral("t")};
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(r->text(0, c), expected.at(c));
    // The right password logs in, a wrong one is refused.
    QVERIFY(as(m_alice, QStringLiteral("alice-secret-1")).has_value());
    auto wrong = as(m_alice, QStringLiteral("nope-nope-1"));
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().code, ErrorCode::PermissionDenied);
}

void TstServerAdmin::badAdministrationInputIsRefused()
{
    const QString url = m_pg.adminUrl(m_db);
    QCOMPARE(ServerAdmin::addUser(url, Test::PgServer::uniqueName(QStringLiteral("x")), {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("short")).error().code,
             ErrorCode::Validation);
    QCOMPARE(ServerAdmin::addUser(url, QStringLiteral("Robert'); DROP TABLE x;--"), {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("long-enough-1")).error().code,
             ErrorCode::Validation);
    const QString ghost = Test::PgServer::uniqueName(QStringLiteral("ghost"));
    auto noDept = ServerAdmin::addUser(url, ghost, {}, QStringLiteral("99"), {Role::Clerk}, QStringLiteral("long-enough-1"));
    QVERIFY(!noDept.has_value());
    QVERIFY2(noDept.error().message.contains(QLatin1String("99")), qPrintable(noDept.error().toString()));
    auto db = PgConnection::connect(url);
    QCOMPARE(db->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), {ghost})->int64(0, 0), 0); // rolled back
    QCOMPARE(ServerAdmin::addUser(url, m_alice, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("long-enough-1")).error().code,
             ErrorCode::AlreadyExists);
    QCOMPARE(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("again"), Confidentiality::Open).error().code,
             ErrorCode::AlreadyExists);
    // Setting up the repository needs the owner; a clerk cannot.
    auto asClerk = ServerAdmin::init(m_pg.userUrl(m_db) + QStringLiteral("?user=") + m_alice + QStringLiteral("&password=alice-secret-1"));
    QVERIFY(!asClerk.has_value());
    QCOMPARE(asClerk.error().code, ErrorCode::PermissionDenied);
}

void TstServerAdmin::departmentsAreIsolated()
{
    // Setup through the owner: one ordinary file of FB 63, one personnel file of FB 11.
    auto owner = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(owner->script(QStringLiteral(
        "SET ROLE aktenwerk_owner;"
        "INSERT INTO aktenwerk.plan_unit (id, code, title, disposal_type) VALUES "
        "  ('00000000-0000-0000-0000-0000000000a1', '63', 'Bau', 'B'), ('00000000-0000-0000-0000-0000000000a2', '11', 'Personal', 'B');"
        "INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code, confidentiality) VALUES "
        "  ('00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000a1', '63-1', 1, 2026, 'Bauakte', '63', '003'),"
        "  ('00000000-0000-0000-0000-0000000000f2', '00000000-0000-0000-0000-0000000000a2', '11-1', 1, 2026, 'Personalakte', '11', '005');"
        "INSERT INTO aktenwerk.case_record (id, file_id, number, reference, title, department_code, confidentiality) VALUES "
        "  ('00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0000-0000000000f2', 1, '11-1-001', 'Vertrag', '11', '005');"
        "RESET ROLE;")).has_value());

    auto alice = as(m_alice, QStringLiteral("alice-secret-1"));
    auto bob = as(m_bob, QStringLiteral("bob-secret-1"));
    auto carl = as(m_carl, QStringLiteral("carl-secret-1"));
    QVERIFY(alice && bob && carl);
    auto titles = [](PgConnection &c) {
        auto r = c.exec(QStringLiteral("SELECT string_agg(title, ',' ORDER BY title) FROM aktenwerk.file_record"));
        return r ? r->text(0, 0) : QStringLiteral("error");
    };
    QCOMPARE(titles(*alice), QStringLiteral("Bauakte"));
    QCOMPARE(titles(*bob), QStringLiteral("Personalakte"));
    QCOMPARE(titles(*carl), QString()); // FB 11, but no clerk role: no personnel file
    QCOMPARE(alice->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.case_record"))->int64(0, 0), 0);
    QCOMPARE(alice->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record WHERE department_code = '11'"))->int64(0, 0), 0);
    QCOMPARE(bob->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.case_record"))->int64(0, 0), 1);

    // An explicit share lets FB 63 read the personnel file? No: confidential files need FB 11.
    // An ordinary file shared by FB 63 with FB 11 becomes readable there, read-only. Sharing is
    // a command: the server decides and records it.
    auto shared = alice->exec(QStringLiteral(
        "SELECT outcome FROM aktenwerk.submit(jsonb_build_array(jsonb_build_object('op', gen_random_uuid(), 'cmd', "
        "'file.share', 'type', 'file', 'id', '00000000-0000-0000-0000-0000000000f1', 'args', "
        "jsonb_build_object('department', '11'))))"));
    QVERIFY2(shared.has_value(), qPrintable(shared ? QString() : shared.error().toString()));
    QCOMPARE(shared->text(0, 0), QStringLiteral("applied"));
    QCOMPARE(titles(*bob), QStringLiteral("Bauakte,Personalakte"));
    auto change = bob->exec(QStringLiteral("UPDATE aktenwerk.file_record SET title = 'x' WHERE id = "
                                           "'00000000-0000-0000-0000-0000000000f1' RETURNING id"));
    QVERIFY(!change.has_value()); // no login writes a table
    QCOMPARE(change.error().code, ErrorCode::PermissionDenied);
    auto viaCommand = bob->exec(QStringLiteral(
        "SELECT outcome, code FROM aktenwerk.submit(jsonb_build_array(jsonb_build_object('op', gen_random_uuid(), "
        "'cmd', 'fields.update', 'type', 'file', 'id', '00000000-0000-0000-0000-0000000000f1', 'args', "
        "jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('field', 'title', 'old', 'Bauakte', "
        "'new', 'x'))))))"));
    QVERIFY(viaCommand.has_value());
    QCOMPARE(viaCommand->text(0, 0), QStringLiteral("refused")); // shared for reading only
    QCOMPARE(viaCommand->text(0, 1), QStringLiteral("not_permitted"));
    auto audit = owner->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'file.share'"));
    QCOMPARE(audit->int64(0, 0), 1); // the share is in the server's audit trail
}

void TstServerAdmin::writesAreCheckedAndNothingIsDeleted()
{
    auto alice = as(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(alice.has_value());
    // A case in FB 11's personnel file, from FB 63, written directly: no login may write a table.
    auto foreign = alice->exec(QStringLiteral(
        "INSERT INTO aktenwerk.case_record (id, file_id, number, reference, title, department_code, confidentiality) "
        "VALUES (gen_random_uuid(), '00000000-0000-0000-0000-0000000000f2', 9, '11-1-009', 'Eingeschleust', '11', '005')"));
    QVERIFY(!foreign.has_value());
    QCOMPARE(foreign.error().code, ErrorCode::PermissionDenied);
    // A file for another department is refused the same way.
    auto spoof = alice->exec(QStringLiteral(
        "INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code, confidentiality) "
        "VALUES (gen_random_uuid(), '00000000-0000-0000-0000-0000000000a2', '11-2', 2, 2026, 'Fremd', '11', '003')"));
    QVERIFY(!spoof.has_value());
    auto del = alice->exec(QStringLiteral("DELETE FROM aktenwerk.file_record"));
    QVERIFY(!del.has_value());
    QCOMPARE(del.error().code, ErrorCode::PermissionDenied);
    auto copy = alice->exec(QStringLiteral("COPY aktenwerk.file_record (id) FROM STDIN"));
    QVERIFY(!copy.has_value());
    // Internal tables hold nothing for a clerk.
    for (const char *table : { "reference_counter", "content_upload", "content_holder" }) {
        auto internal = alice->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.%1").arg(QLatin1String(table)));
        QVERIFY2(internal.has_value(), table);
        QCOMPARE(internal->int64(0, 0), 0);
    }
}

void TstServerAdmin::unknownLoginsSeeNothing()
{
    // A login role that is a member of aktenwerk_user but was never registered: fails closed.
    auto owner = PgConnection::connect(m_pg.adminUrl(m_db));
    const QString stray = Test::PgServer::uniqueName(QStringLiteral("stray"));
    QVERIFY(owner->run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'stray-secret-1' IN ROLE aktenwerk_user")
                           .arg(owner->identifier(stray)))
                .has_value());
    auto s = as(stray, QStringLiteral("stray-secret-1"));
    QVERIFY(s.has_value());
    QCOMPARE(s->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record"))->int64(0, 0), 0);
    QVERIFY(!s->exec(QStringLiteral("SELECT aktenwerk.upload_begin(repeat('a', 64), 10, 1048576)")).has_value());
}

QTEST_GUILESS_MAIN(TstServerAdmin)
#include "tst_serveradmin.moc"
