// Blank-page detection and separator-sheet splitting on generated page images (A4 at 150 dpi):
// white paper, white paper with scanner noise and dust, a text page, a page with only a header.

#include "dms/capture/pageanalysis.h"
#include "dms/capture/separatorsheet.h"

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTransform>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Aktenwerk::Dms::PageAnalysis;

class TstPageAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whitePage();
    void noiseAndSpecks();
    void textPage();
    void headerOnly();
    void thresholdIsAdjustable();
    void marginIsCropped();
    void splitOnBlankIndices_data();
    void splitOnBlankIndices();
    void splitBatchOfImages();
    void skew_data();
    void skew();
    void skewOfBlankPage();
    void separatorSheetIsRecognised();
    void otherPagesAreNoSeparator();

private:
    static QImage paper();
    static QImage noisy(QImage page, quint32 seed, int specks);
    static QImage text(int lines);
};

QImage TstPageAnalysis::paper()
{
    QImage page(1240, 1753, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    page.setDotsPerMeterX(qRound(150 / 0.0254));
    page.setDotsPerMeterY(qRound(150 / 0.0254));
    return page;
}

/** Sensor noise (grey ±20 around the paper) and @p specks dust specks of 1–3 pixels. */
QImage TstPageAnalysis::noisy(QImage page, quint32 seed, int specks)
{
    QRandomGenerator rng(seed);
    for (int y = 0; y < page.height(); ++y) {
        uchar *line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = static_cast<uchar>(qBound(0, line[x] - rng.bounded(0, 40), 255));
    }
    for (int i = 0; i < specks; ++i) {
        const int x = rng.bounded(200, page.width() - 200), y = rng.bounded(200, page.height() - 200);
        const int size = rng.bounded(1, 4);
        for (int dy = 0; dy < size; ++dy)
            for (int dx = 0; dx < size; ++dx)
                page.scanLine(y + dy)[x + dx] = 20;
    }
    return page;
}

QImage TstPageAnalysis::text(int lines)
{
    QImage page = paper();
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(25); // 12 pt at 150 dpi
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < lines; ++i)
        p.drawText(150, 200 + i * 40, QStringLiteral("Sehr geehrte Frau Müller, Ihr Antrag auf Baugenehmigung ist eingegangen."));
    return page;
}

void TstPageAnalysis::whitePage()
{
    const Blankness b = analyse(paper());
    QVERIFY(b.blank);
    QCOMPARE(b.coverage, 0.0);
    QVERIFY(isBlank(QImage())); // nothing is blank, not a crash
}

void TstPageAnalysis::noiseAndSpecks()
{
    const QImage page = noisy(paper(), 42, 25);
    const Blankness b = analyse(page);
    QVERIFY2(b.blank, qPrintable(QString::number(b.coverage)));
    // Without the speck filter the same page has ink: the filter is what makes it blank.
    BlankOptions raw;
    raw.minSpeckArea = 1;
    QVERIFY(analyse(page, raw).coverage > 0);
}

void TstPageAnalysis::textPage()
{
    const Blankness b = analyse(noisy(text(30), 7, 25));
    QVERIFY2(!b.blank, qPrintable(QString::number(b.coverage)));
    QVERIFY(b.coverage > 0.01);
}

void TstPageAnalysis::headerOnly()
{
    QImage page = paper();
    {
        QPainter p(&page);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(25);
        p.setFont(font);
        p.drawText(150, 180, QStringLiteral("Stadt Musterstadt – Bauaufsicht"));
    }
    const Blankness b = analyse(noisy(page, 3, 10));
    QVERIFY2(!b.blank, qPrintable(QString::number(b.coverage)));
    QVERIFY(b.coverage < analyse(text(30)).coverage);
}

void TstPageAnalysis::thresholdIsAdjustable()
{
    QImage page = paper();
    {
        QPainter p(&page);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(25);
        p.setFont(font);
        p.drawText(150, 180, QStringLiteral("Stadt Musterstadt"));
    }
    const Blankness b = analyse(page);
    QVERIFY(!b.blank);
    BlankOptions strict;
    strict.blankThreshold = b.coverage * 2; // a page needs twice this ink to count
    const Blankness again = analyse(page, strict);
    QVERIFY(again.blank);
    QCOMPARE(again.coverage, b.coverage); // the coverage does not depend on the threshold
}

void TstPageAnalysis::marginIsCropped()
{
    // A black edge (the feeder's shadow) lies in the margin and does not count.
    QImage page = paper();
    {
        QPainter p(&page);
        p.fillRect(0, 0, 40, page.height(), Qt::black);
    }
    QVERIFY(analyse(page).blank);
    BlankOptions noMargin;
    noMargin.marginFraction = 0;
    QVERIFY(!analyse(page, noMargin).blank);
}

void TstPageAnalysis::splitOnBlankIndices_data()
{
    QTest::addColumn<QList<bool>>("blank");
    QTest::addColumn<QList<QList<int>>>("groups");
    QTest::newRow("no separator") << QList<bool>{false, false, false} << QList<QList<int>>{{0, 1, 2}};
    QTest::newRow("one separator") << QList<bool>{false, false, true, false} << QList<QList<int>>{{0, 1}, {3}};
    QTest::newRow("two separators in a row")
        << QList<bool>{false, true, true, false, false} << QList<QList<int>>{{0}, {3, 4}};
    QTest::newRow("leading and trailing")
        << QList<bool>{true, false, true, false, true} << QList<QList<int>>{{1}, {3}};
    QTest::newRow("all blank") << QList<bool>{true, true} << QList<QList<int>>{};
    QTest::newRow("empty") << QList<bool>{} << QList<QList<int>>{};
}

void TstPageAnalysis::splitOnBlankIndices()
{
    QFETCH(QList<bool>, blank);
    QFETCH(QList<QList<int>>, groups);
    QCOMPARE(splitOnBlank(blank), groups);
}

void TstPageAnalysis::splitBatchOfImages()
{
    // Letter (2 pages) | blank sheet with noise | form (1 page) | blank sheet | header-only page.
    const QList<QImage> batch{noisy(text(30), 1, 5), noisy(text(10), 2, 5), noisy(paper(), 3, 20),
                              noisy(text(20), 4, 5), noisy(paper(), 5, 20), noisy(text(1), 6, 5)};
    QCOMPARE(splitOnBlank(batch), (QList<QList<int>>{{0, 1}, {3}, {5}}));
}

void TstPageAnalysis::skew_data()
{
    QTest::addColumn<double>("angle");
    QTest::newRow("straight") << 0.0;
    QTest::newRow("2 degrees clockwise") << 2.0;
    QTest::newRow("3.5 degrees anticlockwise") << -3.5;
    QTest::newRow("0.7 degrees") << 0.7;
}

void TstPageAnalysis::skew()
{
    QFETCH(double, angle);
    // A letter laid crooked on the scanner: the text page turned about its centre.
    const QImage straight = text(30);
    QImage page(straight.size(), QImage::Format_Grayscale8);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(angle);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, straight);
    }
    const double found = estimateSkew(page);
    QVERIFY2(std::abs(found - angle) <= 0.2, qPrintable(QStringLiteral("found %1 for %2").arg(found).arg(angle)));
    const QImage fixed = deskew(page, found);
    QCOMPARE(fixed.size(), page.size());
    QCOMPARE(fixed.format(), page.format());
    QVERIFY(std::abs(estimateSkew(fixed)) <= 0.2);
    QVERIFY(!isBlank(fixed));
}

void TstPageAnalysis::skewOfBlankPage()
{
    QCOMPARE(estimateSkew(paper()), 0.0);
    QCOMPARE(estimateSkew(QImage()), 0.0);
    QCOMPARE(deskew(paper(), 0).size(), paper().size());
}

namespace {

/** The printed sheet as a scanner would deliver it: rendered by Poppler (pdftoppm), not by us. */
QImage renderSheet(const QString &dir, int dpi, bool mono)
{
    const QString pdf = dir + QStringLiteral("/trennblatt.pdf");
    QFile f(pdf);
    if (!f.open(QIODevice::WriteOnly)
        || !f.write(Aktenwerk::Dms::SeparatorSheet::pdf(QStringLiteral("Trennblatt"),
                                                         QStringLiteral("Hier beginnt ein neues Dokument."))))
        return {};
    f.close();
    const QString base = dir + QStringLiteral("/sheet-%1-%2").arg(dpi).arg(mono ? 1 : 8);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi),
                                          mono ? QStringLiteral("-mono") : QStringLiteral("-gray"),
                                          QStringLiteral("-singlefile"), pdf, base});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QImage(base + (mono ? QStringLiteral(".pbm") : QStringLiteral(".pgm")));
}

} // namespace

void TstPageAnalysis::separatorSheetIsRecognised()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is needed to render the sheet");
    QTemporaryDir dir;
    for (const auto &[dpi, mono] : {std::pair{150, false}, std::pair{300, true}, std::pair{75, false}}) {
        const QImage sheet = renderSheet(dir.path(), dpi, mono);
        QVERIFY2(!sheet.isNull(), "pdftoppm made no image");
        QVERIFY(qAbs(sheet.width() - 595.0 / 72 * dpi) <= 1); // A4 in PDF points
        QVERIFY2(Aktenwerk::Dms::SeparatorSheet::detect(sheet), qPrintable(QStringLiteral("%1 dpi").arg(dpi)));
        // Fed upside down, with scanner noise, or a little askew: still the sheet.
        QVERIFY(Aktenwerk::Dms::SeparatorSheet::detect(sheet.transformed(QTransform().rotate(180))));
        QVERIFY(Aktenwerk::Dms::SeparatorSheet::detect(
            noisy(sheet.convertToFormat(QImage::Format_Grayscale8), 7, 30)));
        QVERIFY(Aktenwerk::Dms::SeparatorSheet::detect(sheet.transformed(QTransform().rotate(1.5))));
        // And it is not a blank page: a blank-page split would not lose it either.
        QVERIFY(!isBlank(sheet));
    }
}

void TstPageAnalysis::otherPagesAreNoSeparator()
{
    using Aktenwerk::Dms::SeparatorSheet::detect;
    QVERIFY(!detect(paper()));
    QVERIFY(!detect(QImage()));
    QVERIFY(!detect(noisy(paper(), 3, 40)));
    QVERIFY(!detect(text(40)));
    // A form with a heavy grid and bars of the same widths in another order.
    QImage form = paper();
    {
        QPainter p(&form);
        for (int x = 100; x < form.width() - 100; x += 90)
            p.fillRect(x, 200, 30, 1300, Qt::black);
    }
    QVERIFY(!detect(form));
    QImage shuffled = paper();
    {
        QPainter p(&shuffled);
        const double unit = 6.0 / 25.4 * 150;
        double x = 300;
        for (int w : {1, 2, 4, 1, 3}) { // bars of the code's widths, other order and gaps
            p.fillRect(QRectF(x, 500, w * unit, 700), Qt::black);
            x += (w + 1) * unit;
        }
    }
    QVERIFY(!detect(shuffled));
}

QTEST_MAIN(TstPageAnalysis)
#include "tst_pageanalysis.moc"
