#pragma once

#include "dms/sync/pg.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Dms {

/**
 * The central repository's audit trail, seen from outside the database: checking its hash chain
 * and listing its events.
 *
 * Every event's hash is recomputed here from its stored columns (by the verifier's own SQL, not
 * by a function stored in the database, which its owner could change): format 1 (schema ≤ 5)
 * hashes the canonical JSON with the previous hash inside; format 2 hashes
 * prev_hash || sha256(canonical JSON without it). The chain must start at the genesis hash, run
 * without gaps, and each event must name its predecessor's hash; every applied command's event
 * must have its idempotence record and the other way round. A tail cut off (and a chain
 * rewritten from some point on) shows only against a head kept outside the database: the
 * anchor file, one line "seq hash time" per check, or a printed copy.
 */
class ServerAudit
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::ServerAudit)
public:
    /** A head of the chain kept outside the database. */
    struct Anchor
    {
        qint64 seq = 0;
        QString hash;
        QDateTime at;
    };

    struct Report
    {
        qint64 events = 0; ///< events checked
        qint64 headSeq = 0; ///< the last event
        QString headHash;
        bool ok = true;
        qint64 brokenAt = 0; ///< position of the first break (0: none)
        QString problem; ///< what is wrong there, for the administrator
    };

    /** Checks the whole chain; with @p anchor also that the anchored head is still in it. */
    static Result<Report> verify(PgConnection &db, const std::optional<Anchor> &anchor = std::nullopt);

    /** The last head in @p path (nullopt: no such file yet). */
    static Result<std::optional<Anchor>> readAnchor(const QString &path);
    /** Appends @p anchor as a line to @p path (created 0600), flushed to disk. */
    static Status appendAnchor(const QString &path, const Anchor &anchor);

    struct Event
    {
        qint64 seq = 0;
        QDateTime at;
        QString login;
        QString action;
        QString entityType;
        QString entityId;
        QJsonObject details;
        QDateTime recordedAt; ///< the client's time of a change made offline (invalid: none)
        QString hash;
    };
    /**
     * The events the session's login may read (the auditor: all; others: their own and those
     * about records they may read), oldest first; @p entity narrows to one record.
     */
    static Result<QList<Event>> events(PgConnection &db, const QUuid &entity = {}, int limit = 1000);
};

} // namespace Aktenwerk::Dms
