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

} // namespace Aktenwerk::Dms::PageAnalysis
