#pragma once

// A printed separator sheet (Trennblatt) that the scanner recognises by its bar code: put
// between letters in the feeder, it splits one batch into several documents and is never filed.
// Its code is Aktenwerk's own, not a standard symbology: five black bars of different widths
// across the middle of an A4 sheet, tall enough that several rows of the scan cross all of them.
// The widths are compared as ratios, so any resolution, grey or black-and-white, and a sheet fed
// upside down are recognised; letters, tables and blank pages do not look like it.
//
// The PDF half is Qt Core (the CLI prints sheets); detection needs QImage and lives in the page
// analysis library (the scan worker and the client).

#include <QByteArray>
#include <QString>

#include <array>

class QImage;

namespace Aktenwerk::Dms::SeparatorSheet {

/** Dark and light runs from left to right, in units: bar, gap, bar, … (asymmetric on purpose). */
inline constexpr std::array<int, 9> runs{4, 1, 1, 2, 2, 1, 1, 1, 3};
inline constexpr double unitMm = 6.0;       ///< one unit on paper
inline constexpr double barTopMm = 90.0;    ///< from the top of the A4 sheet
inline constexpr double barBottomMm = 210.0;

/** The printable sheet: one A4 page with a heading, the bars and a line saying what it is for. */
QByteArray pdf(const QString &heading, const QString &explanation);

/** Whether @p page is a scan of the sheet (in aktenwerk_pageanalysis). */
bool detect(const QImage &page);

} // namespace Aktenwerk::Dms::SeparatorSheet
