#include "../testsupport.h"
#include "dms/capture/ocr.h"
#include "dms/capture/scanfiling.h"
#include "dms/engine.h"
#include "dms/search/indexer.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHash>
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

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

/**
 * OCR through the real worker (aktenwerk-ocr: Leptonica, Poppler, Tesseract deu+eng) and the
 * real CLI. The pages are drawn here with QPainter at 300 dpi; what the PDFs hold is checked with
 * poppler-utils (pdftotext, pdfimages), not with our own code.
 */
class TstOcr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void germanLetterBecomesSearchablePdf();
    void compressionFollowsThePageKind();
    void notAnImageIsAClearError();
    void imageOnlyPdfPagesAreRendered();
    void crashedOrHungWorkerCostsOnlyItsPage();
    void cliStoresASearchableVersion();
    void scannedLetterProposesItsCase();
    void jpegQualityIsASetting();
    void cliRefusesWhatIsNoImage();

private:
    QString letterPng();
    QTemporaryDir m_dir;
    QString m_letter;
};

namespace {

constexpr int kDpi = 300;

/** A page of @p size pixels at 300 dpi with @p lines of 12 pt text (and a coloured bar if @p accent). */
QImage drawPage(QSize size, const QStringList &lines, QColor accent = {})
{
    QImage img(size, QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(kDpi / 0.0254));
    img.setDotsPerMeterY(qRound(kDpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    if (accent.isValid())
        p.fillRect(QRect(0, 0, size.width(), 120), accent);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(50); // 12 pt at 300 dpi
    p.setFont(font);
    p.setPen(Qt::black);
    int y = 250;
    for (const QString &line : lines) {
        p.drawText(200, y, line);
        y += 80;
    }
    p.end();
    return img;
}

QString pdftotext(const QString &pdf, int page = 0)
{
    QProcess p;
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    p.start(QStringLiteral("pdftotext"),
        args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-"));
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** pdfimages -list: the encoding ("jpeg", "ccitt", "image" for Flate, "jbig2", ...) of each image, by page. */
QMap<int, QStringList> imageEncodings(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    p.waitForFinished(60000);
    QMap<int, QStringList> byPage;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) { // two header lines
        const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
        if (cols.size() > 8)
            byPage[cols.at(0).toInt()] << QString::fromLatin1(cols.at(8));
    }
    return byPage;
}

} // namespace

void TstOcr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!Ocr::workerPath().isEmpty(), "aktenwerk-ocr not found (AKTENWERK_OCR)");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdftotext/pdfimages (poppler-utils) are needed to check the PDFs");
    m_letter = letterPng();
}

QString TstOcr::letterPng()
{
    const QImage letter = drawPage(QSize(2480, 3508),
        { QStringLiteral("Stadt Musterstadt - Bauordnungsamt"), QStringLiteral("Aktenzeichen: 63.01.02-0045/2026"),
            QStringLiteral("Datum: 14.03.2026"), QString(), QStringLiteral("Herrn Hans Müller"),
            QStringLiteral("Straße des Friedens 12"), QString(),
            QStringLiteral("Baugenehmigung für den Neubau eines Wohnhauses"),
            QStringLiteral("Sehr geehrter Herr Müller,"),
            QStringLiteral("hiermit erteilen wir Ihnen die beantragte Baugenehmigung."),
            QStringLiteral("Mit freundlichen Grüßen") })
                              .convertToFormat(QImage::Format_Grayscale8);
    const QString path = m_dir.filePath(QStringLiteral("brief.png"));
    if (!letter.save(path, "PNG"))
        return {};
    return path;
}

void TstOcr::germanLetterBecomesSearchablePdf()
{
    QVERIFY(!m_letter.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("brief.pdf"));
    auto r = Ocr::run({ OcrSource { m_letter, OcrSource::Kind::Image, 0, false } }, out, Ocr::Options {});
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->pages.size(), 1);
    const OcrPage &page = r->pages.first();
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY2(page.confidence >= 85, qPrintable(QString::number(page.confidence)));
    QVERIFY(!page.lowConfidence);
    QCOMPARE(r->pdfPath, out);
    // The words are in the PDF's text layer, as another program reads it.
    const QString text = pdftotext(out);
    for (const char *word : { "Baugenehmigung", "Müller", "Straße", "14.03.2026", "63.01.02-0045/2026" })
        QVERIFY2(text.contains(QString::fromUtf8(word)),
            qPrintable(QString::fromUtf8(word) + QStringLiteral(" not in: ") + text));
    QVERIFY(page.text.contains(QStringLiteral("Baugenehmigung")));
}

void TstOcr::compressionFollowsThePageKind()
{
    // Three kinds of page, three input formats, recognised in parallel and joined in order.
    const QString colour = m_dir.filePath(QStringLiteral("farbe.png"));
    const QString mono = m_dir.filePath(QStringLiteral("schwarzweiss.pbm"));
    const QString grey = m_dir.filePath(QStringLiteral("grau.jpg"));
    QVERIFY(drawPage(QSize(2480, 700), { QStringLiteral("Erste Seite Farbe Ampel") }, QColor(200, 30, 30))
                .save(colour, "PNG"));
    QVERIFY(drawPage(QSize(2480, 700), { QStringLiteral("Zweite Seite Strich Linie") })
                .convertToFormat(QImage::Format_Mono, Qt::ThresholdDither)
                .save(mono, "PBM"));
    QVERIFY(drawPage(QSize(2480, 700), { QStringLiteral("Dritte Seite Grau Nebel") })
                .convertToFormat(QImage::Format_Grayscale8)
                .save(grey, "JPEG", 90));
    const QString out = m_dir.filePath(QStringLiteral("drei.pdf"));
    Ocr::Options options;
    options.workers = 2;
    auto r = Ocr::run(
        { OcrSource { colour, OcrSource::Kind::Image, 0, false }, OcrSource { mono, OcrSource::Kind::Image, 0, false },
            OcrSource { grey, OcrSource::Kind::Image, 0, false } },
        out, options);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->complete());
    QVERIFY(pdftotext(out, 1).contains(QStringLiteral("Ampel")));
    QVERIFY(pdftotext(out, 2).contains(QStringLiteral("Linie")));
    QVERIFY(pdftotext(out, 3).contains(QStringLiteral("Nebel")));

    const QMap<int, QStringList> enc = imageEncodings(out);
    QCOMPARE(enc.value(1), QStringList { QStringLiteral("jpeg") });
    QVERIFY2(enc.value(2) == QStringList { QStringLiteral("ccitt") }
            || enc.value(2) == QStringList { QStringLiteral("image") },
        qPrintable(enc.value(2).join(QLatin1Char(','))));
    QCOMPARE(enc.value(3), QStringList { QStringLiteral("jpeg") });
    for (const QStringList &l : enc)
        QVERIFY(!l.contains(QStringLiteral("jbig2")));
}

void TstOcr::notAnImageIsAClearError()
{
    const QString noise = m_dir.filePath(QStringLiteral("rauschen.png"));
    QVERIFY(Test::writeFile(noise, Test::randomBytes(200000, 7)));
    const QString out = m_dir.filePath(QStringLiteral("rauschen.pdf"));
    auto r = Ocr::run({ OcrSource { noise, OcrSource::Kind::Image, 0, false } }, out, Ocr::Options {});
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->pages.size(), 1);
    QVERIFY(!r->pages.first().ok());
    QVERIFY2(
        r->pages.first().error.contains(QStringLiteral("not a readable image")), qPrintable(r->pages.first().error));
    QVERIFY(!r->pages.first().error.contains(QLatin1Char('\n')));
    QVERIFY(r->pdfPath.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TstOcr::imageOnlyPdfPagesAreRendered()
{
    // A PDF as a scanner makes it: each page one image, no text. The worker draws page 2 itself.
    const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        p.drawImage(QPoint(0, 0), drawPage(QSize(2480, 1000), { QStringLiteral("Erste Seite Anlage") }));
        writer.newPage();
        p.drawImage(QPoint(0, 0), drawPage(QSize(2480, 1000), { QStringLiteral("Zweite Seite Bauantrag Grundstück") }));
    }
    QVERIFY2(!pdftotext(pdf).contains(QStringLiteral("Bauantrag")), "the test PDF must have no text layer");
    const QString out = m_dir.filePath(QStringLiteral("scan-ocr.pdf"));
    auto r = Ocr::run({ OcrSource { pdf, OcrSource::Kind::Pdf, 1, false } }, out, Ocr::Options {});
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QVERIFY2(r->complete(), qPrintable(r->pages.value(0).error));
    QVERIFY(r->pages.first().text.contains(QStringLiteral("Bauantrag")));
    QVERIFY(!r->pages.first().text.contains(QStringLiteral("Anlage")));
    QVERIFY(pdftotext(out).contains(QStringLiteral("Grundstück")));
    auto count = Ocr::pdfPageCount(pdf, Ocr::Options {});
    QVERIFY2(count, count ? "" : qPrintable(count.error().toString()));
    QCOMPARE(*count, 2);
}

void TstOcr::crashedOrHungWorkerCostsOnlyItsPage()
{
    QStringList paths;
    for (const char *name : { "eins.png", "crashme.png", "drei.png", "hangme.png", "fuenf.png" }) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QVERIFY(drawPage(QSize(1240, 500), { QStringLiteral("Seite %1").arg(QLatin1String(name)) }).save(path, "PNG"));
        paths << path;
    }
    qputenv("AKTENWERK_OCR_TEST_CRASH", "crashme");
    qputenv("AKTENWERK_OCR_TEST_HANG", "hangme");
    Ocr::Options options;
    options.workers = 2;
    options.wallSecondsPerPage = 5;
    QList<OcrSource> sources;
    for (const QString &p : std::as_const(paths))
        sources << OcrSource { p, OcrSource::Kind::Image, 0, false };
    const QString out = m_dir.filePath(QStringLiteral("fuenf.pdf"));
    auto r = Ocr::run(sources, out, options);
    qunsetenv("AKTENWERK_OCR_TEST_CRASH");
    qunsetenv("AKTENWERK_OCR_TEST_HANG");
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->pages.size(), 5);
    QVERIFY(!r->pages.at(1).ok());
    QVERIFY2(r->pages.at(1).error.contains(QStringLiteral("fail")), qPrintable(r->pages.at(1).error));
    QVERIFY(!r->pages.at(3).ok());
    QVERIFY2(r->pages.at(3).error.contains(QStringLiteral("longer than")), qPrintable(r->pages.at(3).error));
    for (int i : { 0, 2, 4 }) {
        QVERIFY2(r->pages.at(i).ok(), qPrintable(r->pages.at(i).error));
        QCOMPARE(r->pages.at(i).number, i + 1);
        QVERIFY(r->pages.at(i).text.contains(QStringLiteral("Seite")));
    }
    QCOMPARE(r->failedPages(), 2);
    QVERIFY(!QFile::exists(out)); // never a PDF with pages missing
}

void TstOcr::cliStoresASearchableVersion()
{
    QVERIFY(!m_letter.isEmpty());
    QTemporaryDir data;
    const QString dir = data.path();
    auto init = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    // Without OCR on import: this test is about the ocr command (tst_ocrimport covers the import's).
    auto imported = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("import"),
        QStringLiteral("--no-ocr"), m_letter, QStringLiteral("--json") });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString docId = QJsonDocument::fromJson(imported.out).array().at(0)[QLatin1String("id")].toString();
    QVERIFY(!docId.isEmpty());
    // Before: an image has no text to find.
    auto before = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("Baugenehmigung") });
    QVERIFY(!before.out.contains(docId.toLatin1()));

    auto ocr = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("ocr"), docId, QStringLiteral("--json") }, {}, 300000);
    QVERIFY2(ocr.exitCode == 0, ocr.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(ocr.out).object();
    QCOMPARE(o[QLatin1String("stored")].toBool(), true);
    QCOMPARE(o[QLatin1String("version")].toInt(), 2);
    const QJsonObject page1 = o[QLatin1String("pages")].toArray().at(0).toObject();
    QCOMPARE(page1[QLatin1String("page")].toInt(), 1);
    QVERIFY(page1[QLatin1String("confidence")].toInt() >= 85);
    QCOMPARE(page1[QLatin1String("low")].toBool(), false);

    auto versions = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("versions"), docId, QStringLiteral("--json") });
    const QJsonArray vs = QJsonDocument::fromJson(versions.out).object()[QLatin1String("versions")].toArray();
    QCOMPARE(vs.size(), 2);
    QVERIFY2(QJsonDocument(vs.at(1).toObject()).toJson().contains("OCR"), versions.out.constData());
    // The confidence of every page is stored with the version, not only printed.
    const QJsonArray stored = vs.at(1).toObject()[QLatin1String("ocr")].toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).toObject()[QLatin1String("confidence")].toInt(), page1[QLatin1String("confidence")].toInt());
    QCOMPARE(stored.at(0).toObject()[QLatin1String("low")].toBool(), false);
    QCOMPARE(vs.at(1).toObject()[QLatin1String("origin")].toString(), QStringLiteral("scan"));

    auto after = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("Baugenehmigung") });
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QVERIFY2(after.out.contains(docId.toLatin1()), after.out.constData());
    const QString pdf = data.filePath(QStringLiteral("v2.pdf"));
    auto got = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("get"), docId, QStringLiteral("--out"), pdf });
    QVERIFY2(got.exitCode == 0, got.err.constData());
    QVERIFY(pdftotext(pdf).contains(QStringLiteral("Straße")));

    // Once it has text, OCR again is refused; one page again makes a new version.
    auto again = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("ocr"), docId });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already has text"), again.err.constData());
    auto onePage = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("ocr"), docId,
                                    QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--json") },
        {}, 300000);
    QVERIFY2(onePage.exitCode == 0, onePage.err.constData());
    QCOMPARE(QJsonDocument::fromJson(onePage.out).object()[QLatin1String("version")].toInt(), 3);
    auto afterPage
        = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("Müller") });
    QVERIFY2(afterPage.out.contains(docId.toLatin1()), afterPage.out.constData());
}

void TstOcr::scannedLetterProposesItsCase()
{
    QTemporaryDir data;
    auto e = Test::openEngine(data.filePath(QStringLiteral("d")));
    QVERIFY(e.has_value());
    QVERIFY(Test::importSmallPlan(**e).has_value());
    auto file = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Gartenstraße 3")));
    QVERIFY(file.has_value());
    auto cs = (*e)->apply(Commands::createCase(file->id, QStringLiteral("Neubau Wohnhaus")));
    QVERIFY(cs.has_value());
    QVERIFY(!cs->reference.isEmpty());

    // A letter that names the case (with the blanks OCR tends to read around separators), its
    // date after the place, a deadline that is not its date, and a subject line.
    const QString reference = QString(cs->reference).replace(QLatin1Char('/'), QStringLiteral(" / "));
    const QImage letter = drawPage(QSize(2480, 3508),
        { QStringLiteral("Architekturbüro Weber"), QStringLiteral("Musterstadt, den 14.03.2026"),
            QStringLiteral("Ihr Zeichen: ") + reference, QString(),
            QStringLiteral("Betreff: Nachreichung Statik"), QString(),
            QStringLiteral("Sehr geehrte Damen und Herren,"),
            QStringLiteral("anbei die Statik. Frist bis zum 01.04.2026 beachtet.") });
    const QString png = m_dir.filePath(QStringLiteral("statik.png"));
    QVERIFY(letter.convertToFormat(QImage::Format_Grayscale8).save(png, "PNG"));
    ScannedPage page;
    page.number = 1;
    page.path = png;
    page.width = letter.width();
    page.height = letter.height();
    page.dpi = kDpi;
    ScanOptions settings;
    settings.device = QStringLiteral("test:0");
    const QDateTime at(QDate(2026, 3, 16), QTime(9, 0));
    auto filed = ScanFiling::file(**e, settings, { page }, { { 0 } }, {}, at);
    QVERIFY2(filed, filed ? "" : qPrintable(filed.error().toString()));
    QCOMPARE(filed->size(), 1);
    const ScanFiling::Filed &f = filed->first();
    // Into the intake, titled by its subject; the case is proposed, not filed into.
    QCOMPARE(f.title, QStringLiteral("Nachreichung Statik"));
    QCOMPARE(f.proposal.hints.date, QDate(2026, 3, 14));
    QVERIFY2(f.proposal.hints.caseReferences.contains(cs->reference),
             qPrintable(f.proposal.hints.caseReferences.join(QLatin1Char(' '))));
    QCOMPARE(f.proposal.targets.size(), 1);
    QCOMPARE(f.proposal.targets.first().id, cs->id);
    QCOMPARE(f.proposal.targets.first().entityType, QStringLiteral("case"));
    auto db = (*e)->openReader();
    QVERIFY(db.has_value());
    auto doc = Queries::document(*db, f.documentId);
    QVERIFY(doc && *doc);
    QVERIFY((*doc)->caseId.isNull());
    QCOMPARE((*doc)->title, f.title);

    // The same proposal later, from the indexed text of the stored document.
    QVERIFY(Search::Indexer::update(**e).has_value());
    auto later = FilingProposal::forDocument(*db, f.documentId, QDate(2026, 11, 27));
    QVERIFY2(later, later ? "" : qPrintable(later.error().toString()));
    QCOMPARE(later->targets.size(), 1);
    QCOMPARE(later->targets.first().id, cs->id);
    // Once the case is closed, it is no target any more.
    { // the closing command (z.d.A.) comes with records management; the state is set directly here
        auto rw = Database::open(data.filePath(QStringLiteral("d/aktenwerk.sqlite")), Database::Mode::ReadWrite);
        QVERIFY(rw.has_value());
        QVERIFY(rw->exec(QStringLiteral("UPDATE case_record SET status = 'closed' WHERE id = '%1'")
                             .arg(cs->id.toString(QUuid::WithoutBraces)))
                    .has_value());
    }
    auto closed = FilingProposal::forDocument(*db, f.documentId, QDate(2026, 11, 27));
    QVERIFY(closed.has_value());
    QVERIFY(closed->targets.isEmpty());
    QCOMPARE(closed->hints.date, QDate(2026, 3, 14));
}

void TstOcr::jpegQualityIsASetting()
{
    QVERIFY(!m_letter.isEmpty());
    QTemporaryDir data;
    const QString dir = data.path();
    const auto cli = [&dir](QStringList args, int timeout = 30000) {
        args.prepend(dir);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args, {}, timeout);
    };
    QCOMPARE(cli({ QStringLiteral("init") }).exitCode, 0);
    // Out of range: refused with a clear message, nothing set.
    auto bad = cli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ocr.jpeg_quality"), QStringLiteral("0") });
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("from 1 to 100"), bad.err.constData());
    bad = cli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ocr.low_confidence"), QStringLiteral("x") });
    QVERIFY(bad.exitCode != 0);

    auto imported = cli({ QStringLiteral("import"), QStringLiteral("--no-ocr"), m_letter, QStringLiteral("--json") });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString docId = QJsonDocument::fromJson(imported.out).array().at(0)[QLatin1String("id")].toString();
    // The same grey page at quality 20 and 95: JPEG both times, the second much larger.
    QHash<int, qint64> size;
    for (const int quality : { 20, 95 }) {
        auto set = cli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ocr.jpeg_quality"),
                         QString::number(quality) });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QStringList args { QStringLiteral("ocr"), docId };
        if (quality == 95)
            args << QStringLiteral("--page") << QStringLiteral("1"); // it has text now
        auto ocr = cli(args, 300000);
        QVERIFY2(ocr.exitCode == 0, ocr.err.constData());
        const QString pdf = data.filePath(QStringLiteral("q%1.pdf").arg(quality));
        QCOMPARE(cli({ QStringLiteral("get"), docId, QStringLiteral("--out"), pdf }).exitCode, 0);
        QCOMPARE(imageEncodings(pdf).value(1), QStringList { QStringLiteral("jpeg") });
        size[quality] = QFileInfo(pdf).size();
    }
    QVERIFY2(size[95] * 2 > size[20] * 3, qPrintable(QStringLiteral("%1 vs %2").arg(size[95]).arg(size[20])));
}

void TstOcr::cliRefusesWhatIsNoImage()
{
    QTemporaryDir data;
    const QString dir = data.path();
    QVERIFY(Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("init") }).exitCode == 0);
    const QString noise = data.filePath(QStringLiteral("kaputt.png"));
    QVERIFY(Test::writeFile(noise, Test::randomBytes(100000, 11)));
    auto imported = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("import"), noise, QStringLiteral("--json") });
    const QString docId = QJsonDocument::fromJson(imported.out).array().at(0)[QLatin1String("id")].toString();
    QVERIFY2(!docId.isEmpty(), imported.out.constData());

    auto ocr = Test::runCli({ QStringLiteral("--data-dir"), dir, QStringLiteral("ocr"), docId });
    QCOMPARE(ocr.exitCode, 1);
    QVERIFY(!ocr.crashed);
    QVERIFY2(ocr.err.contains("nothing was stored"), ocr.err.constData());
    QVERIFY2(ocr.out.contains("not a readable image"), ocr.out.constData());
    auto versions = Test::runCli(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("versions"), docId, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(versions.out).object()[QLatin1String("versions")].toArray().size(), 1);
}

// A QGuiApplication (offscreen): drawing the pages' text needs the font database.
QTEST_MAIN(TstOcr)
#include "tst_ocr.moc"
