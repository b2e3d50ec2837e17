#pragma once

// The Qt Core half of blank-page handling: the options, the verdict and the split of a batch.
// The CLI and the engine use it with the coverage the scan worker measured; the image half
// (pageanalysis.h) needs Qt Gui and runs in the worker and the client.

#include <QList>

namespace Aktenwerk::Dms::PageAnalysis {

/**
 * How blank pages are told from pages with content. A scanned white sheet is never pure white:
 * the sensor adds grey noise, dust adds a few dark specks and the sheet's edge casts a shadow.
 * So the margin is cropped, pixels lighter than @c darkLevel count as paper, and dark blobs
 * smaller than @c minSpeckArea (at 150 dpi; scaled with the page's resolution) are ignored.
 * What remains, as a share of the cropped area, is the ink coverage.
 */
struct BlankOptions
{
    double marginFraction = 0.05;  ///< cropped on each side (shadows, punch holes, feeder edges)
    int darkLevel = 160;           ///< 0–255: darker pixels are ink candidates
    int minSpeckArea = 12;         ///< pixels at 150 dpi; smaller dark blobs are dust or noise
    double blankThreshold = 0.0002; ///< coverage below this (0.02 %) makes a page blank
};

/** The result for one page: the coverage (0–1) and whether that is below the threshold. */
struct Blankness
{
    double coverage = 0;
    bool blank = true;
};

/**
 * Splits a feeder batch at blank separator sheets: the indices of the pages of each document,
 * in order, the blank pages left out. Several blank sheets in a row, or at the start or end,
 * make no empty document.
 */
inline QList<QList<int>> splitOnBlank(const QList<bool> &blank)
{
    QList<QList<int>> groups;
    QList<int> current;
    for (int i = 0; i < blank.size(); ++i) {
        if (!blank.at(i)) {
            current << i;
            continue;
        }
        if (!current.isEmpty())
            groups << current;
        current.clear();
    }
    if (!current.isEmpty())
        groups << current;
    return groups;
}

} // namespace Aktenwerk::Dms::PageAnalysis
