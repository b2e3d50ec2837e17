#include "client/messagebanner.h"
#include "client/theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Aktenwerk::Client;

/**
 * Issue 14, deliverable 9: colours with a meaning are chosen for the palette in use, so that
 * messages, banners and compared lines stay readable (contrast ≥ 4.5:1) in light and dark themes.
 */
class TstTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableInLightAndDark_data();
    void readableInLightAndDark();
    void bannersFollowThePalette();
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

} // namespace

void TstTheme::readableInLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    QPalette black; // high contrast: black window, white text
    black.setColor(QPalette::Window, Qt::black);
    black.setColor(QPalette::Base, Qt::black);
    black.setColor(QPalette::WindowText, Qt::white);
    black.setColor(QPalette::Text, Qt::white);
    QTest::newRow("high contrast") << black << true;
}

void TstTheme::readableInLightAndDark()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(Theme::isDark(palette), dark);
    for (Theme::Tone tone :
        { Theme::Tone::Error, Theme::Tone::Warning, Theme::Tone::Information, Theme::Tone::Positive }) {
        const QString name = QString::number(int(tone));
        for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
            const double c = Theme::contrast(Theme::text(tone, palette), palette.color(role));
            QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("tone %1 on role %2: %3").arg(name).arg(int(role)).arg(c)));
        }
        const double banner = Theme::contrast(Theme::textOn(tone, palette), Theme::background(tone, palette));
        QVERIFY2(banner >= 4.5, qPrintable(QStringLiteral("banner tone %1: %2").arg(name).arg(banner)));
    }
    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(Theme::contrast(Qt::gray, Qt::gray), 1.0);
}

void TstTheme::bannersFollowThePalette()
{
    MessageBanner light;
    light.setPalette(lightPalette());
    light.showMessage(QStringLiteral("Fehler"));
    MessageBanner dark;
    dark.setPalette(darkPalette());
    dark.showMessage(QStringLiteral("Fehler"));
    QVERIFY(light.styleSheet().contains(Theme::background(Theme::Tone::Error, lightPalette()).name()));
    QVERIFY(dark.styleSheet().contains(Theme::background(Theme::Tone::Error, darkPalette()).name()));
    QVERIFY(light.styleSheet() != dark.styleSheet());
    if (const QString dir = qEnvironmentVariable("AKTENWERK_TEST_SHOTS"); !dir.isEmpty()) {
        for (MessageBanner *b : { &light, &dark }) {
            b->resize(420, 44);
            b->grab().save(
                dir + (b == &light ? QStringLiteral("/banner-light.png") : QStringLiteral("/banner-dark.png")));
        }
    }
}

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
