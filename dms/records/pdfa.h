#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Dms {

using Model::Error;
using Model::ErrorCode;
using Model::fail;
using Model::Result;
using Model::Status;

/**
 * PDF/A-2b renditions for the archive (xdomea 0503 transfers keep the original and add one).
 *
 * Ghostscript (`gs`, pdfwrite with -dPDFA=2) makes the rendition in a process of its own, under
 * limits on processor time and memory, with the sRGB profile Ghostscript ships as the output
 * intent. A rendition counts only when the checks hold: the PDF/A-2b claim in its XMP metadata,
 * every font embedded (`pdffonts`), no encryption and a clean structure (`qpdf`).
 */
class PdfA
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PdfA)
public:
    struct Check
    {
        bool claimsPdfA2b = false;
        bool fontsEmbedded = false;
        bool notEncrypted = false;
        bool structureClean = false;
        QStringList problems; ///< for the user, one line each
        bool ok() const { return claimsPdfA2b && fontsEmbedded && notEncrypted && structureClean; }
    };

    /**
     * Renders @p input as PDF/A-2b into @p output. On failure (a damaged PDF, a limit met,
     * the checks failing) nothing is left at @p output and the error says why.
     */
    static Status convert(const QString &input, const QString &output, int timeoutSeconds = 600);
    /** The checks above on any PDF. An error only when the tools cannot run. */
    static Result<Check> check(const QString &pdf);
    /** Whether Ghostscript, pdffonts and qpdf are installed. */
    static bool toolsAvailable(QString *missing = nullptr);
};

} // namespace Aktenwerk::Dms
