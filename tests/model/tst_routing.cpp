#include "model/routing.h"

#include <QTest>

using namespace Aktenwerk::Model;

/**
 * Issue 15, deliverable 2: the routing slip's state machine — serial positions, parallel steps,
 * completed steps that never change, skip, send back (co-signatures cancelled, visibly), steps
 * added after the current one, deadlines.
 */
class TstRouting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes();
    void addressees_data();
    void addressees();
    void badRoutes_data();
    void badRoutes();
    void serialWithAParallelGroupRunsToSignature();
    void completedStepsNeverChange();
    void skipNeedsAReasonAndMovesOn();
    void sendBackCancelsPendingCoSignatures();
    void stepsAddedAfterTheCurrentOneComeNext();
    void overdue();
    void whoMayAct_data();
    void whoMayAct();
    void escalationGoesToTheLead();
};

namespace {

const QString sha = QString(64, QLatin1Char('a'));
const QDateTime at(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

RoutingStep step(int position, StepAction action, const QString &addressee, const QDate &deadline = {})
{
    RoutingStep s;
    s.position = position;
    s.action = action;
    s.addressee = *Addressee::parse(addressee);
    s.deadline = deadline;
    return s;
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

/** "1 bearbeitung mueller 002" per step, for compact comparisons. */
QStringList states(const RoutingSlip &slip)
{
    QStringList out;
    for (const RoutingStep &s : slip.steps())
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.position)
                   .arg(stepActionCode(s.action), s.addressee.toString(), stepStatusCode(s.status));
    return out;
}

} // namespace

void TstRouting::codes()
{
    for (StepAction a : { StepAction::Notice, StepAction::CoSign, StepAction::Sign, StepAction::Process })
        QCOMPARE(stepActionFromCode(stepActionCode(a)), a);
    QCOMPARE(stepActionFromCode(u"Mitzeichnung"), StepAction::CoSign);
    QVERIFY(!stepActionFromCode(u"genehmigung").has_value());
    QCOMPARE(stepStatusCode(StepStatus::Future), QStringLiteral("001"));
    QCOMPARE(stepStatusCode(StepStatus::Skipped), QStringLiteral("004"));
    QVERIFY(!stepActionName(StepAction::Sign).isEmpty());
}

void TstRouting::addressees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("user") << QStringLiteral("mueller") << true << int(Addressee::Kind::User)
                          << QStringLiteral("mueller");
    QTest::newRow("unit") << QStringLiteral("unit:63.1") << true << int(Addressee::Kind::Unit)
                          << QStringLiteral("63.1");
    QTest::newRow("lead") << QStringLiteral("lead:63") << true << int(Addressee::Kind::Lead) << QStringLiteral("63");
    QTest::newRow("empty") << QStringLiteral("") << false << 0 << QStringLiteral("");
    QTest::newRow("unit without code") << QStringLiteral("unit:") << false << 0 << QStringLiteral("");
    QTest::newRow("space") << QStringLiteral("max mueller") << false << 0 << QStringLiteral("");
}

void TstRouting::addressees()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto a = Addressee::parse(text);
    QCOMPARE(a.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, kind);
    QFETCH(QString, code);
    QCOMPARE(int(a->kind), kind);
    QCOMPARE(a->code, code);
    QCOMPARE(a->toString(), text);
}

void TstRouting::badRoutes_data()
{
    QTest::addColumn<QList<RoutingStep>>("steps");
    QTest::addColumn<QString>("hash");
    const RoutingStep ok = step(1, StepAction::Process, QStringLiteral("mueller"));
    QTest::newRow("no steps") << QList<RoutingStep> {} << sha;
    QTest::newRow("no version") << QList<RoutingStep> { ok } << QString();
    QTest::newRow("gap") << QList<RoutingStep> { ok, step(3, StepAction::Sign, QStringLiteral("lead:63")) } << sha;
    QTest::newRow("starts at 2") << QList<RoutingStep> { step(2, StepAction::Sign, QStringLiteral("lead:63")) } << sha;
    RoutingStep done = ok;
    done.status = StepStatus::Completed;
    QTest::newRow("already done") << QList<RoutingStep> { done } << sha;
    RoutingStep nobody = ok;
    nobody.addressee = {};
    QTest::newRow("no addressee") << QList<RoutingStep> { nobody } << sha;
}

void TstRouting::badRoutes()
{
    QFETCH(QList<RoutingStep>, steps);
    QFETCH(QString, hash);
    const auto slip = RoutingSlip::start(steps, hash);
    QVERIFY(!slip.has_value());
    QVERIFY(!slip.error().message.isEmpty());
}

void TstRouting::serialWithAParallelGroupRunsToSignature()
{
    // Bearbeitung → Mitzeichnung FB 63 and FB 36 in parallel → Zeichnung by the team lead.
    auto slip = RoutingSlip::start(
        { step(3, StepAction::Sign, QStringLiteral("lead:63")), step(1, StepAction::Process, QStringLiteral("mueller")),
            step(2, StepAction::CoSign, QStringLiteral("schmidt")),
            step(2, StepAction::CoSign, QStringLiteral("unit:36.2")) },
        sha);
    QVERIFY(slip.has_value());
    QCOMPARE(slip->versionSha256(), sha);
    QCOMPARE(states(*slip),
        (texts({ "1 bearbeitung mueller 002", "2 mitzeichnung schmidt 001", "2 mitzeichnung unit:36.2 001",
            "3 zeichnung lead:63 001" })));
    QVERIFY(!slip->complete(1, QStringLiteral("schmidt"), at).has_value()); // not its turn
    QVERIFY(slip->complete(0, QStringLiteral("mueller"), at, QStringLiteral("Bescheid entworfen")).has_value());
    QCOMPARE(slip->currentSteps(), (QList<int> { 1, 2 }));
    QVERIFY(slip->complete(2, QStringLiteral("weber"), at.addSecs(60)).has_value());
    QCOMPARE(slip->currentSteps(), QList<int> { 1 }); // the other co-signature still waits
    QVERIFY(slip->complete(1, QStringLiteral("schmidt"), at.addSecs(120)).has_value());
    QCOMPARE(slip->currentSteps(), QList<int> { 3 });
    // The team lead is absent; the deputy signs "i. V.".
    QVERIFY(slip->complete(3, QStringLiteral("klein"), at.addSecs(180), {}, QStringLiteral("richter")).has_value());
    QVERIFY(slip->isFinished());
    QVERIFY(!slip->wasReturned());
    const RoutingStep &signature = slip->steps().at(3);
    QCOMPARE(signature.status, StepStatus::Completed);
    QCOMPARE(signature.actedBy, QStringLiteral("klein"));
    QCOMPARE(signature.onBehalfOf, QStringLiteral("richter"));
    QCOMPARE(slip->steps().at(0).remark, QStringLiteral("Bescheid entworfen"));
    QCOMPARE(slip->steps().at(2).actedBy, QStringLiteral("weber")); // anyone of the unit
}

void TstRouting::completedStepsNeverChange()
{
    auto slip = RoutingSlip::start({ step(1, StepAction::Notice, QStringLiteral("mueller")),
                                       step(2, StepAction::Sign, QStringLiteral("lead:63")) },
        sha);
    QVERIFY(slip.has_value());
    QVERIFY(slip->complete(0, QStringLiteral("mueller"), at, QStringLiteral("gelesen")).has_value());
    const RoutingStep before = slip->steps().at(0);
    auto again = slip->complete(0, QStringLiteral("mueller"), at.addSecs(60), QStringLiteral("anders"));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::ReadOnly);
    QVERIFY(!slip->skip(0, QStringLiteral("admin"), at.addSecs(60), QStringLiteral("weg")).has_value());
    QVERIFY(!slip->sendBack(0, QStringLiteral("mueller"), at.addSecs(60), QStringLiteral("zurück")).has_value());
    QCOMPARE(slip->steps().at(0).remark, before.remark);
    QCOMPARE(slip->steps().at(0).actedAt, before.actedAt);
    // Who and when are part of every record.
    QVERIFY(!slip->complete(1, QString(), at).has_value());
    QVERIFY(!slip->complete(1, QStringLiteral("richter"), QDateTime()).has_value());
    QVERIFY(!slip->complete(7, QStringLiteral("richter"), at).has_value());
}

void TstRouting::skipNeedsAReasonAndMovesOn()
{
    auto slip = RoutingSlip::start({ step(1, StepAction::CoSign, QStringLiteral("schmidt")),
                                       step(2, StepAction::Sign, QStringLiteral("lead:63")) },
        sha);
    QVERIFY(slip.has_value());
    QVERIFY(!slip->skip(0, QStringLiteral("mueller"), at, QStringLiteral("  ")).has_value());
    QVERIFY(slip->skip(0, QStringLiteral("mueller"), at, QStringLiteral("Herr Schmidt ist versetzt")).has_value());
    QCOMPARE(states(*slip), (texts({ "1 mitzeichnung schmidt 004", "2 zeichnung lead:63 002" })));
    // A future step can be left out as well; the route then finishes with the current one.
    auto other = RoutingSlip::start({ step(1, StepAction::Process, QStringLiteral("mueller")),
                                        step(2, StepAction::Notice, QStringLiteral("unit:63.1")) },
        sha);
    QVERIFY(other->skip(1, QStringLiteral("mueller"), at, QStringLiteral("nicht nötig")).has_value());
    QVERIFY(other->complete(0, QStringLiteral("mueller"), at).has_value());
    QVERIFY(other->isFinished());
}

void TstRouting::sendBackCancelsPendingCoSignatures()
{
    auto slip = RoutingSlip::start({ step(1, StepAction::Process, QStringLiteral("mueller")),
                                       step(2, StepAction::CoSign, QStringLiteral("schmidt")),
                                       step(2, StepAction::CoSign, QStringLiteral("unit:36.2")),
                                       step(3, StepAction::Sign, QStringLiteral("lead:63")),
                                       step(4, StepAction::Notice, QStringLiteral("unit:63.1")) },
        sha);
    QVERIFY(slip.has_value());
    QVERIFY(slip->complete(0, QStringLiteral("mueller"), at).has_value());
    QVERIFY(slip->complete(1, QStringLiteral("schmidt"), at.addSecs(60)).has_value());
    QVERIFY(!slip->sendBack(2, QStringLiteral("weber"), at.addSecs(120), QString()).has_value()); // remark required
    QVERIFY(slip->sendBack(2, QStringLiteral("weber"), at.addSecs(120), QStringLiteral("Abstandsfläche fehlt"))
                .has_value());
    QVERIFY(slip->isFinished());
    QVERIFY(slip->wasReturned());
    const QList<RoutingStep> &s = slip->steps();
    // Nothing is lost: what was given stays, what was pending is marked, not removed.
    QCOMPARE(s.size(), 5);
    QCOMPARE(s.at(1).status, StepStatus::Completed);
    QCOMPARE(s.at(1).actedBy, QStringLiteral("schmidt"));
    QVERIFY(s.at(2).returned);
    QCOMPARE(s.at(2).remark, QStringLiteral("Abstandsfläche fehlt"));
    QCOMPARE(s.at(3).status, StepStatus::Skipped);
    QVERIFY(s.at(3).cancelled); // the signature
    QCOMPARE(s.at(4).status, StepStatus::Skipped);
    QVERIFY(!s.at(4).cancelled); // information is not a co-signature
    QVERIFY(s.at(3).remark.contains(QLatin1String("weber")));
}

void TstRouting::stepsAddedAfterTheCurrentOneComeNext()
{
    auto slip = RoutingSlip::start({ step(1, StepAction::Process, QStringLiteral("mueller")),
                                       step(2, StepAction::Sign, QStringLiteral("lead:63")) },
        sha);
    QVERIFY(slip.has_value());
    QVERIFY(!slip->addAfter(1, {}).has_value());
    QVERIFY(!slip->addAfter(5, { step(0, StepAction::CoSign, QStringLiteral("schmidt")) }).has_value());
    QVERIFY(slip->addAfter(1,
                    { step(0, StepAction::CoSign, QStringLiteral("schmidt")),
                        step(0, StepAction::CoSign, QStringLiteral("unit:36.2")) })
                .has_value());
    QCOMPARE(states(*slip),
        (texts({ "1 bearbeitung mueller 002", "2 mitzeichnung schmidt 001", "2 mitzeichnung unit:36.2 001",
            "3 zeichnung lead:63 001" })));
    QVERIFY(slip->complete(0, QStringLiteral("mueller"), at).has_value());
    QCOMPARE(slip->currentSteps(), (QList<int> { 1, 2 }));
    // Not before what has begun.
    QVERIFY(!slip->addAfter(0, { step(0, StepAction::Notice, QStringLiteral("unit:63.1")) }).has_value());
    QVERIFY(!slip->addAfter(1, { step(0, StepAction::Notice, QStringLiteral("unit:63.1")) }).has_value());
    QVERIFY(slip->complete(1, QStringLiteral("schmidt"), at).has_value());
    QVERIFY(slip->complete(2, QStringLiteral("weber"), at).has_value());
    QVERIFY(slip->complete(3, QStringLiteral("richter"), at).has_value());
    QVERIFY(slip->isFinished());
    QVERIFY(!slip->addAfter(3, { step(0, StepAction::Notice, QStringLiteral("unit:63.1")) }).has_value());
}

void TstRouting::overdue()
{
    const QDate deadline(2026, 12, 10);
    auto slip = RoutingSlip::start({ step(1, StepAction::CoSign, QStringLiteral("schmidt"), deadline),
                                       step(2, StepAction::Sign, QStringLiteral("lead:63"), deadline) },
        sha);
    QVERIFY(slip.has_value());
    QVERIFY(!slip->isOverdue(0, deadline));
    QVERIFY(slip->isOverdue(0, deadline.addDays(1)));
    QVERIFY(!slip->isOverdue(1, deadline.addDays(1))); // not its turn yet
    QVERIFY(slip->complete(0, QStringLiteral("schmidt"), at).has_value());
    QVERIFY(!slip->isOverdue(0, deadline.addDays(1))); // done
    QVERIFY(slip->isOverdue(1, deadline.addDays(1)));
}

namespace {

/**
 * FB 63 with the department "Bauaufsicht" (63.1, lead richter, standing deputy klein) and its team
 * "Bauanträge" (63.1.1, lead berg); FB 36 with 36.2. Away on 14.12.: richter (no deputy named),
 * schmidt (deputy weber), berg (deputy mueller).
 */
Organisation organisation()
{
    Organisation o;
    o.units
        = { { QStringLiteral("63"), QStringLiteral("FB 63"), {}, QStringLiteral("63"), { QStringLiteral("hahn") }, {} },
              { QStringLiteral("63.1"), QStringLiteral("Bauaufsicht"), QStringLiteral("63"), QStringLiteral("63"),
                  { QStringLiteral("richter") }, QStringLiteral("klein") },
              { QStringLiteral("63.1.1"), QStringLiteral("Bauanträge"), QStringLiteral("63.1"), QStringLiteral("63"),
                  { QStringLiteral("berg") }, {} },
              { QStringLiteral("36.2"), QStringLiteral("Immissionsschutz"), {}, QStringLiteral("36"), {}, {} } };
    for (const auto &[login, unit] :
        std::initializer_list<std::pair<const char *, const char *>> { { "mueller", "63.1.1" }, { "berg", "63.1.1" },
            { "schmidt", "63.1" }, { "richter", "63.1" }, { "klein", "63.1" }, { "weber", "36.2" }, { "hahn", "63" } })
        o.unitOf.insert(QString::fromLatin1(login), QString::fromLatin1(unit));
    const QDate from(2026, 12, 14), to(2026, 12, 18);
    o.absences = { { QStringLiteral("richter"), {}, from, to },
        { QStringLiteral("schmidt"), QStringLiteral("weber"), from, to },
        { QStringLiteral("berg"), QStringLiteral("mueller"), from, to } };
    return o;
}

} // namespace

void TstRouting::whoMayAct_data()
{
    QTest::addColumn<QString>("addressee");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("result"); ///< "-": may not; "": in their own right; else for whom
    const QDate here(2026, 12, 7), away(2026, 12, 15);
    auto row = [](const char *name, const char *addressee, const char *actor, const QDate &day, const char *result) {
        QTest::newRow(name) << QString::fromUtf8(addressee) << QString::fromUtf8(actor) << day
                            << QString::fromUtf8(result);
    };
    row("the addressee", "schmidt", "schmidt", here, "");
    row("someone else", "schmidt", "mueller", here, "-");
    row("deputy while present", "schmidt", "weber", here, "-");
    row("deputy while away (i. V.)", "schmidt", "weber", away, "schmidt");
    row("away, not the deputy", "schmidt", "klein", away, "-");
    row("the addressee while away", "schmidt", "schmidt", away, ""); // may still act
    row("a member of the unit", "unit:63.1", "klein", here, "");
    row("a member of a unit below", "unit:63.1", "mueller", here, "");
    row("not of the unit", "unit:63.1.1", "klein", here, "-");
    row("other department", "unit:63.1", "weber", here, "-");
    row("deputy of an absent member", "unit:63.1", "weber", away, "schmidt");
    row("the lead", "lead:63.1", "richter", here, "");
    row("a member is not the lead", "lead:63.1", "schmidt", here, "-");
    row("standing deputy of the absent lead", "lead:63.1", "klein", away, "richter");
    row("standing deputy while the lead is in", "lead:63.1", "klein", here, "-");
    row("named deputy of the absent team lead", "lead:63.1.1", "mueller", away, "berg");
    row("unknown unit", "lead:99", "richter", here, "-");
    row("nobody", "schmidt", "", here, "-");
}

void TstRouting::whoMayAct()
{
    QFETCH(QString, addressee);
    QFETCH(QString, actor);
    QFETCH(QDate, day);
    QFETCH(QString, result);
    const auto may = organisation().mayActFor(*Addressee::parse(addressee), actor, day);
    QCOMPARE(may.has_value() ? *may : QStringLiteral("-"), result);
}

void TstRouting::escalationGoesToTheLead()
{
    const Organisation o = organisation();
    QCOMPARE(o.leadsOf(QStringLiteral("mueller")), QStringList { QStringLiteral("berg") });
    QCOMPARE(o.leadsOf(QStringLiteral("berg")), QStringList { QStringLiteral("richter") }); // a lead's goes up
    QCOMPARE(o.leadsOf(QStringLiteral("schmidt")), QStringList { QStringLiteral("richter") });
    QCOMPARE(o.leadsOf(QStringLiteral("richter")), QStringList { QStringLiteral("hahn") });
    QCOMPARE(o.leadsOf(QStringLiteral("weber")), QStringList {}); // 36.2 has no lead
    QCOMPARE(o.leadsOf(QStringLiteral("unbekannt")), QStringList {});
    QVERIFY(o.isWithin(QStringLiteral("63.1.1"), QStringLiteral("63")));
    QVERIFY(!o.isWithin(QStringLiteral("63"), QStringLiteral("63.1")));
}

QTEST_GUILESS_MAIN(TstRouting)
#include "tst_routing.moc"
