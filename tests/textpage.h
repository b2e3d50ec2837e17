#pragma once

// A page of text to recognise, for the OCR tests that link Qt Gui (header-only: testsupport
// itself does not link Qt Gui).

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QStringList>

namespace Aktenwerk::Test {

/** An A4 page at 300 dpi, grey, with @p lines in an 18 pt font (large enough for any OCR run). */
inline QImage textPage(const QStringList &lines)
{
    constexpr int dpi = 300;
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    page.fill(Qt::white);
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(75); // 18 pt at 300 dpi
    p.setFont(font);
    p.setPen(Qt::black);
    int y = 300;
    for (const QString &line : lines) {
        p.drawText(220, y, line);
        y += 120;
    }
    p.end();
    return page;
}

} // namespace Aktenwerk::Test
