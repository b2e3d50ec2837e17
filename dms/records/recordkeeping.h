#pragma once

#include "dms/sync/pg.h"
#include "model/error.h"
#include "model/fileplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace Aktenwerk::Dms {

class Database;
class Engine;

/** A legal hold (Aussonderungssperre) on a file, as this client last pulled it. */
struct LegalHold
{
    QUuid id;
    QUuid fileId;
    QString reason;
    QString setBy;
    QDateTime setAt;
    QString releasedBy;
    QDateTime releasedAt;
    QString releaseReason;
    bool isActive() const { return !releasedAt.isValid(); }
};

/**
 * What is kept of a file or case for records management (issue 16): its closing (z.d.A.) and
 * reopening, and for a file its retention and disposal type — its own or its plan unit's — and
 * when the retention ends. Read from the local mirror of the server's record.
 */
struct KeepingState
{
    QUuid id;
    QString entityType; ///< file, case
    QUuid fileId;
    bool closed = false;
    QDate closedOn;
    QString closedBy;
    QDateTime closedAt;
    QString closeReason;
    QString reopenedBy;
    QDateTime reopenedAt;
    QString reopenReason;
    Model::Retention retention = Model::Retention::unlimited(); ///< what applies (files)
    bool ownRetention = false; ///< the file's own, not the plan's
    Model::DisposalType disposal = Model::DisposalType::Appraise;
    bool ownDisposal = false;
    QString retentionReason;
    QDate retentionEnd; ///< closed files with a limited retention
    QList<LegalHold> holds; ///< the file's, newest first (active and lifted)
    bool onHold() const;
};

/** A closed file whose retention has ended, without a legal hold: due for disposal. */
struct DisposalItem
{
    QUuid fileId;
    QString reference;
    QString title;
    QString departmentCode;
    QDate closedOn;
    QDate retentionEnd;
    Model::Retention retention = Model::Retention::unlimited();
    Model::DisposalType disposal = Model::DisposalType::Appraise;
};

/**
 * Records management as the client does it: every act goes to the server first, which decides
 * (who may, whether the object can be closed, what the retention is) and records it in its audit
 * trail; the client pulls what it decided into its mirror (local schema 14) and shows it.
 */
class RecordKeeping
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::RecordKeeping)
public:
    using ServerSession = std::function<Model::Result<PgConnection>()>;

    explicit RecordKeeping(Engine &engine);

    /**
     * z.d.A. of a file or case (@p type "file" or "case") on @p date (invalid: today), with a
     * reason. A file with open cases: refused (the error's detail "open_cases") unless
     * @p withCases, which closes them with it.
     */
    Model::Result<QJsonObject> close(const ServerSession &session, const QString &type, const QUuid &id,
        const QDate &date, const QString &reason, bool withCases);
    Model::Result<QJsonObject> reopen(
        const ServerSession &session, const QString &type, const QUuid &id, const QString &reason);
    /**
     * A change of a file's own retention and disposal type: what is not given stays; given as
     * nullopt, the plan's applies again.
     */
    struct RetentionChange
    {
        std::optional<std::optional<Model::Retention>> retention;
        std::optional<std::optional<Model::DisposalType>> disposal;
    };
    /** A file's own retention and disposal type (team leads, records officers); a reason is required. */
    Model::Result<QJsonObject> setRetention(
        const ServerSession &session, const QUuid &fileId, const RetentionChange &change, const QString &reason);
    /** A legal hold on a file (records officers, administrators); its id is the result's "id". */
    Model::Result<QJsonObject> hold(const ServerSession &session, const QUuid &fileId, const QString &reason);
    Model::Result<QJsonObject> release(const ServerSession &session, const QUuid &holdId, const QString &reason);

    /** The state of a file or case as this client last pulled it. */
    Model::Result<KeepingState> state(const QUuid &fileOrCase) const;
    static Model::Result<KeepingState> state(Database &db, const QUuid &fileOrCase);
    /**
     * The disposal list: closed files this client holds whose retention ends on or before
     * @p dueBy and that no legal hold stops, by retention end and reference.
     */
    static Model::Result<QList<DisposalItem>> disposalList(Database &db, const QDate &dueBy);
    /**
     * @p items of the disposal list due by @p dueBy as a file for people at @p path: CSV with
     * semicolons and a byte order mark (as German office programs expect), or — for a name ending
     * in .pdf — a PDF with a heading, what was chosen (@p scope, e.g. ", department 63") and a
     * paragraph per file. Written whole or not at all.
     */
    static Model::Status exportDisposalList(
        const QList<DisposalItem> &items, const QDate &dueBy, const QString &scope, const QString &path);

private:
    Model::Result<QJsonObject> act(const ServerSession &session, const QString &command, const QString &type,
        const QUuid &id, const QJsonObject &args);
    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
