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
 * Routing through aktenwerk-cli (issue 15), each person with their own data folder connected to
 * the real server: a clerk of FB 63, co-signers of FB 63 and FB 36, the team lead of 63.2 and his
 * deputy. A serial route with a parallel Mitzeichnung (FB 63 + FB 36) runs to the Zeichnung,
 * which the deputy signs "i. V." while the lead is away; afterwards every client shows the same
 * route and history. Then a route is sent back and a new version routed again.
 */
class TstRoutingCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aRouteRunsThroughEveryonesClient();
    void sendingBackKeepsEverything();
    void templatesAreKeptByTheTeamLead();

private:
    struct Person
    {
        QString login;
        QString password;
        QString dir;
    };
    /** aktenwerk-cli in @p p's data folder, the password on stdin; stdout, or "exit N: stderr". */
    QString cli(const Person &p, QStringList args, bool password = true);
    QJsonValue json(const Person &p, QStringList args);
    /** The inbox item of @p p for @p object: its step id (empty: none). */
    QString stepFor(const Person &p, const QString &object);

    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    Person m_records, m_clerk, m_co63, m_co36, m_lead, m_deputy;
    QString m_case;
};

QString TstRoutingCli::cli(const Person &p, QStringList args, bool password)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the password comes on stdin
    proc.setProcessEnvironment(env);
    args.prepend(p.dir);
    args.prepend(QStringLiteral("--data-dir"));
    if (password)
        args << QStringLiteral("--password-stdin");
    proc.start(Test::cliPath(), args);
    if (!proc.waitForStarted())
        return QStringLiteral("did not start");
    if (password)
        proc.write(p.password.toUtf8() + '\n');
    proc.closeWriteChannel();
    if (!proc.waitForFinished(120000))
        return QStringLiteral("did not finish");
    if (proc.exitCode() != 0)
        return QStringLiteral("exit %1: %2")
            .arg(proc.exitCode())
            .arg(QString::fromUtf8(proc.readAllStandardError()).trimmed());
    return QString::fromUtf8(proc.readAllStandardOutput());
}

QJsonValue TstRoutingCli::json(const Person &p, QStringList args)
{
    args << QStringLiteral("--json");
    const QString text = cli(p, args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << args.join(QLatin1Char(' ')) << "→" << text;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString TstRoutingCli::stepFor(const Person &p, const QString &object)
{
    const QJsonArray items = json(p, { QStringLiteral("inbox") }).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("step")
            && o.value(QLatin1String("object_id")).toString() == object)
            return o.value(QLatin1String("step_id")).toString();
    }
    return {};
}

void TstRoutingCli::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_db = Test::PgServer::uniqueName(QStringLiteral("routecli"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
                .has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("36"), QStringLiteral("Umwelt"), Confidentiality::Open)
                .has_value());

    // The organisation, as an administrator sets it up with the CLI.
    const Person admin { {}, {}, m_dir.filePath(QStringLiteral("admin")) };
    QCOMPARE(cli(admin,
                 { QStringLiteral("server"), QStringLiteral("add-unit"), QStringLiteral("--url"), url,
                     QStringLiteral("63.2"), QStringLiteral("--name"), QStringLiteral("Bauaufsicht"),
                     QStringLiteral("--parent"), QStringLiteral("63") },
                 false)
                 .trimmed(),
        QStringLiteral("Unit 63.2 saved."));
    struct Who
    {
        Person *person;
        const char *name;
        const char *department;
        const char *unit;
        const char *role;
    };
    for (const Who &w :
        { Who { &m_records, "records", "63", "63", "records,clerk" }, Who { &m_clerk, "clerk", "63", "63.2", "clerk" },
            Who { &m_co63, "cosign", "63", "63.2", "clerk" }, Who { &m_co36, "umwelt", "36", "36", "clerk" },
            Who { &m_lead, "lead", "63", "63.2", "teamlead" }, Who { &m_deputy, "deputy", "63", "63.2", "clerk" } }) {
        *w.person = { Test::PgServer::uniqueName(QString::fromLatin1(w.name)),
            QString::fromLatin1(w.name) + QStringLiteral("-secret-1"), m_dir.filePath(QString::fromLatin1(w.name)) };
        Person asAdmin = admin;
        asAdmin.password = w.person->password;
        QVERIFY(cli(asAdmin,
            { QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--url"), url, w.person->login,
                QStringLiteral("--department"), QString::fromLatin1(w.department), QStringLiteral("--role"),
                QString::fromLatin1(w.role) })
                    .startsWith(QLatin1String("User")));
        QCOMPARE(cli(admin,
                     { QStringLiteral("server"), QStringLiteral("set-user"), QStringLiteral("--url"), url,
                         w.person->login, QStringLiteral("--unit"), QString::fromLatin1(w.unit) },
                     false)
                     .trimmed(),
            QStringLiteral("User %1 changed.").arg(w.person->login));
        const QString connected = cli(*w.person,
            { QStringLiteral("connect"), QStringLiteral("--url"), m_pg.userUrl(m_db), QStringLiteral("--user"),
                w.person->login });
        QVERIFY2(!connected.startsWith(QLatin1String("exit")), qPrintable(connected));
    }

    // A plan for FB 63, a file, a case.
    const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Kennzeichen;Titel;Beschreibung;Aufbewahrung;Aussonderungsart;Stillgelegt;Fachbereich\n"
            "63;Bauordnung;;10;B;0;63\n63.01;Baugenehmigungen;;30;A;0;\n");
    f.close();
    QVERIFY(!cli(m_records, { QStringLiteral("plan"), QStringLiteral("import"), plan }, false)
                 .startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk,
        { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01"),
            QStringLiteral("--title"), QStringLiteral("Lindenstraße 4") },
        false)
                 .startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    const int year = QDate::currentDate().year();
    const QString file = QStringLiteral("63.01-0001/%1").arg(year);
    QVERIFY(!cli(m_clerk,
        { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), file, QStringLiteral("--title"),
            QStringLiteral("Bauantrag") },
        false)
                 .startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    m_case = file + QStringLiteral("-001");
}

void TstRoutingCli::aRouteRunsThroughEveryonesClient()
{
    const QString draft = m_dir.filePath(QStringLiteral("genehmigung.txt"));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Entwurf der Baugenehmigung Lindenstraße 4");
    f.close();
    const QString added = cli(m_clerk, { QStringLiteral("add"), QStringLiteral("--case"), m_case, draft }, false);
    QVERIFY2(added.startsWith(QLatin1String("added")), qPrintable(added));
    const QString document = added.section(QLatin1Char('\t'), 1, 1);
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));

    // Bearbeitung (the clerk) → Mitzeichnung FB 63 + FB 36 in parallel → Zeichnung (the lead of 63.2).
    const QString due = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const QJsonObject route = json(m_clerk,
        { QStringLiteral("route"), QStringLiteral("start"), document, QStringLiteral("--step"),
            QStringLiteral("bearbeitung=") + m_clerk.login, QStringLiteral("--step"),
            QStringLiteral("mitzeichnung=%1,%2@%3").arg(m_co63.login, m_co36.login, due), QStringLiteral("--step"),
            QStringLiteral("zeichnung=lead:63.2") })
                                  .toObject();
    QCOMPARE(route.value(QLatin1String("status")).toString(), QStringLiteral("running"));
    QCOMPARE(route.value(QLatin1String("steps")).toArray().size(), 4);
    const QString routeId = route.value(QLatin1String("route_id")).toString();

    // Each step reaches exactly its addressee's inbox, in turn.
    const QString work = stepFor(m_clerk, document);
    QVERIFY(!work.isEmpty());
    QVERIFY(stepFor(m_co36, document).isEmpty());
    QVERIFY(!cli(m_clerk,
        { QStringLiteral("step"), QStringLiteral("complete"), work, QStringLiteral("--remark"),
            QStringLiteral("Entwurf fertig") })
                 .startsWith(QLatin1String("exit")));
    const QString co63 = stepFor(m_co63, document);
    const QString co36 = stepFor(m_co36, document);
    QVERIFY(!co63.isEmpty() && !co36.isEmpty() && co63 != co36);
    // The FB 36 co-signer sees what she co-signs (title, version) in her inbox.
    const QString listed = cli(m_co36, { QStringLiteral("inbox") });
    QVERIFY2(
        listed.contains(QLatin1String("genehmigung")) && listed.contains(QLatin1String("co-sign")), qPrintable(listed));

    // Under co-signature the document cannot be checked out; another than the addressee cannot sign.
    QVERIFY(cli(m_clerk, { QStringLiteral("checkout"), document }).contains(QLatin1String("co-signature")));
    QVERIFY(cli(m_deputy, { QStringLiteral("step"), QStringLiteral("complete"), co36 })
                .startsWith(QLatin1String("exit 1")));
    QVERIFY(
        !cli(m_co63, { QStringLiteral("step"), QStringLiteral("complete"), co63 }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_co36,
        { QStringLiteral("step"), QStringLiteral("complete"), co36, QStringLiteral("--remark"),
            QStringLiteral("Grundwasser unbedenklich") })
                 .startsWith(QLatin1String("exit")));

    // The lead is away (he says so himself); the deputy signs for him.
    const QString sign = stepFor(m_lead, document);
    QVERIFY(!sign.isEmpty());
    QVERIFY(!cli(m_lead,
        { QStringLiteral("deputy"), QStringLiteral("set"), QStringLiteral("--deputy"), m_deputy.login,
            QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--to"),
            QDate::currentDate().addDays(7).toString(Qt::ISODate) })
                 .startsWith(QLatin1String("exit")));
    QCOMPARE(stepFor(m_deputy, document), sign);
    QVERIFY(!cli(m_deputy,
        { QStringLiteral("step"), QStringLiteral("complete"), sign, QStringLiteral("--remark"),
            QStringLiteral("genehmigt") })
                 .startsWith(QLatin1String("exit")));

    // Every client, after its sync, shows the same route and history.
    QJsonValue first;
    for (const Person *p : { &m_clerk, &m_co63, &m_co36, &m_lead, &m_deputy }) {
        QVERIFY(!cli(*p, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        const QJsonArray routes = json(*p, { QStringLiteral("route"), QStringLiteral("show"), routeId }).toArray();
        QCOMPARE(routes.size(), 1);
        if (first.isNull())
            first = routes.at(0);
        QVERIFY2(routes.at(0) == first,
            qPrintable(p->login + QStringLiteral(": ")
                + QString::fromUtf8(QJsonDocument(routes.at(0).toObject()).toJson(QJsonDocument::Compact))
                + QStringLiteral("\n  first: ")
                + QString::fromUtf8(QJsonDocument(first.toObject()).toJson(QJsonDocument::Compact))));
    }
    const QJsonObject done = first.toObject();
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonArray steps = done.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.at(3).toObject().value(QLatin1String("acted_by")).toString(), m_deputy.login);
    QCOMPARE(steps.at(3).toObject().value(QLatin1String("on_behalf_of")).toString(), m_lead.login);
    // The readable record says "i. V." with both names.
    const QString shown = cli(m_clerk, { QStringLiteral("route"), QStringLiteral("show"), document }, false);
    QVERIFY2(shown.contains(QStringLiteral("%1 i. V. for %2").arg(m_deputy.login, m_lead.login)), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Grundwasser unbedenklich")), qPrintable(shown));
    // The routing slip as a document: every step, who acted (i. V. with both names), when, the
    // remarks and the routed version's hash — as pdftotext reads the PDF.
    const QString slip = m_dir.filePath(QStringLiteral("laufzettel.pdf"));
    QVERIFY2(cli(m_clerk, { QStringLiteral("route"), QStringLiteral("print"), document, QStringLiteral("--out"), slip },
                 false)
                 .contains(QLatin1String("written")),
        "route print");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), slip, QStringLiteral("-") });
    QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) reads the slip");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString &expected : { QStringLiteral("%1 i. V. for %2").arg(m_deputy.login, m_lead.login),
             QStringLiteral("Grundwasser unbedenklich"), QStringLiteral("Entwurf fertig"),
             done.value(QLatin1String("sha256")).toString(), QStringLiteral("for co-signature"),
             QStringLiteral("for signature"), m_co36.login })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));

    // The co-signer of FB 36 keeps the record, not the document.
    QVERIFY(cli(m_co36, { QStringLiteral("show"), document }, false).startsWith(QLatin1String("exit")));
}

void TstRoutingCli::sendingBackKeepsEverything()
{
    const QString draft = m_dir.filePath(QStringLiteral("bescheid.txt"));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Bescheid Fassung 1");
    f.close();
    const QString added = cli(m_clerk, { QStringLiteral("add"), QStringLiteral("--case"), m_case, draft }, false);
    const QString document = added.section(QLatin1Char('\t'), 1, 1);
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk,
        { QStringLiteral("route"), QStringLiteral("start"), document, QStringLiteral("--step"),
            QStringLiteral("mitzeichnung=%1,%2").arg(m_co63.login, m_co36.login), QStringLiteral("--step"),
            QStringLiteral("zeichnung=") + m_lead.login })
                 .startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_co63, { QStringLiteral("step"), QStringLiteral("complete"), stepFor(m_co63, document) })
                 .startsWith(QLatin1String("exit")));
    const QString co36 = stepFor(m_co36, document);
    QVERIFY(
        cli(m_co36, { QStringLiteral("step"), QStringLiteral("return"), co36 }).startsWith(QLatin1String("exit 2")));
    QVERIFY(!cli(m_co36,
        { QStringLiteral("step"), QStringLiteral("return"), co36, QStringLiteral("--remark"),
            QStringLiteral("Auflage fehlt") })
                 .startsWith(QLatin1String("exit")));

    // The clerk's client shows it: the co-signature given stays, the signature is cancelled.
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    const QString shown = cli(m_clerk, { QStringLiteral("route"), QStringLiteral("show"), document }, false);
    QVERIFY2(shown.contains(QLatin1String("(sent back)")) && shown.contains(QLatin1String("cancelled (sent back)"))
            && shown.contains(QLatin1String("Auflage fehlt")),
        qPrintable(shown));
    // A new version now, and a new route for it; both routes are kept.
    QVERIFY(!cli(m_clerk, { QStringLiteral("checkout"), document }).startsWith(QLatin1String("exit")));
    const QString copy = m_dir.filePath(QStringLiteral("bescheid2.txt"));
    QFile g(copy);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Bescheid Fassung 2 mit Auflage");
    g.close();
    QVERIFY(!cli(m_clerk, { QStringLiteral("checkin"), document, copy }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    const QJsonObject again = json(m_clerk,
        { QStringLiteral("route"), QStringLiteral("start"), document, QStringLiteral("--step"),
            QStringLiteral("zeichnung=") + m_lead.login })
                                  .toObject();
    QCOMPARE(again.value(QLatin1String("sha256")).toString(), Test::sha256Hex("Bescheid Fassung 2 mit Auflage"));
    const QJsonArray both = json(m_clerk, { QStringLiteral("route"), QStringLiteral("show"), document }).toArray();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).toObject().value(QLatin1String("sha256")).toString(), Test::sha256Hex("Bescheid Fassung 1"));
    QCOMPARE(both.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("returned"));
}

void TstRoutingCli::templatesAreKeptByTheTeamLead()
{
    const QStringList save { QStringLiteral("route"), QStringLiteral("template"), QStringLiteral("save"),
        QStringLiteral("Baugenehmigung"), QStringLiteral("--step"), QStringLiteral("bearbeitung=unit:63.2@+5"),
        QStringLiteral("--step"), QStringLiteral("mitzeichnung=") + m_co36.login + QStringLiteral("@+10"),
        QStringLiteral("--step"), QStringLiteral("zeichnung=lead:63.2") };
    // A clerk may not keep templates; the team lead may.
    QVERIFY(cli(m_clerk, save).startsWith(QLatin1String("exit 1")));
    QVERIFY2(cli(m_lead, save).contains(QLatin1String("saved")), "template save");
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    const QString listed
        = cli(m_clerk, { QStringLiteral("route"), QStringLiteral("template"), QStringLiteral("list") }, false);
    QVERIFY2(listed.contains(QStringLiteral("Baugenehmigung:  1. bearbeitung=unit:63.2@+5  2. mitzeichnung=%1@+10  "
                                            "3. zeichnung=lead:63.2")
                                 .arg(m_co36.login)),
        qPrintable(listed));

    const QString draft = m_dir.filePath(QStringLiteral("birkenweg.txt"));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Genehmigung Birkenweg 7");
    f.close();
    const QString document = cli(m_clerk, { QStringLiteral("add"), QStringLiteral("--case"), m_case, draft }, false)
                                 .section(QLatin1Char('\t'), 1, 1);
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    const QJsonObject route = json(m_clerk,
        { QStringLiteral("route"), QStringLiteral("start"), document, QStringLiteral("--template"),
            QStringLiteral("baugenehmigung") })
                                  .toObject();
    QCOMPARE(route.value(QLatin1String("template")).toString(), QStringLiteral("Baugenehmigung"));
    const QJsonArray steps = route.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("deadline")).toString(),
        QDate::currentDate().addDays(5).toString(Qt::ISODate));
    QCOMPARE(steps.at(1).toObject().value(QLatin1String("addressee")).toString(), m_co36.login);
    QVERIFY(!steps.at(2).toObject().contains(QLatin1String("deadline")));
}

QTEST_GUILESS_MAIN(TstRoutingCli)
#include "tst_routingcli.moc"
