#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Aktenwerk::Dms {

/** One page to recognise: an image file (a frame of a multi-page TIFF) or a page of a PDF. */
struct OcrSource
{
    enum class Kind { Image, Pdf };
    QString path;
    Kind kind = Kind::Image;
    int page = 0; ///< from 0
    /** Only for Kind::Pdf: take the page as it is (no OCR), e.g. the pages kept around a re-OCR'd one. */
    bool copyOnly = false;
};

/** What OCR made of one page. */
struct OcrPage
{
    int number = 0; ///< from 1, in the order the pages were given
    int confidence = -1; ///< Tesseract's mean word confidence, 0-100; -1: not recognised
    QString text;
    bool lowConfidence = false;
    QString error; ///< empty: done; else one line for the clerk
    QByteArray pdf; ///< the worker's one-page searchable PDF (empty when it failed)
    bool ok() const { return error.isEmpty(); }
};

/** The pages recognised, and the joined searchable PDF. */
struct OcrResult
{
    QString pdfPath; ///< written only when every page succeeded (see Ocr::run)
    QList<OcrPage> pages;
    bool complete() const;
    int failedPages() const;
};

/** How a page image stands, as Tesseract's orientation detection (OSD) sees it. */
struct OcrOrientation
{
    int rotate = 0;        ///< 0, 90, 180 or 270: turn the image this far clockwise to stand it upright
    double confidence = 0; ///< Tesseract's orientation confidence; a clear text page scores well above 5
    QString script;        ///< e.g. "Latin"
};

/**
 * OCR with Tesseract (deu+eng) into a searchable PDF: page image plus an invisible text layer.
 *
 * Pages are recognised in worker processes (aktenwerk-ocr), one per core, each single-threaded
 * (OMP_THREAD_LIMIT=1 in its environment: Tesseract's own OpenMP threads would only compete with
 * the other workers), under the extraction worker's sandbox. A page that crashes or hangs its
 * worker is reported failed and the worker is started again for the next page; the others finish.
 * The one-page PDFs that the workers made are joined here, in page order, with libqpdf. This
 * process only ever parses PDFs that a worker wrote, never the user's files.
 */
class Ocr
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Ocr)
public:
    struct Options
    {
        QString language = QStringLiteral("deu+eng");
        int dpi = 300; ///< for PDF pages, and images that state no resolution
        int jpegQuality = 75; ///< colour and grey pages; 1-bit pages are Flate (lossless), never JBIG2
        int lowConfidenceBelow = 70; ///< pages under this mean confidence are flagged for review
        int wallSecondsPerPage = 120;
        int cpuSecondsPerPage = 100;
        int memoryMiB = 2048;
        int workers = 0; ///< 0: QThread::idealThreadCount()
    };

    /** The worker program: $AKTENWERK_OCR, next to this program, ../libexec/aktenwerk/, or beside aktenwerk-extract. */
    static QString workerPath();

    /**
     * Recognises @p sources and, when every page succeeded, joins them into @p outputPdf.
     * Fails only when the work cannot be done at all (no worker program, cancelled, the joined
     * PDF cannot be written); a bad page is a page with an error.
     * @p progress is called from worker threads with the pages done so far.
     */
    static Model::Result<OcrResult> run(const QList<OcrSource> &sources, const QString &outputPdf,
        const Options &options, const std::atomic<bool> *cancel = nullptr,
        const std::function<void(int done, int total)> &progress = {});

    /**
     * The orientation of the page image at @p path, detected by the worker (aktenwerk-ocr --osd,
     * under the same limits as OCR). Fails with ErrorCode::InvalidArgument when the page has too
     * little text to tell, or the image cannot be read; blocks, so run it off the GUI thread.
     */
    static Model::Result<OcrOrientation> orientation(const QString &path, const Options &options);

    /** How many pages the PDF at @p path has, counted by the worker. */
    static Model::Result<int> pdfPageCount(const QString &path, const Options &options);

    /** Joins one-page (or longer) PDFs that our worker made into @p outputPdf, in order. */
    static Model::Status join(const QList<QByteArray> &pdfs, const QString &outputPdf);
};

} // namespace Aktenwerk::Dms
