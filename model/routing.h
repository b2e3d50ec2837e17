#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

/** An organisation unit: Dezernat → Fachbereich (a department) → Abteilung → Sachgebiet/Team. */
struct OrgUnit
{
    QString code; ///< "63.1"
    QString name;
    QString parentCode; ///< empty at the top
    QString departmentCode; ///< the Fachbereich it belongs to (row-level visibility stays there)
    QStringList leads; ///< logins of its team lead(s)
    QString standingDeputy; ///< stands in for an absent lead who named no deputy
};

/** A user away for a period (both days included), with the colleague who stands in. */
struct Absence
{
    QString login;
    QString deputy; ///< empty: the unit's standing deputy (for a lead), else nobody
    QDate from, to;
    bool covers(const QDate &day) const { return day >= from && day <= to; }
};

/**
 * Who is who for routing: the units, who belongs to which, and who is away. Answers who may act
 * on a step — the addressee, anyone of an addressed unit (or of a unit below it), a lead of it, or
 * the deputy of one of them who is away — and for whom ("i. V.").
 */
struct Organisation
{
    QList<OrgUnit> units;
    QHash<QString, QString> unitOf; ///< login → unit code
    QList<Absence> absences;

    const OrgUnit *unit(const QString &code) const;
    /** @p code itself or a unit below it. */
    bool isWithin(const QString &unitCode, const QString &code) const;
    bool isAway(const QString &login, const QDate &day) const;
    /** Who stands in for @p login on @p day: the absence's deputy, else (for a lead) the unit's standing deputy. */
    QString deputyOf(const QString &login, const QDate &day) const;
    /**
     * Whether @p actor may act on a step for @p addressee on @p day: std::nullopt if not; an empty
     * string if in their own right; else the login of the absent colleague they stand in for.
     */
    std::optional<QString> mayActFor(const Addressee &addressee, const QString &actor, const QDate &day) const;
    /** The leads of @p login's unit (or of the nearest unit above with one): where an overdue step escalates. */
    QStringList leadsOf(const QString &login) const;
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
