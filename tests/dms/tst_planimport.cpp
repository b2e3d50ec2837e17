#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/plan/planexport.h"
#include "dms/plan/planimport.h"
#include "dms/records/xdomeaschema.h"
#include "dms/store/queries.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

class TstPlanImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void csv();
    void json();
    void reimportUpdatesOnlyWhatChanged();
    void xdomea0301();
    void xdomea0301ValidatesAgainstOfficialSchema();
    void xdomea0301ExportRoundTrips();
    void badInput_data();
    void badInput();
    void externalEntitiesAreNotResolved();

private:
    Result<PlanImportReport> importBytes(const QByteArray &data, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
};

void TstPlanImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto e = Test::openEngine(m_dir->path());
    QVERIFY(e.has_value());
    m_engine = std::move(*e);
}

void TstPlanImport::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

Result<PlanImportReport> TstPlanImport::importBytes(const QByteArray &data, const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!Test::writeFile(path, data))
        return fail(ErrorCode::Io, QStringLiteral("cannot write test file"));
    return PlanImporter::importFile(*m_engine, path);
}

void TstPlanImport::csv()
{
    auto r = PlanImporter::importFile(*m_engine, Test::testDataDir() + QStringLiteral("/plans/aktenplan-beispiel.csv"));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->format, QStringLiteral("csv"));
    QCOMPARE(r->created, 7);
    QCOMPARE(r->departmentsCreated, 1);
    auto db = m_engine->openReader();
    auto anlagen = Queries::planUnitByCode(*db, QStringLiteral("36.01.01"));
    QVERIFY(anlagen && *anlagen);
    QCOMPARE((*anlagen)->description, QStringLiteral("Anlagenakten; eine Akte je Anlage"));
    QCOMPARE((*anlagen)->disposal, DisposalType::Archive);
    QCOMPARE((*anlagen)->retention.years(), 30);
    auto parent = Queries::planUnitByCode(*db, QStringLiteral("36.01"));
    QCOMPARE((*anlagen)->parentId, (*parent)->id); // derived from the code
    auto kataster = Queries::planUnitByCode(*db, QStringLiteral("36.02.01"));
    QVERIFY((*kataster)->retention.isUnlimited());
    auto alt = Queries::planUnitByCode(*db, QStringLiteral("36.09"));
    QVERIFY((*alt)->retired);
    QCOMPARE((*alt)->title, QStringLiteral("Altbestand \"Umweltamt\" bis 2010"));
    QCOMPARE(*Queries::planUnitDepartment(*db, (*anlagen)->id), QStringLiteral("36"));
    // Comma-separated with English headers works too.
    auto comma = importBytes("code,parent,title,retention,disposal\n63,,Bauordnung,30,B\n63.01.02,63,"
                             "\"Baugenehmigungsverfahren, Einzelfälle\",30,A\n",
                             QStringLiteral("comma.csv"));
    QVERIFY2(comma.has_value(), qPrintable(comma ? QString() : comma.error().toString()));
    QCOMPARE(comma->created, 2);
}

void TstPlanImport::json()
{
    auto r = PlanImporter::importFile(*m_engine, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->format, QStringLiteral("json"));
    QCOMPARE(r->created, 45);
    QCOMPARE(r->departmentsCreated, 3);
    auto db = m_engine->openReader();
    auto units = Queries::planUnits(*db);
    QCOMPARE(units->size(), 45);
    for (const PlanUnit &u : *units) {
        // Every unit of the demo plan carries retention and disposal type, and extends its parent.
        if (!u.parentId.isNull()) {
            auto p = Queries::planUnit(*db, u.parentId);
            QVERIFY2(FilePlan::extendsCode((*p)->code, u.code), qPrintable(u.code));
        }
    }
    auto depts = Queries::departments(*db);
    QCOMPARE(depts->size(), 3);
    QCOMPARE(depts->at(0).defaultConfidentiality, Confidentiality::Confidential); // FB 11, personnel
}

void TstPlanImport::reimportUpdatesOnlyWhatChanged()
{
    const QString path = Test::testDataDir() + QStringLiteral("/plans/aktenplan-beispiel.csv");
    QVERIFY(PlanImporter::importFile(*m_engine, path).has_value());
    const qint64 audit = Test::countRows(*m_engine, QStringLiteral("audit_event"));
    auto again = PlanImporter::importFile(*m_engine, path);
    QVERIFY(again.has_value());
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 7);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event")), audit);

    QByteArray changed = Test::readFile(path);
    changed.replace("Lärm- und Geruchsbeschwerden;;5;V", "Lärmbeschwerden;;6;V");
    auto r = importBytes(changed, QStringLiteral("changed.csv"));
    QVERIFY(r.has_value());
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->unchanged, 6);
    auto db = m_engine->openReader();
    auto u = Queries::planUnitByCode(*db, QStringLiteral("36.01.03"));
    QCOMPARE((*u)->title, QStringLiteral("Lärmbeschwerden"));
    QCOMPARE((*u)->retention.years(), 6);
    auto history = Queries::fieldHistory(*db, (*u)->id.toString(QUuid::WithoutBraces));
    QCOMPARE(history->size(), 2);
}

void TstPlanImport::xdomea0301()
{
    auto r = PlanImporter::importFile(*m_engine,
                                      Test::testDataDir() + QStringLiteral("/xdomea/aktenplan-0301-synthetisch.xml"));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->format, QStringLiteral("xdomea-0301"));
    QCOMPARE(r->created, 4);
    auto db = m_engine->openReader();
    auto bgv = Queries::planUnitByCode(*db, QStringLiteral("63.01.02"));
    QVERIFY(bgv && *bgv);
    QCOMPARE((*bgv)->title, QStringLiteral("Baugenehmigungsverfahren"));
    QCOMPARE((*bgv)->description, QStringLiteral("Baugenehmigungsverfahren (Einzelfallakten)"));
    QCOMPARE((*bgv)->disposal, DisposalType::Archive);
    QCOMPARE((*bgv)->retention.years(), 30);
    auto parent = Queries::planUnit(*db, (*bgv)->parentId);
    QCOMPARE((*parent)->code, QStringLiteral("63"));
    auto grandParent = Queries::planUnit(*db, (*parent)->parentId);
    QCOMPARE((*grandParent)->code, QStringLiteral("6"));
    auto fees = Queries::planUnitByCode(*db, QStringLiteral("63.09"));
    QCOMPARE((*fees)->disposal, DisposalType::Destroy);
    QCOMPARE((*fees)->retention.years(), 6);

    // Unbefristet and Stillgelegt, in xdomea 3.0.0 as well.
    const QByteArray v300 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea="urn:xoev-de:xdomea:schema:3.0.0">
  <xdomea:Kopf><xdomea:Nachrichtentyp><code>0301</code></xdomea:Nachrichtentyp></xdomea:Kopf>
  <xdomea:Aktenplan><xdomea:Einheit>
    <xdomea:Kennzeichen>11</xdomea:Kennzeichen><xdomea:BetreffKurz>Personal</xdomea:BetreffKurz>
    <xdomea:Aussonderungsart><xdomea:Aussonderungsart><code>A</code></xdomea:Aussonderungsart></xdomea:Aussonderungsart>
    <xdomea:Stillgelegt>1</xdomea:Stillgelegt>
    <xdomea:Aufbewahrungsdauer><xdomea:Unbefristet>1</xdomea:Unbefristet></xdomea:Aufbewahrungsdauer>
  </xdomea:Einheit></xdomea:Aktenplan>
</xdomea:Aktenplan.Aktenplan.0301>)";
    auto r300 = importBytes(v300, QStringLiteral("v300.xml"));
    QVERIFY2(r300.has_value(), qPrintable(r300 ? QString() : r300.error().toString()));
    auto personal = Queries::planUnitByCode(*db, QStringLiteral("11"));
    QVERIFY((*personal)->retention.isUnlimited());
    QVERIFY((*personal)->retired);
}

void TstPlanImport::xdomea0301ValidatesAgainstOfficialSchema()
{
    // The test message must stay valid xdomea: checked against the official schemas shipped in
    // resources/xdomea (or another copy named by AKTENWERK_XDOMEA_DIR).
    QStringList candidates{qEnvironmentVariable("AKTENWERK_XDOMEA_DIR"),
                           Test::sourceDir() + QStringLiteral("/resources/xdomea")};
    QString xsd;
    for (const QString &dir : candidates) {
        const QString p = dir + QStringLiteral("/xsd/3.1.0/xdomea-Nachrichten-AktenplanAustauschen.xsd");
        if (!dir.isEmpty() && QFileInfo::exists(p)) {
            xsd = p;
            break;
        }
    }
    if (xsd.isEmpty())
        QFAIL("The official xdomea 3.1.0 schemas are missing from resources/xdomea/xsd.");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QFAIL("xmllint (libxml2-utils) is not installed; .ci/install-deps installs it.");
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), xsd,
                      Test::testDataDir() + QStringLiteral("/xdomea/aktenplan-0301-synthetisch.xml")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TstPlanImport::xdomea0301ExportRoundTrips()
{
    // A plan with every kind of unit: nested, unlimited, retired, with a description.
    auto r = PlanImporter::importFile(*m_engine, Test::testDataDir() + QStringLiteral("/plans/aktenplan-beispiel.csv"));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    auto db = m_engine->openReader();
    QVERIFY(db.has_value());
    const QString out = m_dir->filePath(QStringLiteral("aktenplan-0301.xml"));
    auto n = PlanExport::exportFile(*db, QStringLiteral("Aktenplan Umweltamt"), XdomeaParties {}, out);
    QVERIFY2(n.has_value(), qPrintable(n ? QString() : n.error().toString()));
    auto units = Queries::planUnits(*db);
    QVERIFY(units.has_value());
    QCOMPARE(*n, int(units->size()));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    // Valid for the program's check and for xmllint with the shipped schemas.
    auto report = XdomeaSchema::validateFile(out);
    QVERIFY(report.has_value());
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QCOMPARE(report->rootElement, QStringLiteral("Aktenplan.Aktenplan.0301"));
    const QString xsd = Test::sourceDir() + QStringLiteral("/resources/xdomea/xsd");
    QProcess p;
    p.start(QStringLiteral("xmllint"),
        { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
            xsd + QStringLiteral("/3.1.0/xdomea.xsd"), out });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    // Read back by our import: the same units, unit for unit.
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto back = PlanReader::parseXdomea(f.readAll());
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->units.size(), units->size());
    QHash<QUuid, QString> codeOf;
    for (const PlanUnit &u : std::as_const(*units))
        codeOf.insert(u.id, u.code);
    for (const PlanUnit &u : std::as_const(*units)) {
        auto it = std::find_if(
            back->units.cbegin(), back->units.cend(), [&](const PlanImportUnit &b) { return b.unit.code == u.code; });
        QVERIFY2(it != back->units.cend(), qPrintable(u.code));
        QCOMPARE(it->unit.title, u.title);
        QCOMPARE(it->unit.description, u.description);
        QCOMPARE(it->unit.retention, u.retention);
        QCOMPARE(it->unit.disposal, u.disposal);
        QCOMPARE(it->unit.retired, u.retired);
        QCOMPARE(it->parentCode, codeOf.value(u.parentId));
    }
}

void TstPlanImport::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QByteArray header = "code;title;retention;disposal\n";
    QTest::newRow("duplicate code") << header + "63;A;10;B\n63.01;B;10;B\n63;C;10;B\n" << "dup.csv"
                                    << "appears twice";
    QTest::newRow("invalid code") << header + "63;A;10;B\n63.x;B;10;B\n" << "code.csv" << "is not valid";
    QTest::newRow("unknown parent") << QByteArray("code;parent;title;retention;disposal\n63.01;99;A;10;B\n")
                                    << "parent.csv" << "unknown";
    QTest::newRow("child does not extend parent")
        << QByteArray("code;parent;title;retention;disposal\n63;;A;10;B\n36.01;63;B;10;B\n") << "extend.csv"
        << "does not extend";
    QTest::newRow("child before parent") << header + "77.01;B;10;B\n77;A;10;B\n" << "order.csv" << "must come before";
    QTest::newRow("missing column") << QByteArray("code;title;disposal\n63;A;B\n") << "column.csv"
                                    << "lacks the column";
    QTest::newRow("unknown column") << QByteArray("code;title;retention;disposal;colour\n63;A;10;B;rot\n")
                                    << "unknown.csv" << "unknown column";
    QTest::newRow("bad disposal") << header + "63;A;10;X\n" << "disposal.csv" << "A, B or V";
    QTest::newRow("bad retention") << header + "63;A;zehn;B\n" << "retention.csv" << "unbefristet";
    QTest::newRow("no title") << header + "63;;10;B\n" << "title.csv" << "no title";
    QTest::newRow("unclosed quote") << header + "63;\"Bauordnung;10;B\n" << "quote.csv" << "not closed";
    QTest::newRow("not UTF-8") << header + "63;Bau\xf6rdnung;10;B\n" << "latin1.csv" << "UTF-8";
    QTest::newRow("empty") << QByteArray("\n\n") << "empty.csv" << "empty";
    QTest::newRow("json not a plan") << QByteArray(R"({"units":[]})") << "x.json" << "not an Aktenwerk file plan";
    QTest::newRow("json broken") << QByteArray(R"({"format":"aktenwerk-plan", "units": [)") << "b.json"
                                 << "not valid JSON";
    QTest::newRow("xml other root") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << "r.xml"
                                    << "not an xdomea file plan";
    QTest::newRow("xml not well-formed")
        << QByteArray("<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\">"
                      "<xdomea:Aktenplan><xdomea:Einheit></xdomea:Aktenplan>")
        << "w.xml" << "well-formed";
    QTest::newRow("xml wrong message type")
        << QByteArray("<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\">"
                      "<xdomea:Kopf><xdomea:Nachrichtentyp><code>0501</code></xdomea:Nachrichtentyp></xdomea:Kopf>"
                      "</xdomea:Aktenplan.Aktenplan.0301>")
        << "t.xml" << "0301";
    QTest::newRow("xml unit without code")
        << QByteArray("<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\">"
                      "<xdomea:Aktenplan><xdomea:Einheit><xdomea:BetreffKurz>X</xdomea:BetreffKurz>"
                      "<xdomea:Aussonderungsart><xdomea:Aussonderungsart><code>A</code></xdomea:Aussonderungsart>"
                      "</xdomea:Aussonderungsart><xdomea:Stillgelegt>0</xdomea:Stillgelegt><xdomea:Aufbewahrungsdauer>"
                      "<xdomea:AnzahlJahre>5</xdomea:AnzahlJahre></xdomea:Aufbewahrungsdauer></xdomea:Einheit>"
                      "</xdomea:Aktenplan></xdomea:Aktenplan.Aktenplan.0301>")
        << "k.xml" << "Kennzeichen";
    QTest::newRow("xml unit without retention")
        << QByteArray("<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\">"
                      "<xdomea:Aktenplan><xdomea:Einheit><xdomea:Kennzeichen>6</xdomea:Kennzeichen>"
                      "<xdomea:BetreffKurz>X</xdomea:BetreffKurz></xdomea:Einheit>"
                      "</xdomea:Aktenplan></xdomea:Aktenplan.Aktenplan.0301>")
        << "a.xml" << "Aufbewahrungsdauer";
}

void TstPlanImport::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, message);
    // Something is in the index already; a bad import must leave it exactly as it was.
    QVERIFY(Test::importSmallPlan(*m_engine).has_value());
    const qint64 units = Test::countRows(*m_engine, QStringLiteral("plan_unit"));
    const qint64 audit = Test::countRows(*m_engine, QStringLiteral("audit_event"));
    const qint64 depts = Test::countRows(*m_engine, QStringLiteral("department"));
    auto r = importBytes(data, name);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(message, Qt::CaseInsensitive), qPrintable(r.error().toString()));
    QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("plan_unit")), units);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event")), audit);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("department")), depts);
}

void TstPlanImport::externalEntitiesAreNotResolved()
{
    const QString secret = m_dir->filePath(QStringLiteral("secret.txt"));
    QVERIFY(Test::writeFile(secret, "GEHEIM-4711"));
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://" + secret.toUtf8()
        + "\">]>\n<xdomea:Aktenplan.Aktenplan.0301 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\">"
          "<xdomea:Aktenplan><xdomea:Einheit><xdomea:Kennzeichen>6</xdomea:Kennzeichen>"
          "<xdomea:BetreffKurz>&xxe;</xdomea:BetreffKurz>"
          "<xdomea:Aussonderungsart><xdomea:Aussonderungsart><code>A</code></xdomea:Aussonderungsart>"
          "</xdomea:Aussonderungsart><xdomea:Stillgelegt>0</xdomea:Stillgelegt><xdomea:Aufbewahrungsdauer>"
          "<xdomea:AnzahlJahre>5</xdomea:AnzahlJahre></xdomea:Aufbewahrungsdauer></xdomea:Einheit>"
          "</xdomea:Aktenplan></xdomea:Aktenplan.Aktenplan.0301>";
    auto r = importBytes(xml, QStringLiteral("xxe.xml"));
    auto db = m_engine->openReader();
    auto units = Queries::planUnits(*db);
    for (const PlanUnit &u : *units)
        QVERIFY2(!u.title.contains(QLatin1String("GEHEIM")), "an external entity was resolved");
    if (r.has_value())
        QCOMPARE(units->size(), 0); // no title, so nothing imported
}

QTEST_GUILESS_MAIN(TstPlanImport)
#include "tst_planimport.moc"
