#pragma once

#include "dms/store/sqlite.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Dms {

/** One audit event. @c hash covers the canonical form of every other field, @c prevHash included. */
struct AuditEvent
{
    qint64 seq = 0;
    QUuid id;
    QString at;
    QString user;
    QString action;
    QString entityType;
    QString entityId;
    QString opId;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

/** The head of the chain as last seen, kept outside the database so that a cut tail shows. */
struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;
};

/**
 * The hash-chained audit log. Events are appended inside the transaction of the change they
 * record. Any edit, removal, reordering of events — and, against the anchor, a cut tail — is
 * found by verify().
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::AuditLog)
public:
    static constexpr const char *genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /** The exact bytes the hash is computed over (a compact JSON array, fixed field order). */
    static QByteArray canonical(const AuditEvent &event);
    static QString computeHash(const AuditEvent &event);

    /** Appends @p event (seq, prevHash and hash are filled in). Call inside a write transaction. */
    static Result<AuditEvent> append(Database &db, AuditEvent event);
    static Result<AuditAnchor> head(Database &db);

    struct Report
    {
        qint64 checked = 0;
        bool ok = true;
        qint64 firstBrokenSeq = 0; ///< 0 when ok
        QString problem;
    };
    /** Recomputes the chain; with an anchor also checks the anchored event is still there, unchanged. */
    static Result<Report> verify(Database &db, const std::optional<AuditAnchor> &anchor);

    static std::optional<AuditAnchor> readAnchor(const QString &path);
    /** Atomically replaces the anchor file (temp file, fsync, rename). */
    static Status writeAnchor(const QString &path, const AuditAnchor &anchor);
};

} // namespace Aktenwerk::Dms
