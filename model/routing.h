#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * The routing slip (Geschäftsgang, issue 15) as a state machine, without storage: the server
 * decides every transition with these rules and the client shows them. Terms follow xdomea
 * (GeschaeftsgangType, BeteiligungsschrittType): a step asks its addressee for an action, steps
 * of one position run in parallel, positions one after the other.
 */
namespace Aktenwerk::Model {

/** What a step asks of its addressee (the Verfügung of a Beteiligungsschritt). */
enum class StepAction { Notice, CoSign, Sign, Process };
/** "kenntnisnahme", "mitzeichnung", "zeichnung", "bearbeitung" (CLI and storage). */
QString stepActionCode(StepAction action);
std::optional<StepAction> stepActionFromCode(QStringView code);
/** "zur Kenntnisnahme", "zur Mitzeichnung", "zur Zeichnung", "zur Bearbeitung". */
QString stepActionName(StepAction action);

/** xdomea's Beteiligungsstatus: 001 future, 002 current, 003 completed, 004 skipped. */
enum class StepStatus { Future, Current, Completed, Skipped };
QString stepStatusCode(StepStatus status);

/** Who a step is for: a user (login), anyone of a unit ("unit:CODE"), or a unit's team lead ("lead:CODE"). */
struct Addressee
{
    enum class Kind { User, Unit, Lead };
    Kind kind = Kind::User;
    QString code; ///< the login or the unit's code

    static std::optional<Addressee> parse(QStringView text);
    QString toString() const;
    bool operator==(const Addressee &) const = default;
};

struct RoutingStep
{
    int position = 0; ///< 1, 2, …: the order; steps of one position run in parallel
    StepAction action = StepAction::Notice;
    Addressee addressee;
    QString instruction;
    QDate deadline; ///< none: no deadline
    StepStatus status = StepStatus::Future;
    // The record, once acted on (never changed afterwards):
    QString actedBy; ///< who acted
    QString onBehalfOf; ///< the absent addressee a deputy acted for ("i. V."); empty otherwise
    QDateTime actedAt;
    QString remark;
    bool returned = false; ///< completed by sending the route back
    bool cancelled = false; ///< skipped because the route was sent back before this step's turn ended
};

/**
 * A route over one version of a document (its SHA-256 in every record). Starting activates the
 * first position; when every step of the current position is completed or skipped, the next
 * position becomes current; with none left the route is finished. Sending back ends the route:
 * the step is completed as returned (a remark is required) and every co-signature and signature
 * not yet given is cancelled — visibly, the steps stay in the record — so that a new route can go
 * out with the new version.
 */
class RoutingSlip
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::RoutingSlip)
public:
    static Result<RoutingSlip> start(QList<RoutingStep> steps, const QString &versionSha256);

    const QList<RoutingStep> &steps() const { return m_steps; }
    const QString &versionSha256() const { return m_sha256; }
    /** The indexes of the steps waiting now (one position; empty when finished). */
    QList<int> currentSteps() const;
    bool isFinished() const { return currentSteps().isEmpty(); }
    bool wasReturned() const;
    /** A current step past its deadline on @p today. */
    bool isOverdue(int index, const QDate &today) const;

    /** The addressee (or, with @p onBehalfOf, their deputy @p actor) has done what the step asks. */
    Status complete(int index, const QString &actor, const QDateTime &at, const QString &remark = {},
        const QString &onBehalfOf = {});
    /** Leaves a step out (not yet completed); the reason is recorded as its remark. */
    Status skip(int index, const QString &actor, const QDateTime &at, const QString &reason);
    /** Sends the route back from a current step; ends it (see the class). */
    Status sendBack(
        int index, const QString &actor, const QDateTime &at, const QString &remark, const QString &onBehalfOf = {});
    /**
     * Adds @p steps as one new position right after @p position (the later ones move on by one);
     * only where nothing after @p position has begun. Adding after the current position puts the
     * new steps next in line. Steps keep their records; their indexes follow the new order.
     */
    Status addAfter(int position, QList<RoutingStep> steps);

private:
    Status act(int index, StepStatus to, const QString &actor, const QDateTime &at, const QString &remark,
        const QString &onBehalfOf);
    void advance();
    static Status checkNewSteps(const QList<RoutingStep> &steps);

    QList<RoutingStep> m_steps; ///< by position, then as given
    QString m_sha256;
};

} // namespace Aktenwerk::Model
