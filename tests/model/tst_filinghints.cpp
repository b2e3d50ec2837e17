// Filing help from a letter's text: its date, subject and the references it names.

#include "model/displaytime.h"
#include "model/filinghints.h"

#include <QTest>

using Aktenwerk::Model::FilingHints;
using Aktenwerk::Model::ReferenceTemplate;

class TstFilingHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void letterDate_data();
    void letterDate();
    void subjectLine();
    void referencesOfTheConfiguredTemplates();
    void referencesWithOcrBlanks();
    void otherTemplates();
    void nothingFound();

private:
    static FilingHints hints(const QString &text, const QString &fileTemplate = QString::fromLatin1(
                                                      ReferenceTemplate::defaultFileTemplate),
                             const QString &caseTemplate = QString::fromLatin1(ReferenceTemplate::defaultCaseTemplate))
    {
        const auto f = ReferenceTemplate::parse(fileTemplate, ReferenceTemplate::Kind::File);
        const auto c = ReferenceTemplate::parse(caseTemplate, ReferenceTemplate::Kind::Case);
        if (!f || !c)
            qFatal("bad template in the test");
        return FilingHints::fromText(text, *f, *c, QDate(2026, 11, 27));
    }
};

void TstFilingHints::letterDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("place, den") << QStringLiteral("Müller GmbH\nMusterstadt, den 12.03.2026\nSehr geehrte Damen")
                                << QDate(2026, 3, 12);
    QTest::newRow("month name") << QStringLiteral("Köln, 5. November 2026\nBetreff: Antrag") << QDate(2026, 11, 5);
    QTest::newRow("abbreviated month") << QStringLiteral("Bonn, 1. Mrz. 2025") << QDate(2025, 3, 1);
    QTest::newRow("two-digit year") << QStringLiteral("Essen, 03.04.26") << QDate(2026, 4, 3);
    QTest::newRow("iso") << QStringLiteral("2026-10-01\nRechnung") << QDate(2026, 10, 1);
    // The letter quotes an earlier one, a deadline and a birthday before its own date.
    QTest::newRow("quoted dates skipped")
        << QStringLiteral("Ihr Schreiben vom 01.02.2026\nFrist bis zum 20.02.2026\ngeb. 04.05.1970\n"
                          "Musterstadt, 14.02.2026")
        << QDate(2026, 2, 14);
    QTest::newRow("Datum field wins")
        << QStringLiteral("Musterstadt, 10.01.2026\nDatum: 11.01.2026") << QDate(2026, 1, 11);
    QTest::newRow("future date is no letter date")
        << QStringLiteral("Bonn\n15.12.2026\nTermin") << QDate();
    QTest::newRow("past date after a future one")
        << QStringLiteral("Bonn, 15.12.2026\nBonn, 20.11.2026") << QDate(2026, 11, 20);
    QTest::newRow("first of equals") << QStringLiteral("Zahlung 02.03.2026 und 04.05.2026") << QDate(2026, 3, 2);
    QTest::newRow("not a date") << QStringLiteral("Versuch 31.02.2026, Version 1.2.3") << QDate();
}

void TstFilingHints::letterDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const FilingHints h = hints(text);
    QCOMPARE(h.date, date);
    QCOMPARE(h.dateText.isEmpty(), !date.isValid());
}

void TstFilingHints::subjectLine()
{
    QCOMPARE(hints(QStringLiteral("Absender\nBetreff: Bauantrag Gartenstraße 3\n\nSehr geehrte")).subject,
             QStringLiteral("Bauantrag Gartenstraße 3"));
    QCOMPARE(hints(QStringLiteral("Betr.:   Widerspruch  gegen   Bescheid")).subject,
             QStringLiteral("Widerspruch gegen Bescheid"));
    QCOMPARE(hints(QStringLiteral("BETREFF\n\n  Nachforderung Unterlagen\nText")).subject,
             QStringLiteral("Nachforderung Unterlagen"));
    const FilingHints h = hints(QStringLiteral("Musterstadt, 12.03.2026"));
    QVERIFY(h.subject.isEmpty());
    QVERIFY(h.proposedTitle().contains(Aktenwerk::Model::displayDate(QDate(2026, 3, 12))));
    QVERIFY(h.proposedTitle().contains(QLatin1String("2026"))); // the whole year, never "26"
    QCOMPARE(hints(QStringLiteral("Betreff: Lärm\nBonn, 1.1.2026")).proposedTitle(), QStringLiteral("Lärm"));
}

void TstFilingHints::referencesOfTheConfiguredTemplates()
{
    const FilingHints h = hints(QStringLiteral(
        "Ihr Zeichen: 63.01.02-0007/2026-003\nUnser Zeichen 63.01.02-0007/2026, auch 36.10-0012/2025.\n"
        "Wieder 63.01.02-0007/2026-003; Telefon 0221-1234; Datum 12.03.2026; Akte 63.01.02-0007/2026"));
    QCOMPARE(h.caseReferences, QStringList{ QStringLiteral("63.01.02-0007/2026-003") });
    // The file's own reference inside its case's reference is not a second hit.
    QCOMPARE(h.fileReferences,
             (QStringList{ QStringLiteral("63.01.02-0007/2026"), QStringLiteral("36.10-0012/2025") }));
}

void TstFilingHints::referencesWithOcrBlanks()
{
    const FilingHints h = hints(QStringLiteral("Az.: 63.01.02 - 0007 / 2026 - 003 bitte angeben"));
    QCOMPARE(h.caseReferences, QStringList{ QStringLiteral("63.01.02-0007/2026-003") });
    // A blank inside a padded number (as Tesseract read a real scan here), but not a number after it.
    QCOMPARE(hints(QStringLiteral("Ihr Zeichen: 63.01.02-0001/2026-00 1\n")).caseReferences,
             QStringList{ QStringLiteral("63.01.02-0001/2026-001") });
    QCOMPARE(hints(QStringLiteral("Az. 63.01.02-0001/2026-001 2 Seiten")).caseReferences,
             QStringList{ QStringLiteral("63.01.02-0001/2026-001") });
    QCOMPARE(hints(QStringLiteral("Akte 63.01.02-00 01/20 26.")).fileReferences,
             QStringList{ QStringLiteral("63.01.02-0001/2026") });
}

void TstFilingHints::otherTemplates()
{
    const FilingHints h = hints(QStringLiteral("Az. FB63/63.01.02/12-26, Vorgang FB63/63.01.02/12-26.4"),
                                QStringLiteral("FB{dept}/{plan}/{seq}-{year:2}"), QStringLiteral("{file}.{case}"));
    QCOMPARE(h.fileReferences, QStringList{ QStringLiteral("FB63/63.01.02/12-26") });
    QCOMPARE(h.caseReferences, QStringList{ QStringLiteral("FB63/63.01.02/12-26.4") });
}

void TstFilingHints::nothingFound()
{
    const FilingHints h = hints(QStringLiteral("Sehr geehrte Damen und Herren,\nvielen Dank."));
    QVERIFY(h.isEmpty());
    QVERIFY(h.proposedTitle().isEmpty());
}

QTEST_APPLESS_MAIN(TstFilingHints)
#include "tst_filinghints.moc"
