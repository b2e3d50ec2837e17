#pragma once

#include "dms/command.h"
#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"
#include "model/entities.h"
#include "model/filereference.h"
#include "model/metadataschema.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

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

    /** Outbox bookkeeping after a push: not a change of the data, so no operation of its own. */
    Status markOperations(const QList<OutboxMark> &marks);
    Status recordSyncError(const QString &message);

private:
    /** A field another user changed, as a pull brings it: who and when from the server's row. */
    struct PulledFieldChange
    {
        QString entityType, entityId, field, oldValue, newValue, changedAt, changedBy;
    };
    /** Title, type and metadata fields of a local row before a pull overwrites it. */
    Result<std::optional<QHash<QString, QString>>> fieldsOf(const QString &table, const QString &id);
    QList<PulledFieldChange> m_pulledFieldChanges; ///< collected while a pull is applied

    struct Applied
    {
        CommandResult result;
        qint64 baseRevision = 0;
        QJsonObject payload;      ///< what the oplog records: the arguments plus the values assigned here
        QJsonObject auditDetails; ///< what the audit event records
        QList<std::tuple<QString, QString, QString>> fieldChanges; ///< field, old, new
        QList<PulledFieldChange> pulledFieldChanges; ///< made by others, arrived with a pull
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
    Result<Applied> createDocument(const Command &c);
    Result<Applied> addVersion(const Command &c);
    Result<Applied> updateFields(const Command &c);
    Result<Applied> tombstone(const Command &c);
    Result<Applied> resolveConflict(const Command &c);
    Result<Applied> connectServer(const Command &c);
    /**
     * A folder used without a server is connected: its plan units are matched to the server's by
     * code, what was made here is queued for the server, and the files' and cases' references are
     * kept as former references (the server numbers them anew). Returns what it did.
     */
    Result<QJsonObject> prepareFirstUpload(const QJsonObject &args);
    Result<Applied> applyRemote(const Command &c);
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
    Result<Applied> appendVersion(const Model::Document &d, const QJsonObject &args);
    /** Adds "base_version_id": the server compares ids, as numbers of offline versions may change. */
    Status nameBaseVersion(const QUuid &documentId, int base, QJsonObject &args);
    /** Drops this client's working copy row and frees the lock if it is ours. */
    Status releaseCheckOut(const QUuid &documentId);
    /** The case a document is filed into or linked from: open, and of the user's own department. */
    Result<std::pair<Model::Case, QString>> caseToFileInto(const QUuid &caseId);
    /** Upserts one pulled row; false when it was deferred because local changes wait to be pushed. */
    Result<bool> applyRemoteRow(const QString &table, const QJsonObject &row);
    Result<bool> applyRemoteRowData(const QString &table, const QJsonObject &row);
    Result<bool> hasPendingOperations(const QString &entityId);

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
    Result<QString> insertVersion(const QUuid &documentId, int number, const QJsonObject &args);

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
