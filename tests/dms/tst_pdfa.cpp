#include "../testsupport.h"
#include "dms/demo/simplepdf.h"
#include "dms/records/pdfa.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

/**
 * PDF/A-2b renditions for the archive (issue 16) with the real Ghostscript, pdffonts and qpdf:
 * a rendition claims PDF/A-2b, embeds every font, is not encrypted and passes qpdf --check; a
 * PDF that cannot be rendered gives a clear error and leaves nothing behind.
 */
class TstPdfA : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aLetterBecomesPdfA();
    void aRealManualBecomesPdfA();
    void theChecksSeeWhatIsWrong();
    void aPdfThatCannotBeRenderedLeavesNothing_data();
    void aPdfThatCannotBeRenderedLeavesNothing();

private:
    QString letter();
    QTemporaryDir m_dir;
};

void TstPdfA::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString missing;
    if (!PdfA::toolsAvailable(&missing))
        QFAIL(qPrintable(
            QStringLiteral("missing: %1 (.ci/install-deps installs ghostscript, poppler-utils, qpdf)").arg(missing)));
}

QString TstPdfA::letter()
{
    SimplePdf pdf;
    pdf.setTitle(QStringLiteral("Baugenehmigung"));
    pdf.addHeading(QStringLiteral("Baugenehmigung Lindenstraße 4"));
    pdf.addParagraph(QStringLiteral("Sehr geehrte Damen und Herren, die Baugenehmigung wird erteilt. Größe, Maße und "
                                    "Nutzung wie beantragt."));
    const QString path = m_dir.filePath(QStringLiteral("bescheid.pdf"));
    Test::writeFile(path, pdf.toPdf());
    return path;
}

void TstPdfA::aLetterBecomesPdfA()
{
    const QString original = letter();
    auto before = PdfA::check(original);
    QVERIFY(before.has_value());
    QVERIFY(!before->claimsPdfA2b);
    QVERIFY(!before->fontsEmbedded); // Helvetica, not embedded
    QVERIFY(before->notEncrypted);
    QVERIFY(!before->ok());
    const QString rendition = m_dir.filePath(QStringLiteral("bescheid-pdfa.pdf"));
    auto s = PdfA::convert(original, rendition);
    QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().toString()));
    auto after = PdfA::check(rendition);
    QVERIFY(after.has_value());
    QVERIFY2(after->ok(), qPrintable(after->problems.join(QLatin1Char('\n'))));
    // The text is still there.
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { rendition, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Lindenstraße")));
}

void TstPdfA::aRealManualBecomesPdfA()
{
    const QString manual = QStringLiteral("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf");
    if (!QFile::exists(manual))
        QFAIL("shared-mime-info-spec.pdf is missing: .ci/install-deps installs shared-mime-info");
    const QString rendition = m_dir.filePath(QStringLiteral("manual-pdfa.pdf"));
    auto s = PdfA::convert(manual, rendition);
    QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().toString()));
    auto c = PdfA::check(rendition);
    QVERIFY(c.has_value());
    QVERIFY2(c->ok(), qPrintable(c->problems.join(QLatin1Char('\n'))));
}

void TstPdfA::theChecksSeeWhatIsWrong()
{
    const QString original = letter();
    const QString locked = m_dir.filePath(QStringLiteral("verschluesselt.pdf"));
    QProcess p;
    p.start(QStringLiteral("qpdf"),
        { QStringLiteral("--encrypt"), QStringLiteral("lesen"), QStringLiteral("besitz"), QStringLiteral("256"),
            QStringLiteral("--"), original, locked });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    auto c = PdfA::check(locked);
    QVERIFY(c.has_value());
    QVERIFY(!c->notEncrypted);
    QVERIFY(!c->ok());
    QVERIFY2(c->problems.join(QLatin1Char(' ')).contains(QLatin1String("encrypted")),
        qPrintable(c->problems.join(QLatin1Char(' '))));
}

void TstPdfA::aPdfThatCannotBeRenderedLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a PDF") << QByteArray("%PDF-1.4\nkein PDF, nur Text\n");
    QTest::newRow("empty") << QByteArray();
}

void TstPdfA::aPdfThatCannotBeRenderedLeavesNothing()
{
    QFETCH(QByteArray, bytes);
    const QString bad = m_dir.filePath(QStringLiteral("kaputt.pdf"));
    QVERIFY(Test::writeFile(bad, bytes));
    const QString rendition = m_dir.filePath(QStringLiteral("out/kaputt-pdfa.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(rendition).path()));
    auto s = PdfA::convert(bad, rendition);
    QVERIFY(!s.has_value());
    QVERIFY2(s.error().message.contains(QLatin1String("kaputt.pdf")), qPrintable(s.error().toString()));
    QVERIFY(!QFile::exists(rendition));
    QCOMPARE(QDir(QFileInfo(rendition).path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

QTEST_GUILESS_MAIN(TstPdfA)
#include "tst_pdfa.moc"
