#include "model/routing.h"

#include <QRegularExpression>

#include <algorithm>

namespace Aktenwerk::Model {

namespace {

constexpr std::pair<StepAction, const char *> actionCodes[] = {
    { StepAction::Notice, "kenntnisnahme" },
    { StepAction::CoSign, "mitzeichnung" },
    { StepAction::Sign, "zeichnung" },
    { StepAction::Process, "bearbeitung" },
};

bool isOpen(StepStatus s)
{
    return s == StepStatus::Future || s == StepStatus::Current;
}

} // namespace

QString stepActionCode(StepAction action)
{
    for (const auto &[a, code] : actionCodes) {
        if (a == action)
            return QLatin1String(code);
    }
    return {};
}

std::optional<StepAction> stepActionFromCode(QStringView code)
{
    for (const auto &[a, c] : actionCodes) {
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString stepActionName(StepAction action)
{
    switch (action) {
    case StepAction::Notice:
        return RoutingSlip::tr("for information");
    case StepAction::CoSign:
        return RoutingSlip::tr("for co-signature");
    case StepAction::Sign:
        return RoutingSlip::tr("for signature");
    case StepAction::Process:
        return RoutingSlip::tr("for processing");
    }
    return {};
}

QString stepStatusCode(StepStatus status)
{
    return QStringLiteral("00%1").arg(static_cast<int>(status) + 1);
}

std::optional<Addressee> Addressee::parse(QStringView text)
{
    const QString t = text.trimmed().toString();
    Addressee a;
    QString code = t;
    if (t.startsWith(QLatin1String("unit:"))) {
        a.kind = Kind::Unit;
        code = t.mid(5);
    } else if (t.startsWith(QLatin1String("lead:"))) {
        a.kind = Kind::Lead;
        code = t.mid(5);
    }
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!valid.match(code).hasMatch())
        return std::nullopt;
    a.code = code;
    return a;
}

QString Addressee::toString() const
{
    switch (kind) {
    case Kind::Unit:
        return QStringLiteral("unit:") + code;
    case Kind::Lead:
        return QStringLiteral("lead:") + code;
    case Kind::User:
        break;
    }
    return code;
}

const OrgUnit *Organisation::unit(const QString &code) const
{
    for (const OrgUnit &u : units) {
        if (u.code == code)
            return &u;
    }
    return nullptr;
}

bool Organisation::isWithin(const QString &unitCode, const QString &code) const
{
    QString c = unitCode;
    for (int depth = 0; !c.isEmpty() && depth < 32; ++depth) { // a cycle in bad data ends here
        if (c == code)
            return true;
        const OrgUnit *u = unit(c);
        c = u ? u->parentCode : QString();
    }
    return false;
}

bool Organisation::isAway(const QString &login, const QDate &day) const
{
    return std::any_of(
        absences.cbegin(), absences.cend(), [&](const Absence &a) { return a.login == login && a.covers(day); });
}

QString Organisation::deputyOf(const QString &login, const QDate &day) const
{
    for (const Absence &a : absences) {
        if (a.login == login && a.covers(day) && !a.deputy.isEmpty())
            return a.deputy;
    }
    if (!isAway(login, day))
        return {};
    for (const OrgUnit &u : units) {
        if (u.leads.contains(login) && !u.standingDeputy.isEmpty())
            return u.standingDeputy;
    }
    return {};
}

std::optional<QString> Organisation::mayActFor(const Addressee &addressee, const QString &actor, const QDate &day) const
{
    if (actor.isEmpty())
        return std::nullopt;
    QStringList people; // those the step is for by name (user, leads); a unit: its members
    switch (addressee.kind) {
    case Addressee::Kind::User:
        people << addressee.code;
        break;
    case Addressee::Kind::Lead:
        if (const OrgUnit *u = unit(addressee.code))
            people = u->leads;
        break;
    case Addressee::Kind::Unit:
        if (isWithin(unitOf.value(actor), addressee.code))
            return QString();
        for (auto it = unitOf.cbegin(); it != unitOf.cend(); ++it) {
            if (isWithin(it.value(), addressee.code))
                people << it.key();
        }
        people.sort(); // the same answer every time
        break;
    }
    if (addressee.kind != Addressee::Kind::Unit && people.contains(actor))
        return QString();
    for (const QString &p : std::as_const(people)) {
        if (isAway(p, day) && deputyOf(p, day) == actor)
            return p;
    }
    return std::nullopt;
}

QStringList Organisation::leadsOf(const QString &login) const
{
    QString c = unitOf.value(login);
    for (int depth = 0; !c.isEmpty() && depth < 32; ++depth) {
        const OrgUnit *u = unit(c);
        if (!u)
            break;
        QStringList leads = u->leads;
        leads.removeAll(login); // a lead's own overdue step goes to the unit above
        if (!leads.isEmpty())
            return leads;
        c = u->parentCode;
    }
    return {};
}

Status RoutingSlip::checkNewSteps(const QList<RoutingStep> &steps)
{
    for (const RoutingStep &s : steps) {
        if (s.addressee.code.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("Every step needs an addressee."));
        if (s.status != StepStatus::Future || !s.actedBy.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("A new step cannot have been acted on already."));
    }
    return {};
}

Result<RoutingSlip> RoutingSlip::start(QList<RoutingStep> steps, const QString &versionSha256)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha.match(versionSha256).hasMatch())
        return fail(
            ErrorCode::InvalidArgument, tr("A route names the version it routes (its SHA-256)."), versionSha256);
    if (steps.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A route needs at least one step."));
    if (auto s = checkNewSteps(steps); !s)
        return std::unexpected(s.error());
    std::stable_sort(
        steps.begin(), steps.end(), [](const RoutingStep &a, const RoutingStep &b) { return a.position < b.position; });
    // Positions 1, 2, 3 … without a gap.
    int expected = 1;
    for (const RoutingStep &s : std::as_const(steps)) {
        if (s.position == expected)
            ++expected;
        else if (s.position != expected - 1)
            return fail(ErrorCode::InvalidArgument, tr("Steps are numbered 1, 2, 3 … without a gap."),
                QString::number(s.position));
    }
    RoutingSlip slip;
    slip.m_steps = std::move(steps);
    slip.m_sha256 = versionSha256;
    slip.advance();
    return slip;
}

QList<int> RoutingSlip::currentSteps() const
{
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == StepStatus::Current)
            out << i;
    }
    return out;
}

bool RoutingSlip::wasReturned() const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(), [](const RoutingStep &s) { return s.returned; });
}

bool RoutingSlip::isOverdue(int index, const QDate &today) const
{
    if (index < 0 || index >= m_steps.size())
        return false;
    const RoutingStep &s = m_steps.at(index);
    return s.status == StepStatus::Current && s.deadline.isValid() && s.deadline < today;
}

void RoutingSlip::advance()
{
    if (!currentSteps().isEmpty() || wasReturned())
        return;
    // The lowest position with steps to come becomes current.
    int next = 0;
    for (const RoutingStep &s : std::as_const(m_steps)) {
        if (s.status == StepStatus::Future && (next == 0 || s.position < next))
            next = s.position;
    }
    for (RoutingStep &s : m_steps) {
        if (s.status == StepStatus::Future && s.position == next)
            s.status = StepStatus::Current;
    }
}

Status RoutingSlip::act(int index, StepStatus to, const QString &actor, const QDateTime &at, const QString &remark,
    const QString &onBehalfOf)
{
    if (index < 0 || index >= m_steps.size())
        return fail(ErrorCode::NotFound, tr("The route has no such step."), QString::number(index));
    RoutingStep &s = m_steps[index];
    if (!isOpen(s.status))
        return fail(ErrorCode::ReadOnly, tr("This step is done; what was recorded stays as it is."));
    if (to == StepStatus::Completed && s.status != StepStatus::Current)
        return fail(ErrorCode::Validation, tr("This step's turn has not come yet."));
    if (actor.trimmed().isEmpty() || !at.isValid())
        return fail(ErrorCode::InvalidArgument, tr("Who acted and when is recorded with every step."));
    s.status = to;
    s.actedBy = actor;
    s.onBehalfOf = onBehalfOf == actor ? QString() : onBehalfOf;
    s.actedAt = at;
    s.remark = remark;
    return {};
}

Status RoutingSlip::complete(
    int index, const QString &actor, const QDateTime &at, const QString &remark, const QString &onBehalfOf)
{
    if (auto s = act(index, StepStatus::Completed, actor, at, remark, onBehalfOf); !s)
        return s;
    advance();
    return {};
}

Status RoutingSlip::skip(int index, const QString &actor, const QDateTime &at, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Say why the step is left out."));
    if (auto s = act(index, StepStatus::Skipped, actor, at, reason, {}); !s)
        return s;
    advance();
    return {};
}

Status RoutingSlip::sendBack(
    int index, const QString &actor, const QDateTime &at, const QString &remark, const QString &onBehalfOf)
{
    if (remark.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Say why the route goes back."));
    if (auto s = act(index, StepStatus::Completed, actor, at, remark, onBehalfOf); !s)
        return s;
    m_steps[index].returned = true;
    for (RoutingStep &s : m_steps) {
        if (!isOpen(s.status))
            continue;
        // What the old version can no longer get: co-signatures and signatures are cancelled;
        // the rest of the route ends with them (skipped), all of it kept in the record.
        s.status = StepStatus::Skipped;
        s.cancelled = s.action == StepAction::CoSign || s.action == StepAction::Sign;
        s.actedAt = at;
        s.remark = tr("sent back by %1").arg(actor);
    }
    return {};
}

Status RoutingSlip::addAfter(int position, QList<RoutingStep> steps)
{
    if (steps.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Add at least one step."));
    if (auto s = checkNewSteps(steps); !s)
        return s;
    if (isFinished())
        return fail(ErrorCode::ReadOnly, tr("The route is finished; start a new one."));
    const int last = std::max_element(m_steps.cbegin(), m_steps.cend(), [](const RoutingStep &a, const RoutingStep &b) {
        return a.position < b.position;
    })->position;
    if (position < 0 || position > last)
        return fail(ErrorCode::InvalidArgument, tr("The route has no position %1.").arg(position));
    for (const RoutingStep &s : std::as_const(m_steps)) {
        if (s.position > position && s.status != StepStatus::Future)
            return fail(ErrorCode::Validation, tr("Steps can only be added before steps that have not begun."));
    }
    for (RoutingStep &s : m_steps) {
        if (s.position > position)
            ++s.position;
    }
    for (RoutingStep &s : steps)
        s.position = position + 1;
    m_steps << steps;
    std::stable_sort(m_steps.begin(), m_steps.end(),
        [](const RoutingStep &a, const RoutingStep &b) { return a.position < b.position; });
    return {};
}

} // namespace Aktenwerk::Model
