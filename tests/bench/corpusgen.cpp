#include "corpusgen.h"

#include "dms/search/germantext.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Aktenwerk::Bench {

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

namespace {

// The most frequent words of German text, roughly by frequency.
const char *const functionWords[] = {
    "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im",
    "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie",
    "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen", "so", "zum",
    "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sowie", "wurde",
    "ihre", "wir", "ihnen", "bitte", "hiermit", "gemäß", "bereits", "sowohl", "jedoch", "insbesondere"};

// Words of a city administration's mail.
const char *const officeWords[] = {
    "Antrag", "Bescheid", "Genehmigung", "Grundstück", "Baugenehmigung", "Widerspruch", "Frist", "Gebühr",
    "Straße", "Stadt", "Verwaltung", "Unterlagen", "Stellungnahme", "Bauvorhaben", "Nachbar", "Gebäude",
    "Anhörung", "Entscheidung", "Prüfung", "Zustimmung", "Auflagen", "Bebauungsplan", "Abstandsfläche",
    "Garage", "Carport", "Wohnhaus", "Anbau", "Dachgeschoss", "Nutzungsänderung", "Brandschutz", "Stellplätze",
    "Beschäftigte", "Personalakte", "Dienstzeit", "Besoldung", "Urlaubsantrag", "Beihilfe", "Versetzung",
    "Beurteilung", "Fortbildung", "Arbeitszeit", "Teilzeit", "Elternzeit", "Dienstunfall", "Ruhestand",
    "Gewässer", "Bodenprobe", "Altlasten", "Lärmschutz", "Immissionen", "Baumfällung", "Ausgleichsfläche",
    "Abfall", "Grundwasser", "Messung", "Gutachter", "Naturschutz", "Kläranlage", "Einleitung", "Emissionen",
    "Eigentümer", "Bauherr", "Architekt", "Bauaufsicht", "Ortsbesichtigung", "Mängel", "Fertigstellung",
    "Zahlung", "Rechnung", "Mahnung", "Vollstreckung", "Zustellung", "Empfangsbekenntnis", "Vollmacht",
    "Akteneinsicht", "Auskunft", "Datenschutz", "Rechtsbehelf", "Klage", "Verwaltungsgericht", "Sachstand",
    "Rückfrage", "Nachforderung", "Vollständigkeit", "Eingangsbestätigung", "Termin", "Besprechung"};

const char *const onsets[] = {"b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kl", "kr", "l", "m", "n",
                              "p", "pf", "r", "s", "sch", "schw", "sp", "st", "str", "t", "tr", "w", "z", "zw"};
const char *const vowels[] = {"a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "ie", "eu", "a", "e", "e", "i"};
const char *const codas[] = {"", "", "n", "r", "s", "t", "ch", "ck", "ng", "nd", "st", "ß", "l", "m", "rt", "nk"};
const char *const suffixes[] = {"", "", "", "ung", "en", "er", "keit", "heit", "lich", "isch", "ungen", "ern"};

QString syllable(Rng &rng)
{
    return QString::fromUtf8(onsets[rng.below(std::size(onsets))]) + QString::fromUtf8(vowels[rng.below(std::size(vowels))])
        + QString::fromUtf8(codas[rng.below(std::size(codas))]);
}

const char *const types[] = {"Schreiben", "Schreiben", "Schreiben", "Antrag", "Antrag", "Bescheid", "Vermerk",
                             "Vermerk", "Rechnung", "Widerspruch", "Stellungnahme", "Gutachten", "Protokoll", "E-Mail"};
const char *const streets[] = {"Linden", "Garten", "Kirch", "Schul", "Bahnhof", "Berg", "Wald", "Mühlen",
                               "Rosen", "Ahorn", "Eichen", "Birken", "Wiesen", "Feld", "Markt", "Brunnen",
                               "Schiller", "Goethe", "Bismarck", "Friedhof", "Hafen", "Burg", "Kloster", "Turm"};
const char *const streetKinds[] = {"straße", "weg", "platz", "allee", "gasse", "ring"};
const char *const firstNames[] = {"Anna", "Jürgen", "Maria", "Thomas", "Sabine", "Michael", "Özlem", "Stefan",
                                  "Petra", "Andreas", "Monika", "Frank", "Claudia", "Klaus", "Jörg", "Ursula"};
const char *const lastNames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                                 "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter",
                                 "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Krüger",
                                 "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Öztürk"};

// Formulaic phrases and how often a document has them.
const std::pair<const char *, double> phraseTable[] = {
    {"mit freundlichen Grüßen", 0.55},
    {"Sehr geehrte Damen und Herren", 0.50},
    {"im Auftrag", 0.30},
    {"bitte geben Sie bei Antwort das Aktenzeichen an", 0.20},
    {"die Frist endet am", 0.08},
    {"gemäß Paragraph 34 Baugesetzbuch", 0.05},
    {"Antrag auf Erteilung einer Baugenehmigung", 0.03},
    {"unter Vorbehalt des Widerrufs", 0.02},
    {"Anordnung der sofortigen Vollziehung", 0.01},
    {"Gelegenheit zur Stellungnahme binnen zwei Wochen", 0.005},
};

QString capitalized(const QString &w)
{
    return w.isEmpty() ? w : w.at(0).toUpper() + w.mid(1);
}

} // namespace

Vocabulary::Vocabulary(int size, quint64 seed)
{
    QSet<QString> seen;
    auto add = [&](const QString &w) {
        if (seen.contains(w.toLower()))
            return;
        seen.insert(w.toLower());
        m_words << w;
        const QString t = Dms::Search::term(w);
        m_terms << t;
        if (!m_wordByTerm.contains(t))
            m_wordByTerm.insert(t, w);
    };
    for (const char *w : functionWords)
        add(QString::fromUtf8(w));
    for (const char *w : officeWords)
        add(QString::fromUtf8(w));
    Rng rng(seed);
    while (m_words.size() < size) {
        const int syllables = 1 + rng.below(3) + (rng.uniform() < 0.3 ? 1 : 0);
        QString w;
        for (int i = 0; i < syllables; ++i)
            w += syllable(rng);
        w += QString::fromUtf8(suffixes[rng.below(std::size(suffixes))]);
        if (w.size() >= 3)
            add(rng.uniform() < 0.35 ? capitalized(w) : w); // nouns are capitalised
    }
    m_cdf.resize(m_words.size());
    double sum = 0;
    for (qsizetype r = 0; r < m_words.size(); ++r) {
        sum += 1.0 / static_cast<double>(r + 1);
        m_cdf[r] = sum;
    }
    for (double &c : m_cdf)
        c /= sum;
}

int Vocabulary::draw(Rng &rng) const
{
    const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), rng.uniform());
    return static_cast<int>(std::min<std::ptrdiff_t>(it - m_cdf.begin(), m_cdf.size() - 1));
}

CorpusGenerator::CorpusGenerator(quint64 seed)
    : m_seed(seed)
    , m_vocabulary(400000, seed)
{
    for (const QString &p : phrases())
        m_phraseTerms << Dms::Search::terms(p).split(QLatin1Char(' '));
}

QStringList CorpusGenerator::phrases()
{
    QStringList out;
    for (const auto &[p, share] : phraseTable)
        out << QString::fromUtf8(p);
    return out;
}

SyntheticDocument CorpusGenerator::document(qint64 number) const
{
    Rng rng(m_seed ^ (static_cast<quint64>(number) * 0x2545f4914f6cdd1dULL));
    SyntheticDocument d;
    d.type = QString::fromUtf8(types[rng.below(std::size(types))]);
    const QString street = QString::fromUtf8(streets[rng.below(std::size(streets))])
        + QString::fromUtf8(streetKinds[rng.below(std::size(streetKinds))]);
    d.sender = QString::fromUtf8(firstNames[rng.below(std::size(firstNames))]) + QLatin1Char(' ')
        + QString::fromUtf8(lastNames[rng.below(std::size(lastNames))]);
    const QString subject = m_vocabulary.word(static_cast<int>(std::size(functionWords)) + rng.below(std::size(officeWords)));
    d.title = QStringLiteral("%1 %2 %3 %4").arg(d.type, subject, street).arg(1 + rng.below(120));
    d.fileName = QStringLiteral("scan-%1.pdf").arg(number, 7, 10, QLatin1Char('0'));

    // Length: log-normal around 120 words (a short letter), a long tail up to 3,000 (reports).
    const double gauss = std::sqrt(-2.0 * std::log(1.0 - rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
    const int length = std::clamp(static_cast<int>(120.0 * std::exp(0.9 * gauss)), 15, 3000);

    QStringList text, body;
    text.reserve(length + 40);
    body.reserve(length + 40);
    auto phrase = [&](int index, bool capital) {
        const QStringList words = QString::fromUtf8(phraseTable[index].first).split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i)
            text << (capital && i == 0 ? capitalized(words.at(i)) : words.at(i));
        body << m_phraseTerms.at(index);
    };
    if (rng.uniform() < phraseTable[1].second) {
        phrase(1, true);
        text.last() += QLatin1Char(',');
    }
    int sentence = 0;
    for (int n = 0; n < length; ++n) {
        if (sentence == 0 && rng.uniform() < 0.04) {
            // Now and then a formulaic phrase in the middle of the text.
            const int index = 2 + rng.below(static_cast<int>(std::size(phraseTable)) - 2);
            if (rng.uniform() < phraseTable[index].second * 4) {
                phrase(index, true);
                text.last() += QLatin1Char('.');
                continue;
            }
        }
        const int rank = m_vocabulary.draw(rng);
        QString w = m_vocabulary.word(rank);
        if (sentence == 0)
            w = capitalized(w);
        if (++sentence > 6 && rng.uniform() < 0.12) {
            w += QLatin1Char(rng.uniform() < 0.85 ? '.' : '?');
            sentence = 0;
        } else if (rng.uniform() < 0.05) {
            w += QLatin1Char(',');
        }
        text << w;
        body << m_vocabulary.term(rank);
    }
    if (rng.uniform() < phraseTable[0].second)
        phrase(0, true);
    d.text = text.join(QLatin1Char(' '));
    d.body = body.join(QLatin1Char(' '));
    return d;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto i = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

} // namespace Aktenwerk::Bench
