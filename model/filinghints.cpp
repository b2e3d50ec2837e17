#include "model/filinghints.h"

#include "model/displaytime.h"

#include <QLocale>
#include <QRegularExpression>

namespace Aktenwerk::Model {

namespace {

/** The month of a German month name or its abbreviation ("März", "Maerz", "Mrz.", "Dez"). */
int monthOf(const QString &name)
{
    const QString n = name.toLower().left(3);
    static const QList<std::pair<QString, int>> prefixes{
        { QStringLiteral("jan"), 1 }, { QStringLiteral("jän"), 1 }, { QStringLiteral("jae"), 1 },
        { QStringLiteral("feb"), 2 }, { QStringLiteral("mär"), 3 }, { QStringLiteral("mae"), 3 },
        { QStringLiteral("mrz"), 3 }, { QStringLiteral("apr"), 4 }, { QStringLiteral("mai"), 5 },
        { QStringLiteral("jun"), 6 }, { QStringLiteral("jul"), 7 }, { QStringLiteral("aug"), 8 },
        { QStringLiteral("sep"), 9 }, { QStringLiteral("okt"), 10 }, { QStringLiteral("nov"), 11 },
        { QStringLiteral("dez"), 12 },
    };
    for (const auto &[prefix, month] : prefixes) {
        if (n == prefix)
            return month;
    }
    return 0;
}

int yearOf(const QString &digits, const QDate &today)
{
    const int y = digits.toInt();
    if (digits.size() != 2)
        return y;
    // "26" is this century unless that would lie ahead of today.
    const int century = today.year() / 100 * 100;
    return century + y <= today.year() ? century + y : century - 100 + y;
}

struct DateHit
{
    QDate date;
    QString text;
    int score = 0;
};

/** How much a date on a line looks like the letter's own date (0: it is some other date). */
int scoreOf(QStringView before, QStringView after)
{
    static const QRegularExpression quoted(
        QStringLiteral("(?:\\bbis|\\bfrist|\\bgeb\\.?|\\bgeboren|\\bvom|\\bseit|\\bab|\\bzum|\\bam|\\bgültig|\\bwirksam)"
                       "\\s*(?:zum|am|den|dem)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression labelled(QStringLiteral("\\bdatum\\s*:?\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression place(QStringLiteral("^\\s*[\\p{L}][\\p{L} .()/-]*,\\s*(?:den\\s*)?$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QString b = before.toString();
    if (labelled.match(b).hasMatch())
        return 4;
    if (quoted.match(b).hasMatch())
        return 0;
    if (place.match(b).hasMatch())
        return 3;
    if (b.trimmed().isEmpty() && after.trimmed().isEmpty())
        return 2;
    return 1;
}

} // namespace

FilingHints FilingHints::fromText(QStringView text, const ReferenceTemplate &fileTemplate,
                                  const ReferenceTemplate &caseTemplate, const QDate &today)
{
    FilingHints hints;
    static const QRegularExpression dates(
        QStringLiteral(
            "(?<![0-9])(?:([0-9]{1,2})\\.\\s?([0-9]{1,2})\\.\\s?([0-9]{4}|[0-9]{2})"
            "|([0-9]{1,2})\\.\\s?(Januar|Jänner|Jaenner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|"
            "Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\\.?\\s+([0-9]{4})"
            "|([0-9]{4})-([0-9]{2})-([0-9]{2}))(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression subjectLine(
        QStringLiteral("^[ \\t]*(?:Betreff|Betrifft|Betr\\.)[ \\t]*:?[ \\t]*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);

    const QString all = text.toString();
    DateHit best;
    for (auto it = dates.globalMatch(all); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QDate d;
        if (m.capturedLength(1) > 0)
            d = QDate(yearOf(m.captured(3), today), m.captured(2).toInt(), m.captured(1).toInt());
        else if (m.capturedLength(4) > 0)
            d = QDate(m.captured(6).toInt(), monthOf(m.captured(5)), m.captured(4).toInt());
        else
            d = QDate(m.captured(7).toInt(), m.captured(8).toInt(), m.captured(9).toInt());
        if (!d.isValid() || d > today || d.year() < 1900)
            continue; // not a date, or not one a letter that arrived today can carry
        const qsizetype lineStart = all.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
        qsizetype lineEnd = all.indexOf(QLatin1Char('\n'), m.capturedEnd());
        if (lineEnd < 0)
            lineEnd = all.size();
        const int score = scoreOf(QStringView(all).mid(lineStart, m.capturedStart() - lineStart),
                                  QStringView(all).mid(m.capturedEnd(), lineEnd - m.capturedEnd()));
        if (score > best.score) // ties: the first one, letters put their date at the top
            best = DateHit{ d, m.captured().simplified(), score };
    }
    hints.date = best.date;
    hints.dateText = best.text;

    if (const QRegularExpressionMatch m = subjectLine.match(all); m.hasMatch()) {
        QString subject = m.captured(1).trimmed();
        if (subject.isEmpty()) { // the label on a line of its own
            const QStringList rest = all.mid(m.capturedEnd()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : rest) {
                if (!line.trimmed().isEmpty()) {
                    subject = line.trimmed();
                    break;
                }
            }
        }
        hints.subject = subject.simplified().left(200);
    }

    const QRegularExpression cases(caseTemplate.searchPattern(&fileTemplate),
                                   QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = cases.globalMatch(all); it.hasNext();) {
        const QString ref = ReferenceTemplate::normalizedFound(it.next().captured(1));
        if (caseTemplate.match(ref) && !hints.caseReferences.contains(ref))
            hints.caseReferences << ref;
    }
    const QRegularExpression files(fileTemplate.searchPattern(), QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = files.globalMatch(all); it.hasNext();) {
        const QString ref = ReferenceTemplate::normalizedFound(it.next().captured(1));
        if (fileTemplate.match(ref) && !hints.fileReferences.contains(ref))
            hints.fileReferences << ref;
    }
    return hints;
}

QString FilingHints::proposedTitle() const
{
    if (!subject.isEmpty())
        return subject;
    if (date.isValid())
        return tr("Letter of %1").arg(displayDate(date));
    return {};
}

} // namespace Aktenwerk::Model
