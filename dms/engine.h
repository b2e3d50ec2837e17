#pragma once

#include "dms/audit/auditlog.h"
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

namespace Aktenwerk::Dms {

class FolderLock;
class Writer;

/**
 * The engine over one data folder, the floor everything else stands on: the folder itself (its
 * lock and migrations), the one write path for commands, readers, the content store, the sync
 * state, verify, and the named write path for derived data (writeDerived()).
 *
 * Writes run on the engine thread, one at a time, through submit()/apply(). Reads open their
 * own connection with openReader() on whatever (non-GUI) thread needs one. Only one process
 * may write a data folder; others may open it read-only.
 *
 * Capabilities use it — the importer (capture/importer.h), the search indexer
 * (search/indexer.h), OCR, sync, versions, records — and it never calls up into them; none of
 * them is called back from it.
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
    Engine() = default;
    Status ensureUser(const Options &options, bool freshFolder);

    QString m_dataDir;
    Mode m_mode = Mode::ReadWrite;
    mutable QMutex m_userMutex;
    Model::User m_user;
    std::atomic<bool> m_connected{false};
    Model::SchemaRegistry m_schemas;
    std::unique_ptr<FolderLock> m_lock;
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
