#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Dms::Search {

/**
 * The search language (README, "Searching"):
 *
 *   Bauantrag Müller          both words (any form: Bauanträge, mueller)
 *   "Lindenweg 12"            the words in this order
 *   bauan*                    words starting so (at least 3 letters)
 *   Garage ODER Carport       either (also OR)
 *   -Widerspruch              without this word (also NICHT Widerspruch, NOT Widerspruch)
 *   63.01.02-0045/2026        a file or case reference, exactly (also inside a text)
 *   az:63.01.02-0045/2026     documents of this file or case (a prefix: az:63.01.02)
 *   titel:Bauantrag           in the title (document, case or file; also title:)
 *   typ:Bescheid  fb:63  status:offen|geschlossen  absender:Krüger
 *                             (also type:, dept:, status:open|closed, sender:)
 *   jahr:2026                 documents created in that year (also year:)
 *   von:01.01.2026  bis:31.03.2026   documents created in this range (also from:/to:, ISO dates)
 */
struct Query
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Search::Query)
public:
    QString match;        ///< FTS5 expression over the terms; empty: filters only
    /**
     * The phrases of match in the order FTS5 numbers them (the order they are written in), one
     * FTS5 expression each ("title : \"bauantrag\"", "\"garag\"*"); an excluded one is empty,
     * it scores nothing. What the ranking needs to know per phrase (SearchIndex::rankInput).
     */
    QStringList phrases;
    QStringList terms;    ///< positive terms (stemmed), for highlighting
    QStringList prefixes; ///< positive prefixes (folded)
    QStringList written; ///< positive words and phrases as written (a reference typed whole ranks its record first)
    QString reference;    ///< az:
    QString type;         ///< type:
    QString department;   ///< dept:
    QString status;       ///< status:
    QString sender;       ///< sender:
    QDate from;
    QDate to;

    bool isEmpty() const;
    /** Any filter beside the words (az:, typ:, fb:, status:, absender:, jahr:/von:/bis:). */
    bool hasFilters() const;
    static Model::Result<Query> parse(const QString &text);
};

} // namespace Aktenwerk::Dms::Search
