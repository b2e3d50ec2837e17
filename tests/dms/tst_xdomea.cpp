#include "../testsupport.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/records/xdomeaschema.h"
#include "dms/store/sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

/**
 * The xdomea foundation of the archive hand-over (issue 16): the official 3.1.0 schema at run
 * time (it must agree with xmllint on the schemas shipped in resources/xdomea), untrusted XML
 * read safely (no DTD, no entity, UTF-8 only), and the ZIP container — written streaming, read
 * as hostile: traversal, absolute paths, links, bombs, encryption, twins and a missing message
 * are refused with nothing written anywhere.
 */
class TstXdomea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theSkeletonsAreValid_data();
    void theSkeletonsAreValid();
    void xmllintAgreesThroughTheCatalog();
    void aBrokenMessageIsShownWhere();
    void untrustedXmlIsReadSafely_data();
    void untrustedXmlIsReadSafely();
    void aContainerRoundTrips();
    void hostileContainersAreRefused_data();
    void hostileContainersAreRefused();

private:
    QString skeleton(const QString &code) const;
    /** A ZIP made with libzip as an attacker would: @p members name → bytes, @p mode per name. */
    QString craft(const QString &name, const QList<QPair<QByteArray, QByteArray>> &members,
        const QHash<QByteArray, quint32> &modes = {}, bool encrypt = false);
    QTemporaryDir m_dir;
    QStringList m_skeletons;
};

void TstXdomea::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir skeletons(Test::testDataDir() + QStringLiteral("/xdomea/3.1.0"));
    m_skeletons = skeletons.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name);
    for (QString &s : m_skeletons)
        s = skeletons.filePath(s);
    if (m_skeletons.size() < 8)
        QFAIL("The xdomea 3.1.0 skeleton messages are missing from tests/data/xdomea/3.1.0.");
}

QString TstXdomea::skeleton(const QString &code) const
{
    for (const QString &s : m_skeletons) {
        if (s.contains(QLatin1Char('.') + code + QStringLiteral(".xml")))
            return s;
    }
    return {};
}

void TstXdomea::theSkeletonsAreValid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    for (const QString &s : std::as_const(m_skeletons)) {
        QString root = QFileInfo(s).completeBaseName().section(QLatin1Char('_'), 1);
        root.remove(QLatin1String(".minimal"));
        QTest::newRow(qPrintable(QFileInfo(s).fileName().section(QLatin1Char('_'), 1))) << s << root;
    }
}

void TstXdomea::theSkeletonsAreValid()
{
    QFETCH(QString, path);
    QFETCH(QString, root);
    auto report = XdomeaSchema::validateFile(path);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->valid(), qPrintable(XdomeaSchema::describe(*report)));
    QCOMPARE(report->rootElement, root);
}

void TstXdomea::xmllintAgreesThroughTheCatalog()
{
    // The shipped schemas with the shipped catalog, as CI checks every message we write.
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QFAIL("xmllint (libxml2-utils) is not installed; .ci/install-deps installs it.");
    const QString xsd = Test::sourceDir() + QStringLiteral("/resources/xdomea/xsd");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), xsd + QStringLiteral("/catalog.xml"));
    p.setProcessEnvironment(env);
    p.start(xmllint,
        QStringList { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--catalogs"),
            QStringLiteral("--schema"), xsd + QStringLiteral("/3.1.0/xdomea.xsd") }
            + m_skeletons);
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    // And both refuse the same broken message.
    QFile f(skeleton(QStringLiteral("0504")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray broken = f.readAll();
    broken.replace("<code>0504</code>", "<code>0504</code><unbekannt/>");
    const QString brokenPath = m_dir.filePath(QStringLiteral("broken.xml"));
    QVERIFY(Test::writeFile(brokenPath, broken));
    p.start(xmllint,
        { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--catalogs"),
            QStringLiteral("--schema"), xsd + QStringLiteral("/3.1.0/xdomea.xsd"), brokenPath });
    QVERIFY(p.waitForFinished(120000));
    QVERIFY(p.exitCode() != 0);
    auto report = XdomeaSchema::validateFile(brokenPath);
    QVERIFY(report.has_value());
    QVERIFY(!report->valid());
}

void TstXdomea::aBrokenMessageIsShownWhere()
{
    QFile f(skeleton(QStringLiteral("0502")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray xml = f.readAll();
    const int before = int(xml.left(xml.indexOf("<xdomea:ProzessID>")).count('\n')) + 1;
    xml.replace("<xdomea:ProzessID>", "<xdomea:Prozess>").replace("</xdomea:ProzessID>", "</xdomea:Prozess>");
    auto report = XdomeaSchema::validate(xml);
    QVERIFY(report.has_value());
    QVERIFY(!report->valid());
    QCOMPARE(report->issues.first().line, before);
    QVERIFY2(XdomeaSchema::describe(*report).contains(QLatin1String("Prozess")),
        qPrintable(XdomeaSchema::describe(*report)));
}

void TstXdomea::untrustedXmlIsReadSafely_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("said");
    const QString secret = m_dir.filePath(QStringLiteral("geheim.txt"));
    Test::writeFile(secret, "GEHEIMNIS");
    const QByteArray message = "<xdomea:Aussonderung.AnbietungEmpfangBestaetigen.0504 "
                               "xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.1.0\"><xdomea:Kopf>&x;</xdomea:Kopf>"
                               "</xdomea:Aussonderung.AnbietungEmpfangBestaetigen.0504>";
    QTest::newRow("external entity (XXE)")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file://") + secret.toUtf8() + "\">]>\n"
            + message
        << QStringLiteral("DTD");
    QTest::newRow("entity expansion")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                      "&a;&a;&a;&a;&a;\"><!ENTITY x \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n")
            + message
        << QStringLiteral("DTD");
    QTest::newRow("external DTD") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM \"http://example.org/x.dtd\">\n<d/>")
                                  << QStringLiteral("DTD");
    QTest::newRow("Latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<d>Gr\xf6\xdf"
                                           "e</d>")
                             << QStringLiteral("UTF-8");
    QTest::newRow("broken UTF-8") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<d>Gr\xf6\xdf"
                                                "e</d>")
                                  << QStringLiteral("UTF-8");
    QTest::newRow("not XML") << QByteArray("%PDF-1.7 nichts") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TstXdomea::untrustedXmlIsReadSafely()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, said);
    auto report = XdomeaSchema::validate(xml);
    QVERIFY(report.has_value());
    QVERIFY(!report->valid());
    const QString text = XdomeaSchema::describe(*report);
    QVERIFY2(!text.contains(QLatin1String("GEHEIMNIS")), qPrintable(text));
    if (!said.isEmpty())
        QVERIFY2(text.contains(said), qPrintable(text));
}

void TstXdomea::aContainerRoundTrips()
{
    const QString process = QStringLiteral("6f1c2a3e-8b7d-4c1e-9f20-3a4b5c6d7e8f");
    const QString name = process + QStringLiteral("_Aussonderung.Aussonderung.0503");
    QFile f(skeleton(QStringLiteral("0503")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray message = f.readAll();
    const QString pdf = m_dir.filePath(QStringLiteral("bescheid.pdf"));
    QByteArray pdfBytes = "%PDF-1.4\n" + QByteArray(300000, 'x');
    QVERIFY(Test::writeFile(pdf, pdfBytes));
    const QString txt = m_dir.filePath(QStringLiteral("vermerk.txt"));
    QVERIFY(Test::writeFile(txt, QByteArray("Vermerk über die Ortsbesichtigung\n").repeated(1000)));
    const QString zipPath = m_dir.filePath(name + QStringLiteral(".zip"));
    {
        XdomeaContainer::Writer w(zipPath);
        QVERIFY(w.addData(name + QStringLiteral(".xml"), message).has_value());
        QVERIFY(w.addFile(QStringLiteral("5b0c6a1e-1111-4a2b-9c3d-000000000001_Bescheid.pdf"), pdf).has_value());
        QVERIFY(
            w.addFile(QStringLiteral("5b0c6a1e-1111-4a2b-9c3d-000000000002_Vermerk Ortstermin.txt"), txt).has_value());
        QVERIFY(!w.addFile(QStringLiteral("../x.txt"), txt).has_value()); // not a plain name
        QVERIFY(!QFile::exists(zipPath)); // only once complete
        double last = 0;
        QVERIFY(w.finish([&](double p) { last = p; }).has_value());
        QCOMPARE(last, 1.0);
    }
    QVERIFY(QFile::exists(zipPath));
    QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));
    // The same tool every archive uses can read it: unzip lists exactly these three, flat.
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QFAIL("unzip is not installed; .ci/install-deps installs it.");
    {
        QProcess p;
        p.start(unzip, { QStringLiteral("-Z1"), zipPath });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
        p.start(unzip, { QStringLiteral("-tq"), zipPath }); // and finds it sound
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
    const QString target = m_dir.filePath(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(target));
    auto unpacked = XdomeaContainer::unpack(zipPath, target);
    QVERIFY2(unpacked.has_value(), qPrintable(unpacked ? QString() : unpacked.error().toString()));
    QCOMPARE(unpacked->message, name + QStringLiteral(".xml"));
    QCOMPARE(unpacked->members.size(), 3);
    QCOMPARE(unpacked->members.at(1).sha256, Sha256::hex(pdfBytes));
    QCOMPARE(unpacked->members.at(1).size, qint64(pdfBytes.size()));
    QFile back(QDir(target).filePath(unpacked->members.at(2).name));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QVERIFY(back.readAll().startsWith("Vermerk über"));
    auto report = XdomeaSchema::validateFile(QDir(target).filePath(unpacked->message));
    QVERIFY(report.has_value() && report->valid());
    // Unpacking twice into the same folder overwrites nothing.
    auto again = XdomeaContainer::unpack(zipPath, target);
    QVERIFY(!again.has_value());
}

QString TstXdomea::craft(const QString &name, const QList<QPair<QByteArray, QByteArray>> &members,
    const QHash<QByteArray, quint32> &modes, bool encrypt)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return {};
    for (const auto &[member, data] : members) {
        // libzip copies nothing here: the bytes live in the list until zip_close.
        zip_source_t *s = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t i = zip_file_add(z, member.constData(), s, ZIP_FL_ENC_RAW);
        if (i < 0)
            return {};
        if (modes.contains(member))
            zip_file_set_external_attributes(z, zip_uint64_t(i), 0, ZIP_OPSYS_UNIX, modes.value(member) << 16);
        if (encrypt && zip_file_set_encryption(z, zip_uint64_t(i), ZIP_EM_AES_256, "geheim") != 0)
            return {};
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        return {};
    }
    return path;
}

void TstXdomea::hostileContainersAreRefused_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("said");
    const QString process = QStringLiteral("0a0b0c0d-1111-4222-8333-444455556666");
    const QByteArray msgName = process.toUtf8() + "_Aussonderung.Bewertungsverzeichnis.0502.xml";
    QFile f(skeleton(QStringLiteral("0502")));
    f.open(QIODevice::ReadOnly);
    const QByteArray msg = f.readAll();
    auto zipName
        = [&](const char *tag) -> QString { return process + QStringLiteral("_%1.zip").arg(QString::fromLatin1(tag)); };
    QTest::newRow("traversal") << craft(zipName("traversal"), { { msgName, msg }, { "../../ausbruch.txt", "x" } })
                               << QStringLiteral("plain file names");
    QTest::newRow("absolute path") << craft(zipName("absolute"), { { msgName, msg }, { "/tmp/ausbruch.txt", "x" } })
                                   << QStringLiteral("plain file names");
    QTest::newRow("folder") << craft(zipName("folder"), { { msgName, msg }, { "sub/datei.txt", "x" } })
                            << QStringLiteral("plain file names");
    QTest::newRow("backslash") << craft(zipName("backslash"), { { msgName, msg }, { "..\\ausbruch.txt", "x" } })
                               << QStringLiteral("plain file names");
    QTest::newRow("symlink") << craft(
        zipName("symlink"), { { msgName, msg }, { "passwd", "/etc/passwd" } }, { { "passwd", S_IFLNK | 0777 } })
                             << QStringLiteral("link");
    QTest::newRow("bomb") << craft(zipName("bomb"), { { msgName, msg }, { "nullen.txt", QByteArray(64 << 20, '\0') } })
                          << QStringLiteral("ZIP bomb");
    QTest::newRow("twins") << craft(zipName("twins"), { { msgName, msg }, { "a.txt", "1" }, { "A.TXT", "2" } })
                           << QStringLiteral("twice");
    QTest::newRow("not UTF-8") << craft(zipName("latin1"),
        { { msgName, msg },
            { "Gr\xf6\xdf"
              "e.txt",
                "x" } }) << QStringLiteral("UTF-8");
    QTest::newRow("no message") << craft(zipName("nomessage"), { { "a.txt", "1" }, { "b.txt", "2" } })
                                << QStringLiteral("no message");
    QTest::newRow("encrypted") << craft(zipName("encrypted"), { { msgName, msg } }, {}, true)
                               << QStringLiteral("encrypted");
    // A ZIP cut short (a transfer broken off).
    const QString whole = craft(zipName("whole"), { { msgName, msg }, { "a.txt", QByteArray(100000, 'a') } });
    QFile w(whole);
    w.open(QIODevice::ReadOnly);
    const QString cut = m_dir.filePath(zipName("cut"));
    Test::writeFile(cut, w.read(w.size() / 2));
    QTest::newRow("truncated") << cut << QStringLiteral("not a readable ZIP");
    const QString notZip = m_dir.filePath(zipName("notzip"));
    Test::writeFile(notZip, "%PDF-1.4 kein ZIP");
    QTest::newRow("not a ZIP") << notZip << QStringLiteral("not a readable ZIP");
}

void TstXdomea::hostileContainersAreRefused()
{
    QFETCH(QString, container);
    QFETCH(QString, said);
    QVERIFY2(!container.isEmpty(), "the test could not make the container");
    const QString root = m_dir.filePath(QStringLiteral("hostile-") + QString::number(qHash(container)));
    const QString target = root + QStringLiteral("/prozess");
    QVERIFY(QDir().mkpath(target));
    auto r = XdomeaContainer::unpack(container, target);
    QVERIFY2(!r.has_value(), "a hostile container was unpacked");
    QVERIFY2(r.error().toString().contains(said), qPrintable(r.error().toString()));
    // Nothing written: not in the process folder, not beside it, not in /tmp.
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList left;
    while (it.hasNext())
        left << it.next();
    QCOMPARE(left, QStringList { target });
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/ausbruch.txt")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("ausbruch.txt"))));
}

QTEST_GUILESS_MAIN(TstXdomea)
#include "tst_xdomea.moc"
