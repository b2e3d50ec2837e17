#pragma once

#include "model/filereference.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Aktenwerk::Model {

/**
 * What a letter's text says about where it belongs: its date, its subject line and the file or
 * case references (Aktenzeichen) it names. Filing help for scanned and imported mail — these are
 * proposals for the clerk, never applied on their own: OCR misreads, and a letter may quote an
 * older reference. Pure: the caller brings the text and the reference templates.
 */
struct FilingHints
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::FilingHints)
public:
    QDate date;       ///< the letter's own date; invalid when none was found
    QString dateText; ///< the date as written ("12. März 2026")
    QString subject;  ///< the "Betreff" line, without the label
    /** Case references first, then file references; normalised, each once, in the order found. */
    QStringList caseReferences;
    QStringList fileReferences;

    bool isEmpty() const
    {
        return !date.isValid() && subject.isEmpty() && caseReferences.isEmpty() && fileReferences.isEmpty();
    }

    /**
     * The letter's date: of all dates in @p text (31.12.2026, 31.12.26, 31. Dezember 2026,
     * 2026-12-31) the one in a "Datum:" field, else one after a place ("Musterstadt, den …"),
     * else one alone on its line, else the first — leaving out dates after @p today and dates
     * that are deadlines, birthdays or quote another letter ("bis zum", "geb.", "vom").
     */
    static FilingHints fromText(QStringView text, const ReferenceTemplate &fileTemplate,
                                const ReferenceTemplate &caseTemplate, const QDate &today);

    /** A title for the document: the subject, else "Letter of <date>"; empty when neither is known. */
    QString proposedTitle() const;
};

} // namespace Aktenwerk::Model
