#include "dms/capture/separatorsheet.h"

#include "dms/demo/simplepdf.h"

#include <numeric>

namespace Aktenwerk::Dms::SeparatorSheet {

QByteArray pdf(const QString &heading, const QString &explanation)
{
    // SimplePdf lays out the text; the bars are drawn into its page as filled rectangles.
    SimplePdf text;
    text.setTitle(heading);
    text.setAuthor(QStringLiteral("Aktenwerk"));
    text.addHeading(heading);
    text.addParagraph(explanation);
    constexpr double ptPerMm = 72.0 / 25.4;
    constexpr double pageWidthPt = 595, pageHeightPt = 842;
    const int units = std::accumulate(runs.begin(), runs.end(), 0);
    double x = (pageWidthPt - units * unitMm * ptPerMm) / 2;
    const double y = pageHeightPt - barBottomMm * ptPerMm;
    const double h = (barBottomMm - barTopMm) * ptPerMm;
    QByteArray bars = "q 0 g\n";
    for (size_t i = 0; i < runs.size(); ++i) {
        const double w = runs[i] * unitMm * ptPerMm;
        if (i % 2 == 0)
            bars += QByteArray::number(x, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2) + ' '
                + QByteArray::number(w, 'f', 2) + ' ' + QByteArray::number(h, 'f', 2) + " re f\n";
        x += w;
    }
    bars += "Q\n";
    return text.toPdf(bars);
}

} // namespace Aktenwerk::Dms::SeparatorSheet
