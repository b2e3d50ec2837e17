#include "../testsupport.h"
#include "../textpage.h"
#include "client/historypane.h"
#include "client/mainwindow.h"
#include "dms/capture/importer.h"
#include "dms/capture/scanfiling.h"
#include "dms/engine.h"
#include "dms/search/indexer.h"
#include "dms/search/searchindex.h"
#include "dms/store/queries.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;

/**
 * The history pane for scans: the OCR confidence of every page of the selected version
 * (uncertain pages flagged in words, icon and colour), the TR-RESISCAN transfer note verified
 * against the stored version, and text recognition from the pane — one page again, or a whole
 * image — each making the next version. A real data folder, a scan product filed by
 * ScanFiling from generated pages, the real OCR worker (Tesseract).
 */
class TstHistoryOcr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanShowsConfidencesAndTransferNote();
    void recognisePageAgainMakesTheNextVersion();
    void imageIsRecognisedFromThePane();
    void readOnlyFolderSaysWhyNot();
    void addDocumentsRecognisesWithProgress();

private:
    void openWindow(MainWindow &w, const QUuid &doc);
    QList<Model::Version> versions(MainWindow &w, const QUuid &doc);
    static QStringList rows(const QListWidget *list);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QUuid m_scan; ///< two pages, filed with every page flagged low
    QUuid m_image; ///< a PNG imported without OCR
    QUuid m_case;
    QString m_device;
};

namespace {

} // namespace

void TstHistoryOcr::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historyocr"));
    QVERIFY2(!Dms::Ocr::workerPath().isEmpty(), "aktenwerk-ocr not found (AKTENWERK_OCR)");
}

void TstHistoryOcr::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_data = m_dir->filePath(QStringLiteral("data"));
    auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
    QVERIFY(e.has_value());
    Dms::Engine &engine = **e;
    QVERIFY(Test::importSmallPlan(engine).has_value());
    auto file = engine.apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bauantrag Müller")));
    QVERIFY(file.has_value());
    auto caseRecord = engine.apply(Dms::Commands::createCase(file->id, QStringLiteral("Neubau Wohnhaus")));
    QVERIFY(caseRecord.has_value());
    m_case = caseRecord->id;

    // A scan of two pages, filed as the scan dialog files it; every page counts as uncertain
    // (threshold above 100), so the flag is known without guessing Tesseract's confidence.
    QList<Dms::ScannedPage> pages;
    const QList<QStringList> texts { { QStringLiteral("Baugenehmigung"), QStringLiteral("Herrn Karl Müller"),
                                         QStringLiteral("Lange Straße 7") },
        { QStringLiteral("Anlage: Lageplan"), QStringLiteral("Flurstück 112") } };
    for (int i = 0; i < texts.size(); ++i) {
        Dms::ScannedPage p;
        p.number = i + 1;
        p.path = m_dir->filePath(QStringLiteral("page-%1.png").arg(i + 1));
        const QImage img = Test::textPage(texts.at(i));
        QVERIFY(img.save(p.path, "PNG"));
        p.width = img.width();
        p.height = img.height();
        p.dpi = 300;
        p.mode = Dms::ScanMode::Gray;
        pages << p;
    }
    Dms::ScanOptions settings;
    settings.device = QStringLiteral("test:0 (Noname frontend-tester)");
    settings.source = Dms::ScanSource::Feeder;
    settings.mode = Dms::ScanMode::Gray;
    settings.dpi = 300;
    m_device = settings.device;
    Dms::Ocr::Options strict;
    strict.lowConfidenceBelow = 101;
    auto filed = Dms::ScanFiling::file(
        engine, settings, pages, { { 0, 1 } }, caseRecord->id, QDateTime::currentDateTimeUtc(), strict);
    QVERIFY2(filed.has_value(), filed ? "" : qPrintable(filed.error().toString()));
    QCOMPARE(filed->size(), 1);
    m_scan = filed->first().documentId;

    const QString png = m_dir->filePath(QStringLiteral("bescheid.png"));
    QVERIFY(
        Test::textPage({ QStringLiteral("Widerspruchsbescheid"), QStringLiteral("Sehr geehrter Herr Müller") }).save(png, "PNG"));
    Dms::ImportOptions noOcr;
    noOcr.ocr = false;
    auto imported = Dms::Importer(engine).importFiles(caseRecord->id, { png }, nullptr, noOcr);
    QVERIFY(imported.has_value());
    QCOMPARE(imported->first().status, Dms::ImportItem::Status::WithoutText);
    m_image = imported->first().documentId;
    // The scan product read by the extraction worker (pages, text), as after any import.
    QVERIFY(Dms::Search::Indexer::update(engine).has_value());
}

void TstHistoryOcr::cleanup()
{
    m_dir.reset();
}

void TstHistoryOcr::openWindow(MainWindow &w, const QUuid &doc)
{
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    w.showDocument(doc);
    QTRY_VERIFY_WITH_TIMEOUT(w.history()->documentId() == doc && w.history()->isLoaded(), 10000);
}

QList<Model::Version> TstHistoryOcr::versions(MainWindow &w, const QUuid &doc)
{
    auto db = w.engine()->openReader();
    if (!db)
        return {};
    auto vs = Dms::Queries::versions(*db, doc);
    return vs ? *vs : QList<Model::Version>();
}

QStringList TstHistoryOcr::rows(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

void TstHistoryOcr::scanShowsConfidencesAndTransferNote()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w, m_scan);
    HistoryPane *h = w.history();
    const QList<Model::Version> vs = versions(w, m_scan);
    QCOMPARE(vs.size(), 1);
    const QJsonArray ocr = QJsonDocument::fromJson(vs.first().ocr.toUtf8()).array();
    QCOMPARE(ocr.size(), 2);

    // Every page with its stored confidence, flagged "please check" in words, with an icon and a colour.
    QListWidget *list = h->ocrPagesList();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->isVisibleTo(h));
    for (int i = 0; i < 2; ++i) {
        const int confidence = ocr.at(i).toObject().value(QLatin1String("confidence")).toInt();
        QCOMPARE(list->item(i)->text(), QStringLiteral("Page %1: %2 % — please check").arg(i + 1).arg(confidence));
        QVERIFY(!list->item(i)->icon().isNull());
        QVERIFY(list->item(i)->foreground().color() != list->palette().color(QPalette::Text));
        QVERIFY(!list->item(i)->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }
    QVERIFY(!list->accessibleName().isEmpty());

    // The transfer note, with what TR-RESISCAN asks for, verified against the stored version.
    QLabel *note = h->transferNoteLabel();
    QVERIFY(note->isVisibleTo(h));
    const QString text = note->text();
    QVERIFY2(text.contains(QStringLiteral("Transfer note (TR-RESISCAN)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Device: ") + m_device), qPrintable(text));
    // In words, not the codes the note stores ("adf", "gray").
    QVERIFY2(text.contains(QStringLiteral("Source: document feeder, one side, mode: greyscale, resolution: 300 dpi")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Scanned by: ") + w.engine()->user().login), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pages: 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Quality check: NOT passed")), qPrintable(text)); // every page low
    QVERIFY2(text.contains(QStringLiteral("Product SHA-256: ") + vs.first().sha256), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Verified: the note matches the stored version.")), qPrintable(text));
    QVERIFY(!note->accessibleName().isEmpty());

    // The PDF has text: recognising the whole again is refused, with the reason; one page is offered.
    QVERIFY(!h->recogniseAction()->isEnabled());
    QVERIFY2(h->recogniseAction()->toolTip().contains(QStringLiteral("already has text")),
        qPrintable(h->recogniseAction()->toolTip()));
    QVERIFY(h->recognisePageAction()->isEnabled());
    QCOMPARE(h->ocrPageBox()->maximum(), 2);
}

void TstHistoryOcr::recognisePageAgainMakesTheNextVersion()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w, m_scan);
    HistoryPane *h = w.history();
    QTRY_VERIFY(h->recognisePageAction()->isEnabled());
    const QJsonArray before = QJsonDocument::fromJson(versions(w, m_scan).first().ocr.toUtf8()).array();
    // Page 1, chosen in the list, again with the normal threshold: it is no longer flagged.
    h->ocrPagesList()->setCurrentRow(0);
    QCOMPARE(h->ocrPageBox()->value(), 1);
    h->setOcrOptions(Dms::Ocr::Options {});
    h->recognisePageAction()->trigger();
    QVERIFY(h->isBusy());
    QVERIFY(!h->recognisePageAction()->isEnabled()); // one at a time
    QTRY_VERIFY_WITH_TIMEOUT(!h->isBusy(), 180000);
    QTRY_COMPARE_WITH_TIMEOUT(h->versions().size(), 2, 10000);
    QVERIFY2(h->banner()->text().contains(QStringLiteral("version 2")), qPrintable(h->banner()->text()));

    const QList<Model::Version> vs = versions(w, m_scan);
    QCOMPARE(vs.size(), 2);
    QCOMPARE(vs.at(1).mimeType, QStringLiteral("application/pdf"));
    QVERIFY2(vs.at(1).comment.contains(QStringLiteral("of page 1 again")), qPrintable(vs.at(1).comment));
    // The new version is the one selected and shown (once the list has been read again).
    QTRY_VERIFY(h->selectedVersions().size() == 1 && h->selectedVersions().first().number == 2);
    QTRY_COMPARE(h->ocrPagesList()->count(), 2);
    const QStringList shown = rows(h->ocrPagesList());
    QCOMPARE(shown.size(), 2);
    QVERIFY2(!shown.at(0).contains(QStringLiteral("please check")), qPrintable(shown.at(0)));
    // Page 2 was only copied: it keeps the confidence and the flag recorded before.
    QCOMPARE(shown.at(1),
        QStringLiteral("Page 2: %1 % — please check")
            .arg(before.at(1).toObject().value(QLatin1String("confidence")).toInt()));
    // Version 2 is no scan of its own: no transfer note; version 1 still has it.
    QVERIFY(!h->transferNoteLabel()->isVisibleTo(h));
    h->selectVersions({ 1 });
    QVERIFY(h->transferNoteLabel()->isVisibleTo(h));
    QVERIFY(h->transferNoteLabel()->text().contains(QStringLiteral("Verified")));
}

void TstHistoryOcr::imageIsRecognisedFromThePane()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w, m_image);
    HistoryPane *h = w.history();
    QTRY_VERIFY(h->recogniseAction()->isEnabled());
    // An image has no pages of a PDF to recognise again, and no OCR or transfer note yet.
    QVERIFY(!h->recognisePageAction()->isEnabled());
    QVERIFY(!h->recognisePageAction()->toolTip().isEmpty());
    QVERIFY(!h->ocrPagesList()->isVisibleTo(h));
    QVERIFY(!h->transferNoteLabel()->isVisibleTo(h));

    h->recogniseAction()->trigger();
    QVERIFY(h->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!h->isBusy(), 180000);
    QTRY_COMPARE_WITH_TIMEOUT(h->versions().size(), 2, 10000);
    const QList<Model::Version> vs = versions(w, m_image);
    QCOMPARE(vs.size(), 2);
    QCOMPARE(vs.at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(vs.at(1).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(vs.at(1).origin, Model::VersionOrigin::Scan);
    QTRY_VERIFY(!h->selectedVersions().isEmpty() && h->selectedVersions().first().number == 2);
    QTRY_COMPARE(h->ocrPagesList()->count(), 1);
    QVERIFY(h->ocrPagesList()->item(0)->text().startsWith(QStringLiteral("Page 1: ")));
    // Now it has text: whole-document OCR is refused with the reason, one page again is offered.
    QTRY_VERIFY(!h->recogniseAction()->isEnabled());
    QVERIFY(h->recognisePageAction()->isEnabled());
    auto found = Dms::Search::SearchIndex::search(*w.engine(), QStringLiteral("Widerspruchsbescheid"), 10);
    QVERIFY(found.has_value());
    QVERIFY(std::any_of(found->hits.cbegin(), found->hits.cend(),
        [&](const Dms::Search::Hit &hit) { return hit.documentId == m_image; }));
}

void TstHistoryOcr::readOnlyFolderSaysWhyNot()
{
    MainWindow w(MainWindow::Options { m_data, true });
    openWindow(w, m_image);
    HistoryPane *h = w.history();
    // The image could be recognised, but not in a folder opened read-only: disabled, with the reason.
    QVERIFY(!h->recogniseAction()->isEnabled());
    QVERIFY2(h->recogniseAction()->toolTip().contains(QStringLiteral("read-only")),
        qPrintable(h->recogniseAction()->toolTip()));
    QVERIFY(!h->recognisePageAction()->isEnabled());
    QVERIFY2(h->recognisePageAction()->toolTip().contains(QStringLiteral("read-only")),
        qPrintable(h->recognisePageAction()->toolTip()));
    h->recogniseAction()->trigger(); // a disabled action does nothing
    QVERIFY(!h->isBusy());
    QCOMPARE(versions(w, m_image).size(), 1);
}

void TstHistoryOcr::addDocumentsRecognisesWithProgress()
{
    MainWindow w(MainWindow::Options { m_data, false });
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    const QString png = m_dir->filePath(QStringLiteral("nachtrag.png"));
    QVERIFY(Test::textPage({ QStringLiteral("Nachtrag zur Baugenehmigung"), QStringLiteral("Flurstück 113") }).save(png, "PNG"));
    QStringList messages;
    connect(w.statusBar(), &QStatusBar::messageChanged, this, [&](const QString &m) { messages << m; });
    QSignalSpy added(&w, &MainWindow::documentsAdded);
    // The GUI's add-documents: stored, then recognised on the import's thread, with progress.
    w.addDocuments(m_case, { png });
    QVERIFY(added.wait(180000));
    QCOMPARE(added.first().first().toInt(), 1);
    QVERIFY2(messages.contains(QStringLiteral("Recognising text (OCR): page 1 of 1…")),
        qPrintable(messages.join(QStringLiteral(" | "))));

    auto db = w.engine()->openReader();
    QVERIFY(db.has_value());
    auto st = db->prepare(QStringLiteral("SELECT document_id FROM version WHERE sha256 = ? AND number = 1"));
    QVERIFY(st.has_value());
    st->bind(1, Test::sha256Hex(Test::readFile(png)));
    auto row = st->step();
    QVERIFY(row.has_value() && *row);
    const QUuid doc = QUuid::fromString(st->text(0));
    const QList<Model::Version> vs = versions(w, doc);
    QCOMPARE(vs.size(), 2);
    QCOMPARE(vs.at(1).mimeType, QStringLiteral("application/pdf"));
    auto found = Dms::Search::SearchIndex::search(*w.engine(), QStringLiteral("Nachtrag"), 10);
    QVERIFY(found.has_value());
    QVERIFY(std::any_of(
        found->hits.cbegin(), found->hits.cend(), [&](const Dms::Search::Hit &hit) { return hit.documentId == doc; }));
}

QTEST_MAIN(TstHistoryOcr)
#include "tst_historyocr.moc"
