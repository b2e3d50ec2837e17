// Scanning through the real SANE test backend (configured from tests/data/sane through
// SANE_CONFIG_DIR) and the real worker aktenwerk-scan. Faults are caused by the backend's own
// options (read-return-value makes sane_read answer JAMMED, COVER_OPEN …), not faked.

#include "dms/capture/scanner.h"
#include "dms/capture/separatorsheet.h"
#include "dms/demo/simplepdf.h"
#include "../testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <unistd.h>

using namespace Aktenwerk;
using Dms::ScanMode;
using Dms::ScanOptions;
using Dms::ScanResult;
using Dms::ScanSource;
using Dms::Scanner;

Q_DECLARE_METATYPE(Aktenwerk::Dms::ScanMode)
Q_DECLARE_METATYPE(Aktenwerk::Dms::ScanResult::Status)

class TstScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listDevices();
    void listDevicesTimesOut();
    void deviceOptions();
    void flatbedColour();
    void nearestResolutionAndPageSize();
    void feederThreePages_data();
    void feederThreePages();
    void feederRunsEmptyIsNormalEnd();
    void jamKeepsEarlierPages();
    void faultStatuses_data();
    void faultStatuses();
    void emptyFeeder();
    void unknownDevice();
    void cancelMidScan();
    void killedWorker();
    void hungWorker();
    void printedSeparatorSheet();

private:
    ScanOptions feeder(const QString &dir, ScanMode mode = ScanMode::Gray) const;
    static int workerChildren();
};

void TstScan::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR")) // run by hand, not through CTest
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(Test::sourceDir() + QStringLiteral("/tests/data/sane")));
    QVERIFY2(QFile::exists(qEnvironmentVariable("SANE_CONFIG_DIR") + QStringLiteral("/dll.conf")),
             "the SANE test configuration (tests/data/sane/dll.conf) is missing");
    QVERIFY2(!Scanner::workerPath().isEmpty(), "aktenwerk-scan is not built (set AKTENWERK_SCAN or AKTENWERK_EXTRACT)");
}

ScanOptions TstScan::feeder(const QString &dir, ScanMode mode) const
{
    ScanOptions o;
    o.device = QStringLiteral("test:0");
    o.source = ScanSource::Feeder;
    o.mode = mode;
    o.dpi = 150;
    o.outDir = dir;
    o.stallSeconds = 30;
    return o;
}

/** Our own aktenwerk-scan children still alive (or unreaped). */
int TstScan::workerChildren()
{
    int n = 0;
    const QString self = QString::number(getpid());
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        // pid (comm) state ppid …
        const qsizetype close = s.lastIndexOf(')');
        const QByteArray comm = s.mid(s.indexOf('(') + 1, close - s.indexOf('(') - 1);
        const QList<QByteArray> rest = s.mid(close + 2).split(' ');
        if (comm.startsWith("aktenwerk-scan") && rest.size() > 1 && QString::fromLatin1(rest.at(1)) == self)
            ++n;
    }
    return n;
}

void TstScan::listDevices()
{
    const auto devices = Scanner::listDevices(10000);
    QVERIFY2(devices.has_value(), qPrintable(devices ? QString() : devices.error().toString()));
    QStringList names;
    for (const Dms::ScanDevice &d : *devices)
        names << d.name;
    QVERIFY2(names.contains(QStringLiteral("test:0")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("test:1")));
    QCOMPARE(devices->first().vendor, QStringLiteral("Noname"));
}

void TstScan::listDevicesTimesOut()
{
    qputenv("AKTENWERK_SCAN_TEST_HANG_LIST", "1");
    QElapsedTimer clock;
    clock.start();
    const auto devices = Scanner::listDevices(1000);
    qunsetenv("AKTENWERK_SCAN_TEST_HANG_LIST");
    QVERIFY(!devices.has_value());
    QCOMPARE(devices.error().code, Model::ErrorCode::Unavailable);
    QVERIFY2(devices.error().message.contains(QLatin1String("did not answer within 1 second")),
             qPrintable(devices.error().message));
    QVERIFY(clock.elapsed() >= 1000);
    QVERIFY(clock.elapsed() < 8000);
    QCOMPARE(workerChildren(), 0);
}

void TstScan::deviceOptions()
{
    const auto o = Scanner::deviceOptions(QStringLiteral("test:0"));
    QVERIFY2(o.has_value(), qPrintable(o ? QString() : o.error().toString()));
    QVERIFY(o->sources.contains(ScanSource::Flatbed));
    QVERIFY(o->sources.contains(ScanSource::Feeder));
    QVERIFY(!o->sources.contains(ScanSource::Duplex)); // the test backend has no duplex unit
    QVERIFY(o->sourceNames.contains(QStringLiteral("Automatic Document Feeder")));
    QVERIFY(o->modes.contains(ScanMode::Color));
    QVERIFY(o->modes.contains(ScanMode::Gray));
    QVERIFY(o->modes.contains(ScanMode::BlackWhite)); // Gray at depth 1
    QCOMPARE(o->minDpi, 50);  // tests/data/sane/test.conf
    QCOMPARE(o->maxDpi, 600);
    QVERIFY(o->maxWidthMm >= 210);
    QVERIFY(o->maxHeightMm >= 297);

    const auto missing = Scanner::deviceOptions(QStringLiteral("nosuchbackend:0"));
    QVERIFY(!missing.has_value());
    QVERIFY(!missing.error().message.isEmpty());
}

void TstScan::flatbedColour()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path(), ScanMode::Color);
    o.source = ScanSource::Flatbed;
    o.deviceOptions << QStringLiteral("test-picture=Color pattern");
    const ScanResult r = Scanner::scan(o);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(r.pages.size(), 1); // a flatbed scans one sheet
    QImage page(r.pages.first().path);
    QCOMPARE(page.size(), QSize(1240, 1753));
    QVERIFY(!page.allGray());
    QCOMPARE(r.pages.first().dpi, 150);
}

void TstScan::nearestResolutionAndPageSize()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.source = ScanSource::Flatbed;
    o.dpi = 2400;                        // the test device reaches 600 dpi (tests/data/sane/test.conf)
    o.widthMm = 148, o.heightMm = 210;  // A5
    ScanResult r = Scanner::scan(o);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(r.pages.first().dpi, 600); // the resolution really used is reported
    QCOMPARE(QImage(r.pages.first().path).size(), QSize(3496, 4960)); // A5 at 600 dpi

    // Into the same folder again: the earlier page stays, the new one gets the next number.
    const QString first = r.pages.first().path;
    o.dpi = 100;
    o.widthMm = 400, o.heightMm = 400; // larger than the glass (300 mm): as far as it reaches
    r = Scanner::scan(o);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(QImage(r.pages.first().path).size(), QSize(1181, 1181));
    QVERIFY(r.pages.first().path.endsWith(QLatin1String("page-0002.png")));
    QCOMPARE(QImage(first).size(), QSize(3496, 4960));
}

void TstScan::feederThreePages_data()
{
    QTest::addColumn<ScanMode>("mode");
    QTest::addColumn<int>("depth");
    QTest::newRow("gray") << ScanMode::Gray << 8;
    QTest::newRow("bw") << ScanMode::BlackWhite << 1;
}

void TstScan::feederThreePages()
{
    QFETCH(ScanMode, mode);
    QFETCH(int, depth);
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path(), mode);
    o.maxPages = 3; // the feeder holds 10 sheets; we stop the batch after 3
    QList<int> seen;
    const ScanResult r = Scanner::scan(o, [&](const Dms::ScannedPage &p) { seen << p.number; });
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(seen, (QList<int>{1, 2, 3}));
    QCOMPARE(r.pages.size(), 3);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 3);
    for (const Dms::ScannedPage &p : r.pages) {
        QCOMPARE(p.width, 1240);
        QCOMPARE(p.height, 1753);
        QCOMPARE(p.mode, mode);
        const QImage image(p.path);
        QCOMPARE(image.size(), QSize(1240, 1753));
        QCOMPARE(image.depth(), depth);
        QVERIFY(image.allGray());
        // The Grid test picture has black and white squares: both colours must be there.
        QVERIFY(image.pixelColor(10, 10) != image.pixelColor(10 + 75, 10));
        QVERIFY(p.coverage > 0.2); // half of a grid is ink
    }
}

void TstScan::feederRunsEmptyIsNormalEnd()
{
    // The test backend's feeder holds 10 sheets, then answers NO_DOCS: the end of a batch.
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.dpi = 50;
    const ScanResult r = Scanner::scan(o);
    QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(r.pages.size(), 10);
    QVERIFY(r.message.isEmpty());
}

void TstScan::jamKeepsEarlierPages()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.maxPages = 5;
    o.deviceOptions << QStringLiteral("read-return-value=SANE_STATUS_JAMMED@3"); // the third sheet jams
    const ScanResult r = Scanner::scan(o);
    QCOMPARE(r.status, ScanResult::Status::Jammed);
    QCOMPARE(r.pages.size(), 2);
    for (const Dms::ScannedPage &p : r.pages)
        QCOMPARE(QImage(p.path).size(), QSize(1240, 1753));
    // Only whole pages are left: no file of the jammed sheet.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    QVERIFY2(r.message.contains(QLatin1String("jammed")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("2 page")), qPrintable(r.message));
    QCOMPARE(r.detail, QStringLiteral("Document feeder jammed"));
    QVERIFY(!r.message.contains(QLatin1Char('\n')));
}

void TstScan::faultStatuses_data()
{
    QTest::addColumn<QString>("saneStatus");
    QTest::addColumn<ScanResult::Status>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN") << ScanResult::Status::CoverOpen << QStringLiteral("cover");
    QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY") << ScanResult::Status::DeviceBusy << QStringLiteral("busy");
    QTest::newRow("device gone") << QStringLiteral("SANE_STATUS_IO_ERROR") << ScanResult::Status::DeviceGone
                                 << QStringLiteral("connection to the scanner");
    QTest::newRow("driver cancelled") << QStringLiteral("SANE_STATUS_CANCELLED") << ScanResult::Status::Cancelled << QStringLiteral("cancelled");
}

void TstScan::faultStatuses()
{
    QFETCH(QString, saneStatus);
    QFETCH(ScanResult::Status, status);
    QFETCH(QString, words);
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.dpi = 75;
    o.deviceOptions << QStringLiteral("read-return-value=%1@2").arg(saneStatus); // the second sheet fails
    const ScanResult r = Scanner::scan(o);
    QCOMPARE(ScanResult::statusName(r.status), ScanResult::statusName(status));
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(QFile::exists(r.pages.first().path));
    QVERIFY2(r.message.contains(words), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("1 page")), qPrintable(r.message));
}

void TstScan::emptyFeeder()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.deviceOptions << QStringLiteral("read-return-value=SANE_STATUS_NO_DOCS"); // no sheet at all
    const ScanResult r = Scanner::scan(o);
    QCOMPARE(r.status, ScanResult::Status::FeederEmpty);
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.message.contains(QLatin1String("nothing in the feeder")), qPrintable(r.message));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TstScan::unknownDevice()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.device = QStringLiteral("nosuchbackend:0");
    const ScanResult r = Scanner::scan(o);
    QCOMPARE(r.status, ScanResult::Status::DeviceGone);
    QVERIFY2(r.message.contains(QLatin1String("cannot be found")), qPrintable(r.message));

    o.device = QStringLiteral("test:0");
    o.source = ScanSource::Duplex; // not offered by the test backend
    const ScanResult duplex = Scanner::scan(o);
    QCOMPARE(duplex.status, ScanResult::Status::Failed);
    QVERIFY2(duplex.message.contains(QLatin1String("paper source")), qPrintable(duplex.message));
}

void TstScan::cancelMidScan()
{
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    // From the second sheet on the backend delays every transfer: a page takes seconds.
    o.deviceOptions << QStringLiteral("read-delay=yes@2") << QStringLiteral("read-delay-duration=200000@2");
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
    int progressOnPage2 = 0;
    const ScanResult r = Scanner::scan(
        o,
        [&](const Dms::ScannedPage &p) {
            if (p.number == 1)
                clock.start();
        },
        &cancel,
        [&](int page, int) {
            if (page == 2 && ++progressOnPage2 >= 1)
                cancel = true; // the second sheet is under way
        });
    QCOMPARE(r.status, ScanResult::Status::Cancelled);
    QVERIFY(progressOnPage2 >= 1);
    QVERIFY2(clock.elapsed() < 2500, "cancelling must not wait for the page to finish");
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(QFile::exists(r.pages.first().path));
    QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
    QCOMPARE(workerChildren(), 0);
}

void TstScan::killedWorker()
{
    // Test hook: the worker kills itself (SIGKILL) after the first page, like a crashing driver.
    qputenv("AKTENWERK_SCAN_TEST_DIE_AFTER_PAGE", "1");
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.maxPages = 3;
    const ScanResult r = Scanner::scan(o);
    qunsetenv("AKTENWERK_SCAN_TEST_DIE_AFTER_PAGE");
    QCOMPARE(r.status, ScanResult::Status::WorkerDied);
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(QFile::exists(r.pages.first().path));
    QVERIFY2(r.message.contains(QLatin1String("stopped unexpectedly")), qPrintable(r.message));
    QCOMPARE(r.detail, QStringLiteral("signal 9"));
    QCOMPARE(workerChildren(), 0);
}

void TstScan::hungWorker()
{
    // Test hook: the worker stops answering after the first page, like a driver stuck on USB.
    qputenv("AKTENWERK_SCAN_TEST_HANG_AFTER_PAGE", "1");
    QTemporaryDir dir;
    ScanOptions o = feeder(dir.path());
    o.maxPages = 3;
    o.stallSeconds = 2;
    QElapsedTimer clock;
    clock.start();
    const ScanResult r = Scanner::scan(o);
    qunsetenv("AKTENWERK_SCAN_TEST_HANG_AFTER_PAGE");
    QCOMPARE(r.status, ScanResult::Status::TimedOut);
    QVERIFY(clock.elapsed() >= 2000);
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(QFile::exists(r.pages.first().path));
    QVERIFY2(r.message.contains(QLatin1String("stopped responding")), qPrintable(r.message));
    QCOMPARE(workerChildren(), 0);
}

void TstScan::printedSeparatorSheet()
{
    // Pages drawn by Poppler from PDFs, "scanned" by SANE's PNM reader through the real worker,
    // which tells the printed separator sheet from a letter.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is needed to draw the pages");
    QTemporaryDir dir;
    const auto render = [&dir](const QString &name, const QByteArray &pdf) -> QString {
        const QString path = dir.filePath(name + QStringLiteral(".pdf"));
        if (!Test::writeFile(path, pdf))
            return {};
        QProcess p;
        p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                                             QStringLiteral("-singlefile"), path, dir.filePath(name)});
        return p.waitForFinished(30000) && p.exitCode() == 0 ? dir.filePath(name + QStringLiteral(".pgm")) : QString();
    };
    Dms::SimplePdf letter;
    letter.addHeading(QStringLiteral("Bauantrag Gartenstraße 3"));
    for (int i = 0; i < 12; ++i)
        letter.addParagraph(QStringLiteral("Sehr geehrte Damen und Herren, anbei die Unterlagen zum Bauantrag, "
                                           "Seite für Seite, mit Lageplan und Statik."));
    const QString sheet = render(QStringLiteral("sheet"), Dms::SeparatorSheet::pdf(QStringLiteral("Trennblatt"), {}));
    const QString page = render(QStringLiteral("letter"), letter.toPdf());
    QVERIFY(!sheet.isEmpty() && !page.isEmpty());

    const QByteArray saneConfig = qgetenv("SANE_CONFIG_DIR");
    qputenv("SANE_CONFIG_DIR", QFile::encodeName(Test::sourceDir() + QStringLiteral("/tests/data/sane-pnm")));
    const auto scanned = [&dir](const QString &file) {
        ScanOptions o;
        o.device = QStringLiteral("pnm:0");
        o.source = ScanSource::Flatbed;
        o.outDir = dir.filePath(QFileInfo(file).baseName());
        o.deviceOptions << QStringLiteral("filename=") + file;
        return Scanner::scan(o);
    };
    const ScanResult s = scanned(sheet);
    const ScanResult l = scanned(page);
    qputenv("SANE_CONFIG_DIR", saneConfig);
    QVERIFY2(s.ok(), qPrintable(s.message + QLatin1Char(' ') + s.detail));
    QVERIFY2(l.ok(), qPrintable(l.message + QLatin1Char(' ') + l.detail));
    QCOMPARE(s.pages.size(), 1);
    QCOMPARE(l.pages.size(), 1);
    QCOMPARE(s.pages.first().mode, ScanMode::Gray); // what the device delivered: it has no mode option
    QVERIFY(s.pages.first().separator);
    QVERIFY(!l.pages.first().separator);
    QVERIFY(s.pages.first().coverage > 0.05 && l.pages.first().coverage > 0.001); // neither is blank
}

QTEST_GUILESS_MAIN(TstScan)
#include "tst_scan.moc"
