#pragma once

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace Aktenwerk::Dms::Search {

/**
 * Registers the FTS5 ranking function `akrank(search_fts, ?)` on @p db (again is harmless).
 *
 * It scores a row as FTS5's bm25() does (k1 = 1.2, b = 0.75; per column weights, the row's
 * length against the average) with one difference: the inverse document frequency of each
 * phrase of the query is given by the caller instead of counted. bm25() counts it by running
 * every phrase over the whole table once per query: cheap for a word (its list of documents),
 * but for a phrase of common words it checks positions in most documents — 180 ms for "mit
 * freundlichen Grüßen" in a million documents, where finding the newest 2,000 hits takes 2 ms.
 * The caller takes the numbers from the index's vocabulary (SearchIndex::search).
 *
 * The argument is a blob of doubles (rankArgument): the column weights (title, meta, body), then
 * per phrase, in the order the phrases appear in the MATCH expression, how many documents it
 * matches — counted, or estimated from how far back its newest hits reach. The result is
 * negative, lower is better, like bm25().
 */
bool registerRank(sqlite3 *db);

/** How many documents a phrase matches: @p hits exactly (span 0), or @p hits among the newest @p span rowids. */
struct PhraseHits
{
    double hits = 1;
    double span = 0;
};

/** The blob akrank() takes. */
QByteArray rankArgument(const QList<double> &weights, const QList<PhraseHits> &phrases);

/** FTS5's inverse document frequency: log((N − n + 0.5) / (n + 0.5)), at least 1e-6. */
double inverseDocumentFrequency(double rows, double hits);

} // namespace Aktenwerk::Dms::Search
