#pragma once

#include "dms/capture/blankpages.h"

#include <QImage>
#include <QList>

namespace Aktenwerk::Dms::PageAnalysis {

/** Ink coverage of @p page and the verdict; pure, any QImage format, a null image is blank. */
Blankness analyse(const QImage &page, const BlankOptions &options = {});

/** Only the verdict of analyse(). */
inline bool isBlank(const QImage &page, const BlankOptions &options = {})
{
    return analyse(page, options).blank;
}

/** splitOnBlank() on images, each judged with @p options. */
QList<QList<int>> splitOnBlank(const QList<QImage> &pages, const BlankOptions &options = {});

/**
 * The skew of the text lines on @p page in degrees (positive: turned clockwise), searched in
 * ±@p maxDegrees. Projection profiles: the angle at which the rows of ink are sharpest. For
 * straightening scans before OCR and filing; 0 for a page without enough ink. Orientation (a
 * sheet upside down or sideways) is not detected here: that needs Tesseract's OSD.
 */
double estimateSkew(const QImage &page, double maxDegrees = 5.0, double stepDegrees = 0.1);
/** @p page turned back by @p angleDegrees, same size and format, the corners filled white. */
QImage deskew(const QImage &page, double angleDegrees);

} // namespace Aktenwerk::Dms::PageAnalysis
