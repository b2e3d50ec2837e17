#pragma once

#include "dms/audit/auditlog.h"
#include "dms/capture/extractor.h"
#include "dms/command.h"
#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"
#include "dms/store/verifier.h"
#include "dms/store/writer.h"
#include "model/metadataschema.h"
#include "model/organisation.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QLockFile;

namespace Aktenwerk::Dms {

class Writer;

/**
 * The engine over one data folder: the local index, the content store and the one write path.
 *
 * Writes run on the engine thread, one at a time, through submit()/apply(). Reads open their
 * own connection with openReader() on whatever (non-GUI) thread needs one. Only one process
 * may write a data folder; others may open it read-only.
 */
class Engine : public QObject
{
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        QString dataDir;       ///< empty: defaultDataDir()
        Mode mode = Mode::ReadWrite;
        bool create = false;   ///< create the data folder and index if missing
        QString login;         ///< empty: the operating-system user
        QString displayName;
    };

    /** <GenericDataLocation>/aktenwerk, e.g. ~/.local/share/aktenwerk. */
    static QString defaultDataDir();
    static QString osLogin();
    static Result<std::unique_ptr<Engine>> open(const Options &options);
    ~Engine() override;

    /** The central repository this folder works with (none for a local-only folder). */
    struct SyncState
    {
        QString url;
        QString login;
        QString clientId;
        QString watermark;
        QString lastSyncAt;
        QString lastError;
        QString lastErrorAt;
    };

    QString dataDir() const { return m_dataDir; }
    QString indexPath() const;
    QString anchorPath() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /** The user the engine acts for; a pull may change roles and department (thread-safe copy). */
    Model::User user() const;
    bool isConnected() const;
    Result<std::optional<SyncState>> syncState() const;
    /** Records the server's answers for pushed operations (on the engine thread). */
    Status markOperations(const QList<OutboxMark> &marks);
    Status recordSyncError(const QString &message);
    const ContentStore &content() const { return *m_content; }
    const Model::SchemaRegistry &schemas() const { return m_schemas; }

    /** Applies the commands in one transaction on the engine thread. */
    QFuture<Result<QList<CommandResult>>> submit(const QList<Command> &commands);
    /** Blocking forms of submit(); never call them on the GUI thread. */
    Result<QList<CommandResult>> applyBatch(const QList<Command> &commands);
    Result<CommandResult> apply(const Command &command);
    /**
     * Runs @p change inside the write path's transaction on the engine thread and records
     * @p command with what it did (Writer::applyExternal): how sync merges what it pulled.
     * Blocking; never on the GUI thread.
     */
    Result<CommandResult> applyExternal(const Command &command, const Writer::ExternalChange &change);

    /** Stores a file's content durably (any thread but the GUI's). */
    Result<ContentRef> storeContent(const QString &path, const std::atomic<bool> *cancel = nullptr) const;
    /** Stores the file, then adds it as a document (a null case: into the intake). */
    Result<CommandResult> addDocument(const QUuid &caseId, const QString &path, const QString &title = {},
                                      const std::atomic<bool> *cancel = nullptr);

    /**
     * Adds files in order and stops at the first error. The next file's content is hashed and
     * stored while the previous document commits; @p added is called after each commit.
     * Returns how many documents were added.
     */
    Result<int> addDocuments(const QUuid &caseId, const QStringList &paths,
                             const std::function<void(const QString &path, const CommandResult &result)> &added,
                             const std::atomic<bool> *cancel = nullptr);

    /** What happened to one file of an import. */
    struct ImportItem
    {
        enum class Status {
            Ok,          ///< stored as a new document, its text indexed
            Duplicate,   ///< the same content (SHA-256) is already a document: not stored twice
            WithoutText, ///< stored; no text could be read (reason) or the kind has none
            Failed,      ///< not stored (reason): unreadable, vanished, refused
        };
        QString path;      ///< the file; an e-mail's attachment as "mail.eml › invoice.pdf"
        Status status = Status::Failed;
        QUuid documentId;  ///< the new document, or for a duplicate the existing one
        QUuid duplicateCaseId; ///< a duplicate: the existing document's case (null: it is in the intake)
        QString reason;    ///< why it failed or has no text; for a stored e-mail what was not read
        QUuid attachmentOf; ///< an attachment: the e-mail's document (null for a file on disk)
        int pages = 0;     ///< PDF and image pages where the extraction worker counted them
        QString sha256;
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
    /**
     * @p paths with every folder replaced by the files below it (recursively, in name order;
     * hidden entries — a name starting with a dot, at any depth — and symbolic links left out).
     * Other paths stay as they are, missing ones too: the caller reports them. Reads the disk.
     */
    static QStringList filesIn(const QStringList &paths);
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
    /** How importFiles treats scans. */
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
    Result<QList<ImportItem>> importFiles(
        const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel, const ImportOptions &options);
    /** importFiles with the default ImportOptions (OCR as the setting says). */
    Result<QList<ImportItem>> importFiles(const QUuid &caseId, const QStringList &paths,
                                          const std::atomic<bool> *cancel = nullptr);

    /** A new read-only connection for the calling thread. */
    Result<Database> openReader() const;
    /** Checks the index, every content file, the version chains and the audit chain. */
    Result<VerifyReport> verify() const;

    /**
     * The named write path for derived data: tables rebuilt from stored data (the search index,
     * the extraction cache), written outside the operation log and the audit trail — no
     * command, no oplog entry, no audit event, nothing to sync. Runs @p work on the writer's
     * connection on the engine thread, one writer at a time, inside one transaction that
     * commits when @p work succeeds and rolls back when it fails, and waits for it. @p work
     * must write derived tables only; everything else goes through submit()/apply().
     * Blocking; never on the GUI thread. A read-only data folder: fails (ErrorCode::ReadOnly).
     */
    Status writeDerived(const std::function<Status(Database &)> &work);

Q_SIGNALS:
    /** After a commit; @p entityTypes names what changed ("file", "case", ...). Queued to the engine's thread. */
    void dataChanged(const QStringList &entityTypes);

private:
    struct PreparedDocument
    {
        ContentRef content;
        QString mimeType;
        QString fileName;
        QString title;
    };
    Engine() = default;
    /** Checks the file and stores its content durably. */
    Result<PreparedDocument> prepareDocument(const QString &path, const QString &title,
                                             const std::atomic<bool> *cancel) const;
    Status ensureUser(const Options &options, bool freshFolder);
    /** One file of importFiles (and, for an e-mail, its attachments after it). Fails only for good. */
    Status importOne(const QUuid &caseId, const QString &path, const QString &shownPath, const QUuid &attachmentOf,
                     int mailDepth, Database &reader, QList<ImportItem> &items, const std::atomic<bool> *cancel);
    /**
     * OCR on import: the stored images and PDFs of @p items that have no text become searchable
     * PDFs (version 2); each item says what came of it.
     */
    Status recogniseImported(
        QList<ImportItem> &items, Database &reader, const std::atomic<bool> *cancel, const ImportOptions &options);
    /** An e-mail's attachments, written to a private folder and imported through importOne. */
    Status importAttachments(const QUuid &caseId, const QUuid &mailId, const QString &shownPath,
                             const Extraction &mail, int mailDepth, Database &reader, QList<ImportItem> &items,
                             const std::atomic<bool> *cancel);

    QString m_dataDir;
    Mode m_mode = Mode::ReadWrite;
    mutable QMutex m_userMutex;
    Model::User m_user;
    std::atomic<bool> m_connected{false};
    Model::SchemaRegistry m_schemas;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<Writer> m_writer;
    QThreadPool m_writerPool;
    /**
     * Held while the writer connection is in use. The pool has one thread, but a QFuture that
     * is waited for before its task started runs the task on the waiting thread (Qt steals it
     * from the pool): without this lock two callers waiting at once — the search indexer's
     * writeDerived() and an import's apply(), say — would use the connection at the same time.
     */
    std::mutex m_writerMutex;
};

} // namespace Aktenwerk::Dms
