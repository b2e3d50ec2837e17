#pragma once

#include "dms/command.h"
#include "dms/store/contentstore.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>

namespace Aktenwerk::Dms {

class Database;
class Engine;
struct Extraction;

/** What happened to one file of an import. */
struct ImportItem
{
    enum class Status {
        Ok, ///< stored as a new document, its text indexed
        Duplicate, ///< the same content (SHA-256) is already a document: not stored twice
        WithoutText, ///< stored; no text could be read (reason) or the kind has none
        Failed, ///< not stored (reason): unreadable, vanished, refused
    };
    QString path; ///< the file; an e-mail's attachment as "mail.eml › invoice.pdf"
    Status status = Status::Failed;
    QUuid documentId; ///< the new document, or for a duplicate the existing one
    QUuid duplicateCaseId; ///< a duplicate: the existing document's case (null: it is in the intake)
    QString reason; ///< why it failed or has no text; for a stored e-mail what was not read
    QUuid attachmentOf; ///< an attachment: the e-mail's document (null for a file on disk)
    int pages = 0; ///< PDF and image pages where the extraction worker counted them
    QString sha256;
    QString mimeType; ///< the content's MIME type as it was stored (empty when the file could not be read)
    int ocrVersion = 0; ///< OCR on import stored its searchable PDF as this version (0: none)
    int ocrConfidence = -1; ///< then: the lowest page confidence, 0-100
    static QString statusCode(Status s); ///< "ok", "duplicate", "stored-without-text", "failed"
    /**
     * A duplicate whose original is filed in another case than @p caseId: a reference to
     * it can be made there (Commands::linkDocument) instead of a second copy.
     */
    bool linkableInto(const QUuid &caseId) const
    {
        return status == Status::Duplicate && !caseId.isNull() && !duplicateCaseId.isNull()
            && duplicateCaseId != caseId;
    }
};

/** How Importer::importFiles treats scans. */
struct ImportOptions
{
    /**
     * Recognise the text of images and PDFs without a text layer (DocumentOcr) after they
     * are stored, unless the setting "ocr.on_import" is "off". The original stays version 1;
     * the searchable PDF becomes version 2. Cancelled, nothing more is stored.
     */
    bool ocr = true;
    /** OCR's progress over all pages of this import (called from worker threads). */
    std::function<void(int done, int total)> ocrProgress;
};

/**
 * Brings files into a data folder: the import policy (duplicates, e-mails and their
 * attachments, text extraction and OCR after import) on top of the engine.
 *
 * It uses the engine's floor only — the content store (Engine::storeContent), the write path
 * (Engine::apply: every document, version and link is a command, with its oplog entry and audit
 * event), readers, and Engine::writeDerived for what the extraction worker read of an e-mail —
 * and runs the search indexer (Search::Indexer) alongside. The engine never calls it.
 *
 * Blocking; never on the GUI thread. Cheap to make: it holds only the engine.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Importer)
public:
    explicit Importer(Engine &engine);

    /**
     * @p paths with every folder replaced by the files below it (recursively, in name order;
     * hidden entries — a name starting with a dot, at any depth — and symbolic links left out).
     * Other paths stay as they are, missing ones too: the caller reports them. Reads the disk.
     */
    static QStringList filesIn(const QStringList &paths);

    /** Stores the file, then adds it as a document (a null case: into the intake). */
    Model::Result<CommandResult> addDocument(
        const QUuid &caseId, const QString &path, const QString &title = {}, const std::atomic<bool> *cancel = nullptr);

    /**
     * Adds files in order and stops at the first error. The next file's content is hashed and
     * stored while the previous document commits; @p added is called after each commit.
     * Returns how many documents were added.
     */
    Model::Result<int> addDocuments(const QUuid &caseId, const QStringList &paths,
        const std::function<void(const QString &path, const CommandResult &result)> &added,
        const std::atomic<bool> *cancel = nullptr);

    /**
     * Imports files and folders (filesIn) into a case, or with a null @p caseId into the
     * intake. Each file is stored and committed on its own; content that is already a document
     * is reported as a duplicate of it instead of being stored twice. Afterwards the new
     * documents' text is extracted and indexed, and each item says whether text was found.
     * Images and PDFs without a text layer are then recognised (ImportOptions::ocr,
     * DocumentOcr): version 2 is the searchable PDF, and the item says so, or why not.
     *
     * An e-mail (.eml) is read by the extraction worker: it becomes a document of type
     * "E-Mail" (title = subject; sender, recipients, date, subject as metadata; its body is
     * its text), and each attachment is imported the same way as a file of its own, linked
     * both ways ("attachment_of" on the attachment, "attachments" on the mail) and reported as
     * an item of its own after the mail's.
     */
    Model::Result<QList<ImportItem>> importFiles(
        const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel, const ImportOptions &options);
    /** importFiles with the default ImportOptions (OCR as the setting says). */
    Model::Result<QList<ImportItem>> importFiles(
        const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel = nullptr);

private:
    struct PreparedDocument
    {
        ContentRef content;
        QString mimeType;
        QString fileName;
        QString title;
    };
    /** Checks the file and stores its content durably. */
    Model::Result<PreparedDocument> prepareDocument(
        const QString &path, const QString &title, const std::atomic<bool> *cancel) const;
    /** One file of importFiles (and, for an e-mail, its attachments after it). Fails only for good. */
    Model::Status importOne(const QUuid &caseId, const QString &path, const QString &shownPath,
        const QUuid &attachmentOf, int mailDepth, Database &reader, QList<ImportItem> &items,
        const std::atomic<bool> *cancel);
    /** An e-mail's attachments, written to a private folder and imported through importOne. */
    Model::Status importAttachments(const QUuid &caseId, const QUuid &mailId, const QString &shownPath,
        const Extraction &mail, int mailDepth, Database &reader, QList<ImportItem> &items,
        const std::atomic<bool> *cancel);
    /**
     * OCR on import: the stored images and PDFs of @p items that have no text become searchable
     * PDFs (version 2); each item says what came of it.
     */
    Model::Status recogniseImported(
        QList<ImportItem> &items, Database &reader, const std::atomic<bool> *cancel, const ImportOptions &options);

    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
