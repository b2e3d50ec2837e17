#pragma once

#include "dms/command.h"
#include "dms/sync/pg.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <atomic>

namespace Aktenwerk::Dms {

class Engine;

struct SyncReport
{
    int pushed = 0;
    int rejected = 0;
    int pulled = 0;
    int deferred = 0;
    int removed = 0; ///< files the server destroyed, removed here with their content
    int contentUp = 0;
    int contentDown = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int openConflicts = 0;
    QString watermark;
    QStringList rejections; ///< one line per operation the server refused
    QStringList brokenLocks; ///< check-outs of this user that a team lead broke (one line each)
    double pushSeconds = 0; ///< time spent pushing (content and operations)
    double pullSeconds = 0; ///< time spent pulling
};

/**
 * Offline-first sync with the central repository: push the outbox, then pull what changed.
 *
 * Push: operations in order, up to pushBatchSize per call of the server's command API
 * (aktenwerk.submit, one transaction). The server decides: it takes the user from the session and
 * the time from its clock, checks role, department, confidentiality and state, and applies each
 * operation with its idempotence record and its audit event — or refuses it with a reason code
 * and a message, which is kept here with the operation (the rest of the batch goes on). An
 * operation sent twice is answered as a duplicate. The server assigns running numbers (file and
 * case references, version numbers); field edits merge per field against the value they started
 * from, and a clash keeps the server's value and records a conflict. Content goes first, in
 * 1 MiB chunks, resumable.
 *
 * Pull: from one REPEATABLE READ snapshot, every row with previous watermark <= xid <
 * pg_snapshot_xmin(snapshot); that xmin is the next watermark. Rows with unpushed local changes
 * are deferred and fetched again next time. Content is downloaded (streamed, hash-checked,
 * resumable) before a version row refers to it. Deletions travel only as tombstones.
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::SyncEngine)
public:
    static constexpr int chunkSize = 1024 * 1024;
    /** Operations sent in one server transaction. */
    static constexpr int pushBatchSize = 2000;

    explicit SyncEngine(Engine &engine);

    /** Push, then pull. @p password: for the login stored with the data folder. */
    Result<SyncReport> sync(const QString &password, const std::atomic<bool> *cancel = nullptr);
    /** Opens a session as the folder's user (UTC, ISO dates). */
    Result<PgConnection> connect(const QString &password);

    Status push(PgConnection &db, SyncReport &report, const std::atomic<bool> *cancel);
    Status pull(PgConnection &db, SyncReport &report, const std::atomic<bool> *cancel);

    /**
     * Runs @p command on the server now, in a transaction of its own with its idempotence record
     * and audit event — for what the server must decide before anything is written here (taking
     * a document's lock, breaking one). Applied locally afterwards under the same operation id,
     * the operation is recognised and not sent twice.
     */
    Status applyNow(PgConnection &db, const Command &command);
    /**
     * One command the server alone decides and this client only mirrors (routing, absences,
     * resubmissions: schema 13), sent now in a transaction of its own: the server's result, or
     * its refusal as an error with the server's message.
     */
    Result<QJsonObject> submitNow(
        PgConnection &db, const QString &command, const QString &entityType, const QUuid &id, const QJsonObject &args);
    /**
     * submitNow() in a session of its own, then a pull: the server decides, and what it decided
     * (the rows it wrote, its record) is in the local index when this returns.
     */
    Result<QJsonObject> actNow(const std::function<Result<PgConnection>()> &session, const QString &command,
        const QString &entityType, const QUuid &id, const QJsonObject &args);
    /**
     * The command that binds a data folder to the server at @p url as @p login, read through
     * @p server (a session of that login): with the server's file plan (code → id) and
     * departments, so that a folder used without a server can be matched and uploaded.
     */
    static Result<Command> connectCommand(PgConnection &server, const QString &url, const QString &login);
    /** "Checked out by X since Y": the refusal of a check-out (ErrorCode::ReadOnly). */
    static Error checkedOutBy(const QString &holder, const QDateTime &since);

private:
    /** An operation of the outbox as it goes to the server: its arguments are the stored payload. */
    struct PendingOp
    {
        QString opId;
        QString command;
        QString entityType;
        QString entityId;
        QString payload; ///< compact JSON, as the oplog holds it
        QString createdAt; ///< the client's time: kept by the server only as "recorded at"
    };
    /** The server's answer to one operation of aktenwerk.submit(). */
    struct ServerOutcome
    {
        enum Kind { Applied, Duplicate, Refused };
        QString opId;
        Kind kind = Refused;
        QString code; ///< the reason code of a refusal ("not_permitted", "closed", ...)
        QString message; ///< the server's message, in the user's language
        QJsonObject result;
    };
    Result<QList<PendingOp>> pendingOperations(int limit);
    /** Sends @p ops through aktenwerk.submit() inside the caller's transaction; one outcome each. */
    Result<QList<ServerOutcome>> submit(PgConnection &db, const QList<PendingOp> &ops);
    static Error refusalError(const ServerOutcome &outcome);
    /** One operation in a server transaction of its own (applyNow, submitNow). */
    Result<ServerOutcome> submitOne(PgConnection &db, const PendingOp &op);
    Status uploadContent(PgConnection &db, const QString &sha, qint64 size, SyncReport &report);
    Status downloadContent(PgConnection &db, const QString &sha, qint64 size, SyncReport &report);
    Status ensureContent(PgConnection &db, const PgResult &versions, SyncReport &report);

    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
