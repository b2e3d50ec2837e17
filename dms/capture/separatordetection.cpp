// SeparatorSheet::detect: the image half of separatorsheet.h (Qt Gui, aktenwerk_pageanalysis).

#include "dms/capture/separatorsheet.h"

#include <QImage>

#include <cmath>
#include <numeric>

namespace Aktenwerk::Dms::SeparatorSheet {

namespace {

/** Runs of dark and light pixels along one row; the first entry is light (maybe 0 long). */
QList<int> runsOf(const uchar *row, int width)
{
    QList<int> out;
    bool dark = false;
    int length = 0;
    for (int x = 0; x < width; ++x) {
        const bool d = row[x] < 128;
        if (d != dark) {
            out << length;
            dark = d;
            length = 0;
        }
        ++length;
    }
    out << length;
    return out;
}

/** Whether runs[start…] (start at a dark run) are the code, read forwards or backwards. */
bool matchesAt(const QList<int> &row, qsizetype start, bool reversed)
{
    const int units = std::accumulate(runs.begin(), runs.end(), 0);
    int total = 0;
    for (size_t i = 0; i < runs.size(); ++i)
        total += row.at(start + static_cast<qsizetype>(i));
    const double unit = double(total) / units;
    if (unit < 3) // under 3 pixels per unit (below ~12 dpi): nothing to tell apart
        return false;
    for (size_t i = 0; i < runs.size(); ++i) {
        const int expected = runs[reversed ? runs.size() - 1 - i : i];
        const double got = row.at(start + static_cast<qsizetype>(i)) / unit;
        if (std::abs(got - expected) > 0.4 + 0.15 * expected)
            return false;
    }
    // A quiet zone of paper on both sides, as printed (at least two units).
    const int before = row.at(start - 1);
    const qsizetype after = start + static_cast<qsizetype>(runs.size());
    return before >= 2 * unit && after < row.size() && row.at(after) >= 2 * unit;
}

bool rowHasCode(const QList<int> &row)
{
    // Dark runs are at odd indices (the first entry is light).
    for (qsizetype start = 1; start + static_cast<qsizetype>(runs.size()) <= row.size(); start += 2) {
        if (matchesAt(row, start, false) || matchesAt(row, start, true))
            return true;
    }
    return false;
}

} // namespace

bool detect(const QImage &page)
{
    if (page.isNull() || page.width() < 100 || page.height() < 100)
        return false;
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    // Rows through the middle of the bars (from 90 to 210 mm of 297 on an A4 sheet, the same
    // band when it is fed upside down); most of them must cross the whole code.
    constexpr int samples = 9;
    int hits = 0;
    for (int i = 0; i < samples; ++i) {
        const double at = 0.36 + 0.28 * i / (samples - 1);
        const int y = qBound(0, int(at * grey.height()), grey.height() - 1);
        if (rowHasCode(runsOf(grey.constScanLine(y), grey.width())))
            ++hits;
    }
    return hits >= samples * 2 / 3;
}

} // namespace Aktenwerk::Dms::SeparatorSheet
