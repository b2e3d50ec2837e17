#include "../testsupport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * The server decides (issue 13): a permission matrix on the real server, with each role's own
 * login. Every login role — clerk, team lead, records officer, administrator, auditor, all of
 * FB 63 — against every table (no direct write of any kind, also not through role membership),
 * every function (only the command API is callable), and every command type on records of its
 * own department, of another department (FB 36) and of FB 11's personnel files (confidential):
 * the server refuses what the role may not do, with its reason code. A forged actor or time in
 * a payload is ignored. Each command runs in a transaction that is rolled back, so the cases do
 * not depend on each other. The test counts its cases and needs at least 200.
 */
class TstServerAuthority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noLoginWritesAnyTable();
    void onlyTheCommandApiIsCallable();
    void commandsAreDecidedByRoleDepartmentAndConfidentiality();
    void aForgedActorOrTimeIsIgnored();
    void theAuditorReadsEverythingAndWritesNothing();
    void aClerkInPsqlCannotChangeATitleAVersionOrTheAuditTrail();
    void aHashAloneIsNoCapability();
    void cleanupTestCase();

private:
    struct Login
    {
        QString role; ///< clerk, team_lead, records_officer, administrator, auditor
        QString name;
        QString password;
    };
    /** What one department's records in the fixture are. */
    struct Scope
    {
        QString name; ///< own, other, personnel
        QString department;
        QString file = {}, caseId = {}, emptyCase = {}, document = {}, conflict = {}, sha = {};
        QString secondFile = {}, deletedCase = {}; ///< a move's target; what a restore brings back
        qint64 size = 0;
    };
    Result<PgConnection> as(const Login &login);
    Result<PgConnection> owner();
    /** One operation through aktenwerk.submit(): outcome and code ("applied", "refused not_found"). */
    static QJsonObject op(const QString &cmd, const QString &type, const QString &id, const QJsonObject &args);
    QString submit(PgConnection &db, const QJsonObject &operation, bool rollback, QJsonObject *result = nullptr);
    /** Uploads @p data as @p login (so that the login holds the content). */
    bool upload(PgConnection &db, const QByteArray &data);
    QString ownerValue(const QString &sql, const QVariantList &params = {});

    Test::PgServer m_pg;
    QString m_db;
    QList<Login> m_logins;
    Login m_clerk36, m_clerk11;
    Scope m_own, m_other, m_personnel;
    QString m_intakeDocument; ///< in the intake of FB 63
    QString m_plan63, m_plan36, m_plan11;
    int m_cases = 0;
};

Result<PgConnection> TstServerAuthority::as(const Login &login)
{
    return PgConnection::connect(m_pg.userUrl(m_db), login.name, login.password);
}

Result<PgConnection> TstServerAuthority::owner()
{
    return PgConnection::connect(m_pg.adminUrl(m_db));
}

QJsonObject TstServerAuthority::op(const QString &cmd, const QString &type, const QString &id, const QJsonObject &args)
{
    return QJsonObject { { QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("cmd"), cmd }, { QStringLiteral("type"), type }, { QStringLiteral("id"), id },
        { QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("args"), args } };
}

QString TstServerAuthority::submit(PgConnection &db, const QJsonObject &operation, bool rollback, QJsonObject *result)
{
    if (!db.begin())
        return QStringLiteral("no transaction");
    auto r
        = db.exec(QStringLiteral("SELECT outcome, coalesce(code, ''), result::text FROM aktenwerk.submit($1::jsonb)"),
            { QString::fromUtf8(QJsonDocument(QJsonArray { operation }).toJson(QJsonDocument::Compact)) });
    if (!r) {
        db.rollback();
        return QStringLiteral("error ") + r.error().toString();
    }
    const QString answer = QString(r->text(0, 0) + QLatin1Char(' ') + r->text(0, 1)).trimmed();
    if (result)
        *result = QJsonDocument::fromJson(r->text(0, 2).toUtf8()).object();
    if (rollback)
        db.rollback();
    else if (!db.commit())
        return QStringLiteral("commit failed");
    return answer;
}

bool TstServerAuthority::upload(PgConnection &db, const QByteArray &data)
{
    const QString sha = Test::sha256Hex(data);
    return db.exec(QStringLiteral("SELECT aktenwerk.upload_begin($1, $2, 1048576)"), { sha, data.size() }).has_value()
        && db.exec(QStringLiteral("SELECT aktenwerk.upload_chunk($1, 0, $2, $3)"), { sha, sha, data }).has_value()
        && db.exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), { sha }).value_or(PgResult()).text(0, 0)
        == QLatin1String("t");
}

QString TstServerAuthority::ownerValue(const QString &sql, const QVariantList &params)
{
    auto db = owner();
    if (!db)
        return db.error().toString();
    auto r = db->exec(sql, params);
    if (!r)
        return r.error().toString();
    return r->rows() ? r->text(0, 0) : QString();
}

void TstServerAuthority::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("authority"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    auto init = ServerAdmin::init(url);
    QVERIFY2(init.has_value(), qPrintable(init ? QString() : init.error().toString()));
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open)
                .has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("36"), QStringLiteral("FB 36"), Confidentiality::Open)
                .has_value());
    QVERIFY(
        ServerAdmin::addDepartment(url, QStringLiteral("11"), QStringLiteral("FB 11"), Confidentiality::Confidential)
            .has_value());
    // Nobody works here: each department shares a file with it, so that revoking can be tried.
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("32"), QStringLiteral("FB 32"), Confidentiality::Open)
                .has_value());
    const QList<std::pair<QString, Role>> roles { { QStringLiteral("clerk"), Role::Clerk },
        { QStringLiteral("team_lead"), Role::TeamLead }, { QStringLiteral("records_officer"), Role::RecordsOfficer },
        { QStringLiteral("administrator"), Role::Administrator }, { QStringLiteral("auditor"), Role::Auditor } };
    for (const auto &[code, role] : roles) {
        Login l { code, Test::PgServer::uniqueName(code.left(5)), code + QStringLiteral("-secret-1") };
        auto added = ServerAdmin::addUser(url, l.name, {}, QStringLiteral("63"), { role }, l.password);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
        m_logins << l;
    }
    m_clerk36 = { QStringLiteral("clerk"), Test::PgServer::uniqueName(QStringLiteral("c36")),
        QStringLiteral("c36-secret-1") };
    m_clerk11 = { QStringLiteral("clerk"), Test::PgServer::uniqueName(QStringLiteral("c11")),
        QStringLiteral("c11-secret-1") };
    QVERIFY(ServerAdmin::addUser(url, m_clerk36.name, {}, QStringLiteral("36"), { Role::Clerk }, m_clerk36.password)
                .has_value());
    QVERIFY(ServerAdmin::addUser(url, m_clerk11.name, {}, QStringLiteral("11"), { Role::Clerk }, m_clerk11.password)
                .has_value());

    // The file plan, through the records officer's commands.
    auto records = as(m_logins.at(2));
    QVERIFY(records.has_value());
    QJsonObject result;
    for (const auto &[code, dept] : { std::pair { QStringLiteral("63"), QStringLiteral("63") },
             std::pair { QStringLiteral("36"), QStringLiteral("36") },
             std::pair { QStringLiteral("11"), QStringLiteral("11") } }) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(submit(*records,
                     op(QStringLiteral("plan_unit.create"), QStringLiteral("plan_unit"), id,
                         { { QStringLiteral("code"), code },
                             { QStringLiteral("title"), QString(QStringLiteral("Einheit ") + code) },
                             { QStringLiteral("disposal"), QStringLiteral("B") },
                             { QStringLiteral("retention"), QStringLiteral("10") },
                             { QStringLiteral("department"), dept } }),
                     false),
            QStringLiteral("applied"));
        (code == QLatin1String("63") ? m_plan63 : code == QLatin1String("36") ? m_plan36 : m_plan11) = id;
    }

    // Each department's records, made by its own clerk: a file, a case with a document, an empty
    // case, and a field conflict.
    auto makeScope = [&](Scope &s, const Login &clerk, const QString &plan, const QByteArray &content) {
        auto db = as(clerk);
        QVERIFY(db.has_value());
        s.file = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.emptyCase = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.document = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(submit(*db,
                     op(QStringLiteral("file.create"), QStringLiteral("file"), s.file,
                         { { QStringLiteral("plan_unit"), plan },
                             { QStringLiteral("title"), QString(QStringLiteral("Akte ") + s.name) },
                             { QStringLiteral("department"), s.department } }),
                     false),
            QStringLiteral("applied"));
        for (const QString &c : { s.caseId, s.emptyCase })
            QCOMPARE(submit(*db,
                         op(QStringLiteral("case.create"), QStringLiteral("case"), c,
                             { { QStringLiteral("file_id"), s.file },
                                 { QStringLiteral("title"), QStringLiteral("Vorgang") } }),
                         false),
                QStringLiteral("applied"));
        QVERIFY(upload(*db, content));
        s.sha = Test::sha256Hex(content);
        s.size = content.size();
        QCOMPARE(
            submit(*db,
                op(QStringLiteral("document.create"), QStringLiteral("document"), s.document,
                    { { QStringLiteral("case_id"), s.caseId }, { QStringLiteral("title"), QStringLiteral("Schreiben") },
                        { QStringLiteral("sha256"), s.sha }, { QStringLiteral("size"), s.size },
                        { QStringLiteral("mime_type"), QStringLiteral("text/plain") },
                        { QStringLiteral("origin"), QStringLiteral("import") } }),
                false),
            QStringLiteral("applied"));
        // A stale edit of the title: the server keeps its value and records a conflict.
        QCOMPARE(submit(*db,
                     op(QStringLiteral("fields.update"), QStringLiteral("file"), s.file,
                         { { QStringLiteral("changes"),
                             QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                                 { QStringLiteral("old"), QStringLiteral("ganz alt") },
                                 { QStringLiteral("new"), QStringLiteral("neu") } } } } }),
                     false),
            QStringLiteral("applied"));
        s.conflict = ownerValue(QStringLiteral("SELECT id FROM aktenwerk.conflict WHERE entity_id = $1"), { s.file });
        QVERIFY(!s.conflict.isEmpty());
        // A second file to move cases into, a deleted case, a share to revoke.
        s.secondFile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(submit(*db,
                     op(QStringLiteral("file.create"), QStringLiteral("file"), s.secondFile,
                         { { QStringLiteral("plan_unit"), plan },
                             { QStringLiteral("title"), QString(QStringLiteral("Zweite Akte ") + s.name) },
                             { QStringLiteral("department"), s.department } }),
                     false),
            QStringLiteral("applied"));
        s.deletedCase = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(
            submit(*db,
                op(QStringLiteral("case.create"), QStringLiteral("case"), s.deletedCase,
                    { { QStringLiteral("file_id"), s.file }, { QStringLiteral("title"), QStringLiteral("Irrtum") } }),
                false),
            QStringLiteral("applied"));
        QCOMPARE(submit(*db,
                     op(QStringLiteral("entity.tombstone"), QStringLiteral("case"), s.deletedCase,
                         { { QStringLiteral("reason"), QStringLiteral("doppelt") } }),
                     false),
            QStringLiteral("applied"));
        QCOMPARE(submit(*db,
                     op(QStringLiteral("file.share"), QStringLiteral("file"), s.file,
                         { { QStringLiteral("department"), QStringLiteral("32") } }),
                     false),
            QStringLiteral("applied"));
    };
    m_own = { QStringLiteral("own"), QStringLiteral("63") };
    m_other = { QStringLiteral("other"), QStringLiteral("36") };
    m_personnel = { QStringLiteral("personnel"), QStringLiteral("11") };
    makeScope(m_own, m_logins.at(0), m_plan63, "Bauantrag Lindenstraße");
    makeScope(m_other, m_clerk36, m_plan36, "Gutachten Grundwasser");
    makeScope(m_personnel, m_clerk11, m_plan11, "Personalakte Müller, Arbeitsvertrag");
    QCOMPARE(ownerValue(QStringLiteral("SELECT confidentiality FROM aktenwerk.file_record WHERE id = $1"),
                 { m_personnel.file }),
        QStringLiteral("005"));

    // A letter in FB 63's intake.
    auto clerk = as(m_logins.at(0));
    QVERIFY(clerk.has_value());
    m_intakeDocument = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        submit(*clerk,
            op(QStringLiteral("document.create"), QStringLiteral("document"), m_intakeDocument,
                { { QStringLiteral("title"), QStringLiteral("Posteingang") }, { QStringLiteral("sha256"), m_own.sha },
                    { QStringLiteral("size"), m_own.size }, { QStringLiteral("origin"), QStringLiteral("scan") } }),
            false),
        QStringLiteral("applied"));
}

void TstServerAuthority::noLoginWritesAnyTable()
{
    auto admin = owner();
    QVERIFY(admin.has_value());
    auto tables = admin->exec(QStringLiteral(
        "SELECT c.relname, (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = 1) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'aktenwerk' "
        "AND c.relkind IN ('r', 'p') ORDER BY 1"));
    QVERIFY(tables.has_value());
    QVERIFY2(tables->rows() >= 20, "the schema has fewer tables than expected");
    QList<Login> everyone = m_logins;
    everyone << m_clerk36 << m_clerk11;
    for (const Login &login : std::as_const(everyone)) {
        auto db = as(login);
        QVERIFY(db.has_value());
        for (int t = 0; t < tables->rows(); ++t) {
            const QString table = QStringLiteral("aktenwerk.") + tables->text(t, 0);
            // Privileges, through role membership too (has_table_privilege follows it).
            for (const char *privilege : { "INSERT", "UPDATE", "DELETE", "TRUNCATE" }) {
                auto has = admin->exec(QStringLiteral("SELECT has_table_privilege($1, $2, $3)"),
                    { login.name, table, QString::fromLatin1(privilege) });
                QVERIFY(has.has_value());
                QVERIFY2(has->text(0, 0) == QLatin1String("f"),
                    qPrintable(QStringLiteral("%1 may %2 %3").arg(login.name, QLatin1String(privilege), table)));
                ++m_cases;
            }
            // And really tried, as psql would.
            const QString column = tables->text(t, 1);
            for (const QString &sql : { QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column),
                     QStringLiteral("DELETE FROM %1").arg(table),
                     QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table),
                     QStringLiteral("TRUNCATE %1").arg(table) }) {
                auto tried = db->exec(sql);
                QVERIFY2(!tried.has_value(), qPrintable(login.name + QStringLiteral(": ") + sql));
                QVERIFY2(tried.error().code == ErrorCode::PermissionDenied,
                    qPrintable(
                        login.name + QStringLiteral(": ") + sql + QStringLiteral(" → ") + tried.error().toString()));
                ++m_cases;
            }
        }
        auto copy = db->exec(QStringLiteral("COPY aktenwerk.audit_event FROM STDIN"));
        QVERIFY(!copy.has_value());
        ++m_cases;
    }
}

void TstServerAuthority::onlyTheCommandApiIsCallable()
{
    auto admin = owner();
    QVERIFY(admin.has_value());
    auto functions
        = admin->exec(QStringLiteral("SELECT p.oid::regprocedure::text, p.proname FROM pg_proc p JOIN pg_namespace n "
                                     "ON n.oid = p.pronamespace WHERE n.nspname = 'aktenwerk' ORDER BY 1"));
    QVERIFY(functions.has_value());
    const QSet<QString> callable { QStringLiteral("submit"), QStringLiteral("upload_begin"),
        QStringLiteral("upload_chunk"), QStringLiteral("upload_finish"), QStringLiteral("my_department"),
        QStringLiteral("my_roles"), QStringLiteral("audit_content_v2"), QStringLiteral("inbox"),
        // what the read policies of a records officer's assigned Fachbereiche ask (schema 14)
        QStringLiteral("my_records_for"), QStringLiteral("kept_closed_file") };
    QSet<QString> seen;
    for (const Login &login : std::as_const(m_logins)) {
        for (int f = 0; f < functions->rows(); ++f) {
            const QString signature = functions->text(f, 0);
            auto has = admin->exec(
                QStringLiteral("SELECT has_function_privilege($1, $2, 'EXECUTE')"), { login.name, signature });
            QVERIFY(has.has_value());
            const bool expected = callable.contains(functions->text(f, 1));
            QVERIFY2((has->text(0, 0) == QLatin1String("t")) == expected,
                qPrintable(QStringLiteral("%1 EXECUTE %2: %3").arg(login.name, signature, has->text(0, 0))));
            seen.insert(functions->text(f, 1));
            ++m_cases;
        }
    }
    for (const char *name : { "audit", "append_audit", "next_reference_number", "cmd_file_create", "file_document",
             "checkout_document", "share_file" })
        QVERIFY2(seen.contains(QString::fromLatin1(name)), name);

    // Called anyway: refused before anything happens.
    auto clerk = as(m_logins.at(0));
    QVERIFY(clerk.has_value());
    for (const QString &sql : { QStringLiteral("SELECT aktenwerk.audit('file.create', 'file', 'x', '{}')"),
             QStringLiteral("SELECT aktenwerk.next_reference_number('63-#/2026', '63', '003')"),
             QStringLiteral("SELECT aktenwerk.share_file('%1', '36')").arg(m_own.file),
             QStringLiteral("SELECT aktenwerk.file_document('%1', '%2')").arg(m_intakeDocument, m_own.caseId),
             QStringLiteral("SELECT aktenwerk.break_document_lock('%1')").arg(m_own.document) }) {
        auto r = clerk->exec(sql);
        QVERIFY2(!r.has_value() && r.error().code == ErrorCode::PermissionDenied, qPrintable(sql));
        ++m_cases;
    }
    // The auditor uploads nothing either (a content row is a write).
    auto auditor = as(m_logins.at(4));
    QVERIFY(auditor.has_value());
    QVERIFY(!upload(*auditor, "Prüfbericht"));
    ++m_cases;
}

void TstServerAuthority::commandsAreDecidedByRoleDepartmentAndConfidentiality()
{
    const QStringList working { QStringLiteral("clerk"), QStringLiteral("team_lead"),
        QStringLiteral("records_officer") };
    struct Case
    {
        QString command;
        std::function<QJsonObject(const Scope &)> make;
        /** The expected answer for a role in a scope. */
        std::function<QString(const QString &role, const Scope &)> expect;
    };
    // The rule for work on records: working roles may change their own department's records;
    // others' records are not even found (they cannot see them); the administrator and the
    // auditor change no records.
    auto records = [&](const QString &role, const Scope &s) {
        if (!working.contains(role))
            return QStringLiteral("refused not_permitted");
        return s.name == QLatin1String("own") ? QStringLiteral("applied") : QStringLiteral("refused not_found");
    };
    const QString id = QStringLiteral("id");
    QList<Case> cases {
        { QStringLiteral("file.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("file.create"), QStringLiteral("file"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("plan_unit"),
                          s.name == QLatin1String("own")         ? m_plan63
                              : s.name == QLatin1String("other") ? m_plan36
                                                                 : m_plan11 },
                        { QStringLiteral("title"), QStringLiteral("Neue Akte") },
                        { QStringLiteral("department"), s.department } });
            },
            [&](const QString &role, const Scope &s) {
                // A file of another department is not the user's to create, visible or not.
                if (!working.contains(role) || s.name != QLatin1String("own"))
                    return QStringLiteral("refused not_permitted");
                return QStringLiteral("applied");
            } },
        { QStringLiteral("case.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("case.create"), QStringLiteral("case"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("file_id"), s.file },
                        { QStringLiteral("title"), QStringLiteral("Neuer Vorgang") } });
            },
            records },
        { QStringLiteral("sub_file.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("sub_file.create"), QStringLiteral("sub_file"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("file_id"), s.file }, { QStringLiteral("title"), QStringLiteral("Band 2") } });
            },
            records },
        { QStringLiteral("fields.update"),
            [&](const Scope &s) {
                return op(QStringLiteral("fields.update"), QStringLiteral("file"), s.file,
                    { { QStringLiteral("changes"),
                        QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("metadata.vorhaben") },
                            { QStringLiteral("old"), QString() },
                            { QStringLiteral("new"), QStringLiteral("Anbau") } } } } });
            },
            records },
        { QStringLiteral("document.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("document.create"), QStringLiteral("document"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("case_id"), s.caseId }, { QStringLiteral("title"), QStringLiteral("Nachtrag") },
                        { QStringLiteral("sha256"), m_own.sha }, { QStringLiteral("size"), m_own.size },
                        { QStringLiteral("origin"), QStringLiteral("import") } });
            },
            records },
        { QStringLiteral("version.add"),
            [&](const Scope &s) {
                return op(QStringLiteral("version.add"), QStringLiteral("document"), s.document,
                    { { QStringLiteral("sha256"), s.sha }, { QStringLiteral("size"), s.size },
                        { QStringLiteral("origin"), QStringLiteral("restore") } });
            },
            records },
        { QStringLiteral("entity.tombstone"),
            [&](const Scope &s) {
                return op(QStringLiteral("entity.tombstone"), QStringLiteral("case"), s.emptyCase,
                    { { QStringLiteral("reason"), QStringLiteral("doppelt angelegt") } });
            },
            records },
        { QStringLiteral("document.checkout"),
            [&](const Scope &s) {
                return op(QStringLiteral("document.checkout"), QStringLiteral("document"), s.document, QJsonObject());
            },
            records },
        { QStringLiteral("document.checkout.cancel"),
            [&](const Scope &s) {
                return op(
                    QStringLiteral("document.checkout.cancel"), QStringLiteral("document"), s.document, QJsonObject());
            },
            records },
        { QStringLiteral("document.file"),
            [&](const Scope &s) {
                return op(QStringLiteral("document.file"), QStringLiteral("document"), m_intakeDocument,
                    { { QStringLiteral("case_id"), s.caseId } });
            },
            records },
        { QStringLiteral("conflict.resolve"),
            [&](const Scope &s) {
                return op(QStringLiteral("conflict.resolve"), QStringLiteral("conflict"), s.conflict,
                    { { QStringLiteral("keep"), QStringLiteral("mine") } });
            },
            records },
        { QStringLiteral("file.share"),
            [&](const Scope &s) {
                return op(QStringLiteral("file.share"), QStringLiteral("file"), s.file,
                    { { QStringLiteral("department"),
                        s.name == QLatin1String("other") ? QStringLiteral("63") : QStringLiteral("36") } });
            },
            records },
        { QStringLiteral("file.unshare"),
            [&](const Scope &s) {
                return op(QStringLiteral("file.unshare"), QStringLiteral("file"), s.file,
                    { { QStringLiteral("department"), QStringLiteral("32") } });
            },
            records },
        { QStringLiteral("entity.restore"),
            [&](const Scope &s) {
                return op(QStringLiteral("entity.restore"), QStringLiteral("case"), s.deletedCase,
                    { { QStringLiteral("reason"), QStringLiteral("doch gebraucht") } });
            },
            records },
        { QStringLiteral("document.move"),
            [&](const Scope &s) {
                return op(QStringLiteral("document.move"), QStringLiteral("document"), s.document,
                    { { QStringLiteral("case_id"), s.emptyCase } });
            },
            records },
        { QStringLiteral("case.move"),
            [&](const Scope &s) {
                return op(QStringLiteral("case.move"), QStringLiteral("case"), s.caseId,
                    { { QStringLiteral("file_id"), s.secondFile } });
            },
            records },
        { QStringLiteral("lock.break"),
            [&](const Scope &s) {
                return op(QStringLiteral("lock.break"), QStringLiteral("document"), s.document, QJsonObject());
            },
            [&](const QString &role, const Scope &s) {
                if (role != QLatin1String("team_lead") && role != QLatin1String("administrator"))
                    return QStringLiteral("refused not_permitted");
                return s.name == QLatin1String("own") ? QStringLiteral("applied") : QStringLiteral("refused not_found");
            } },
        { QStringLiteral("plan_unit.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("plan_unit.create"), QStringLiteral("plan_unit"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("code"), QString(s.department + QStringLiteral(".77")) },
                        { QStringLiteral("parent_code"), s.department },
                        { QStringLiteral("title"), QStringLiteral("Neu") },
                        { QStringLiteral("disposal"), QStringLiteral("A") } });
            },
            [&](const QString &role, const Scope &) {
                return role == QLatin1String("records_officer") || role == QLatin1String("administrator")
                    ? QStringLiteral("applied")
                    : QStringLiteral("refused not_permitted");
            } },
        // Routing (schema 13): a route and a resubmission on the scope's records; templates are
        // the team leads' (and administrators'); everyone sets their own absence.
        { QStringLiteral("route.start"),
            [&](const Scope &s) {
                return op(QStringLiteral("route.start"), QStringLiteral("route"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("object_type"), QStringLiteral("document") },
                        { QStringLiteral("object_id"), s.document },
                        { QStringLiteral("steps"),
                            QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("zeichnung") },
                                { QStringLiteral("addressee"), m_logins.at(1).name } } } } });
            },
            records },
        { QStringLiteral("resubmission.create"),
            [&](const Scope &s) {
                return op(QStringLiteral("resubmission.create"), QStringLiteral("resubmission"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("object_type"), QStringLiteral("case") },
                        { QStringLiteral("object_id"), s.caseId },
                        { QStringLiteral("due"), QStringLiteral("2030-01-15") },
                        { QStringLiteral("reason"), QStringLiteral("Frist") } });
            },
            records },
        { QStringLiteral("route_template.save"),
            [&](const Scope &) {
                return op(QStringLiteral("route_template.save"), QStringLiteral("route_template"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("name"), QStringLiteral("Standard") },
                        { QStringLiteral("steps"),
                            QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("zeichnung") },
                                { QStringLiteral("addressee"), QStringLiteral("lead:63") } } } } });
            },
            [&](const QString &role, const Scope &) {
                return role == QLatin1String("team_lead") || role == QLatin1String("administrator")
                    ? QStringLiteral("applied")
                    : QStringLiteral("refused not_permitted");
            } },
        { QStringLiteral("absence.set"),
            [&](const Scope &) {
                return op(QStringLiteral("absence.set"), QStringLiteral("absence"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                    { { QStringLiteral("from"), QStringLiteral("2030-01-01") },
                        { QStringLiteral("to"), QStringLiteral("2030-01-10") },
                        { QStringLiteral("deputy"), m_clerk36.name } });
            },
            [&](const QString &, const Scope &) { return QStringLiteral("applied"); } },
        { QStringLiteral("unknown"),
            [&](const Scope &s) {
                return op(QStringLiteral("file.destroy"), QStringLiteral("file"), s.file, QJsonObject());
            },
            [&](const QString &, const Scope &) { return QStringLiteral("refused unknown_command"); } },
    };
    Q_UNUSED(id)
    int run = 0;
    for (const Login &login : std::as_const(m_logins)) {
        auto db = as(login);
        QVERIFY(db.has_value());
        for (const Case &c : cases) {
            for (const Scope *scope : { &m_own, &m_other, &m_personnel }) {
                const QString expected = c.expect(login.role, *scope);
                const QString got = submit(*db, c.make(*scope), true);
                QVERIFY2(got == expected,
                    qPrintable(QStringLiteral("%1 (%2) %3 on %4: got \"%5\", expected \"%6\"")
                                   .arg(login.role, login.name, c.command, scope->name, got, expected)));
                ++run;
            }
        }
    }
    m_cases += run;
    qInfo("%d command cases (%lld roles x %lld command types x 3 scopes)", run, static_cast<long long>(m_logins.size()),
        static_cast<long long>(cases.size()));
    // Rolled back, every one of them: the fixture is as it was.
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record")), QStringLiteral("6"));
}

void TstServerAuthority::aForgedActorOrTimeIsIgnored()
{
    auto db = as(m_logins.at(0));
    QVERIFY(db.has_value());
    const Login &lead = m_logins.at(1);
    const QString file = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject o = op(QStringLiteral("file.create"), QStringLiteral("file"), file,
        { { QStringLiteral("plan_unit"), m_plan63 }, { QStringLiteral("title"), QStringLiteral("Gefälscht?") },
            { QStringLiteral("created_by"), lead.name }, { QStringLiteral("modified_by"), lead.name },
            { QStringLiteral("author"), lead.name }, { QStringLiteral("user"), lead.name },
            { QStringLiteral("login"), lead.name },
            { QStringLiteral("created_at"), QStringLiteral("2001-01-01T00:00:00Z") },
            { QStringLiteral("year"), 2001 } });
    o.insert(QStringLiteral("at"), QStringLiteral("2001-01-01T00:00:00.000Z")); // the client's clock
    o.insert(QStringLiteral("user"), lead.name);
    QCOMPARE(submit(*db, o, false), QStringLiteral("applied"));
    ++m_cases;
    auto admin = owner();
    QVERIFY(admin.has_value());
    auto row = admin->exec(QStringLiteral("SELECT created_by, modified_by, created_at > now() - interval '1 minute', "
                                          "recorded_at = '2001-01-01T00:00:00Z', year = extract(year FROM now()) "
                                          "FROM aktenwerk.file_record WHERE id = $1"),
        { file });
    QVERIFY(row.has_value() && row->rows() == 1);
    QCOMPARE(row->text(0, 0), m_logins.at(0).name);
    QCOMPARE(row->text(0, 1), m_logins.at(0).name);
    QCOMPARE(row->text(0, 2), QStringLiteral("t")); // the server's time
    QCOMPARE(row->text(0, 3), QStringLiteral("t")); // the client's, kept as "recorded at"
    QCOMPARE(row->text(0, 4), QStringLiteral("t")); // no reference in a year long past
    auto event = admin->exec(
        QStringLiteral("SELECT login, at > now() - interval '1 minute', recorded_at = '2001-01-01T00:00:00Z' "
                       "FROM aktenwerk.audit_event WHERE entity_id = $1 AND action = 'file.create'"),
        { file });
    QVERIFY(event.has_value() && event->rows() == 1);
    QCOMPARE(event->text(0, 0), m_logins.at(0).name);
    QCOMPARE(event->text(0, 1), QStringLiteral("t"));
    QCOMPARE(event->text(0, 2), QStringLiteral("t"));
    m_cases += 2;
    // A version's author is whoever sends it.
    QCOMPARE(
        submit(*db,
            op(QStringLiteral("version.add"), QStringLiteral("document"), m_own.document,
                { { QStringLiteral("sha256"), m_own.sha }, { QStringLiteral("size"), m_own.size },
                    { QStringLiteral("origin"), QStringLiteral("edit") }, { QStringLiteral("author"), lead.name } }),
            false),
        QStringLiteral("applied"));
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT author FROM aktenwerk.version WHERE document_id = $1 ORDER BY number DESC "
                                  "LIMIT 1"),
            { m_own.document }),
        m_logins.at(0).name);
    ++m_cases;
    // An operation id another login used is not taken over.
    auto other = as(lead);
    QVERIFY(other.has_value());
    QCOMPARE(submit(*other, o, true), QStringLiteral("refused invalid"));
    ++m_cases;
}

void TstServerAuthority::theAuditorReadsEverythingAndWritesNothing()
{
    auto auditor = as(m_logins.at(4));
    auto clerk = as(m_logins.at(0));
    auto admin = owner();
    QVERIFY(auditor && clerk && admin);
    QVERIFY(admin->run(QStringLiteral("SET ROLE aktenwerk_owner")).has_value()); // under RLS, with the owner's policy
    auto tables
        = admin->exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = 'aktenwerk' AND c.relkind = 'r' ORDER BY 1"));
    QVERIFY(tables.has_value());
    int withRows = 0;
    for (int t = 0; t < tables->rows(); ++t) {
        const QString sql = QStringLiteral("SELECT count(*) FROM aktenwerk.%1").arg(tables->text(t, 0));
        auto all = admin->exec(sql);
        auto seen = auditor->exec(sql);
        QVERIFY2(all && seen, qPrintable(sql));
        QVERIFY2(all->text(0, 0) == seen->text(0, 0),
            qPrintable(QStringLiteral("%1: the auditor sees %2 of %3")
                           .arg(tables->text(t, 0), seen->text(0, 0), all->text(0, 0))));
        withRows += all->int64(0, 0) > 0 ? 1 : 0;
        ++m_cases;
    }
    QVERIFY(withRows >= 12);
    // The personnel files among them, and every audit event — which a clerk of FB 63 does not see.
    QCOMPARE(auditor->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record WHERE confidentiality = '005'"))
                 ->text(0, 0),
        QStringLiteral("2"));
    QCOMPARE(clerk->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record WHERE confidentiality = '005'"))
                 ->text(0, 0),
        QStringLiteral("0"));
    const qint64 events = admin->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event"))->int64(0, 0);
    const qint64 clerkSees = clerk->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event"))->int64(0, 0);
    QVERIFY2(clerkSees > 0 && clerkSees < events, qPrintable(QStringLiteral("%1 of %2").arg(clerkSees).arg(events)));
    QCOMPARE(
        clerk->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE department_code IN ('11', '36')"))
            ->text(0, 0),
        QStringLiteral("0"));
    m_cases += 3;
}

void TstServerAuthority::aClerkInPsqlCannotChangeATitleAVersionOrTheAuditTrail()
{
    const Login &clerk = m_logins.at(0);
    auto psql = [&](const QString &sql, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), clerk.password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
            { m_pg.userUrl(m_db), QStringLiteral("-U"), clerk.name, QStringLiteral("-X"), QStringLiteral("-At"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql });
        if (!p.waitForFinished(30000))
            return QStringLiteral("psql did not finish");
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                                 : QStringLiteral("exit %1").arg(p.exitCode());
    };
    QString err;
    QCOMPARE(psql(QStringLiteral("SELECT current_user"), &err), clerk.name);
    const qint64 before = ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event")).toLongLong();
    const QString title
        = ownerValue(QStringLiteral("SELECT title FROM aktenwerk.file_record WHERE id = $1"), { m_own.file });
    const QStringList attempts {
        QStringLiteral("UPDATE aktenwerk.file_record SET title = 'geändert' WHERE id = '%1'").arg(m_own.file),
        QStringLiteral(
            "INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, author, created_at, "
            "origin, department_code, confidentiality) VALUES (gen_random_uuid(), '%1', 99, '%2', %3, 'text/plain', "
            "'x', now(), 'edit', '63', '003')")
            .arg(m_own.document, m_own.sha)
            .arg(m_own.size),
        QStringLiteral("DELETE FROM aktenwerk.audit_event WHERE seq = (SELECT max(seq) FROM aktenwerk.audit_event)"),
        QStringLiteral(
            "INSERT INTO aktenwerk.audit_event (seq, login, action, entity_type, entity_id, prev_hash, hash) "
            "VALUES (999999, 'x', 'x', 'x', 'x', 'x', 'x')"),
        QStringLiteral("SELECT aktenwerk.audit('file.create', 'file', 'x', '{}')"),
        QStringLiteral(
            "SELECT aktenwerk.append_audit(ARRAY['x'], ARRAY['x'], ARRAY['x'], ARRAY['{}'::jsonb], "
            "ARRAY[NULL::text], ARRAY[NULL::text], ARRAY[NULL::uuid], ARRAY[NULL::timestamptz], ARRAY[now()])"),
    };
    for (const QString &sql : attempts) {
        QCOMPARE(psql(sql, &err), QStringLiteral("exit 1"));
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        ++m_cases;
    }
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT title FROM aktenwerk.file_record WHERE id = $1"), { m_own.file }), title);
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event")).toLongLong(), before);
}

void TstServerAuthority::aHashAloneIsNoCapability()
{
    auto clerk = as(m_logins.at(0));
    auto other = as(m_clerk36);
    QVERIFY(clerk && other);
    // FB 36 knows the hash of FB 63's letter: it cannot file a document with that content.
    QCOMPARE(
        submit(*other,
            op(QStringLiteral("document.create"), QStringLiteral("document"),
                QUuid::createUuid().toString(QUuid::WithoutBraces),
                { { QStringLiteral("title"), QStringLiteral("Abgeschaut") }, { QStringLiteral("sha256"), m_own.sha },
                    { QStringLiteral("size"), m_own.size }, { QStringLiteral("origin"), QStringLiteral("import") } }),
            true),
        QStringLiteral("refused content_missing"));
    ++m_cases;
    // Nor can it block content that someone is about to upload by sending wrong bytes under its
    // hash first: the server checks the whole content and keeps nothing of it.
    const QByteArray real = "Widerspruch gegen den Bescheid vom 3. März";
    QByteArray fake = real;
    fake[0] = 'w';
    const QString sha = Test::sha256Hex(real);
    QVERIFY(other->exec(QStringLiteral("SELECT aktenwerk.upload_begin($1, $2, 1048576)"), { sha, real.size() })
                .has_value());
    QVERIFY(
        other->exec(
                 QStringLiteral("SELECT aktenwerk.upload_chunk($1, 0, $2, $3)"), { sha, Test::sha256Hex(fake), fake })
            .has_value());
    auto poisoned = other->exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), { sha });
    QVERIFY(poisoned.has_value());
    QCOMPARE(poisoned->text(0, 0), QStringLiteral("f"));
    QVERIFY(upload(*clerk, real)); // the real bytes go up
    QCOMPARE(ownerValue(QStringLiteral("SELECT complete FROM aktenwerk.content WHERE sha256 = $1"), { sha }),
        QStringLiteral("t"));
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT convert_from(data, 'UTF8') FROM aktenwerk.content_chunk WHERE sha256 = $1"),
            { sha }),
        QString::fromUtf8(real));
    // Complete content is fixed: sending other bytes under its hash is refused.
    QVERIFY(other->exec(QStringLiteral("SELECT aktenwerk.upload_begin($1, $2, 1048576)"), { sha, real.size() })
                .has_value());
    QVERIFY(!other
                 ->exec(QStringLiteral("SELECT aktenwerk.upload_chunk($1, 0, $2, $3)"),
                     { sha, Test::sha256Hex(fake), fake })
                 .has_value());
    m_cases += 3;
}

void TstServerAuthority::cleanupTestCase()
{
    qInfo("permission matrix: %d cases", m_cases);
    QVERIFY2(m_cases >= 200, qPrintable(QStringLiteral("only %1 cases ran").arg(m_cases)));
}

QTEST_GUILESS_MAIN(TstServerAuthority)
#include "tst_serverauthority.moc"
