#pragma once

#include "dms/sync/pg.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace Aktenwerk::Dms {

class Engine;

/**
 * Destruction (Vernichtung) as the client does it (issue 16; server schema 16). The server
 * decides everything: what may be proposed (retention ended, no hold, kept by the records
 * officer, and the archive's decision — V confirmed, or taken over by a positive 0506 — or, never
 * offered, a file classed V), that another records officer approves (four eyes), the conditions
 * again at approval, the deletion records and the physical removal. The approving client pulls at
 * once, so the files are gone from its index and content store when approve() returns; every
 * other client removes them on its next sync.
 */
class Destruction
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Destruction)
public:
    using ServerSession = std::function<Model::Result<PgConnection>()>;

    explicit Destruction(Engine &engine);

    /**
     * Proposes the destruction of @p files, or (with @p process set and no files) of every file of
     * that disposal process that may go now. The server's answer: {proposal, files: [{file_id,
     * reference, title, decision, process_id, archive_reference}]}.
     */
    Model::Result<QJsonObject> propose(
        const ServerSession &session, const QUuid &process, const QList<QUuid> &files, const QString &reason);

    /** Approves proposal @p id (another person than the proposer); the files go here at once. */
    Model::Result<QJsonObject> approve(const ServerSession &session, const QUuid &id, const QString &remark);

    /** Rejects proposal @p id, or withdraws one's own, with a @p remark. */
    Model::Result<QJsonObject> reject(const ServerSession &session, const QUuid &id, const QString &remark);

    /**
     * Why a file of a proposal may go, for people: taken over by the archive (with its reference),
     * appraised V by the archive, or classed V and never offered. @p file: one of a proposal's files.
     */
    static QString grounds(const QJsonObject &file);

    /** The proposals this records officer sees, newest first, each with its files; @p openOnly: undecided ones. */
    static Model::Result<QJsonArray> proposals(PgConnection &db, bool openOnly);

    /** The deletion records this records officer (or auditor) sees, newest first. */
    static Model::Result<QJsonArray> deletionRecords(PgConnection &db);

private:
    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
