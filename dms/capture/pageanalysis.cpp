#include "pageanalysis.h"

#include <QList>
#include <QPainter>
#include <QTransform>

#include <cmath>

#include <vector>

namespace Aktenwerk::Dms::PageAnalysis {

Blankness analyse(const QImage &page, const BlankOptions &options)
{
    Blankness result;
    if (page.isNull())
        return result;
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const int mx = static_cast<int>(gray.width() * options.marginFraction);
    const int my = static_cast<int>(gray.height() * options.marginFraction);
    const int w = gray.width() - 2 * mx;
    const int h = gray.height() - 2 * my;
    if (w <= 0 || h <= 0)
        return result;

    // Speck size scales with the area of a pixel: a 12-pixel speck at 150 dpi is 48 at 300.
    const int dpi = page.dotsPerMeterX() > 0 ? qRound(page.dotsPerMeterX() * 0.0254) : 150;
    const double scale = (dpi / 150.0) * (dpi / 150.0);
    const qint64 minArea = qMax<qint64>(1, static_cast<qint64>(options.minSpeckArea * scale));

    std::vector<quint8> dark(static_cast<size_t>(w) * static_cast<size_t>(h));
    for (int y = 0; y < h; ++y) {
        const uchar *line = gray.constScanLine(y + my) + mx;
        for (int x = 0; x < w; ++x)
            dark[static_cast<size_t>(y) * w + x] = line[x] < options.darkLevel ? 1 : 0;
    }
    // Connected dark blobs (8-neighbourhood); each counts only when larger than a speck.
    qint64 ink = 0;
    std::vector<int> stack;
    for (size_t start = 0; start < dark.size(); ++start) {
        if (dark[start] != 1)
            continue;
        qint64 area = 0;
        dark[start] = 2;
        stack.assign(1, static_cast<int>(start));
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            ++area;
            const int x = i % w, y = i / w;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                        continue;
                    const int n = ny * w + nx;
                    if (dark[static_cast<size_t>(n)] == 1) {
                        dark[static_cast<size_t>(n)] = 2;
                        stack.push_back(n);
                    }
                }
            }
        }
        if (area >= minArea)
            ink += area;
    }
    result.coverage = static_cast<double>(ink) / (static_cast<double>(w) * h);
    result.blank = result.coverage < options.blankThreshold;
    return result;
}

QList<QList<int>> splitOnBlank(const QList<QImage> &pages, const BlankOptions &options)
{
    QList<bool> blank;
    blank.reserve(pages.size());
    for (const QImage &page : pages)
        blank << isBlank(page, options);
    return splitOnBlank(blank);
}

double estimateSkew(const QImage &page, double maxDegrees, double stepDegrees)
{
    if (page.isNull() || stepDegrees <= 0)
        return 0;
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    // The ink pixels, thinned out on dense pages: the profile needs their spread, not all of them.
    QList<QPoint> ink;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            if (line[x] < 128)
                ink << QPoint(x, y);
    }
    if (ink.size() < 200)
        return 0;
    const qsizetype stride = qMax<qsizetype>(1, ink.size() / 60000);
    const int diagonal = static_cast<int>(std::hypot(gray.width(), gray.height())) + 2;
    QList<int> bins(2 * diagonal + 1);
    double best = 0, bestScore = -1;
    const int steps = static_cast<int>(std::lround(maxDegrees / stepDegrees));
    for (int i = -steps; i <= steps; ++i) {
        const double angle = i * stepDegrees;
        const double rad = angle * M_PI / 180.0, s = std::sin(rad), c = std::cos(rad);
        bins.fill(0);
        // The row each ink pixel falls in once the page is turned back by angle.
        for (qsizetype k = 0; k < ink.size(); k += stride) {
            const QPoint &p = ink.at(k);
            ++bins[diagonal + static_cast<int>(std::lround(p.y() * c - p.x() * s))];
        }
        double score = 0;
        for (int b : std::as_const(bins))
            score += double(b) * b;
        // Ties (a page of one straight line) go to the smaller angle.
        if (score > bestScore * (1 + 1e-9) || (score >= bestScore && std::abs(angle) < std::abs(best))) {
            bestScore = score;
            best = angle;
        }
    }
    return best;
}

QImage deskew(const QImage &page, double angleDegrees)
{
    if (page.isNull() || angleDegrees == 0)
        return page;
    QImage out(page.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    out.setDotsPerMeterX(page.dotsPerMeterX());
    out.setDotsPerMeterY(page.dotsPerMeterY());
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(-angleDegrees);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, page);
    }
    if (page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB)
        return out.convertToFormat(page.format(), Qt::ThresholdDither);
    return out.convertToFormat(page.format());
}

} // namespace Aktenwerk::Dms::PageAnalysis
