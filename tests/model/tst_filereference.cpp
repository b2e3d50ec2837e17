#include "model/filereference.h"

#include <QTest>

using namespace Aktenwerk::Model;

class TstFileReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data();
    void format();
    void invalidTemplates_data();
    void invalidTemplates();
    void caseReferences_data();
    void caseReferences();
    void scopeSeparatesCounters();
    void matchRejectsForeignReferences();
};

void TstFileReference::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("dept");
    QTest::addColumn<int>("seq");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << "{plan}-{seq:04}/{year}" << "63.01.02" << "63" << 45 << 2026 << "63.01.02-0045/2026";
    QTest::newRow("no padding") << "{plan}-{seq}/{year}" << "63.01.02" << "63" << 7 << 2026 << "63.01.02-7/2026";
    QTest::newRow("padding overflows") << "{plan}-{seq:02}/{year}" << "11.01" << "11" << 123 << 2025 << "11.01-123/2025";
    QTest::newRow("two-digit year") << "{plan}/{seq:03}-{year:2}" << "36.01.01" << "36" << 1 << 2007 << "36.01.01/001-07";
    QTest::newRow("department prefix") << "FB{dept} {plan}-{seq:04}" << "63.09" << "63" << 12 << 2026 << "FB63 63.09-0012";
    QTest::newRow("dot separator") << "{plan}.{seq:03}" << "63.01.02" << "63" << 5 << 2026 << "63.01.02.005";
    QTest::newRow("unicode literal") << "Az. {plan} – {seq}" << "6" << "63" << 3 << 2026 << "Az. 6 – 3";
}

void TstFileReference::format()
{
    QFETCH(QString, pattern);
    QFETCH(QString, plan);
    QFETCH(QString, dept);
    QFETCH(int, seq);
    QFETCH(int, year);
    QFETCH(QString, expected);

    auto t = ReferenceTemplate::parse(pattern, ReferenceTemplate::Kind::File);
    QVERIFY2(t.has_value(), qPrintable(t ? QString() : t.error().message));
    ReferenceTemplate::Values v;
    v.plan = plan;
    v.dept = dept;
    v.seq = seq;
    v.year = year;
    const QString reference = t->format(v);
    QCOMPARE(reference, expected);

    // Every reference parses back into the values it was built from.
    const auto back = t->match(reference);
    QVERIFY(back.has_value());
    QCOMPARE(back->plan, plan);
    QCOMPARE(back->seq, seq);
    if (pattern.contains(QLatin1String("{year}")))
        QCOMPARE(back->year, year);
}

void TstFileReference::invalidTemplates_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("kind");
    const int file = static_cast<int>(ReferenceTemplate::Kind::File);
    const int cs = static_cast<int>(ReferenceTemplate::Kind::Case);
    QTest::newRow("empty") << "" << file;
    QTest::newRow("no seq") << "{plan}/{year}" << file;
    QTest::newRow("no plan") << "{seq:04}/{year}" << file;
    QTest::newRow("seq twice") << "{plan}-{seq}-{seq}" << file;
    QTest::newRow("adjacent placeholders") << "{plan}{seq:04}" << file;
    QTest::newRow("unknown placeholder") << "{plan}-{seq}-{month}" << file;
    QTest::newRow("unclosed brace") << "{plan}-{seq" << file;
    QTest::newRow("stray closing brace") << "{plan}-seq}" << file;
    QTest::newRow("width zero") << "{plan}-{seq:0}" << file;
    QTest::newRow("width not a number") << "{plan}-{seq:x}" << file;
    QTest::newRow("three-digit year") << "{plan}-{seq}/{year:3}" << file;
    QTest::newRow("width on plan") << "{plan:4}-{seq}" << file;
    QTest::newRow("file placeholder in file template") << "{file}-{seq}" << file;
    QTest::newRow("case template without case") << "{file}/x" << cs;
    QTest::newRow("case template with seq") << "{file}-{seq}" << cs;
    QTest::newRow("control character") << QStringLiteral("{plan}\t{seq}") << file;
}

void TstFileReference::invalidTemplates()
{
    QFETCH(QString, pattern);
    QFETCH(int, kind);
    const auto t = ReferenceTemplate::parse(pattern, static_cast<ReferenceTemplate::Kind>(kind));
    QVERIFY(!t.has_value());
    QCOMPARE(t.error().code, ErrorCode::Validation);
    QVERIFY(!t.error().message.isEmpty());
}

void TstFileReference::caseReferences_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << "{file}-{case:03}" << "63.01.02-0045/2026" << 1 << "63.01.02-0045/2026-001";
    QTest::newRow("slash") << "{file}/{case}" << "63.01.02-0045/2026" << 12 << "63.01.02-0045/2026/12";
    QTest::newRow("prefix") << "V {case:02} zu {file}" << "11.01-3/2025" << 4 << "V 04 zu 11.01-3/2025";
}

void TstFileReference::caseReferences()
{
    QFETCH(QString, pattern);
    QFETCH(QString, file);
    QFETCH(int, number);
    QFETCH(QString, expected);
    auto t = ReferenceTemplate::parse(pattern, ReferenceTemplate::Kind::Case);
    QVERIFY(t.has_value());
    ReferenceTemplate::Values v;
    v.file = file;
    v.caseNo = number;
    QCOMPARE(t->format(v), expected);
    const auto back = t->match(expected);
    QVERIFY(back.has_value());
    QCOMPARE(back->file, file);
    QCOMPARE(back->caseNo, number);
}

void TstFileReference::scopeSeparatesCounters()
{
    auto t = ReferenceTemplate::parse(QStringLiteral("{plan}-{seq:04}/{year}"), ReferenceTemplate::Kind::File);
    QVERIFY(t.has_value());
    ReferenceTemplate::Values a;
    a.plan = QStringLiteral("63.01.02");
    a.year = 2026;
    a.seq = 1;
    ReferenceTemplate::Values b = a;
    b.seq = 99;
    ReferenceTemplate::Values otherYear = a;
    otherYear.year = 2027;
    ReferenceTemplate::Values otherPlan = a;
    otherPlan.plan = QStringLiteral("63.01.03");
    QCOMPARE(t->scopeKey(a), t->scopeKey(b));
    QCOMPARE(t->scopeKey(a), QStringLiteral("63.01.02-#/2026"));
    QVERIFY(t->scopeKey(a) != t->scopeKey(otherYear));
    QVERIFY(t->scopeKey(a) != t->scopeKey(otherPlan));
}

void TstFileReference::matchRejectsForeignReferences()
{
    auto t = ReferenceTemplate::parse(QStringLiteral("{plan}-{seq:04}/{year}"), ReferenceTemplate::Kind::File);
    QVERIFY(t.has_value());
    QVERIFY(!t->match(QStringLiteral("63.01.02/0045/2026")).has_value());
    QVERIFY(!t->match(QStringLiteral("63.01.02-45/2026")).has_value()); // padding says at least four digits
    QVERIFY(!t->match(QStringLiteral("Neubau Lindenweg")).has_value());
    QVERIFY(!t->match(QStringLiteral("63.01.02-0045/26")).has_value());
}

QTEST_APPLESS_MAIN(TstFileReference)
#include "tst_filereference.moc"
