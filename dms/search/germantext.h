#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Aktenwerk::Dms::Search {

/**
 * German-aware text normalisation for the full-text index. Index and query go through the
 * same functions, so "Straße", "strasse" and "STRASSE" meet, as do "Müller", "mueller" and
 * "muller", and "Bauanträge" meets "Bauantrag".
 *
 *   fold:  lower case; ß → ss; ä, ae → a; ö, oe → o; ü, ue → u; other diacritics removed
 *          (é → e). Folding "ue" to "u" also touches words like "Feuer" ("feur") — on both
 *          sides alike, so it costs nothing but a rare false friend.
 *   stem:  Snowball's German stemmer (libstemmer) on the folded word; words with digits are
 *          not stemmed.
 *   split: runs of letters and digits; a word hyphenated at a line end ("Bau-\nantrag") is
 *          one word; a soft hyphen joins.
 */
struct Token
{
    QString word;        ///< as written, hyphenation removed
    qsizetype start = 0; ///< position in the text
    qsizetype length = 0;
};

QString fold(QStringView word);
QString stem(const QString &folded);
/** fold + stem. */
QString term(QStringView word);
QList<Token> split(QStringView text);
/** The text's terms separated by spaces: what goes into the index. */
QString terms(QStringView text);
/** Extracted text made readable: whitespace runs collapsed, hyphenation at line ends joined. */
QString normalizeExtracted(QStringView text);

} // namespace Aktenwerk::Dms::Search
