#include "germantext.h"

#include <libstemmer.h>

#include <memory>

namespace Aktenwerk::Dms::Search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

/** At @p i a hyphen that breaks a word at a line end: returns the index after the break, or -1. */
qsizetype hyphenBreak(QStringView text, qsizetype i)
{
    if (text.at(i) == QChar(0x00AD)) // soft hyphen
        return i + 1;
    if (text.at(i) != QLatin1Char('-') || i == 0 || !text.at(i - 1).isLetter())
        return -1;
    qsizetype j = i + 1;
    while (j < text.size() && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t') || text.at(j) == QLatin1Char('\r')))
        ++j;
    if (j >= text.size() || text.at(j) != QLatin1Char('\n'))
        return -1;
    ++j;
    while (j < text.size() && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
        ++j;
    // "Bau-\nantrag" joins; "Hoch-\nUnd Tiefbau" or "Bau-\n und" do not look like a broken word.
    return j < text.size() && text.at(j).isLower() ? j : -1;
}

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

} // namespace

QString fold(QStringView word)
{
    QString out;
    out.reserve(word.size() + 4);
    const QString lower = word.toString().toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        const QChar next = i + 1 < lower.size() ? lower.at(i + 1) : QChar();
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // capital ß, lowered already but kept for safety
            out += QLatin1String("ss");
            continue;
        case 0x00E4: // ä
            out += QLatin1Char('a');
            continue;
        case 0x00F6: // ö
            out += QLatin1Char('o');
            continue;
        case 0x00FC: // ü
            out += QLatin1Char('u');
            continue;
        default:
            break;
        }
        if ((c == QLatin1Char('a') || c == QLatin1Char('o') || c == QLatin1Char('u')) && next == QLatin1Char('e')) {
            out += c; // ae → a, oe → o, ue → u
            ++i;
            continue;
        }
        if (c.unicode() < 0x80) {
            out += c;
            continue;
        }
        // Other letters with diacritics: the base letter (é → e, ç → c).
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                out += d;
        }
    }
    return out;
}

QString stem(const QString &folded)
{
    if (folded.isEmpty())
        return folded;
    for (QChar c : folded) {
        if (c.isDigit())
            return folded;
    }
    // A stemmer is not thread-safe: one per thread.
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("german", "UTF_8"));
    if (!stemmer)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                         static_cast<int>(utf8.size()));
    if (!s)
        return folded;
    return QString::fromUtf8(reinterpret_cast<const char *>(s), sb_stemmer_length(stemmer.get()));
}

QString term(QStringView word)
{
    return stem(fold(word));
}

QList<Token> split(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        qsizetype piece = i; // the word is copied a piece at a time, not a character at a time
        while (i < text.size()) {
            if (isWordChar(text.at(i))) {
                ++i;
                continue;
            }
            const qsizetype after = hyphenBreak(text, i);
            if (after < 0 || after >= text.size() || !isWordChar(text.at(after)))
                break;
            t.word += text.mid(piece, i - piece);
            i = piece = after;
        }
        if (t.word.isEmpty())
            t.word = text.mid(piece, i - piece).toString();
        else
            t.word += text.mid(piece, i - piece);
        t.length = i - t.start;
        tokens.append(std::move(t));
    }
    return tokens;
}

QString terms(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const Token &t : split(text)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += term(t.word);
    }
    return out;
}

QString normalizeExtracted(QStringView text)
{
    QString out;
    out.reserve(text.size());
    int newlines = 0;
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype after = hyphenBreak(text, i);
        if (after >= 0 && after < text.size() && isWordChar(text.at(after))) {
            i = after - 1;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\f')) {
            ++newlines;
            space = false;
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            space = true;
            continue;
        }
        if (newlines > 0 && !out.isEmpty())
            out += newlines > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        else if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        newlines = 0;
        space = false;
        out += c;
    }
    return out;
}

} // namespace Aktenwerk::Dms::Search
