#pragma once

#include "dms/capture/ocr.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <atomic>
#include <functional>

namespace Aktenwerk::Dms {

class Engine;

/**
 * OCR of a stored document: its current version (an image, or a PDF without a text layer)
 * becomes a searchable PDF, stored as the next version on the one write path
 * (Commands::addVersion with the per-page confidences as "ocr"), and its text goes into the
 * search index at once.
 *
 * The origin of the new version is "scan": the page images are unchanged, the PDF is the
 * digitised product of the same paper (TR-RESISCAN's scan product), not an edit by a person.
 * The CLI's `ocr`, the import (OCR on import) and the client's history pane all come here, so
 * the three cannot drift apart. This process never parses the user's file: the extraction
 * worker says whether a PDF has text and how many pages it has, the OCR workers do the rest.
 */
class DocumentOcr
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::DocumentOcr)
public:
    /** What OCR made of a document. */
    struct Outcome
    {
        bool stored = false; ///< a new version was stored
        int version = 0; ///< its number
        QString sha256; ///< its content
        /**
         * The pages recognised now, in order (with onlyPage: that page, and pages that failed to
         * be copied); the PDF bytes are dropped. Confidences of pages only copied are in the
         * stored "ocr" JSON, not here.
         */
        QList<OcrPage> pages;
        int failedPages = 0; ///< > 0: nothing was stored (failureMessage())
        bool foundText = false; ///< at least one recognised page has text
        QString comment; ///< the new version's comment, e.g. "OCR (deu+eng): page 1: 93 %"

        /** The lowest confidence of the pages recognised now (-1: none). */
        int lowestConfidence() const;
        /** For failedPages > 0: "2 pages could not be recognised; nothing was stored." */
        QString failureMessage() const;
    };

    /** What is done with a result that has no text at all (a photo, a blank sheet). */
    enum class WithoutText {
        Store, ///< stored all the same (the clerk asked for OCR)
        Skip, ///< nothing stored: a PDF without text adds nothing to the original (OCR on import)
    };

    /**
     * Recognises the current version of @p documentId: every page (@p onlyPage 0), or only page
     * @p onlyPage (from 1; a PDF's other pages are taken over as they are, with their recorded
     * confidences). Fails with a clear message when the version is neither an image nor a PDF,
     * a PDF already has text (and onlyPage is 0), the page is out of range (ErrorCode::InvalidArgument,
     * detail "page"), or when cancelled (ErrorCode::Cancelled, nothing stored). When pages fail,
     * nothing is stored and the Outcome says which (stored false, failedPages).
     * @p progress is called from worker threads with the pages done so far.
     */
    static Model::Result<Outcome> recognise(Engine &engine, const QUuid &documentId, int onlyPage,
        const Ocr::Options &options, const std::atomic<bool> *cancel = nullptr,
        const std::function<void(int done, int total)> &progress = {}, WithoutText withoutText = WithoutText::Store);

    /** Whether OCR on import is on for this data folder (setting "ocr.on_import", default on). */
    static bool onImport(Engine &engine);
    /** The setting's key. */
    static QString onImportSetting() { return QStringLiteral("ocr.on_import"); }
    /**
     * @p base with what this data folder's administrator set: "ocr.jpeg_quality" (1–100, colour
     * and grey page images) and "ocr.low_confidence" (0–100, pages under it are flagged for
     * review). A setting that is not there leaves @p base as it is.
     */
    static Ocr::Options configured(Engine &engine, Ocr::Options base = {});
    static QString jpegQualitySetting() { return QStringLiteral("ocr.jpeg_quality"); }
    static QString lowConfidenceSetting() { return QStringLiteral("ocr.low_confidence"); }
};

} // namespace Aktenwerk::Dms
