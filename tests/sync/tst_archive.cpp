#include "../testsupport.h"
#include "dms/demo/simplepdf.h"
#include "dms/records/pdfa.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/records/xdomeaschema.h"
#include "dms/store/sha256.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * The hand-over to the archive through aktenwerk-cli (issue 16), against the real server: the
 * server decides what may be offered (closed, due, no hold, not in another process, a records
 * officer who keeps it); the offer list (0501) is written from the local index, validates
 * against the official schema (at run time and with xmllint through the shipped catalog), has
 * the structure of the reference message, and arrives as a flat <ProzessID>_<Name>.zip.
 */
class TstArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyDueFilesWithoutHoldAreOffered();
    void theOfferListIsXdomea();
    void theArchiveAnswers();
    void theTransferHoldsWhatTheArchiveWants();
    void theArchiveConfirmsTheImport();
    void filesClassedAGoDirectly();
    void containersAreReadInAWorker();

private:
    using Person = Test::CliPerson;
    QString cli(const Person &p, QStringList args);
    QStringList elementPaths(const QString &xmlPath);
    /** A message as the archive would send it: a skeleton with @p replace applied, in its container. */
    QString fromArchive(
        const QString &code, const QString &process, const QList<QPair<QByteArray, QByteArray>> &replace);
    QString fileId(const QString &reference);

    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    Person m_records, m_clerk;
    QStringList m_files; // due, due but held, closed this year
    QString m_out;
    QString m_container;
    QString m_process;
};

QString TstArchive::cli(const Person &p, QStringList args)
{
    return Test::cliAs(p, std::move(args));
}

void TstArchive::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_db = Test::PgServer::uniqueName(QStringLiteral("archive"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString owner = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(owner).has_value());
    QVERIFY(ServerAdmin::addDepartment(owner, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
                .has_value());
    for (auto [person, name, role] :
        { std::tuple { &m_records, "records", Role::RecordsOfficer }, std::tuple { &m_clerk, "clerk", Role::Clerk } }) {
        *person = Test::addCliPerson(
            owner, m_pg.userUrl(m_db), QString::fromLatin1(name), role, QStringLiteral("63"), m_dir.path());
        QVERIFY(!person->login.isEmpty());
    }
    const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
    QVERIFY(Test::writeFile(plan,
        "Kennzeichen;Titel;Beschreibung;Aufbewahrung;Aussonderungsart;Stillgelegt;Fachbereich\n"
        "63;Bauordnung;;10;B;0;63\n63.01;Baugenehmigungen;;10;A;0;\n"));
    QVERIFY(
        !cli(m_records, { QStringLiteral("plan"), QStringLiteral("import"), plan }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));

    // Three files, each with a case and a letter in it.
    const QStringList titles { QStringLiteral("Neubau Lindenstraße 4"), QStringLiteral("Umbau Gartenweg 3"),
        QStringLiteral("Abriss Mühlenweg 1") };
    for (const QString &title : titles) {
        QString answer = cli(m_clerk,
            { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01"),
                QStringLiteral("--title"), title });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        auto db = PgConnection::connect(owner);
        QVERIFY(db.has_value());
        auto ref = db->exec(QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE title = $1"), { title });
        QVERIFY(ref.has_value() && ref->rows() == 1);
        m_files << ref->text(0, 0);
        answer = cli(m_clerk,
            { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), m_files.last(),
                QStringLiteral("--title"), QStringLiteral("Bauantrag") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        const QString letter = m_dir.filePath(title + QStringLiteral(".txt"));
        QVERIFY(Test::writeFile(letter, QStringLiteral("Antrag auf Baugenehmigung: %1\n").arg(title).toUtf8()));
        // The decision as a PDF (Helvetica, not embedded: its PDF/A rendition must embed it).
        SimplePdf decision;
        decision.addHeading(QStringLiteral("Baugenehmigung"));
        decision.addParagraph(QStringLiteral("Die Baugenehmigung für %1 wird erteilt.").arg(title));
        const QString pdf = m_dir.filePath(title + QStringLiteral(" Bescheid.pdf"));
        QVERIFY(Test::writeFile(pdf, decision.toPdf()));
        answer = cli(m_clerk,
            { QStringLiteral("add"), QStringLiteral("--case"), m_files.last() + QStringLiteral("-001"), letter, pdf });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    }
    // The first file's case went through a route: read by the clerk, with a remark.
    {
        const QString routedCase = m_files.at(0) + QStringLiteral("-001");
        QString answer = cli(m_clerk,
            { QStringLiteral("route"), QStringLiteral("start"), routedCase, QStringLiteral("--step"),
                QStringLiteral("kenntnisnahme=") + m_clerk.login });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        const QJsonArray inbox
            = QJsonDocument::fromJson(cli(m_clerk, { QStringLiteral("inbox"), QStringLiteral("--json") }).toUtf8())
                  .array();
        QString step;
        for (const QJsonValue &v : inbox) {
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("step"))
                step = v.toObject().value(QLatin1String("step_id")).toString();
        }
        QVERIFY2(!step.isEmpty(), "the route's step is not in the inbox");
        answer = cli(m_clerk,
            { QStringLiteral("step"), QStringLiteral("complete"), step, QStringLiteral("--remark"),
                QStringLiteral("Zur Kenntnis genommen") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    }
    // Files of long ago: years cannot pass in a test, so the owner dates two of them back (the
    // one change made behind the server's rules, and only to their creation dates).
    auto db = PgConnection::connect(owner);
    QVERIFY(db.has_value());
    for (const char *table : { "file_record", "case_record" }) {
        QVERIFY(db->run(QStringLiteral("UPDATE aktenwerk.%1 SET created_at = '2010-01-05' WHERE %2 = ANY($1::text[])")
                            .arg(QString::fromLatin1(table),
                                QString::fromLatin1(table) == QLatin1String("file_record")
                                    ? QStringLiteral("reference")
                                    : QStringLiteral("left(reference, -4)")),
                      { QStringLiteral("{%1,%2}").arg(m_files.at(0), m_files.at(1)) })
                    .has_value());
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (int i = 0; i < 3; ++i) {
        const QString answer = cli(m_clerk,
            { QStringLiteral("close"), m_files.at(i), QStringLiteral("--with-cases"), QStringLiteral("--date"),
                i < 2 ? QStringLiteral("2012-06-30") : today, QStringLiteral("--reason"), QStringLiteral("erledigt") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    }
    QString answer = cli(m_records, { QStringLiteral("sync") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(m_records,
        { QStringLiteral("hold"), m_files.at(1), QStringLiteral("--reason"), QStringLiteral("Rechtsstreit") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    m_out = m_dir.filePath(QStringLiteral("an-das-archiv"));
}

void TstArchive::onlyDueFilesWithoutHoldAreOffered()
{
    // The disposal list says what is due: the first file (retention ended 2022), not the held one.
    const QJsonArray due = QJsonDocument::fromJson(
        cli(m_records, { QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--json") }).toUtf8())
                               .array();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().toObject().value(QLatin1String("reference")).toString(), m_files.at(0));

    auto offer = [&](const Person &p, const QStringList &refs) {
        return cli(p,
            QStringList { QStringLiteral("archive"), QStringLiteral("offer") } + refs
                + QStringList { QStringLiteral("--out"), m_out, QStringLiteral("--sender"),
                    QStringLiteral("Stadt Musterstadt"), QStringLiteral("--unit"), QStringLiteral("Registratur"),
                    QStringLiteral("--archive"), QStringLiteral("Stadtarchiv Musterstadt"), QStringLiteral("--json") });
    };
    // Refused by the server, whole: a held file, a file not yet due, a clerk. Nothing is left behind.
    QString answer = offer(m_records, { m_files.at(0), m_files.at(1) });
    QVERIFY2(
        answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("legal hold")), qPrintable(answer));
    answer = offer(m_records, { m_files.at(0), m_files.at(2) });
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("retention of file")),
        qPrintable(answer));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    answer = offer(m_clerk, { m_files.at(0) });
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("role")), qPrintable(answer));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList());

    // The due file is offered.
    answer = offer(m_records, { m_files.at(0) });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject written = QJsonDocument::fromJson(answer.toUtf8()).object();
    m_process = written.value(QLatin1String("process")).toString();
    QVERIFY(!QUuid::fromString(m_process).isNull());
    m_container = written.value(QLatin1String("container")).toString();
    QCOMPARE(
        QFileInfo(m_container).fileName(), m_process + QStringLiteral("_Aussonderung.Anbieteverzeichnis.0501.zip"));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList { QFileInfo(m_container).fileName() });

    // The server keeps the process: the file in it, the message sent with the container's hash.
    const QJsonArray status = QJsonDocument::fromJson(
        cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process, QStringLiteral("--json") })
            .toUtf8())
                                  .array();
    QCOMPARE(status.size(), 1);
    const QJsonObject process = status.first().toObject();
    QCOMPARE(process.value(QLatin1String("files")).toInt(), 1);
    QCOMPARE(process.value(QLatin1String("state")).toString(), QStringLiteral("0501"));
    QCOMPARE(process.value(QLatin1String("created_by")).toString(), m_records.login);
    const QJsonObject sent = process.value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(sent.value(QLatin1String("code")).toString(), QStringLiteral("0501"));
    QFile zip(m_container);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(sent.value(QLatin1String("sha256")).toString(), Sha256::hex(zip.readAll()));

    // Once in a process, not again.
    answer = offer(m_records, { m_files.at(0) });
    QVERIFY2(answer.contains(QLatin1String("disposal process already")), qPrintable(answer));
}

QStringList TstArchive::elementPaths(const QString &xmlPath)
{
    QFile f(xmlPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QStringList stack;
    QSet<QString> paths;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            paths.insert(stack.join(QLatin1Char('/')));
        } else if (xml.isEndElement()) {
            stack.removeLast();
        }
    }
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    return sorted;
}

void TstArchive::theOfferListIsXdomea()
{
    QVERIFY2(!m_container.isEmpty(), "the offer is made by the test before");
    const QString unpacked = m_dir.filePath(QStringLiteral("geprueft"));
    QVERIFY(QDir().mkpath(unpacked));
    auto members = XdomeaContainer::unpack(m_container, unpacked);
    QVERIFY2(members.has_value(), qPrintable(members ? QString() : members.error().toString()));
    QCOMPARE(members->members.size(), 1); // an offer list carries metadata only
    QCOMPARE(members->message, m_process + QStringLiteral("_Aussonderung.Anbieteverzeichnis.0501.xml"));
    const QString message = QDir(unpacked).filePath(members->message);

    // The program's own check, and xmllint with the shipped schemas through the catalog.
    auto report = XdomeaSchema::validateFile(message);
    QVERIFY(report.has_value());
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QCOMPARE(report->rootElement, QStringLiteral("Aussonderung.Anbieteverzeichnis.0501"));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QFAIL("xmllint (libxml2-utils) is not installed; .ci/install-deps installs it.");
    const QString xsd = Test::sourceDir() + QStringLiteral("/resources/xdomea/xsd");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), xsd + QStringLiteral("/catalog.xml"));
    p.setProcessEnvironment(env);
    p.start(xmllint,
        { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--catalogs"),
            QStringLiteral("--schema"), xsd + QStringLiteral("/3.1.0/xdomea.xsd"), message });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    // What it says: the file, its case and document; the process id; prefix xdomea, 1/0 booleans.
    QFile f(message);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("<xdomea:ProzessID>%1</xdomea:ProzessID>").arg(m_process)));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Kennzeichen>%1</xdomea:Kennzeichen>").arg(m_files.at(0))));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Betreff>Neubau Lindenstraße 4</xdomea:Betreff>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:ZdA>1</xdomea:ZdA>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:ZdADatum>2012-06-30</xdomea:ZdADatum>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Aufbewahrungsende>2022-12-31</xdomea:Aufbewahrungsende>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Beginn>2010-01-05</xdomea:Beginn>")));
    QVERIFY(!text.contains(QLatin1String("Gartenweg"))); // the held file is not in it
    QVERIFY(!text.contains(QLatin1String("true")) && !text.contains(QLatin1String("false")));

    // The structure of the reference message: every element path of the 0501 skeleton is in
    // ours, but for the authority's key (Behördenkennung, from a code list the city fills in),
    // the institution's short name and a document's type (written where a document has one;
    // the letters filed here have none).
    const QString reference = Test::testDataDir()
        + QStringLiteral("/xdomea/3.1.0/6f1c2a3e-8b7d-4c1e-9f20-3a4b5c6d7e8f_Aussonderung.Anbieteverzeichnis.0501.xml");
    const QStringList theirs = elementPaths(reference);
    QVERIFY(theirs.size() > 40);
    const QStringList ours = elementPaths(message);
    QStringList missing;
    for (const QString &path : theirs) {
        if (!ours.contains(path) && !path.contains(QLatin1String("Behoerdenkennung"))
            && !path.endsWith(QLatin1String("Kurzbezeichnung")) && !path.endsWith(QLatin1String("Dokument/Typ")))
            missing << path;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QString TstArchive::fromArchive(
    const QString &code, const QString &process, const QList<QPair<QByteArray, QByteArray>> &replace)
{
    return Test::archiveMessage(code, m_process, process, replace, m_dir.filePath(QStringLiteral("vom-archiv")));
}

QString TstArchive::fileId(const QString &reference)
{
    return Test::serverFileId(m_pg.adminUrl(m_db), reference);
}

void TstArchive::theArchiveAnswers()
{
    QVERIFY2(!m_process.isEmpty(), "the offer is made by the test before");
    const QString received = m_records.dir + QStringLiteral("/archive/received");
    auto import = [&](const QString &zip) {
        return cli(m_records, { QStringLiteral("archive"), QStringLiteral("import"), zip, QStringLiteral("--json") });
    };
    auto state = [&]() {
        return QJsonDocument::fromJson(
            cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process, QStringLiteral("--json") })
                .toUtf8())
            .array()
            .first()
            .toObject();
    };
    const QByteArray skeletonObject = "0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    const QString offered = fileId(m_files.at(0));
    const QString held = fileId(m_files.at(1));
    QVERIFY(!offered.isEmpty() && !held.isEmpty());

    // An appraisal before the receipt is fine; one that appraises a file never offered is not,
    // nor one whose process differs from its container's name, nor one of our own messages.
    QString zip = fromArchive(QStringLiteral("0502"), m_process, { { skeletonObject, held.toUtf8() } });
    QString answer = import(zip);
    QVERIFY2(
        answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("not offered")), qPrintable(answer));
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    zip = fromArchive(QStringLiteral("0502"), other, { { skeletonObject, offered.toUtf8() } });
    answer = import(zip);
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("container's name")),
        qPrintable(answer));
    zip = fromArchive(QStringLiteral("0501"), m_process, {});
    answer = import(zip);
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("0507 and 0506")),
        qPrintable(answer));
    // A message that breaks the schema says where.
    zip = fromArchive(QStringLiteral("0504"), m_process,
        { { "<xdomea:Absender>", "<xdomea:Absendr>" }, { "</xdomea:Absender>", "</xdomea:Absendr>" } });
    answer = import(zip);
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("Absendr")), qPrintable(answer));
    QCOMPARE(QDir(received).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList()); // nothing kept
    QCOMPARE(state().value(QLatin1String("state")).toString(), QStringLiteral("0501"));

    // The receipt (0504), then the appraisal (0502): the file is to be archived.
    answer = import(fromArchive(QStringLiteral("0504"), m_process, {}));
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    QCOMPARE(state().value(QLatin1String("state")).toString(), QStringLiteral("0504"));
    zip = fromArchive(QStringLiteral("0502"), m_process, { { skeletonObject, offered.toUtf8() } });
    answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("import"), zip, QStringLiteral("--out"), m_out,
            QStringLiteral("--json") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject appraisal = QJsonDocument::fromJson(answer.toUtf8()).object();
    QCOMPARE(appraisal.value(QLatin1String("message")).toString(), QStringLiteral("0502"));
    QCOMPARE(appraisal.value(QLatin1String("appraisals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("decision"))
                 .toString(),
        QStringLiteral("A"));
    const QJsonObject process = state();
    // Confirmed at once (0505): a receipt of the header only, valid, in --out.
    const QString confirmation = appraisal.value(QLatin1String("confirmation")).toString();
    QCOMPARE(QFileInfo(confirmation).fileName(),
        m_process + QStringLiteral("_Aussonderung.BewertungEmpfangBestaetigen.0505.zip"));
    const QString confirmed = m_dir.filePath(QStringLiteral("0505"));
    QVERIFY(QDir().mkpath(confirmed));
    auto members = XdomeaContainer::unpack(confirmation, confirmed);
    QVERIFY2(members.has_value(), qPrintable(members ? QString() : members.error().toString()));
    auto report = XdomeaSchema::validateFile(QDir(confirmed).filePath(members->message));
    QVERIFY(report.has_value());
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QCOMPARE(report->rootElement, QStringLiteral("Aussonderung.BewertungEmpfangBestaetigen.0505"));
    QCOMPARE(process.value(QLatin1String("state")).toString(), QStringLiteral("0505"));
    const QJsonObject object = process.value(QLatin1String("objects")).toArray().first().toObject();
    QCOMPARE(object.value(QLatin1String("file_id")).toString(), offered);
    QCOMPARE(object.value(QLatin1String("appraisal")).toString(), QStringLiteral("A"));
    QCOMPARE(process.value(QLatin1String("messages")).toArray().size(), 4); // 0501 sent, 0504 and 0502 in, 0505 out
    // The same container twice: read in already.
    answer = import(zip);
    QVERIFY2(answer.contains(QLatin1String("read in already")), qPrintable(answer));
}

void TstArchive::theTransferHoldsWhatTheArchiveWants()
{
    QVERIFY2(!m_process.isEmpty(), "the offer is made by the test before");
    // A clerk transfers nothing; a records officer transfers what was appraised A.
    QString answer = cli(
        m_clerk, { QStringLiteral("archive"), QStringLiteral("transfer"), m_process, QStringLiteral("--out"), m_out });
    QVERIFY2(answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("transfer"), m_process, QStringLiteral("--out"), m_out,
            QStringLiteral("--sender"), QStringLiteral("Stadt Musterstadt"), QStringLiteral("--archive"),
            QStringLiteral("Stadtarchiv Musterstadt"), QStringLiteral("--json") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject written = QJsonDocument::fromJson(answer.toUtf8()).object();
    const QString container = written.value(QLatin1String("container")).toString();
    QCOMPARE(QFileInfo(container).fileName(), m_process + QStringLiteral("_Aussonderung.Aussonderung.0503.zip"));
    QCOMPARE(written.value(QLatin1String("files")).toInt(), 1);

    // The archive's side: unpack as hostile, validate, every named file there with its hash.
    const QString in = m_dir.filePath(QStringLiteral("archiv-eingang"));
    QVERIFY(QDir().mkpath(in));
    auto unpacked = XdomeaContainer::unpack(container, in);
    QVERIFY2(unpacked.has_value(), qPrintable(unpacked ? QString() : unpacked.error().toString()));
    const QString message = QDir(in).filePath(unpacked->message);
    auto report = XdomeaSchema::validateFile(message);
    QVERIFY(report.has_value());
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QCOMPARE(report->rootElement, QStringLiteral("Aussonderung.Aussonderung.0503"));
    QHash<QString, QString> hashes;
    for (const XdomeaContainer::Member &m : std::as_const(unpacked->members))
        hashes.insert(m.name, m.sha256);
    QFile f(message);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList named;
    QStringList formats;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Dateiname"))
            named << xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("code"))
            formats << xml.readElementText();
    }
    QCOMPARE(named.size(), 3); // the letter, the decision and its PDF/A rendition
    QCOMPARE(hashes.size(), 4); // and the message
    QString rendition;
    for (const QString &n : std::as_const(named)) {
        QVERIFY2(hashes.contains(n), qPrintable(n));
        QVERIFY2(XdomeaContainer::isPlainName(n) && !QUuid::fromString(n.left(36)).isNull(), qPrintable(n));
        if (n.endsWith(QLatin1String(".pdf")))
            rendition = PdfA::check(QDir(in).filePath(n)).value_or(PdfA::Check {}).ok() ? n : rendition;
    }
    QVERIFY2(!rendition.isEmpty(), "no PDF/A-2b rendition that passes its checks");
    QVERIFY(formats.contains(QStringLiteral("044"))); // PDF/A
    QVERIFY(formats.contains(QStringLiteral("018"))); // PDF
    QVERIFY(formats.contains(QStringLiteral("045"))); // text
    // The originals are the stored versions, byte for byte.
    auto owner = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(owner.has_value());
    auto versions = owner->exec(QStringLiteral("SELECT v.sha256 FROM aktenwerk.version v JOIN aktenwerk.file_record f "
                                               "ON f.id = v.file_id WHERE f.reference = $1"),
        { m_files.at(0) });
    QVERIFY(versions.has_value());
    QCOMPARE(versions->rows(), 2);
    const QList<QString> packedHashes = hashes.values();
    for (int i = 0; i < versions->rows(); ++i)
        QVERIFY(packedHashes.contains(versions->text(i, 0)));
    f.seek(0);
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("<xdomea:Kennzeichen>%1</xdomea:Kennzeichen>").arg(m_files.at(0))));
    QVERIFY(!text.contains(m_files.at(1)) && !text.contains(m_files.at(2))); // only what was appraised A
    QVERIFY(text.contains(QStringLiteral("<xdomea:Importbestaetigung>1</xdomea:Importbestaetigung>")));
    // The history from the server's audit trail: who created and closed the file, who filed the letters.
    QVERIFY(text.contains(QStringLiteral("<xdomea:HistorienProtokollInformation>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Aktion>record.close</xdomea:Aktion>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Aktion>document.create</xdomea:Aktion>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Akteur>%1</xdomea:Akteur>").arg(m_clerk.login)));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Bemerkung>erledigt</xdomea:Bemerkung>")));
    // The route of the case as its InternerGeschaeftsgang: the step, done, with its remark.
    QVERIFY(text.contains(QStringLiteral("<xdomea:InternerGeschaeftsgang>")));
    QVERIFY(text.contains(QStringLiteral("<xdomea:Vermerk>Zur Kenntnis genommen</xdomea:Vermerk>")));
    QVERIFY(text.contains(QStringLiteral("<code>003</code>"))); // Beteiligungsstatus: abgeschlossen

    // The server recorded it; a second transfer does not fit the process any more.
    const QJsonObject process = QJsonDocument::fromJson(
        cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process, QStringLiteral("--json") })
            .toUtf8())
                                    .array()
                                    .first()
                                    .toObject();
    QCOMPARE(process.value(QLatin1String("state")).toString(), QStringLiteral("0503"));
    answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("transfer"), m_process, QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("nochmal")) });
    QVERIFY2(answer.contains(QLatin1String("confirmed appraisal")), qPrintable(answer));
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("nochmal"))).entryList(QDir::Files), QStringList());
}

void TstArchive::theArchiveConfirmsTheImport()
{
    QVERIFY2(!m_process.isEmpty(), "the offer is made by the test before");
    const QByteArray skeletonObject = "0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    auto import = [&](const QString &zip) {
        return cli(m_records, { QStringLiteral("archive"), QStringLiteral("import"), zip, QStringLiteral("--json") });
    };
    QString answer = import(fromArchive(QStringLiteral("0507"), m_process, {}));
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    // Confirming a file that was never transferred (the held one) does not fit the process.
    answer = import(
        fromArchive(QStringLiteral("0506"), m_process, { { skeletonObject, fileId(m_files.at(1)).toUtf8() } }));
    QVERIFY2(answer.contains(QLatin1String("not transferred")), qPrintable(answer));
    answer = import(
        fromArchive(QStringLiteral("0506"), m_process, { { skeletonObject, fileId(m_files.at(0)).toUtf8() } }));
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject confirmed = QJsonDocument::fromJson(answer.toUtf8()).object();
    QCOMPARE(confirmed.value(QLatin1String("imports")).toArray().first().toObject().value(QLatin1String("ok")).toBool(),
        true);
    const QJsonObject process = QJsonDocument::fromJson(
        cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process, QStringLiteral("--json") })
            .toUtf8())
                                    .array()
                                    .first()
                                    .toObject();
    QCOMPARE(process.value(QLatin1String("state")).toString(), QStringLiteral("0506"));
    const QJsonObject object = process.value(QLatin1String("objects")).toArray().first().toObject();
    QCOMPARE(object.value(QLatin1String("imported")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("archive_reference")).toString(), QStringLiteral("StAM Best. 63 Nr. 4711"));
    // 0501 0504 0502 0505 0503 0507 0506: the whole four-stage exchange, in order.
    QStringList codes;
    for (const QJsonValue &m : process.value(QLatin1String("messages")).toArray())
        codes << m.toObject().value(QLatin1String("code")).toString();
    QCOMPARE(codes.join(QLatin1Char(' ')), QStringLiteral("0501 0504 0502 0505 0503 0507 0506"));
    // And for people: the file by its reference, taken over under the archive's reference.
    const QString listed = cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process });
    QVERIFY2(
        listed.contains(m_files.at(0)) && listed.contains(QLatin1String("StAM Best. 63 Nr. 4711")), qPrintable(listed));
}

void TstArchive::filesClassedAGoDirectly()
{
    // The held file, due and classed A (the plan's 63.01): not while the hold stands, then at once
    // with a transfer (0503) in a process of its own — no offer, no appraisal.
    const QStringList direct { QStringLiteral("archive"), QStringLiteral("transfer"), m_files.at(1),
        QStringLiteral("--direct"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("zweistufig")),
        QStringLiteral("--json") };
    QString answer = cli(m_records, direct);
    QVERIFY2(answer.contains(QLatin1String("legal hold")), qPrintable(answer));
    answer = cli(m_records,
        { QStringLiteral("release-hold"), m_files.at(1), QStringLiteral("--reason"),
            QStringLiteral("Verfahren erledigt") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    // Not yet due: refused as an offer would be.
    answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("transfer"), m_files.at(2), QStringLiteral("--direct"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("zweistufig")) });
    QVERIFY2(answer.contains(QLatin1String("retention of file")), qPrintable(answer));
    answer = cli(m_records, direct);
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    const QJsonObject written = QJsonDocument::fromJson(answer.toUtf8()).object();
    const QString container = written.value(QLatin1String("container")).toString();
    const QString process = written.value(QLatin1String("process")).toString();
    QVERIFY(QFileInfo(container).fileName().endsWith(QLatin1String("_Aussonderung.Aussonderung.0503.zip")));
    const QString in = m_dir.filePath(QStringLiteral("zweistufig-eingang"));
    QVERIFY(QDir().mkpath(in));
    auto unpacked = XdomeaContainer::unpack(container, in);
    QVERIFY2(unpacked.has_value(), qPrintable(unpacked ? QString() : unpacked.error().toString()));
    auto report = XdomeaSchema::validateFile(QDir(in).filePath(unpacked->message));
    QVERIFY(report.has_value());
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QFile f(QDir(in).filePath(unpacked->message));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(m_files.at(1)));
    const QJsonObject status = QJsonDocument::fromJson(
        cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), process, QStringLiteral("--json") })
            .toUtf8())
                                   .array()
                                   .first()
                                   .toObject();
    QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("two_stage"));
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("0503"));
    QCOMPARE(status.value(QLatin1String("objects"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("appraisal"))
                 .toString(),
        QStringLiteral("A"));
    // Once handed over, not again.
    answer = cli(m_records, direct);
    QVERIFY2(answer.contains(QLatin1String("disposal process already")), qPrintable(answer));
}

void TstArchive::containersAreReadInAWorker()
{
    // The worker itself: a container whose member climbs out of the folder is refused, nothing
    // is written outside, and the answer is one line of JSON.
    const QString zip = m_dir.filePath(
        QStringLiteral("boese/") + m_process + QStringLiteral("_Aussonderung.AussonderungImportBestaetigen.0506.zip"));
    QVERIFY(QDir().mkpath(QFileInfo(zip).path()));
    QProcess zipper;
    zipper.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w'); "
                           "z.writestr('../../ausgebrochen.txt','ausgebrochen'); z.close()"),
            zip });
    QVERIFY(zipper.waitForFinished(30000) && zipper.exitCode() == 0);
    const QString into = m_dir.filePath(QStringLiteral("boese/ziel"));
    QVERIFY(QDir().mkpath(into));
    QProcess worker;
    worker.start(qEnvironmentVariable("AKTENWERK_XDOMEA"), { QStringLiteral("read"), zip, into });
    QVERIFY2(worker.waitForFinished(60000), "the worker did not end");
    QCOMPARE(worker.exitCode(), 1);
    const QJsonObject answer = QJsonDocument::fromJson(worker.readAllStandardOutput()).object();
    QVERIFY2(!answer.value(QLatin1String("error")).toString().isEmpty(), "no error in the worker's answer");
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("ausgebrochen.txt"))));
    QCOMPARE(QDir(into).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    // A worker that dies (as one killed at its limits does): the container is refused, said so,
    // and nothing of it is kept.
    const QString dying = m_dir.filePath(QStringLiteral("stirbt.sh"));
    QVERIFY(Test::writeFile(dying, "#!/bin/sh\nkill -9 $$\n"));
    QFile::setPermissions(dying, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("AKTENWERK_XDOMEA"), dying);
    const QString good = fromArchive(QStringLiteral("0504"), QUuid::createUuid().toString(QUuid::WithoutBraces), {});
    const Test::CliRun r = Test::runCli({ QStringLiteral("--data-dir"), m_records.dir, QStringLiteral("archive"),
                                            QStringLiteral("import"), good, QStringLiteral("--password-stdin") },
        env, 120000, m_records.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode != 0 && QString::fromUtf8(r.err).contains(QLatin1String("limits set for untrusted files")),
        r.err.constData());
    QCOMPARE(QDir(m_records.dir + QStringLiteral("/archive/received"))
                 .entryList({ QFileInfo(good).completeBaseName() }, QDir::AllEntries),
        QStringList());
}

QTEST_GUILESS_MAIN(TstArchive)
#include "tst_archive.moc"
