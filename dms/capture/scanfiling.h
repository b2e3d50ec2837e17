#pragma once

#include "dms/capture/filingproposal.h"
#include "dms/capture/ocr.h"
#include "dms/capture/scanner.h"
#include "dms/command.h"
#include "model/scantransfernote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <atomic>
#include <functional>

namespace Aktenwerk::Dms {

class Engine;

/**
 * Files scanned pages as documents: the scan product of each group of pages is a searchable PDF
 * (Dms::Ocr: page images plus an invisible text layer, JPEG for colour and grey, lossless for
 * black and white), stored as a new document with origin "scan" in a case or the intake, with
 * its TR-RESISCAN transfer note bound to it (document UUID, product SHA-256) and the OCR
 * confidence of every page — all on the one write path, one transaction per document.
 */
class ScanFiling
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::ScanFiling)
public:
    struct Filed
    {
        QUuid documentId;
        QString title;
        QString sha256;
        QList<int> pageNumbers;   ///< the scanned pages in this document
        QList<OcrPage> ocr;       ///< per page: confidence, low flag (the PDF bytes are dropped)
        Model::ScanTransferNote note;
        /** What the OCR text says: the title came from it; targets are for the clerk to confirm. */
        FilingProposal proposal;
    };

    /**
     * Files @p groups (indices into @p pages, e.g. PageAnalysis::splitOnBlank) in order. @p caseId
     * null: into the intake. Stops at the first document that cannot be made; the documents
     * filed before it stay filed, and the page files are never touched (the caller keeps them
     * until everything is filed).
     *
     * @p reviewNote says what the clerk's page review did (pages removed, turned, straightened);
     * it becomes part of each transfer note's quality check text, because TR-RESISCAN asks for
     * what was checked and changed between capture and filing. @p progress is called from worker
     * threads with the pages recognised so far, counted over all groups. @p onFiled is called
     * (on the calling thread) as each document is committed, with its group's index: a caller
     * that may retry after a failure takes those pages out, so nothing is filed twice.
     */
    static Model::Result<QList<Filed>> file(Engine &engine, const ScanOptions &settings,
                                            const QList<ScannedPage> &pages, const QList<QList<int>> &groups,
                                            const QUuid &caseId, const QDateTime &capturedAt,
                                            const Ocr::Options &ocr = {}, const std::atomic<bool> *cancel = nullptr,
                                            const QString &reviewNote = {},
                                            const std::function<void(int done, int total)> &progress = {},
                                            const std::function<void(const Filed &, qsizetype group)> &onFiled = {});

    /** The per-page OCR result as stored with the version: [{"page":1,"confidence":95,"low":false}]. */
    static QString ocrJson(const QList<OcrPage> &pages);
};

} // namespace Aktenwerk::Dms
