#pragma once

#include "dms/sync/pg.h"
#include "model/error.h"
#include "model/routing.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace Aktenwerk::Dms {

class Engine;
class Database;

/** One thing waiting for the user, as the server's inbox() computed it. */
struct InboxItem
{
    QString kind; ///< "step" or "resubmission"
    QUuid id; ///< the step or the resubmission
    QString reason; ///< own, unit, lead, deputy, escalated
    QString onBehalfOf; ///< the absent person a deputy stands in for
    QUuid routeId;
    int position = 0;
    QString action; ///< kenntnisnahme, mitzeichnung, zeichnung, bearbeitung (steps)
    QString addressee; ///< a login, unit:CODE, lead:CODE (the owner of a resubmission)
    QString instruction; ///< a step's instruction, a resubmission's reason
    QDate deadline; ///< a step's deadline, a resubmission's date
    bool overdue = false;
    QString objectType; ///< document, case, file
    QUuid objectId;
    QString title; ///< empty when the user may not read it
    QString reference;
    QString departmentCode;
    QUuid versionId; ///< the routed version of a document
    QString sha256;
    QString startedBy;
    QDateTime since;
};

/** A page of the inbox, and how many items there are in all. */
struct InboxPage
{
    QList<InboxItem> items;
    qint64 total = 0;
};

/** The current version of a routed document, on disk to be shown (see Routing::fetchVersion). */
struct RoutedVersion
{
    QString path; ///< the content: in the local store, or fetched into the cache folder
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    QString fileName;
    QString title;
    int number = 0;
    bool fetched = false; ///< not in the local store: read from the server for the step only
};

/** A routing step as this client last pulled it. */
struct RouteStepRecord
{
    QUuid id;
    int position = 0;
    QString action;
    QString addressee;
    QString instruction;
    QDate deadline;
    QString status; ///< 001 future, 002 current, 003 completed, 004 skipped
    QString sha256;
    QString actedBy;
    QString onBehalfOf;
    QDateTime actedAt;
    QString remark;
    bool returned = false;
    bool byReturn = false;
    bool cancelled = false;
};

struct RouteRecord
{
    QUuid id;
    QString objectType;
    QUuid objectId;
    QUuid versionId;
    QString sha256;
    QString status; ///< running, completed, returned
    QString templateName;
    QString startedBy;
    QDateTime startedAt;
    QDateTime endedAt;
    QString departmentCode;
    QList<RouteStepRecord> steps;
};

/**
 * Routing (Geschäftsgang), deputies and resubmission, as the client does them: every act goes to
 * the server first, which decides (who may act, for whom, what comes next) and records it in its
 * audit trail; the client then pulls what was decided into its mirror (local schema 13), from
 * which it shows routes and their history. The inbox is the server's: computed when read.
 */
class Routing
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Routing)
public:
    using ServerSession = std::function<Model::Result<PgConnection>()>;

    explicit Routing(Engine &engine);

    /**
     * Steps from the command line, in the order given: "ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD]"
     * or "…@+DAYS"; several addressees of one step work in parallel. The result is the server's
     * step list. @p forTemplate: "@+DAYS" stays days after the start (a template's deadline).
     */
    static Model::Result<QJsonArray> parseSteps(const QStringList &specs, bool forTemplate = false);

    /**
     * Sends one act to the server (route.start, step.complete, step.return, step.skip, step.add,
     * absence.set, resubmission.*), then pulls what it decided. The server's result, or its
     * refusal with its message.
     */
    Model::Result<QJsonObject> act(const ServerSession &session, const QString &command, const QString &type,
        const QUuid &id, const QJsonObject &args);

    /**
     * What waits for the user now, from the server, in list order (overdue first, then by
     * deadline): @p limit items from @p offset (-1: all), with the total.
     */
    static Model::Result<InboxPage> inbox(PgConnection &db, int offset = 0, int limit = -1);

    /**
     * The current version of @p documentId as the server has it — for a co-signer of another
     * department too, while the step is theirs. Content this client has is used in place; other
     * content is read from the server into @p cacheDir (checked against its hash), never into
     * the local store.
     */
    Model::Result<RoutedVersion> fetchVersion(PgConnection &db, const QUuid &documentId, const QString &cacheDir) const;

    /** The routes of a document, case or file (newest first), or the route of that id. */
    Model::Result<QList<RouteRecord>> routes(const QUuid &objectOrRoute) const;
    /** The same, read through @p db (a reader of the local index, on any thread). */
    static Model::Result<QList<RouteRecord>> routes(Database &db, const QUuid &objectOrRoute);
    /** The route a step belongs to. */
    Model::Result<std::optional<RouteRecord>> routeOfStep(const QUuid &stepId) const;

    /**
     * The routing slip as a document (Laufzettel): a printable PDF with what was routed (its
     * SHA-256), every step — kind, addressee, instruction, deadline, status, who acted, when,
     * "i. V." with both names, the remark and the SHA-256 acted on.
     */
    QByteArray laufzettel(const RouteRecord &route, const QString &objectLabel) const;

    /** "zur Mitzeichnung", "Organisationseinheit 63.2", … for people. */
    static QString actionName(const QString &code);
    QString addresseeName(const QString &addressee) const;
    /** The same for many at once (one read of the index): addressee → name. */
    QHash<QString, QString> addresseeNames(const QStringList &addressees) const;
    static QHash<QString, QString> addresseeNames(Database &db, const QStringList &addressees);
    /** Everyone @p routes name: starters, addressees, who acted and for whom. */
    static QStringList peopleOf(const QList<RouteRecord> &routes);
    static QString statusName(const RouteStepRecord &step);
    /** The status with who acted, for whom and when: "done by A i. V. for B on 07.12.2026 10:15". */
    static QString stepState(const RouteStepRecord &step, const QHash<QString, QString> &names);
    /** "running", "completed", "sent back". */
    static QString routeStatusName(const QString &status);
    /** Why an inbox item is the user's: "i. V. for …", "overdue with …", "for …" (own: empty). */
    static QString reasonNote(const InboxItem &item, const QHash<QString, QString> &names);
    /** The names of everyone a route names (one read of the index). */
    QHash<QString, QString> namesOf(const RouteRecord &route) const;

private:
    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
