#include "model/fileplan.h"

#include <QTest>

using namespace Aktenwerk::Model;

class TstFilePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_data();
    void codes();
    void extends_data();
    void extends();
    void deriveParent();
    void validateUnit();
    void retention_data();
    void retention();
    void disposal();
};

void TstFilePlan::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("main group") << "6" << true;
    QTest::newRow("group") << "63" << true;
    QTest::newRow("subject") << "63.01.02" << true;
    QTest::newRow("leading zero group") << "0.12.3" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("trailing dot") << "63.01." << false;
    QTest::newRow("double dot") << "63..01" << false;
    QTest::newRow("letters") << "63.A1" << false;
    QTest::newRow("space") << "63 01" << false;
    QTest::newRow("dash") << "63-01" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('1')) << false;
}

void TstFilePlan::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(FilePlan::isValidCode(code), valid);
}

void TstFilePlan::extends_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("child");
    QTest::addColumn<bool>("extends");
    QTest::newRow("group below main group") << "6" << "63" << true;
    QTest::newRow("skips a level") << "63" << "63.01.02" << true;
    QTest::newRow("direct child") << "63.01" << "63.01.02" << true;
    QTest::newRow("same code") << "63.01" << "63.01" << false;
    QTest::newRow("sibling") << "63.01" << "63.02.01" << false;
    QTest::newRow("other department") << "63" << "36.01" << false;
    QTest::newRow("shorter child") << "63.01.02" << "63.01" << false;
}

void TstFilePlan::extends()
{
    QFETCH(QString, parent);
    QFETCH(QString, child);
    QFETCH(bool, extends);
    QCOMPARE(FilePlan::extendsCode(parent, child), extends);
}

void TstFilePlan::deriveParent()
{
    const QStringList codes{QStringLiteral("6"), QStringLiteral("63"), QStringLiteral("63.01"),
                            QStringLiteral("63.01.02"), QStringLiteral("36")};
    QCOMPARE(FilePlan::deriveParentCode(QStringLiteral("63.01.02.07"), codes), QStringLiteral("63.01.02"));
    QCOMPARE(FilePlan::deriveParentCode(QStringLiteral("63.01.02"), codes), QStringLiteral("63.01"));
    QCOMPARE(FilePlan::deriveParentCode(QStringLiteral("63.05"), codes), QStringLiteral("63"));
    QCOMPARE(FilePlan::deriveParentCode(QStringLiteral("6"), codes), QString());
    QCOMPARE(FilePlan::deriveParentCode(QStringLiteral("11"), codes), QString());
}

void TstFilePlan::validateUnit()
{
    PlanUnit parent;
    parent.code = QStringLiteral("63.01");
    parent.title = QStringLiteral("Bauaufsicht");
    PlanUnit unit;
    unit.code = QStringLiteral("63.01.02");
    unit.title = QStringLiteral("Baugenehmigungsverfahren");
    QVERIFY(FilePlan::validateUnit(unit, &parent).has_value());
    QVERIFY(FilePlan::validateUnit(unit, nullptr).has_value());

    PlanUnit stray = unit;
    stray.code = QStringLiteral("36.01.02");
    auto r = FilePlan::validateUnit(stray, &parent);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QVERIFY(r.error().message.contains(QLatin1String("36.01.02")));

    PlanUnit untitled = unit;
    untitled.title = QStringLiteral("  ");
    QVERIFY(!FilePlan::validateUnit(untitled, &parent).has_value());

    PlanUnit badCode = unit;
    badCode.code = QStringLiteral("63.x");
    QVERIFY(!FilePlan::validateUnit(badCode, nullptr).has_value());
}

void TstFilePlan::retention_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("years");
    QTest::addColumn<QString>("stored");
    QTest::newRow("ten") << "10" << true << 10 << "10";
    QTest::newRow("zero") << "0" << true << 0 << "0";
    QTest::newRow("spaces") << " 30 " << true << 30 << "30";
    QTest::newRow("unbefristet") << "unbefristet" << true << -1 << "unbefristet";
    QTest::newRow("Unbefristet") << "Unbefristet" << true << -1 << "unbefristet";
    QTest::newRow("unlimited") << "unlimited" << true << -1 << "unbefristet";
    QTest::newRow("dauernd") << "dauernd" << true << -1 << "unbefristet";
    QTest::newRow("negative") << "-5" << false << 0 << "";
    QTest::newRow("too long") << "1000" << false << 0 << "";
    QTest::newRow("words") << "zehn" << false << 0 << "";
    QTest::newRow("empty") << "" << false << 0 << "";
}

void TstFilePlan::retention()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, years);
    QFETCH(QString, stored);
    const auto r = Retention::parse(text);
    QCOMPARE(r.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(r->years(), years);
    QCOMPARE(r->isUnlimited(), years < 0);
    QCOMPARE(r->toString(), stored);
    QCOMPARE(Retention::parse(r->toString()), r); // the stored form reads back
}

void TstFilePlan::disposal()
{
    QCOMPARE(disposalTypeFromCode(u"A"), DisposalType::Archive);
    QCOMPARE(disposalTypeFromCode(u"b"), DisposalType::Appraise);
    QCOMPARE(disposalTypeFromCode(u" V "), DisposalType::Destroy);
    QVERIFY(!disposalTypeFromCode(u"X").has_value());
    QVERIFY(!disposalTypeFromCode(u"").has_value());
    for (DisposalType t : {DisposalType::Archive, DisposalType::Appraise, DisposalType::Destroy})
        QCOMPARE(disposalTypeFromCode(QString(disposalTypeCode(t))), t);
}

QTEST_APPLESS_MAIN(TstFilePlan)
#include "tst_fileplan.moc"
