#pragma once

#include "dms/command.h"
#include "dms/commandargs.h"
#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"
#include "model/entities.h"
#include "model/filereference.h"
#include "model/metadataschema.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Aktenwerk::Dms {

/**
 * The one write path. Owns the writer connection; used only on the engine thread.
 *
 * applyBatch() runs the commands in one transaction. For each command it writes the change,
 * its operation-log entry (what sync pushes) and its audit event (hash-chained), and the
 * field history of changed metadata — so either all of them exist afterwards, or none.
 */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Writer)
public:
    Writer(Database db, const ContentStore *content, const Model::SchemaRegistry *schemas, QString anchorPath);

    void setUser(const Model::User &user) { m_user = user; }
    /** Called on the engine thread when a pull changes who the user is (roles, department). */
    void onUserChanged(std::function<void(const Model::User &)> callback) { m_userChanged = std::move(callback); }
    /** Connected to a central repository: new references are provisional, changes are queued for push. */
    void setConnected(bool connected) { m_connected = connected; }
    bool isConnected() const { return m_connected; }
    const Model::User &user() const { return m_user; }
    Database &database() { return m_db; }

    Result<QList<CommandResult>> applyBatch(const QList<Command> &commands);

    /** A field that another user changed, as a pull brings it: who and when from the server's row. */
    struct PulledFieldChange
    {
        QString entityType, entityId, field, oldValue, newValue, changedAt, changedBy;
    };
    /** What a change worked out outside the writer did (the pull's merge), for the record. */
    struct External
    {
        CommandResult result;
        QJsonObject payload; ///< what the oplog records
        QJsonObject auditDetails; ///< what the audit event records
        QList<PulledFieldChange> fieldChanges; ///< made by others, for the field history
        std::optional<Model::User> user; ///< who the user is now, if that changed
    };
    /** What such a change may know of the write path. */
    struct Context
    {
        Model::User user;
        QString now; ///< the time of this transaction
        const ContentStore *content = nullptr;
    };
    using ExternalChange = std::function<Result<External>(Database &db, const Context &context)>;
    /**
     * Runs @p change on the writer's connection inside the write path's transaction and records
     * @p command with what it did (oplog entry, field history, audit event) — the way sync merges
     * what it pulled without the store knowing the server's rows. Applied once per operation id.
     */
    Result<CommandResult> applyExternal(const Command &command, const ExternalChange &change);

    /** Outbox bookkeeping after a push: not a change of the data, so no operation of its own. */
    Status markOperations(const QList<OutboxMark> &marks);
    Status recordSyncError(const QString &message);

private:
    struct Applied
    {
        CommandResult result;
        qint64 baseRevision = 0;
        QJsonObject payload;      ///< what the oplog records: the arguments plus the values assigned here
        QJsonObject auditDetails; ///< what the audit event records
        QList<std::tuple<QString, QString, QString>> fieldChanges; ///< field, old, new
        QList<PulledFieldChange> pulledFieldChanges; ///< made by others, arrived with a pull
        std::optional<Model::User> user; ///< who the user is now, if the command changed that
    };

    Result<Applied> dispatch(const Command &command);
    Status record(const Command &command, const Applied &applied);

    Result<Applied> setSetting(const Command &c);
    Result<Applied> createDepartment(const Command &c);
    Result<Applied> createUser(const Command &c);
    Result<Applied> createPlanUnit(const Command &c);
    Result<Applied> updatePlanUnit(const Command &c);
    Result<Applied> createFile(const Command &c);
    Result<Applied> createSubFile(const Command &c);
    Result<Applied> createCase(const Command &c);
    /** The next case number in @p f and the reference it gives a case (provisional when connected). */
    Result<std::pair<int, QString>> casePlace(const Model::FileRecord &f, const QUuid &caseId);
    Result<Applied> createDocument(const Command &c);
    Result<Applied> addVersion(const Command &c);
    Result<Applied> updateFields(const Command &c);
    Result<Applied> tombstone(const Command &c);
    Result<Applied> undelete(const Command &c);
    Result<Applied> moveDocument(const Command &c);
    Result<Applied> moveCase(const Command &c);
    Result<Applied> share(const Command &c);
    Result<Applied> resolveConflict(const Command &c);
    Result<Applied> connectServer(const Command &c);
    /**
     * A folder used without a server is connected: its plan units are matched to the server's by
     * code, what was made here is queued for the server, and the files' and cases' references are
     * kept as former references (the server numbers them anew). Returns what it did.
     */
    Result<QJsonObject> prepareFirstUpload(const Args::ConnectServer &args);
    Result<Applied> fileIntoCase(const Command &c);
    Result<Applied> linkDocument(const Command &c);
    Result<Applied> checkOut(const Command &c);
    Result<Applied> checkIn(const Command &c);
    Result<Applied> cancelCheckOut(const Command &c);
    Result<Applied> breakLock(const Command &c);
    Result<Applied> discardRejected(const Command &c);
    Result<Applied> resendRejected(const Command &c);
    struct RejectedOp
    {
        QString command, entityType, entityId, payload, createdAt, code, message;
    };
    /** A refused operation still waiting for the user's decision. */
    Result<RejectedOp> rejectedOp(const QString &opId);
    /** Refuses a change of content while someone else holds the document's lock. */
    Status ensureNotLockedByOther(const Model::Document &d);
    /** Upserts the local lock row (empty strings: NULL). */
    Status setLock(const QUuid &documentId, const QString &owner, const QString &since, const QString &expires);
    /** The next version of @p d from @p args (content, origin, base): row, document and what is recorded. */
    /** @p args: the operation's payload (what goes to the oplog and the server). */
    Result<Applied> appendVersion(
        const Model::Document &d, const Args::VersionContent &content, const QJsonObject &args);
    /** Adds "base_version_id": the server compares ids, as numbers of offline versions may change. */
    Status nameBaseVersion(const QUuid &documentId, int base, QJsonObject &args);
    /** Drops this client's working copy row and frees the lock if it is ours. */
    Status releaseCheckOut(const QUuid &documentId);
    /** The case a document is filed into or linked from: open, and of the user's own department. */
    Result<std::pair<Model::Case, QString>> caseToFileInto(const QUuid &caseId);
    /** The next document number in a case (provisional, negative, while connected to a server). */
    Result<int> nextDocumentNumber(const QUuid &caseId);

    Status requireRole(std::initializer_list<Model::Role> roles, const QString &what) const;
    /** Refuses changes below a closed (z.d.A.) or deleted file. */
    Status ensureFileWritable(const QUuid &fileId);
    /** The case, if it exists, is open and its file too; plus the department of its file. */
    Result<std::pair<Model::Case, QString>> writableCase(const QUuid &caseId);
    /** The document, if it, its case and its file are open; plus the department its metadata belongs to. */
    Result<std::pair<Model::Document, QString>> writableDocument(const QUuid &documentId);
    Result<Model::FieldValues> validateMetadata(const QString &department, Model::EntityKind kind,
                                                const QString &type, const Model::FieldValues &values) const;
    Result<Model::ReferenceTemplate> referenceTemplate(Model::ReferenceTemplate::Kind kind);
    Result<QString> insertVersion(const QUuid &documentId, int number, const Args::VersionContent &content);

    Database m_db;
    const ContentStore *m_content;
    const Model::SchemaRegistry *m_schemas;
    QString m_anchorPath;
    Model::User m_user;
    QString m_now; ///< the time of the batch being applied
    bool m_connected = false;
    std::function<void(const Model::User &)> m_userChanged;
};

/** ISO 8601 UTC with milliseconds: the one time format in the index. */
QString isoNow();

} // namespace Aktenwerk::Dms
