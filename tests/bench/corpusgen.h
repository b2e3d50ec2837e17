#pragma once

// A deterministic synthetic corpus of German-like documents for the search benchmarks
// (bench_search, bench_startup). See tests/bench/README.md, "The synthetic corpus".

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Aktenwerk::Bench {

/** splitmix64: small, fast and the same on every platform (std:: distributions are not). */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next();
    double uniform(); ///< [0, 1)
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }

private:
    quint64 m_state;
};

/**
 * Word types by rank: German function words first, then administrative vocabulary, then
 * generated German-like words (syllables with umlauts, ß and the usual suffixes), drawn with
 * a Zipf distribution (exponent 1) like natural text.
 */
class Vocabulary
{
public:
    Vocabulary(int size, quint64 seed);
    int draw(Rng &rng) const;
    const QString &word(int rank) const { return m_words.at(rank); }
    const QString &term(int rank) const { return m_terms.at(rank); } ///< Search::term(word)
    int size() const { return static_cast<int>(m_words.size()); }
    /** A surface word for a term of the index, if the vocabulary has one. */
    QString wordFor(const QString &term) const { return m_wordByTerm.value(term); }

private:
    QStringList m_words;
    QStringList m_terms;
    std::vector<double> m_cdf;
    QHash<QString, QString> m_wordByTerm;
};

/** One generated document. */
struct SyntheticDocument
{
    QString title;
    QString type;
    QString sender;
    QString fileName;
    QString text; ///< as written
    QString body; ///< the same as index terms (Search::terms(text))
};

class CorpusGenerator
{
public:
    explicit CorpusGenerator(quint64 seed = 20261126);
    SyntheticDocument document(qint64 number) const;
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    /** Formulaic phrases the letters use, most common first. */
    static QStringList phrases();

private:
    quint64 m_seed;
    Vocabulary m_vocabulary;
    QList<QStringList> m_phraseTerms;
};

/** The @p p quantile (0.5: p50, 0.95: p95) of @p values by the nearest rank, as the search benchmarks print it. */
double percentile(QList<double> values, double p);

} // namespace Aktenwerk::Bench
