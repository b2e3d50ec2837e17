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

QTEST_GUILESS_MAIN(TstRouting)
#include "tst_routing.moc"
