#include "../testsupport.h"
#include "../textpage.h"
#include "dms/capture/documentocr.h"
#include "dms/capture/importer.h"
#include "dms/command.h"
#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/search/searchindex.h"
#include "dms/store/queries.h"

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

/**
 * OCR on import: a PNG of a letter and an image-only PDF that come in through
 * Importer::importFiles (and the CLI's import) keep the original as version 1 and get a
 * searchable PDF as version 2, found by search; --no-ocr and the setting ocr.on_import switch
 * it off; a PDF with text is left alone; a cancelled OCR stores nothing. Real Tesseract through
 * the real OCR worker (AKTENWERK_OCR), real Poppler (pdftotext) to check the result.
 */
class TstOcrImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imageAndImageOnlyPdfGetASearchableVersion();
    void noOcrFlagAndSettingKeepTheImport();
    void textPdfIsNotRecognised();
    void cancelledOcrStoresNothing();

private:
    QTemporaryDir m_dir;
    QString m_letterPng;
    QString m_letterPdf;
};

namespace {

QStringList letterLines()
{
    return { QStringLiteral("Stadt Musterstadt, Bauordnungsamt"), QString(), QStringLiteral("Herrn Karl Müller"),
        QStringLiteral("Lange Straße 7"), QString(), QStringLiteral("Baugenehmigung für Ihren Neubau"),
        QStringLiteral("Sehr geehrter Herr Müller,"), QStringLiteral("die Baugenehmigung ist erteilt."),
        QStringLiteral("Mit freundlichen Grüßen") };
}

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QList<Model::Version> versionsOf(Engine &engine, const QUuid &doc)
{
    auto db = engine.openReader();
    if (!db)
        return {};
    auto vs = Queries::versions(*db, doc);
    return vs ? *vs : QList<Model::Version>();
}

bool found(Engine &engine, const QString &query, const QUuid &doc)
{
    auto r = Search::SearchIndex::search(engine, query, 50);
    if (!r)
        return false;
    return std::any_of(r->hits.cbegin(), r->hits.cend(), [&](const Search::Hit &h) { return h.documentId == doc; });
}

} // namespace

void TstOcrImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!Ocr::workerPath().isEmpty(), "aktenwerk-ocr not found (AKTENWERK_OCR)");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to check the PDFs");
    const QImage page = Test::textPage(letterLines());
    m_letterPng = m_dir.filePath(QStringLiteral("bescheid.png"));
    QVERIFY(page.save(m_letterPng, "PNG"));

    // The same letter as a scanner's PDF: one page image, no text layer.
    m_letterPdf = m_dir.filePath(QStringLiteral("scan-0001.pdf"));
    {
        QPdfWriter pdf(m_letterPdf);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        // A different line, so the PDF is not a duplicate of anything and its own text is known.
        QStringList lines = letterLines();
        lines[1] = QStringLiteral("Widerspruchsbescheid");
        p.drawImage(QRect(0, 0, pdf.width(), pdf.height()), Test::textPage(lines));
    }
    QVERIFY2(pdftotext(m_letterPdf).trimmed().isEmpty(), "the scanned PDF must have no text of its own");
}

void TstOcrImport::imageAndImageOnlyPdfGetASearchableVersion()
{
    QTemporaryDir data;
    auto engine = Test::openEngine(data.filePath(QStringLiteral("data")));
    QVERIFY2(engine.has_value(), engine ? "" : qPrintable(engine.error().toString()));
    Engine &e = **engine;

    std::atomic<int> progressCalls { 0 };
    std::atomic<int> lastTotal { 0 };
    ImportOptions options;
    options.ocrProgress = [&](int, int total) {
        ++progressCalls;
        lastTotal = total;
    };
    auto imported = Importer(e).importFiles({}, { m_letterPng, m_letterPdf }, nullptr, options);
    QVERIFY2(imported.has_value(), imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->size(), 2);
    for (const ImportItem &item : std::as_const(*imported))
        qInfo("%s: %s %s", qPrintable(item.path), qPrintable(ImportItem::statusCode(item.status)),
            qPrintable(item.reason));
    QVERIFY(progressCalls.load() > 0);
    QCOMPARE(lastTotal.load(), 2); // one page each

    const QStringList words { QStringLiteral("Baugenehmigung"), QStringLiteral("Müller"), QStringLiteral("Straße") };
    for (const ImportItem &item : std::as_const(*imported)) {
        QVERIFY2(item.status == ImportItem::Status::Ok, qPrintable(item.path + QStringLiteral(": ") + item.reason));
        QCOMPARE(item.ocrVersion, 2);
        QVERIFY2(item.ocrConfidence >= 70, qPrintable(item.reason));
        QVERIFY2(item.reason.contains(QStringLiteral("Text recognised (OCR, confidence %1 %)").arg(item.ocrConfidence)),
            qPrintable(item.reason));

        const QList<Model::Version> vs = versionsOf(e, item.documentId);
        QCOMPARE(vs.size(), 2);
        // The original is untouched as version 1.
        QCOMPARE(vs.at(0).sha256, Test::sha256Hex(Test::readFile(item.path)));
        QCOMPARE(vs.at(0).origin, Model::VersionOrigin::Import);
        QCOMPARE(vs.at(1).mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(vs.at(1).origin, Model::VersionOrigin::Scan);
        QVERIFY2(vs.at(1).comment.startsWith(QStringLiteral("OCR (deu+eng): page 1: ")), qPrintable(vs.at(1).comment));
        const QJsonArray ocr = QJsonDocument::fromJson(vs.at(1).ocr.toUtf8()).array();
        QCOMPARE(ocr.size(), 1);
        QCOMPARE(ocr.at(0).toObject().value(QLatin1String("confidence")).toInt(), item.ocrConfidence);

        const QString out = data.filePath(QFileInfo(item.path).completeBaseName() + QStringLiteral("-v2.pdf"));
        QVERIFY(e.content().copyTo(vs.at(1).sha256, vs.at(1).size, out).has_value());
        const QString text = pdftotext(out);
        for (const QString &w : words)
            QVERIFY2(
                text.contains(w), qPrintable(item.path + QStringLiteral(": ") + w + QStringLiteral(" not in ") + text));
        QVERIFY2(found(e, QStringLiteral("Baugenehmigung"), item.documentId), qPrintable(item.path));
        QVERIFY2(found(e, QStringLiteral("strasse"), item.documentId), qPrintable(item.path));
    }
    // The PDF's own line came from its image only: OCR read it.
    const QUuid pdfDoc = imported->at(1).documentId;
    QVERIFY(found(e, QStringLiteral("Widerspruchsbescheid"), pdfDoc));
    QVERIFY(!found(e, QStringLiteral("Widerspruchsbescheid"), imported->at(0).documentId));
}

void TstOcrImport::noOcrFlagAndSettingKeepTheImport()
{
    QTemporaryDir data;
    const QString dir = data.path();
    QVERIFY(Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("init") }).exitCode == 0);

    // --no-ocr: stored as it is, reported without text.
    auto r = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("import"), QStringLiteral("--no-ocr"),
        m_letterPng, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject item = QJsonDocument::fromJson(r.out).array().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("stored-without-text"));
    QVERIFY(!item.contains(QLatin1String("ocr_version")));
    const QString docId = item.value(QLatin1String("id")).toString();
    auto versions = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("versions"), docId, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(versions.out).object().value(QLatin1String("versions")).toArray().size(), 1);
    auto search = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("Baugenehmigung") });
    QVERIFY(!search.out.contains(docId.toLatin1()));

    // The setting off: the same for everybody's imports, without a flag.
    r = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("config"), QStringLiteral("set"),
        DocumentOcr::onImportSetting(), QStringLiteral("maybe") });
    QVERIFY2(r.exitCode != 0, "only on and off are accepted");
    r = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("config"), QStringLiteral("set"),
        DocumentOcr::onImportSetting(), QStringLiteral("off") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("import"), m_letterPdf, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    item = QJsonDocument::fromJson(r.out).array().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("stored-without-text"));
    versions = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("versions"),
        item.value(QLatin1String("id")).toString(), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(versions.out).object().value(QLatin1String("versions")).toArray().size(), 1);

    // On again: the CLI's import recognises, and says so.
    r = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("config"), QStringLiteral("set"),
        DocumentOcr::onImportSetting(), QStringLiteral("on") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString copy = data.filePath(QStringLiteral("zweitschrift.png"));
    QImage page = Test::textPage(letterLines());
    QPainter(&page).fillRect(QRect(0, 3300, 40, 40), Qt::black); // not a duplicate of the first
    QVERIFY(page.save(copy, "PNG"));
    r = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("import"), copy }, {}, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("ok\t"), r.out.constData());
    QVERIFY2(r.out.contains("Text recognised (OCR, confidence "), r.out.constData());
}

void TstOcrImport::textPdfIsNotRecognised()
{
    QTemporaryDir data;
    auto engine = Test::openEngine(data.filePath(QStringLiteral("data")));
    QVERIFY(engine.has_value());
    SimplePdf letter;
    letter.addHeading(QStringLiteral("Anhörung"));
    letter.addParagraph(
        QStringLiteral("Zur beabsichtigten Baugenehmigung erhalten Sie Gelegenheit zur Stellungnahme."));
    const QString path = data.filePath(QStringLiteral("anhoerung.pdf"));
    QVERIFY(Test::writeFile(path, letter.toPdf()));
    std::atomic<int> progressCalls { 0 };
    ImportOptions options;
    options.ocrProgress = [&](int, int) { ++progressCalls; };
    auto imported = Importer(**engine).importFiles({}, { path }, nullptr, options);
    QVERIFY(imported.has_value());
    QCOMPARE(imported->size(), 1);
    QCOMPARE(imported->first().status, ImportItem::Status::Ok);
    QCOMPARE(imported->first().ocrVersion, 0);
    QVERIFY2(imported->first().reason.isEmpty(), qPrintable(imported->first().reason));
    QCOMPARE(progressCalls.load(), 0);
    QCOMPARE(versionsOf(**engine, imported->first().documentId).size(), 1);
    QVERIFY(found(**engine, QStringLiteral("Stellungnahme"), imported->first().documentId));
}

void TstOcrImport::cancelledOcrStoresNothing()
{
    QTemporaryDir data;
    auto engine = Test::openEngine(data.filePath(QStringLiteral("data")));
    QVERIFY(engine.has_value());
    // The clerk cancels as soon as OCR reports its first progress: the import itself is done.
    std::atomic<bool> cancel { false };
    std::atomic<int> progressCalls { 0 };
    ImportOptions options;
    options.ocrProgress = [&](int, int) {
        ++progressCalls;
        cancel = true;
    };
    auto imported = Importer(**engine).importFiles({}, { m_letterPng }, &cancel, options);
    QVERIFY2(imported.has_value(), imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->size(), 1);
    const ImportItem item = imported->first();
    QVERIFY(progressCalls.load() > 0);
    QCOMPARE(item.status, ImportItem::Status::WithoutText);
    QVERIFY2(item.reason.contains(QStringLiteral("cancelled")), qPrintable(item.reason));
    QCOMPARE(item.ocrVersion, 0);
    const QList<Model::Version> vs = versionsOf(**engine, item.documentId);
    QCOMPARE(vs.size(), 1);
    QCOMPARE(vs.first().mimeType, QStringLiteral("image/png"));
    QVERIFY(!found(**engine, QStringLiteral("Baugenehmigung"), item.documentId));
}

// A QGuiApplication (offscreen): drawing the letter's text needs the font database.
QTEST_MAIN(TstOcrImport)
#include "tst_ocrimport.moc"
