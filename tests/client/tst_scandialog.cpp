#include "../testsupport.h"
#include "client/mainwindow.h"
#include "client/messagebanner.h"
#include "client/scandialog.h"
#include "client/scanpagemodel.h"
#include "dms/capture/pageanalysis.h"
#include "dms/capture/separatorsheet.h"
#include "dms/command.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "model/scantransfernote.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;

class TstScanDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheTestDeviceAndItsOptions();
    void scanRotateDeleteAndFile();
    void blankPagesProposedAndSplit();
    void printedSeparatorSheetSplits();
    void failedFilingFilesNothingTwice();
    void reorderByKeyboardAndDrop();
    void cancelMidScanKeepsPages();
    void upsideDownPageTurnedByOsd();
    void skewedPageStraightened();
    void mainWindowScansIntoTheSelectedCase();
    void jamKeepsPagesAndSaysSo();
    void germanLabels(); // last: it installs the German catalogue

private:
    /** Waits for the background search and the settings of test:0, and picks feeder, grey, 150 dpi. */
    bool chooseTestFeeder(ScanDialog &d, int pages);
    /** A page of German text (a letter) at 150 dpi, grey; @p lines lines of large type. */
    static QImage letterPage(int lines);
    static bool select(QComboBox *combo, const QVariant &data);
    static int pdfPages(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Dms::Engine> m_engine;
    QUuid m_case;
    QString m_caseReference;
};

void TstScanDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scandialog"));
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en")); // plural forms
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR")) // run by hand, not through CTest
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(Test::sourceDir() + QStringLiteral("/tests/data/sane")));
    QVERIFY2(QFile::exists(qEnvironmentVariable("SANE_CONFIG_DIR") + QStringLiteral("/dll.conf")),
        "the SANE test configuration (tests/data/sane/dll.conf) is missing");
    QVERIFY2(!Dms::Scanner::workerPath().isEmpty(), "aktenwerk-scan is not built (set AKTENWERK_SCAN)");
    QVERIFY2(!Dms::Ocr::workerPath().isEmpty(), "aktenwerk-ocr is not built (set AKTENWERK_OCR)");
}

void TstScanDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto e = Test::openEngine(m_dir->filePath(QStringLiteral("data")));
    QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().toString()));
    m_engine = std::shared_ptr<Dms::Engine>(std::move(*e));
    QVERIFY(Test::importSmallPlan(*m_engine).has_value());
    auto file
        = m_engine->apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bauakte Lindenweg")));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    auto c = m_engine->apply(Dms::Commands::createCase(file->id, QStringLiteral("Bauantrag Garage")));
    QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().toString()));
    m_case = c->id;
    m_caseReference = c->reference;
    QVERIFY(!m_caseReference.isEmpty());
}

void TstScanDialog::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

bool TstScanDialog::select(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

bool TstScanDialog::chooseTestFeeder(ScanDialog &d, int pages)
{
    if (!QTest::qWaitFor([&] { return d.deviceCombo()->findData(QStringLiteral("test:0")) >= 0; }, 30000))
        return false;
    if (d.deviceCombo()->currentData().toString() != QStringLiteral("test:0"))
        select(d.deviceCombo(), QStringLiteral("test:0"));
    if (!QTest::qWaitFor([&] { return d.sourceCombo()->count() > 0 && d.scanButton()->isEnabled(); }, 30000))
        return false;
    d.maxPagesSpin()->setValue(pages);
    return select(d.sourceCombo(), Dms::Scanner::sourceName(Dms::ScanSource::Feeder))
        && select(d.modeCombo(), Dms::Scanner::modeName(Dms::ScanMode::Gray)) && select(d.resolutionCombo(), 150);
}

QImage TstScanDialog::letterPage(int lines)
{
    QImage page(1240, 1754, QImage::Format_Grayscale8); // A4 at 150 dpi
    page.setDotsPerMeterX(5906);
    page.setDotsPerMeterY(5906);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setPen(Qt::black);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(42);
    p.setFont(font);
    const QStringList text { QStringLiteral("Stadtverwaltung Musterstadt"),
        QStringLiteral("Bauordnungsamt, Zimmer 214"), QStringLiteral("Sehr geehrte Damen und Herren,"),
        QStringLiteral("hiermit beantrage ich die Genehmigung"), QStringLiteral("einer Garage auf dem Grundstück"),
        QStringLiteral("Lindenweg 12, Flur 3."), QStringLiteral("Mit freundlichen Grüßen"),
        QStringLiteral("Erika Mustermann") };
    for (int i = 0; i < lines; ++i)
        p.drawText(140, 220 + i * 90, text.at(i % text.size()));
    return page;
}

int TstScanDialog::pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TstScanDialog::listsTheTestDeviceAndItsOptions()
{
    ScanDialog d(m_engine, m_case, m_caseReference);
    d.show();
    // The search runs in the background: the dialog says so and stays responsive meanwhile.
    QVERIFY2(d.deviceStatus()->text().contains(QLatin1String("Searching")), qPrintable(d.deviceStatus()->text()));
    QVERIFY(!d.refreshButton()->isEnabled());
    QVERIFY(!d.scanButton()->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("scanTarget"))->text().contains(m_caseReference));

    QTRY_VERIFY_WITH_TIMEOUT(d.deviceCombo()->findData(QStringLiteral("test:0")) >= 0, 30000);
    QVERIFY(d.deviceCombo()->findData(QStringLiteral("test:1")) >= 0);
    QVERIFY(select(d.deviceCombo(), QStringLiteral("test:0")));
    QTRY_VERIFY_WITH_TIMEOUT(d.sourceCombo()->count() > 0, 30000);
    QVERIFY(d.refreshButton()->isEnabled());
    // What the test backend offers: flatbed and feeder (no duplex unit); colour, grey, black and white.
    QVERIFY(d.sourceCombo()->findData(Dms::Scanner::sourceName(Dms::ScanSource::Flatbed)) >= 0);
    QVERIFY(d.sourceCombo()->findData(Dms::Scanner::sourceName(Dms::ScanSource::Feeder)) >= 0);
    QCOMPARE(d.sourceCombo()->findData(Dms::Scanner::sourceName(Dms::ScanSource::Duplex)), -1);
    for (Dms::ScanMode m : { Dms::ScanMode::Color, Dms::ScanMode::Gray, Dms::ScanMode::BlackWhite })
        QVERIFY2(d.modeCombo()->findData(Dms::Scanner::modeName(m)) >= 0, qPrintable(Dms::Scanner::modeName(m)));
    QVERIFY(d.resolutionCombo()->findData(150) >= 0);
    QVERIFY(d.resolutionCombo()->findData(300) >= 0);
    QVERIFY(d.pageSizeCombo()->findData(QStringLiteral("A4")) >= 0);
    QVERIFY(d.pageSizeCombo()->findData(QStringLiteral("max")) >= 0);
    QVERIFY(d.scanButton()->isEnabled());
    for (QWidget *w : d.findChildren<QWidget *>()) {
        if (w->isVisibleTo(&d)
            && (qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QCheckBox *>(w)))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    // The choice is remembered for the next scan.
    QVERIFY(select(d.modeCombo(), Dms::Scanner::modeName(Dms::ScanMode::BlackWhite)));
    QVERIFY(select(d.resolutionCombo(), 150));
    d.maxPagesSpin()->setValue(1);
    QVERIFY(select(d.sourceCombo(), Dms::Scanner::sourceName(Dms::ScanSource::Feeder)));
    d.startScan();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isScanning(), 60000);
    QCOMPARE(QSettings().value(QStringLiteral("scan/device")).toString(), QStringLiteral("test:0"));
    ScanDialog again(m_engine, {}, {});
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("scanTarget"))->text().contains(QLatin1String("intake")));
    QTRY_VERIFY_WITH_TIMEOUT(again.modeCombo()->count() > 0, 30000);
    QCOMPARE(again.deviceCombo()->currentData().toString(), QStringLiteral("test:0"));
    QCOMPARE(again.modeCombo()->currentData().toString(), Dms::Scanner::modeName(Dms::ScanMode::BlackWhite));
    QCOMPARE(again.resolutionCombo()->currentData().toInt(), 150);
    QCOMPARE(again.sourceCombo()->currentData().toString(), Dms::Scanner::sourceName(Dms::ScanSource::Feeder));
}

void TstScanDialog::scanRotateDeleteAndFile()
{
    ScanDialog d(m_engine, m_case, m_caseReference);
    QAbstractItemModelTester tester(d.pageModel());
    QSignalSpy filed(&d, &ScanDialog::filed);
    d.show();
    QVERIFY(chooseTestFeeder(d, 3));
    QTest::mouseClick(d.scanButton(), Qt::LeftButton);
    QVERIFY(d.isScanning());
    QVERIFY(d.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isScanning(), 60000);
    QVERIFY2(!d.messageLabel()->isVisible(), qPrintable(d.messageLabel()->text()));
    QCOMPARE(d.pageModel()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    for (int row = 0; row < 3; ++row) {
        const QImage thumb = d.pageModel()->index(row).data(Qt::DecorationRole).value<QImage>();
        QVERIFY2(!thumb.isNull(), qPrintable(QString::number(row)));
        QVERIFY(!d.pageModel()->proposedBlank(row));
    }
    QCOMPARE(d.scanButton()->text().remove(QLatin1Char('&')), QStringLiteral("Scan more"));
    const QString batch = d.batchDir();
    QVERIFY(batch.startsWith(m_engine->dataDir() + QStringLiteral("/scans/")));

    // Turn page 2 a quarter to the right: the page file itself is turned.
    const QString page2 = d.pageModel()->index(1).data(ScanPageModel::PathRole).toString();
    const QSize before = QImageReader(page2).size();
    QVERIFY(before.width() != before.height());
    d.pageView()->setFocus();
    d.pageView()->setCurrentIndex(d.pageModel()->index(1));
    QTest::keyClick(d.pageView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 30000);
    QCOMPARE(QImageReader(page2).size(), before.transposed());
    QCOMPARE(d.pageModel()->page(1)->rotation, 90);

    // Delete page 3 with the keyboard.
    d.pageView()->setCurrentIndex(d.pageModel()->index(2));
    QTest::keyClick(d.pageView(), Qt::Key_Delete);
    QCOMPARE(d.pageModel()->rowCount(), 2);
    QCOMPARE(d.documentGroups().size(), 1);

    QVERIFY(d.fileButton()->isEnabled());
    QTest::mouseClick(d.fileButton(), Qt::LeftButton);
    QVERIFY(d.isFiling());
    QVERIFY(filed.wait(180000));
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(filed.first().at(1).toUuid(), m_case);
    const QList<QUuid> ids = filed.first().at(0).value<QList<QUuid>>();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document"),
                 QStringLiteral("case_id = '%1'").arg(m_case.toString(QUuid::WithoutBraces))),
        1);
    QCOMPARE(d.filedDocuments().size(), 1);
    const Dms::ScanFiling::Filed &f = d.filedDocuments().first();
    QCOMPARE(f.documentId, ids.first());
    QCOMPARE(pdfPages(m_engine->content().pathFor(f.sha256)), 2);

    // The transfer note as stored with the version says what the review did.
    auto reader = m_engine->openReader();
    QVERIFY(reader.has_value());
    auto json = reader->scalar(QStringLiteral("SELECT v.transfer_note FROM version v WHERE v.document_id = '%1'")
                                   .arg(f.documentId.toString(QUuid::WithoutBraces)));
    QVERIFY2(json.has_value(), qPrintable(json ? QString() : json.error().toString()));
    auto note = Model::ScanTransferNote::parse(json->toString().toUtf8());
    QVERIFY2(note.has_value(), qPrintable(note ? QString() : note.error().toString()));
    QCOMPARE(note->pageCount, 2);
    QCOMPARE(note->deviceName, QStringLiteral("test:0"));
    QCOMPARE(note->resolutionDpi, 150);
    QVERIFY2(
        note->qualityCheckText.contains(QStringLiteral("page 2 rotated (90°)")), qPrintable(note->qualityCheckText));
    QVERIFY2(note->qualityCheckText.contains(QLatin1String("deleted")), qPrintable(note->qualityCheckText));
    // Filed: the page files are no longer needed.
    QVERIFY(!QDir(batch).exists());
}

void TstScanDialog::blankPagesProposedAndSplit()
{
    // A kept batch: text, blank (a few specks of dust), text.
    const QString batch = m_dir->filePath(QStringLiteral("kept"));
    QVERIFY(QDir().mkpath(batch + QStringLiteral("/1")));
    QImage blank(1240, 1754, QImage::Format_Grayscale8);
    blank.setDotsPerMeterX(5906);
    blank.setDotsPerMeterY(5906);
    blank.fill(Qt::white);
    for (int i = 0; i < 6; ++i)
        blank.setPixel(300 + 97 * i, 400 + 131 * i, qRgb(40, 40, 40));
    QVERIFY(letterPage(3).save(batch + QStringLiteral("/1/page-0001.png")));
    QVERIFY(blank.save(batch + QStringLiteral("/1/page-0002.png")));
    QVERIFY(letterPage(2).save(batch + QStringLiteral("/1/page-0003.png")));

    ScanDialog d(m_engine, m_case, m_caseReference);
    QAbstractItemModelTester tester(d.pageModel());
    d.setAutoOrientation(false); // upright pages; OSD has a test of its own
    d.loadBatch(batch);
    QCOMPARE(d.pageModel()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    QVERIFY(!d.pageModel()->proposedBlank(0));
    QVERIFY(d.pageModel()->proposedBlank(1));
    QVERIFY(!d.pageModel()->proposedBlank(2));
    QVERIFY(d.pageModel()->index(1).data(Qt::DisplayRole).toString().contains(QLatin1String("Blank")));
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0, 2 } }));
    QVERIFY2(d.documentCountLabel()->text().contains(QLatin1Char('1')), qPrintable(d.documentCountLabel()->text()));

    // Raising the threshold above the coverage of the shorter letter proposes it too, at once.
    const double coverage3 = d.pageModel()->page(2)->coverage;
    QVERIFY(coverage3 > d.pageModel()->page(1)->coverage);
    QVERIFY2(coverage3 * 100 < d.thresholdSpin()->maximum(), qPrintable(QString::number(coverage3)));
    const double oldThreshold = d.thresholdSpin()->value();
    d.thresholdSpin()->setValue(coverage3 * 100 + 0.01);
    QVERIFY(d.pageModel()->proposedBlank(2));
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0 } }));
    // The clerk keeps it.
    d.pageView()->setCurrentIndex(d.pageModel()->index(2));
    d.keepAction()->trigger();
    QVERIFY(!d.pageModel()->proposedBlank(2));
    d.keepAction()->trigger();
    QVERIFY(d.pageModel()->proposedBlank(2));
    d.thresholdSpin()->setValue(oldThreshold);
    QVERIFY(!d.pageModel()->proposedBlank(2));

    // Split at the blank sheet: two documents.
    d.splitCheck()->setChecked(true);
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0 }, { 2 } }));
    QVERIFY2(d.documentCountLabel()->text().contains(QLatin1Char('2')), qPrintable(d.documentCountLabel()->text()));
    QSignalSpy filed(&d, &ScanDialog::filed);
    QTest::mouseClick(d.fileButton(), Qt::LeftButton);
    QVERIFY(filed.wait(180000));
    QCOMPARE(d.filedDocuments().size(), 2);
    for (const Dms::ScanFiling::Filed &f : d.filedDocuments()) {
        QCOMPARE(f.note.pageCount, 1);
        QVERIFY2(f.note.qualityCheckText.contains(QLatin1String("removed as separator")),
            qPrintable(f.note.qualityCheckText));
        QCOMPARE(pdfPages(m_engine->content().pathFor(f.sha256)), 1);
    }
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document"),
                 QStringLiteral("case_id = '%1'").arg(m_case.toString(QUuid::WithoutBraces))),
        2);
    QVERIFY(!QDir(batch).exists());
}

void TstScanDialog::printedSeparatorSheetSplits()
{
    // A kept batch: letter, the printed separator sheet (drawn by Poppler from our PDF), letter.
    const QString batch = m_dir->filePath(QStringLiteral("sheets"));
    QVERIFY(QDir().mkpath(batch + QStringLiteral("/1")));
    const QString pdf = m_dir->filePath(QStringLiteral("trennblatt.pdf"));
    QVERIFY(Test::writeFile(pdf, Dms::SeparatorSheet::pdf(QStringLiteral("Trennblatt"), QString())));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                                                QStringLiteral("-singlefile"), pdf, m_dir->filePath(QStringLiteral("sheet")) });
    QVERIFY(render.waitForFinished(30000) && render.exitCode() == 0);
    const QImage sheet(m_dir->filePath(QStringLiteral("sheet.pgm")));
    QVERIFY(!sheet.isNull());
    QVERIFY(letterPage(4).save(batch + QStringLiteral("/1/page-0001.png")));
    QVERIFY(sheet.save(batch + QStringLiteral("/1/page-0002.png")));
    QVERIFY(letterPage(3).save(batch + QStringLiteral("/1/page-0003.png")));

    ScanDialog d(m_engine, m_case, m_caseReference);
    d.setAutoOrientation(false);
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    QVERIFY(!d.pageModel()->proposedSeparator(0));
    QVERIFY(d.pageModel()->proposedSeparator(1));
    QVERIFY(!d.pageModel()->proposedBlank(1)); // it has ink: not a blank page
    QVERIFY(d.pageModel()->index(1).data(Qt::DisplayRole).toString().contains(QLatin1String("Separator sheet")));
    // It splits without the blank-sheet option, and is not filed.
    QVERIFY(!d.splitCheck()->isChecked());
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0 }, { 2 } }));
    // Kept by the clerk, it is an ordinary page.
    d.pageView()->setCurrentIndex(d.pageModel()->index(1));
    d.keepAction()->trigger();
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0, 1, 2 } }));
    d.keepAction()->trigger();
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0 }, { 2 } }));

    QSignalSpy filed(&d, &ScanDialog::filed);
    QTest::mouseClick(d.fileButton(), Qt::LeftButton);
    QVERIFY(filed.wait(180000));
    QCOMPARE(d.filedDocuments().size(), 2);
    for (const Dms::ScanFiling::Filed &f : d.filedDocuments()) {
        QCOMPARE(f.note.pageCount, 1);
        QVERIFY2(f.note.qualityCheckText.contains(QLatin1String("separator sheet")), qPrintable(f.note.qualityCheckText));
    }
}

void TstScanDialog::failedFilingFilesNothingTwice()
{
    // Two letters split at a blank sheet; recognising the second one crashes the OCR worker
    // (its test hook), so the first document is filed and the second fails.
    const QString batch = m_dir->filePath(QStringLiteral("retry"));
    QVERIFY(QDir().mkpath(batch + QStringLiteral("/1")));
    QImage blank(1240, 1754, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    QVERIFY(letterPage(4).save(batch + QStringLiteral("/1/page-0001.png")));
    QVERIFY(blank.save(batch + QStringLiteral("/1/page-0002.png")));
    QVERIFY(letterPage(3).save(batch + QStringLiteral("/1/page-0003.png")));
    ScanDialog d(m_engine, m_case, m_caseReference);
    d.setAutoOrientation(false);
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    d.splitCheck()->setChecked(true);
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 0 }, { 2 } }));
    const auto inCase = [this] {
        return Test::countRows(*m_engine, QStringLiteral("document"),
            QStringLiteral("case_id = '%1'").arg(m_case.toString(QUuid::WithoutBraces)));
    };
    const int before = inCase();

    qputenv("AKTENWERK_OCR_TEST_CRASH", "page-0003");
    QTest::mouseClick(d.fileButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isFiling(), 180000);
    qunsetenv("AKTENWERK_OCR_TEST_CRASH");
    QVERIFY(d.filedDocuments().isEmpty());
    QCOMPARE(d.partlyFiled().size(), 1);
    QCOMPARE(inCase(), before + 1);
    QVERIFY2(d.messageLabel()->text().contains(QLatin1String("1 document was filed before")),
        qPrintable(d.messageLabel()->text()));
    // The filed letter left the review and the batch folder; the blank sheet and the second stay.
    QCOMPARE(d.pageModel()->rowCount(), 2);
    QVERIFY(!QFile::exists(batch + QStringLiteral("/1/page-0001.png")));
    QVERIFY(QFile::exists(batch + QStringLiteral("/1/page-0003.png")));
    QCOMPARE(d.documentGroups(), (QList<QList<int>> { { 1 } }));

    // Again, now that the cause is gone: only the second letter is filed.
    QSignalSpy filed(&d, &ScanDialog::filed);
    QTest::mouseClick(d.fileButton(), Qt::LeftButton);
    QVERIFY(filed.wait(180000));
    QCOMPARE(d.filedDocuments().size(), 1);
    QCOMPARE(d.filedDocuments().first().note.pageCount, 1);
    QCOMPARE(inCase(), before + 2);
}

void TstScanDialog::reorderByKeyboardAndDrop()
{
    const QString batch = m_dir->filePath(QStringLiteral("order"));
    QVERIFY(QDir().mkpath(batch));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(letterPage(i).save(batch + QStringLiteral("/page-000%1.png").arg(i)));
    ScanDialog d(m_engine, {}, {});
    QAbstractItemModelTester tester(d.pageModel());
    d.setAutoOrientation(false);
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    auto order = [&d] {
        QStringList names;
        for (const ReviewPage &p : d.pageModel()->pages())
            names << QFileInfo(p.scanned.path).fileName();
        return names;
    };
    QCOMPARE(order(),
        (QStringList {
            QStringLiteral("page-0001.png"), QStringLiteral("page-0002.png"), QStringLiteral("page-0003.png") }));
    // Keyboard: page 1 one later.
    d.show();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    d.pageView()->setFocus();
    d.pageView()->setCurrentIndex(d.pageModel()->index(0));
    QTest::keyClick(d.pageView(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(order(),
        (QStringList {
            QStringLiteral("page-0002.png"), QStringLiteral("page-0001.png"), QStringLiteral("page-0003.png") }));
    QCOMPARE(d.pageView()->currentIndex().row(), 1);
    QVERIFY(d.moveUpAction()->isEnabled());
    d.moveUpAction()->trigger();
    QCOMPARE(order().first(), QStringLiteral("page-0001.png"));

    // Drag and drop: the view hands the drop to the model; page 3 dropped before page 1.
    std::unique_ptr<QMimeData> mime(d.pageModel()->mimeData({ d.pageModel()->index(2) }));
    QVERIFY(d.pageModel()->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    // false: the move is done; the view must not remove the dragged row afterwards.
    QVERIFY(!d.pageModel()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(order(),
        (QStringList {
            QStringLiteral("page-0003.png"), QStringLiteral("page-0001.png"), QStringLiteral("page-0002.png") }));
    QVERIFY(d.pageModel()->reordered());
    QVERIFY(d.reviewNote().contains(QLatin1String("order of pages changed")));
    // A drop of something else is refused.
    QMimeData other;
    other.setText(QStringLiteral("page-0001.png"));
    QVERIFY(!d.pageModel()->canDropMimeData(&other, Qt::MoveAction, 0, 0, {}));
}

void TstScanDialog::cancelMidScanKeepsPages()
{
    ScanDialog d(m_engine, {}, {});
    d.show();
    // From the second sheet on, the test backend delays every transfer: a page takes long.
    d.setExtraDeviceOptions({ QStringLiteral("read-delay=yes@2"), QStringLiteral("read-delay-duration=200000@2") });
    QVERIFY(chooseTestFeeder(d, 5));
    d.setAutoOrientation(false);
    QTest::mouseClick(d.scanButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        d.progressLabel()->text().contains(QLatin1String("page 2")), qPrintable(d.messageLabel()->text()), 60000);
    QCOMPARE(d.pageModel()->rowCount(), 1);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isScanning(), 10000);
    QVERIFY2(clock.elapsed() < 5000, "Cancel must stop the scanner, not wait for the page");
    QVERIFY(d.messageLabel()->isVisible());
    QVERIFY2(d.messageLabel()->text().contains(QLatin1String("cancelled")), qPrintable(d.messageLabel()->text()));
    QVERIFY2(
        d.messageLabel()->text().contains(QLatin1String("stay in the review")), qPrintable(d.messageLabel()->text()));
    QCOMPARE(d.pageModel()->rowCount(), 1);
    QVERIFY(QFile::exists(d.pageModel()->page(0)->scanned.path));

    // Still usable: "Scan more" appends to the same batch.
    QVERIFY(d.scanButton()->isEnabled());
    QVERIFY(!d.cancelButton()->isEnabled());
    d.setExtraDeviceOptions({});
    d.maxPagesSpin()->setValue(1);
    QTest::mouseClick(d.scanButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isScanning(), 60000);
    QCOMPARE(d.pageModel()->rowCount(), 2);
    QVERIFY(d.pageModel()->page(0)->scanned.path != d.pageModel()->page(1)->scanned.path);
    QVERIFY(d.pageModel()->page(1)->scanned.path.startsWith(d.batchDir()));
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    QVERIFY(d.fileButton()->isEnabled());
}

void TstScanDialog::upsideDownPageTurnedByOsd()
{
    const QString tessdata = qEnvironmentVariableIsSet("TESSDATA_PREFIX")
        ? qEnvironmentVariable("TESSDATA_PREFIX")
        : QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
    if (!QFile::exists(tessdata + QStringLiteral("/osd.traineddata")))
        QSKIP("osd.traineddata is not installed (package tesseract-ocr-osd): no orientation detection");
    const QImage upright = letterPage(8);
    const QString batch = m_dir->filePath(QStringLiteral("osd"));
    QVERIFY(QDir().mkpath(batch));
    const QString path = batch + QStringLiteral("/page-0001.png");
    QVERIFY(upright.transformed(QTransform().rotate(180)).save(path));
    QVERIFY(QImage(path).convertToFormat(QImage::Format_Grayscale8) != upright);

    ScanDialog d(m_engine, {}, {});
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    const ReviewPage *p = d.pageModel()->page(0);
    QVERIFY2(p->problem.isEmpty(), qPrintable(p->problem));
    QCOMPARE(p->autoRotation, 180);
    QVERIFY(d.pageModel()->index(0).data(Qt::DisplayRole).toString().contains(QLatin1String("Rotated automatically")));
    // The page file now stands upright: exactly the page as written (quarter turns move pixels, no resampling).
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_Grayscale8), upright);
    QVERIFY2(
        d.reviewNote().contains(QStringLiteral("page 1 rotated automatically (180°)")), qPrintable(d.reviewNote()));

    // An upright page is left as it is.
    const QString batch2 = m_dir->filePath(QStringLiteral("osd2"));
    QVERIFY(QDir().mkpath(batch2));
    QVERIFY(upright.save(batch2 + QStringLiteral("/page-0001.png")));
    ScanDialog d2(m_engine, {}, {});
    d2.loadBatch(batch2);
    QTRY_COMPARE_WITH_TIMEOUT(d2.pendingPageJobs(), 0, 60000);
    QCOMPARE(d2.pageModel()->page(0)->autoRotation, 0);
    QCOMPARE(QImage(batch2 + QStringLiteral("/page-0001.png")).convertToFormat(QImage::Format_Grayscale8), upright);
}

void TstScanDialog::skewedPageStraightened()
{
    // A letter fed 2° askew (turned clockwise): straightened, and the page file with it.
    QImage page(1240, 1754, QImage::Format_Grayscale8);
    page.setDotsPerMeterX(5906);
    page.setDotsPerMeterY(5906);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(2);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, letterPage(8));
    }
    const QString batch = m_dir->filePath(QStringLiteral("skew"));
    QVERIFY(QDir().mkpath(batch));
    const QString path = batch + QStringLiteral("/page-0001.png");
    QVERIFY(page.save(path));
    const double before = Dms::PageAnalysis::estimateSkew(page);
    QVERIFY2(std::abs(before - 2.0) < 0.5, qPrintable(QString::number(before)));

    ScanDialog d(m_engine, {}, {});
    d.setAutoOrientation(false);
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    const ReviewPage *p = d.pageModel()->page(0);
    QVERIFY2(std::abs(p->deskewed - before) < 0.01, qPrintable(QString::number(p->deskewed)));
    QVERIFY(d.pageModel()->index(0).data(Qt::DisplayRole).toString().contains(QLatin1String("Straightened")));
    const QImage after(path);
    QCOMPARE(after.size(), page.size());
    QVERIFY2(std::abs(Dms::PageAnalysis::estimateSkew(after)) < 0.3,
        qPrintable(QString::number(Dms::PageAnalysis::estimateSkew(after))));
    QVERIFY2(d.reviewNote().contains(QLatin1String("page 1 straightened")), qPrintable(d.reviewNote()));
}

void TstScanDialog::mainWindowScansIntoTheSelectedCase()
{
    // The main window opens its own engine on its own folder.
    const QString data = m_dir->filePath(QStringLiteral("window"));
    QUuid caseId;
    QString reference;
    {
        auto e = Test::openEngine(data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        QVERIFY(Test::importSmallPlan(**e).has_value());
        auto file = (*e)->apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bestand")));
        QVERIFY(file.has_value());
        auto c = (*e)->apply(Dms::Commands::createCase(file->id, QStringLiteral("Widerspruch")));
        QVERIFY(c.has_value());
        caseId = c->id;
        reference = c->reference;
    }
    MainWindow w(MainWindow::Options { data, false });
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QAction *scan = w.scanAction();
    QVERIFY(scan);
    QCOMPARE(scan->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    QTRY_VERIFY(scan->isEnabled());
    QVERIFY(w.selectPlanUnit(QStringLiteral("63.01.02")));
    QTRY_VERIFY_WITH_TIMEOUT(w.recordModel()->rowCount() > 0, 10000);
    const QModelIndex fileIndex = w.recordModel()->index(0, 0);
    w.recordView()->expand(fileIndex);
    QTRY_VERIFY_WITH_TIMEOUT(w.recordModel()->rowCount(fileIndex) > 0, 10000);
    w.recordView()->setCurrentIndex(w.recordModel()->index(0, 0, fileIndex));
    QCOMPARE(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), caseId);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(w.findChild<ScanDialog *>());
    auto *dialog = w.findChild<ScanDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("scanTarget"))->text().contains(reference));

    const QString batch = m_dir->filePath(QStringLiteral("window-batch"));
    QVERIFY(QDir().mkpath(batch));
    QVERIFY(letterPage(4).save(batch + QStringLiteral("/page-0001.png")));
    dialog->setAutoOrientation(false);
    dialog->loadBatch(batch);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->fileButton()->isEnabled(), 30000);
    QPointer<ScanDialog> alive(dialog);
    QTest::mouseClick(dialog->fileButton(), Qt::LeftButton);
    // Filed: the dialog closes, the banner says where, the document is selected.
    QTRY_VERIFY_WITH_TIMEOUT(!alive, 120000);
    QTRY_VERIFY(w.banner()->isVisible());
    QVERIFY2(w.banner()->text().contains(reference), qPrintable(w.banner()->text()));
    QVERIFY2(w.banner()->text().contains(QLatin1String("1 scanned document filed")), qPrintable(w.banner()->text()));
    QCOMPARE(Test::countRows(*w.engine(), QStringLiteral("document"),
                 QStringLiteral("case_id = '%1'").arg(caseId.toString(QUuid::WithoutBraces))),
        1);
    auto reader = w.engine()->openReader();
    QVERIFY(reader.has_value());
    auto id = reader->scalar(
        QStringLiteral("SELECT id FROM document WHERE case_id = '%1'").arg(caseId.toString(QUuid::WithoutBraces)));
    QVERIFY(id.has_value());
    // The first document filed is shown.
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(),
                              QUuid::fromString(id->toString()), 10000);
}

void TstScanDialog::jamKeepsPagesAndSaysSo()
{
    ScanDialog d(m_engine, {}, {});
    d.show();
    d.setAutoOrientation(false);
    d.setExtraDeviceOptions({ QStringLiteral("read-return-value=SANE_STATUS_JAMMED@3") }); // the third sheet jams
    QVERIFY(chooseTestFeeder(d, 5));
    QVERIFY(d.resumeButton()->isEnabled());
    QTest::mouseClick(d.scanButton(), Qt::LeftButton);
    QVERIFY(!d.resumeButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isScanning(), 60000);
    QVERIFY(d.messageLabel()->isVisible());
    QVERIFY2(d.messageLabel()->text().contains(QLatin1String("jammed")), qPrintable(d.messageLabel()->text()));
    QVERIFY2(d.messageLabel()->text().contains(QLatin1String("The 2 pages scanned before stay in the review")),
        qPrintable(d.messageLabel()->text()));
    QCOMPARE(d.pageModel()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    QVERIFY(d.fileButton()->isEnabled());
    QVERIFY(!d.resumeButton()->isEnabled()); // the batch is this one
    // The batch folder keeps what a later dialog needs to file it: the pages and the settings.
    ScanDialog later(m_engine, {}, {});
    later.setAutoOrientation(false);
    later.loadBatch(d.batchDir());
    QCOMPARE(later.pageModel()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(later.pendingPageJobs(), 0, 60000);
    QCOMPARE(later.batchDir(), d.batchDir());
    QVERIFY(later.fileButton()->isEnabled());
}

void TstScanDialog::germanLabels()
{
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    const QString batch = m_dir->filePath(QStringLiteral("de"));
    QVERIFY(QDir().mkpath(batch));
    QVERIFY(letterPage(3).save(batch + QStringLiteral("/page-0001.png")));
    ScanDialog d(m_engine, m_case, m_caseReference);
    d.setAutoOrientation(false);
    QCOMPARE(d.windowTitle(), QStringLiteral("Scannen"));
    QCOMPARE(d.deviceStatus()->text(), QStringLiteral("Scanner werden gesucht…"));
    QCOMPARE(d.fileButton()->text(), QStringLiteral("Ab&legen"));
    QCOMPARE(d.rotateRightAction()->text(), QStringLiteral("Nach rechts drehen"));
    d.loadBatch(batch);
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 60000);
    QVERIFY(d.pageModel()->index(0).data().toString().startsWith(QStringLiteral("Seite 1")));
    QCOMPARE(d.documentCountLabel()->text(), QStringLiteral("1 Dokument wird abgelegt."));
    d.rotateRightAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(d.pendingPageJobs(), 0, 30000);
    QCOMPARE(d.reviewNote(), QStringLiteral("Seite 1 gedreht (90°)"));
}

QTEST_MAIN(TstScanDialog)
#include "tst_scandialog.moc"
