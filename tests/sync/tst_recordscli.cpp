#include "../testsupport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QDate>
#include <QFile>
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
 * Closing (z.d.A.), retention and legal holds through aktenwerk-cli (issue 16), each person with
 * their own data folder connected to the real server: a clerk, a team lead and a records officer
 * of FB 63. The server decides every act; what it decided reaches each client with the pull. The
 * same rules hold against the person's own login in SQL.
 */
class TstRecordsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void closingAFileStartsItsRetention();
    void retentionAndHoldsAreForTheirRoles();
    void reopeningNeedsAReason();
    void recordsOfficersKeepTheirAssignedDepartments();

private:
    struct Person
    {
        QString login;
        QString password;
        QString dir;
    };
    /** aktenwerk-cli in @p p's data folder with the password on stdin: stdout, or "exit N: stderr". */
    QString cli(const Person &p, QStringList args);
    QJsonObject state(const Person &p, const QString &ref);
    /** One SQL statement as @p p's own login: its first value, or "error …". */
    QString sql(const Person &p, const QString &statement, const QVariantList &params = {});

    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    Person m_records, m_clerk, m_lead;
    QString m_file, m_case1, m_case2;
};

QString TstRecordsCli::cli(const Person &p, QStringList args)
{
    args = QStringList { QStringLiteral("--data-dir"), p.dir } + args;
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:")); // the password on stdin
    const bool password = !p.password.isEmpty();
    if (password)
        args << QStringLiteral("--password-stdin");
    const Test::CliRun r = Test::runCli(args, env, 120000, password ? p.password.toUtf8() + '\n' : QByteArray());
    if (r.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err).trimmed());
    return QString::fromUtf8(r.out);
}

QJsonObject TstRecordsCli::state(const Person &p, const QString &ref)
{
    const QString text = cli(p, { QStringLiteral("retention"), ref, QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        qWarning().noquote() << "retention" << ref << "→" << text;
    return o;
}

QString TstRecordsCli::sql(const Person &p, const QString &statement, const QVariantList &params)
{
    auto db = PgConnection::connect(m_pg.userUrl(m_db), p.login, p.password);
    if (!db)
        return QStringLiteral("error ") + db.error().toString();
    auto r = db->exec(statement, params);
    if (!r)
        return QStringLiteral("error ") + r.error().toString();
    return r->rows() && r->columns() ? r->text(0, 0) : QString();
}

void TstRecordsCli::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_db = Test::PgServer::uniqueName(QStringLiteral("records"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
                .has_value());
    struct Who
    {
        Person *person;
        const char *name;
        Role role;
    };
    for (const Who &w : { Who { &m_records, "records", Role::RecordsOfficer }, Who { &m_clerk, "clerk", Role::Clerk },
             Who { &m_lead, "lead", Role::TeamLead } }) {
        *w.person = { Test::PgServer::uniqueName(QString::fromLatin1(w.name)),
            QString::fromLatin1(w.name) + QStringLiteral("-secret-1"), m_dir.filePath(QString::fromLatin1(w.name)) };
        QVERIFY(ServerAdmin::addUser(url, w.person->login, {}, QStringLiteral("63"), { w.role }, w.person->password)
                    .has_value());
        const QString connected = cli(*w.person,
            { QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db), QStringLiteral("--user"),
                w.person->login });
        QVERIFY2(!connected.startsWith(QLatin1String("exit")), qPrintable(connected));
    }
    // A plan (63.01: 30 years, archive), a file with two cases.
    const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Kennzeichen;Titel;Beschreibung;Aufbewahrung;Aussonderungsart;Stillgelegt;Fachbereich\n"
            "63;Bauordnung;;10;B;0;63\n63.01;Baugenehmigungen;;30;A;0;\n");
    f.close();
    QVERIFY(
        !cli(m_records, { QStringLiteral("plan"), QStringLiteral("import"), plan }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk,
        { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01"),
            QStringLiteral("--title"), QStringLiteral("Lindenstraße 4") })
                 .startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit"))); // the server's reference
    m_file = QStringLiteral("63.01-0001/%1").arg(QDate::currentDate().year());
    for (const char *title : { "Bauantrag", "Abnahme" }) {
        QVERIFY(!cli(m_clerk,
            { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), m_file,
                QStringLiteral("--title"), QString::fromLatin1(title) })
                     .startsWith(QLatin1String("exit")));
    }
    m_case1 = m_file + QStringLiteral("-001");
    m_case2 = m_file + QStringLiteral("-002");
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
}

void TstRecordsCli::closingAFileStartsItsRetention()
{
    const QDate today = QDate::currentDate();
    // Open cases: the file is not closed without them.
    QString answer = cli(m_clerk, { QStringLiteral("close"), m_file });
    QVERIFY2(answer.startsWith(QLatin1String("exit 1")) && answer.contains(QLatin1String("--with-cases")),
        qPrintable(answer));
    QCOMPARE(state(m_clerk, m_file).value(QLatin1String("closed")).toBool(), false);
    // Not in the future, not before the file existed.
    answer = cli(m_clerk,
        { QStringLiteral("close"), m_case1, QStringLiteral("--date"), today.addDays(1).toString(Qt::ISODate) });
    QVERIFY2(answer.contains(QLatin1String("future")), qPrintable(answer));
    answer = cli(m_clerk, { QStringLiteral("close"), m_case1, QStringLiteral("--date"), QStringLiteral("2020-01-01") });
    QVERIFY2(answer.contains(QLatin1String("before the creation")), qPrintable(answer));

    // One case by itself, then the file with the other.
    answer = cli(m_clerk, { QStringLiteral("close"), m_case1, QStringLiteral("--reason"), QStringLiteral("erledigt") });
    QVERIFY2(answer.contains(QLatin1String("Closed (z.d.A.)")), qPrintable(answer));
    QJsonObject c1 = state(m_clerk, m_case1);
    QCOMPARE(c1.value(QLatin1String("closed")).toBool(), true);
    QCOMPARE(c1.value(QLatin1String("closed_on")).toString(), today.toString(Qt::ISODate));
    QCOMPARE(c1.value(QLatin1String("close_reason")).toString(), QStringLiteral("erledigt"));
    QCOMPARE(c1.value(QLatin1String("closed_by")).toString(), m_clerk.login); // the session's, not the client's
    answer = cli(m_clerk,
        { QStringLiteral("close"), m_file, QStringLiteral("--with-cases"), QStringLiteral("--reason"),
            QStringLiteral("Verfahren abgeschlossen") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject file = state(m_clerk, m_file);
    QCOMPARE(file.value(QLatin1String("closed")).toBool(), true);
    QCOMPARE(file.value(QLatin1String("retention")).toString(), QStringLiteral("30"));
    QCOMPARE(file.value(QLatin1String("retention_own")).toBool(), false);
    QCOMPARE(file.value(QLatin1String("disposal")).toString(), QStringLiteral("A"));
    // Retention runs to the end of the year of closing plus 30 years.
    QCOMPARE(
        file.value(QLatin1String("retention_end")).toString(), QDate(today.year() + 30, 12, 31).toString(Qt::ISODate));
    QCOMPARE(state(m_clerk, m_case2).value(QLatin1String("closed")).toBool(), true);

    // Closed is read-only — in this client, and for the server with the clerk's own login.
    answer = cli(m_clerk,
        { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), m_file, QStringLiteral("--title"),
            QStringLiteral("Nachtrag") });
    QVERIFY2(answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QVERIFY(sql(
        m_clerk, QStringLiteral("UPDATE aktenwerk.file_record SET status = 'open' WHERE reference = $1"), { m_file })
                .startsWith(QLatin1String("error")));
    QVERIFY(sql(m_clerk, QStringLiteral("UPDATE aktenwerk.record_keeping SET retention_end = '2000-01-01'"))
                .startsWith(QLatin1String("error")));
    QCOMPARE(sql(m_clerk,
                 QStringLiteral("SELECT retention_end::text FROM aktenwerk.record_keeping WHERE entity_type = 'file'")),
        QDate(today.year() + 30, 12, 31).toString(Qt::ISODate));
    // The record keeper's client has it after its sync; the server's audit trail says who.
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QCOMPARE(state(m_records, m_file).value(QLatin1String("closed_on")).toString(), today.toString(Qt::ISODate));
    auto owner = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(owner.has_value());
    // Two events: case 1; the file, naming case 2 closed with it.
    auto events = owner->exec(QStringLiteral("SELECT entity_type, coalesce(details->'cases_closed'->>0, '') "
                                             "FROM aktenwerk.audit_event WHERE login = $1 "
                                             "AND details->>'action' = 'close' ORDER BY seq"),
        { m_clerk.login });
    QVERIFY(events.has_value());
    QCOMPARE(events->rows(), 2);
    QCOMPARE(events->text(0, 0), QStringLiteral("case"));
    QCOMPARE(events->text(1, 0), QStringLiteral("file"));
    QCOMPARE(events->text(1, 1),
        sql(m_clerk, QStringLiteral("SELECT id::text FROM aktenwerk.case_record WHERE reference = $1"), { m_case2 }));
}

void TstRecordsCli::retentionAndHoldsAreForTheirRoles()
{
    const int year = QDate::currentDate().year();
    // A clerk sets no retention of its own; the team lead does, with a reason.
    QString answer = cli(m_clerk,
        { QStringLiteral("retention"), m_file, QStringLiteral("--years"), QStringLiteral("5"),
            QStringLiteral("--reason"), QStringLiteral("Zweitschrift") });
    QVERIFY2(answer.contains(QLatin1String("role")), qPrintable(answer));
    QVERIFY(!cli(m_lead, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    answer = cli(m_lead,
        { QStringLiteral("retention"), m_file, QStringLiteral("--years"), QStringLiteral("5"),
            QStringLiteral("--disposal"), QStringLiteral("V"), QStringLiteral("--reason"),
            QStringLiteral("Zweitschrift, Original beim Kreis") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QJsonObject file = state(m_lead, m_file);
    QCOMPARE(file.value(QLatin1String("retention")).toString(), QStringLiteral("5"));
    QCOMPARE(file.value(QLatin1String("retention_own")).toBool(), true);
    QCOMPARE(file.value(QLatin1String("disposal")).toString(), QStringLiteral("V"));
    QCOMPARE(file.value(QLatin1String("retention_end")).toString(), QDate(year + 5, 12, 31).toString(Qt::ISODate));
    // Zero years: due at the end of this year — on the disposal list, unless a hold stops it.
    answer = cli(m_lead,
        { QStringLiteral("retention"), m_file, QStringLiteral("--years"), QStringLiteral("0"),
            QStringLiteral("--reason"), QStringLiteral("Doppel") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QStringList dueThisYear { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
        QDate(year, 12, 31).toString(Qt::ISODate), QStringLiteral("--json") };
    QJsonArray due = QJsonDocument::fromJson(cli(m_lead, dueThisYear).toUtf8()).array();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().toObject().value(QLatin1String("reference")).toString(), m_file);
    QCOMPARE(due.first().toObject().value(QLatin1String("disposal")).toString(), QStringLiteral("V"));
    // For a spreadsheet, narrowed to a department.
    const QString csv = m_dir.filePath(QStringLiteral("aussonderung.csv"));
    answer = cli(m_lead,
        { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
            QDate(year, 12, 31).toString(Qt::ISODate), QStringLiteral("--department"), QStringLiteral("63"),
            QStringLiteral("--out"), csv });
    QVERIFY2(answer.contains(QLatin1String("1 file")), qPrintable(answer));
    QFile list(csv);
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = list.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, the file, the end
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFReference;Title;"));
    const QByteArray row = m_file.toUtf8() + QByteArray(";Lindenstraße 4;63;");
    QVERIFY2(lines.at(1).startsWith(row), lines.at(1).constData());
    // And as a PDF for the records, its text readable (pdftotext).
    const QString listPdf = m_dir.filePath(QStringLiteral("aussonderung.pdf"));
    answer = cli(m_lead,
        { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
            QDate(year, 12, 31).toString(Qt::ISODate), QStringLiteral("--out"), listPdf });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { listPdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(m_file) && pdfText.contains(QStringLiteral("Lindenstraße 4")), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(QLatin1String("1 file")), qPrintable(pdfText));
    QCOMPARE(QJsonDocument::fromJson(
                 cli(m_lead,
                     { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
                         QDate(year, 12, 31).toString(Qt::ISODate), QStringLiteral("--department"),
                         QStringLiteral("11"), QStringLiteral("--json") })
                     .toUtf8())
                 .array()
                 .size(),
        0);
    QCOMPARE(QJsonDocument::fromJson(
                 cli(m_lead,
                     { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
                         QDate(year, 12, 30).toString(Qt::ISODate), QStringLiteral("--json") })
                     .toUtf8())
                 .array()
                 .size(),
        0);
    // Back to the plan's.
    answer = cli(m_lead,
        { QStringLiteral("retention"), m_file, QStringLiteral("--from-plan"), QStringLiteral("--reason"),
            QStringLiteral("Irrtum") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    file = state(m_lead, m_file);
    QCOMPARE(file.value(QLatin1String("retention")).toString(), QStringLiteral("30"));
    QCOMPARE(file.value(QLatin1String("disposal")).toString(), QStringLiteral("A"));
    QCOMPARE(file.value(QLatin1String("retention_end")).toString(), QDate(year + 30, 12, 31).toString(Qt::ISODate));

    // Legal holds: records officers only; lifting needs a reason.
    answer = cli(m_clerk, { QStringLiteral("hold"), m_file, QStringLiteral("--reason"), QStringLiteral("Klage") });
    QVERIFY2(answer.contains(QLatin1String("role")), qPrintable(answer));
    answer = cli(m_records,
        { QStringLiteral("hold"), m_file, QStringLiteral("--reason"), QStringLiteral("Klage vor dem VG anhängig") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QCOMPARE(state(m_records, m_file).value(QLatin1String("on_hold")).toBool(), true);
    // Due by 2100 (thirty years from now), but held: not on the list.
    const QStringList dueBy2100 { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--due-before"),
        QStringLiteral("2100-12-31"), QStringLiteral("--json") };
    QCOMPARE(QJsonDocument::fromJson(cli(m_records, dueBy2100).toUtf8()).array().size(), 0);
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    file = state(m_clerk, m_file);
    QCOMPARE(file.value(QLatin1String("on_hold")).toBool(), true);
    QCOMPARE(file.value(QLatin1String("holds")).toArray().first().toObject().value(QLatin1String("set_by")).toString(),
        m_records.login);
    answer = cli(m_records, { QStringLiteral("release-hold"), m_file });
    QVERIFY2(answer.startsWith(QLatin1String("exit 2")), qPrintable(answer));
    answer = cli(m_records,
        { QStringLiteral("release-hold"), m_file, QStringLiteral("--reason"), QStringLiteral("Verfahren erledigt") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    file = state(m_records, m_file);
    QCOMPARE(file.value(QLatin1String("on_hold")).toBool(), false);
    QCOMPARE(file.value(QLatin1String("holds")).toArray().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(cli(m_records, dueBy2100).toUtf8()).array().size(), 1);
    QCOMPARE(file.value(QLatin1String("holds"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("release_reason"))
                 .toString(),
        QStringLiteral("Verfahren erledigt"));
}

void TstRecordsCli::reopeningNeedsAReason()
{
    // Without a reason: the CLI says so, and the server refuses it too (the clerk's own login).
    QString answer = cli(m_clerk, { QStringLiteral("reopen"), m_file });
    QVERIFY2(answer.startsWith(QLatin1String("exit 2")), qPrintable(answer));
    const QString fileId
        = sql(m_clerk, QStringLiteral("SELECT id FROM aktenwerk.file_record WHERE reference = $1"), { m_file });
    const QJsonObject op { { QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("cmd"), QStringLiteral("record.reopen") }, { QStringLiteral("type"), QStringLiteral("file") },
        { QStringLiteral("id"), fileId }, { QStringLiteral("args"), QJsonObject {} } };
    QCOMPARE(sql(m_clerk, QStringLiteral("SELECT outcome || ' ' || code FROM aktenwerk.submit($1::jsonb)"),
                 { QString::fromUtf8(QJsonDocument(QJsonArray { op }).toJson(QJsonDocument::Compact)) }),
        QStringLiteral("refused invalid"));
    // A case of a closed file waits for its file.
    answer
        = cli(m_clerk, { QStringLiteral("reopen"), m_case2, QStringLiteral("--reason"), QStringLiteral("Nachtrag") });
    QVERIFY2(answer.contains(QLatin1String("reopen the file first")), qPrintable(answer));
    answer = cli(m_clerk,
        { QStringLiteral("reopen"), m_file, QStringLiteral("--reason"), QStringLiteral("Widerspruch eingegangen") });
    QVERIFY2(answer.contains(QLatin1String("Reopened")), qPrintable(answer));
    const QJsonObject file = state(m_clerk, m_file);
    QCOMPARE(file.value(QLatin1String("closed")).toBool(), false);
    QVERIFY(!file.contains(QLatin1String("retention_end"))); // retention starts again at the next closing
    QCOMPARE(file.value(QLatin1String("reopen_reason")).toString(), QStringLiteral("Widerspruch eingegangen"));
    QCOMPARE(file.value(QLatin1String("reopened_by")).toString(), m_clerk.login);
    answer
        = cli(m_clerk, { QStringLiteral("reopen"), m_case2, QStringLiteral("--reason"), QStringLiteral("Nachtrag") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QCOMPARE(state(m_clerk, m_case2).value(QLatin1String("closed")).toBool(), false);
    // Open again: the clerk works in it.
    answer = cli(m_clerk,
        { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), m_file, QStringLiteral("--title"),
            QStringLiteral("Widerspruch") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
}

void TstRecordsCli::recordsOfficersKeepTheirAssignedDepartments()
{
    const QString owner = m_pg.adminUrl(m_db);
    const int year = QDate::currentDate().year();
    QVERIFY(ServerAdmin::addDepartment(owner, QStringLiteral("36"), QStringLiteral("Umwelt"), Confidentiality::Open)
                .has_value());
    QVERIFY(ServerAdmin::addDepartment(
        owner, QStringLiteral("11"), QStringLiteral("Personal"), Confidentiality::Confidential)
                .has_value());
    const QString plan = m_dir.filePath(QStringLiteral("plan-36-11.csv"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Kennzeichen;Titel;Beschreibung;Aufbewahrung;Aussonderungsart;Stillgelegt;Fachbereich\n"
            "63;Bauordnung;;10;B;0;63\n63.01;Baugenehmigungen;;30;A;0;\n"
            "36;Umwelt;;10;B;0;36\n36.02;Grundwasser;;10;A;0;\n11;Personal;;10;V;0;11\n11.01;Personalakten;;30;B;0;\n");
    f.close();
    QString answer = cli(m_records, { QStringLiteral("plan"), QStringLiteral("import"), plan });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));

    // A clerk each in FB 36 and FB 11 files a document and closes the file; FB 36 keeps a second, open file.
    Person clerk36 { Test::PgServer::uniqueName(QStringLiteral("clerk36")), QStringLiteral("clerk36-secret-1"),
        m_dir.filePath(QStringLiteral("clerk36")) };
    Person clerk11 { Test::PgServer::uniqueName(QStringLiteral("clerk11")), QStringLiteral("clerk11-secret-1"),
        m_dir.filePath(QStringLiteral("clerk11")) };
    struct Filed
    {
        Person *clerk;
        QString plan;
        QString title;
        bool close;
    };
    const QList<Filed> filed { { &clerk36, QStringLiteral("36.02"), QStringLiteral("Brunnen Gartenweg 3"), true },
        { &clerk36, QStringLiteral("36.02"), QStringLiteral("Altlast Mühlenweg"), false },
        { &clerk11, QStringLiteral("11.01"), QStringLiteral("Personalakte Erika Muster"), true } };
    for (Person *p : { &clerk36, &clerk11 }) {
        const QString dept = p == &clerk36 ? QStringLiteral("36") : QStringLiteral("11");
        QVERIFY(ServerAdmin::addUser(owner, p->login, {}, dept, { Role::Clerk }, p->password).has_value());
        answer = cli(*p,
            { QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db), QStringLiteral("--user"),
                p->login });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(*p, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    }
    QStringList refs;
    for (const Filed &x : filed) {
        answer = cli(*x.clerk,
            { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), x.plan,
                QStringLiteral("--title"), x.title });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(*x.clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        const QString ref = sql(
            *x.clerk, QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE title = $1"), { x.title });
        QVERIFY2(ref.startsWith(x.plan + QStringLiteral("-")), qPrintable(ref));
        refs << ref;
        answer = cli(*x.clerk,
            { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), ref,
                QStringLiteral("--title"), QStringLiteral("Vorgang") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(*x.clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit"))); // its reference
        const QString text = m_dir.filePath(x.title + QStringLiteral(".txt"));
        QFile doc(text);
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write(QStringLiteral("Schreiben zu %1\n").arg(x.title).toUtf8());
        doc.close();
        answer = cli(*x.clerk, { QStringLiteral("add"), QStringLiteral("--case"), ref + QStringLiteral("-001"), text });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(*x.clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        if (x.close) {
            answer = cli(*x.clerk,
                { QStringLiteral("close"), ref, QStringLiteral("--with-cases"), QStringLiteral("--reason"),
                    QStringLiteral("erledigt") });
            QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        }
    }
    const QString closed36 = refs.at(0), open36 = refs.at(1), closed11 = refs.at(2);

    // A records officer of FB 63 who keeps FB 36 too (given with the CLI, as an administrator would).
    Person keeper { Test::PgServer::uniqueName(QStringLiteral("keeper")), QStringLiteral("keeper-secret-1"),
        m_dir.filePath(QStringLiteral("keeper")) };
    Person admin { {}, {}, m_dir.filePath(QStringLiteral("admin")) };
    auto addKeeper = [&](const QString &role) {
        return Test::runCli(
            { QStringLiteral("--data-dir"), admin.dir, QStringLiteral("server"), QStringLiteral("add-user"),
                QStringLiteral("--url"), owner, keeper.login, QStringLiteral("--department"), QStringLiteral("63"),
                QStringLiteral("--role"), role, QStringLiteral("--records-for"), QStringLiteral("36"),
                QStringLiteral("--password-stdin") },
            {}, 60000, keeper.password.toUtf8() + '\n');
    };
    const Test::CliRun refused = addKeeper(QStringLiteral("clerk")); // a clerk keeps no records
    QVERIFY2(refused.exitCode != 0 && refused.err.contains("records officers"), refused.err.constData());
    const Test::CliRun added = addKeeper(QStringLiteral("records"));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    answer = cli(keeper,
        { QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db), QStringLiteral("--user"),
            keeper.login });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QVERIFY(!cli(keeper, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));

    // The server shows them the closed FB 36 file with all in it, content too; not the open one,
    // not the personnel file.
    const QString countFiles = QStringLiteral("SELECT count(*) FROM aktenwerk.file_record WHERE department_code = $1");
    QCOMPARE(sql(keeper, countFiles, { QStringLiteral("36") }), QStringLiteral("1"));
    QCOMPARE(sql(keeper, countFiles, { QStringLiteral("11") }), QStringLiteral("0"));
    QCOMPARE(
        sql(keeper,
            QStringLiteral("SELECT count(*) FROM aktenwerk.content c JOIN aktenwerk.version v ON v.sha256 = c.sha256 "
                           "WHERE v.department_code = '36'")),
        QStringLiteral("1"));
    QCOMPARE(sql(m_records, countFiles, { QStringLiteral("36") }), QStringLiteral("0")); // keeps FB 63 only
    // Their client has it: its keeping state, and the document in search.
    QJsonObject kept = state(keeper, closed36);
    QCOMPARE(kept.value(QLatin1String("closed")).toBool(), true);
    QCOMPARE(kept.value(QLatin1String("retention")).toString(), QStringLiteral("10"));
    answer = cli(keeper, { QStringLiteral("search"), QStringLiteral("Gartenweg"), QStringLiteral("--json") });
    QVERIFY2(answer.contains(QLatin1String("Brunnen Gartenweg 3")), qPrintable(answer));
    answer = cli(keeper, { QStringLiteral("retention"), open36, QStringLiteral("--json") });
    QVERIFY2(answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(keeper, { QStringLiteral("retention"), closed11, QStringLiteral("--json") });
    QVERIFY2(answer.startsWith(QLatin1String("exit")), qPrintable(answer));

    // They keep its records: a hold, a retention of its own — and nothing on the personnel file,
    // not even with their own login in SQL.
    answer
        = cli(keeper, { QStringLiteral("hold"), closed36, QStringLiteral("--reason"), QStringLiteral("Anfrage LfU") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(keeper,
        { QStringLiteral("retention"), closed36, QStringLiteral("--years"), QStringLiteral("15"),
            QStringLiteral("--reason"), QStringLiteral("Sanierung läuft") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QCOMPARE(state(keeper, closed36).value(QLatin1String("retention_end")).toString(),
        QDate(year + 15, 12, 31).toString(Qt::ISODate));
    auto ownerDb = PgConnection::connect(owner);
    QVERIFY(ownerDb.has_value());
    auto ids = ownerDb->exec(
        QStringLiteral("SELECT id::text FROM aktenwerk.file_record WHERE reference = $1"), { closed11 });
    QVERIFY(ids.has_value() && ids->rows() == 1);
    const QJsonObject hold11 { { QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("cmd"), QStringLiteral("legal_hold.set") },
        { QStringLiteral("type"), QStringLiteral("legal_hold") },
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("args"),
            QJsonObject {
                { QStringLiteral("file_id"), ids->text(0, 0) }, { QStringLiteral("reason"), QStringLiteral("x") } } } };
    const QString submitHold
        = QStringLiteral("SELECT outcome || ' ' || coalesce(code, '') FROM aktenwerk.submit($1::jsonb)");
    const QString hold11Json = QString::fromUtf8(QJsonDocument(QJsonArray { hold11 }).toJson(QJsonDocument::Compact));
    QCOMPARE(sql(keeper, submitHold, { hold11Json }), QStringLiteral("refused not_found"));

    // FB 11 assigned as well: now the personnel file is theirs to keep, after the next sync.
    answer = cli(admin,
        { QStringLiteral("server"), QStringLiteral("set-user"), QStringLiteral("--url"), owner, keeper.login,
            QStringLiteral("--records-for"), QStringLiteral("36,11") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(admin,
        { QStringLiteral("server"), QStringLiteral("set-user"), QStringLiteral("--url"), owner, keeper.login,
            QStringLiteral("--records-for"), QStringLiteral("99") });
    QVERIFY2(answer.contains(QLatin1String("99")), qPrintable(answer)); // no such department
    QCOMPARE(sql(keeper, countFiles, { QStringLiteral("11") }), QStringLiteral("1"));
    QCOMPARE(sql(keeper, submitHold, { hold11Json }), QStringLiteral("applied "));
    QVERIFY(!cli(keeper, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QCOMPARE(state(keeper, closed11).value(QLatin1String("on_hold")).toBool(), true);
    // The file had not changed for the sync to find it: it came with all in it because the access widened.
    answer = cli(keeper, { QStringLiteral("search"), QStringLiteral("Muster"), QStringLiteral("--json") });
    QVERIFY2(answer.contains(QLatin1String("Personalakte Erika Muster")), qPrintable(answer));
    QVERIFY2(!cli(keeper, { QStringLiteral("verify") }).startsWith(QLatin1String("exit")), "verify");
    // The assignment is audited with the owner's login.
    auto audited = ownerDb->exec(QStringLiteral("SELECT details->>'records_for' FROM aktenwerk.audit_event "
                                                "WHERE action = 'user.update' AND entity_id = $1 ORDER BY seq"),
        { keeper.login });
    QVERIFY(audited.has_value());
    QVERIFY(audited->rows() >= 1);
    QCOMPARE(audited->text(0, 0), QStringLiteral("36,11"));
    // No longer a records officer: nothing of FB 36 or 11 on the server for them.
    answer = cli(admin,
        { QStringLiteral("server"), QStringLiteral("set-user"), QStringLiteral("--url"), owner, keeper.login,
            QStringLiteral("--role"), QStringLiteral("clerk") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QCOMPARE(sql(keeper, countFiles, { QStringLiteral("36") }), QStringLiteral("0"));
    QCOMPARE(sql(keeper, countFiles, { QStringLiteral("11") }), QStringLiteral("0"));
    QCOMPARE(ownerDb
                 ->exec(QStringLiteral("SELECT cardinality(records_for) FROM aktenwerk.app_user WHERE login = $1"),
                     { keeper.login })
                 ->text(0, 0),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TstRecordsCli)
#include "tst_recordscli.moc"
