#include "model/textdiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Aktenwerk::Model;

class TstTextDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitLines_data();
    void splitLines();
    void shortestEdit_data();
    void shortestEdit();
    void changedLineReadsRemovedThenAdded();
    void lineNumbersFollowBothTexts();
    void randomEditsRebuildBothTexts();
    void hugeTextsFallBackToACoarseDiff();
};

namespace {

/** The old and the new text as the diff describes them: every edit script must give both back. */
std::pair<QStringList, QStringList> sides(const TextDiff &diff)
{
    QStringList before, after;
    for (const DiffLine &l : diff.lines) {
        if (l.kind != DiffLine::Kind::Added)
            before << l.text;
        if (l.kind != DiffLine::Kind::Removed)
            after << l.text;
    }
    return { before, after };
}

QString kinds(const TextDiff &diff)
{
    QString s;
    for (const DiffLine &l : diff.lines)
        s += l.kind == DiffLine::Kind::Same   ? QLatin1Char('=')
            : l.kind == DiffLine::Kind::Added ? QLatin1Char('+')
                                              : QLatin1Char('-');
    return s;
}

} // namespace

void TstTextDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one line, no end") << QStringLiteral("Antrag") << QStringList { QStringLiteral("Antrag") };
    QTest::newRow("final newline adds nothing")
        << QStringLiteral("a\nb\n") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("old Mac CR") << QStringLiteral("a\rb") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("empty lines kept") << QStringLiteral("a\n\n\nb")
                                      << QStringList { QStringLiteral("a"), QString(), QString(), QStringLiteral("b") };
}

void TstTextDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(Aktenwerk::Model::splitLines(text), lines);
}

void TstTextDiff::shortestEdit_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("script"); // = same, - removed, + added
    QTest::newRow("identical") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nc") << QStringLiteral("===");
    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("all new") << QString() << QStringLiteral("a\nb") << QStringLiteral("++");
    QTest::newRow("all gone") << QStringLiteral("a\nb") << QString() << QStringLiteral("--");
    QTest::newRow("insert at start") << QStringLiteral("b\nc") << QStringLiteral("a\nb\nc") << QStringLiteral("+==");
    QTest::newRow("append") << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc") << QStringLiteral("==+");
    QTest::newRow("remove middle") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nc") << QStringLiteral("=-=");
    QTest::newRow("change middle") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nX\nc") << QStringLiteral("=-+=");
    // Prefix and suffix alone would miss the common "c" in the middle.
    QTest::newRow("common line inside the change")
        << QStringLiteral("a\nb\nc\nd\ne") << QStringLiteral("a\nX\nc\nY\ne") << QStringLiteral("=-+=-+=");
    QTest::newRow("moved line") << QStringLiteral("a\nb\nc") << QStringLiteral("b\nc\na") << QStringLiteral("-==+");
}

void TstTextDiff::shortestEdit()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, script);
    const TextDiff d = diffText(before, after);
    QCOMPARE(kinds(d), script);
    QCOMPARE(d.added, static_cast<int>(script.count(QLatin1Char('+'))));
    QCOMPARE(d.removed, static_cast<int>(script.count(QLatin1Char('-'))));
    QCOMPARE(d.identical(), before == after);
    QVERIFY(!d.coarse);
    const auto [b, a] = sides(d);
    QCOMPARE(b, Aktenwerk::Model::splitLines(before));
    QCOMPARE(a, Aktenwerk::Model::splitLines(after));
}

void TstTextDiff::changedLineReadsRemovedThenAdded()
{
    const TextDiff d = diffText(QStringLiteral("Bauherr: Meier\nFlur 3"), QStringLiteral("Bauherr: Müller\nFlur 3"));
    QCOMPARE(d.lines.size(), 3);
    QCOMPARE(d.lines.at(0).kind, DiffLine::Kind::Removed);
    QCOMPARE(d.lines.at(0).text, QStringLiteral("Bauherr: Meier"));
    QCOMPARE(d.lines.at(1).kind, DiffLine::Kind::Added);
    QCOMPARE(d.lines.at(1).text, QStringLiteral("Bauherr: Müller"));
    QCOMPARE(d.lines.at(2).kind, DiffLine::Kind::Same);
}

void TstTextDiff::lineNumbersFollowBothTexts()
{
    const TextDiff d = diffText(QStringLiteral("a\nb\nc"), QStringLiteral("new\na\nc"));
    // + new (0,1), = a (1,2), - b (2,0), = c (3,3)
    QCOMPARE(kinds(d), QStringLiteral("+=-="));
    QCOMPARE(d.lines.at(0).oldLine, 0);
    QCOMPARE(d.lines.at(0).newLine, 1);
    QCOMPARE(d.lines.at(1).oldLine, 1);
    QCOMPARE(d.lines.at(1).newLine, 2);
    QCOMPARE(d.lines.at(2).oldLine, 2);
    QCOMPARE(d.lines.at(2).newLine, 0);
    QCOMPARE(d.lines.at(3).oldLine, 3);
    QCOMPARE(d.lines.at(3).newLine, 3);
}

void TstTextDiff::randomEditsRebuildBothTexts()
{
    // Random edits over a small alphabet (many repeated lines: the hard case for an LCS). The
    // script must give both texts back, and it cannot be longer than the edits made.
    QRandomGenerator rng(20261126);
    for (int round = 0; round < 200; ++round) {
        QStringList before;
        const int n = rng.bounded(0, 40);
        for (int i = 0; i < n; ++i)
            before << QString::number(rng.bounded(0, 6));
        QStringList after = before;
        int edits = 0;
        const int changes = rng.bounded(0, 8);
        for (int c = 0; c < changes; ++c) {
            if (!after.isEmpty() && rng.bounded(0, 2) == 0) {
                after.removeAt(rng.bounded(0, static_cast<int>(after.size())));
            } else {
                after.insert(rng.bounded(0, static_cast<int>(after.size()) + 1), QStringLiteral("x%1").arg(c));
            }
            ++edits;
        }
        const TextDiff d = diffLines(before, after);
        const auto [b, a] = sides(d);
        QCOMPARE(b, before);
        QCOMPARE(a, after);
        QVERIFY2(d.added + d.removed <= edits,
            qPrintable(QStringLiteral("round %1: %2 edits, script %3").arg(round).arg(edits).arg(kinds(d))));
    }
}

void TstTextDiff::hugeTextsFallBackToACoarseDiff()
{
    QStringList before, after;
    for (int i = 0; i < 300; ++i) {
        before << QStringLiteral("old %1").arg(i);
        after << QStringLiteral("new %1").arg(i);
    }
    before.prepend(QStringLiteral("head"));
    after.prepend(QStringLiteral("head"));
    DiffLimits small;
    small.maxCells = 10'000; // 301 × 301 cells would be needed
    const TextDiff coarse = diffLines(before, after, small);
    QVERIFY(coarse.coarse);
    QCOMPARE(coarse.removed, 300);
    QCOMPARE(coarse.added, 300);
    QCOMPARE(coarse.lines.first().kind, DiffLine::Kind::Same); // the common beginning is still found
    const auto [b, a] = sides(coarse);
    QCOMPARE(b, before);
    QCOMPARE(a, after);
    // Within the default limits the same texts get the exact diff.
    QVERIFY(!diffLines(before, after).coarse);
}

QTEST_APPLESS_MAIN(TstTextDiff)
#include "tst_textdiff.moc"
