#include "query.h"

#include "germantext.h"

#include <QHash>

namespace Aktenwerk::Dms::Search {

using Model::ErrorCode;
using Model::fail;
using Model::Result;

namespace {

struct Item
{
    QString field;  ///< empty, or the name before ':'
    QString text;   ///< the word, phrase or value
    bool quoted = false;
    bool negated = false;
    bool orKeyword = false;
    bool notKeyword = false;
};

/** The field's one name: German aliases (titel, typ, fb, jahr, von, bis, absender) to the English. */
QString canonicalField(const QString &field)
{
    static const QHash<QString, QString> aliases {
        { QStringLiteral("titel"), QStringLiteral("title") },
        { QStringLiteral("typ"), QStringLiteral("type") },
        { QStringLiteral("art"), QStringLiteral("type") },
        { QStringLiteral("fb"), QStringLiteral("dept") },
        { QStringLiteral("jahr"), QStringLiteral("year") },
        { QStringLiteral("von"), QStringLiteral("from") },
        { QStringLiteral("bis"), QStringLiteral("to") },
        { QStringLiteral("absender"), QStringLiteral("sender") },
        { QStringLiteral("aktenzeichen"), QStringLiteral("az") },
    };
    return aliases.value(field, field);
}

/** "offen"/"open", "geschlossen"/"zdA"/"closed" to the stored code; anything else as written. */
QString statusCode(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("offen"))
        return QStringLiteral("open");
    if (v == QLatin1String("geschlossen") || v == QLatin1String("zda") || v == QLatin1String("z.d.a."))
        return QStringLiteral("closed");
    return v;
}

/** ISO (2026-03-14) or German (14.03.2026, 14.3.2026). */
QDate dateFrom(const QString &text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    return d;
}

QList<Item> lex(const QString &q)
{
    QList<Item> items;
    qsizetype i = 0;
    while (i < q.size()) {
        if (q.at(i).isSpace()) {
            ++i;
            continue;
        }
        Item item;
        if (q.at(i) == QLatin1Char('-') && i + 1 < q.size() && !q.at(i + 1).isSpace()) {
            item.negated = true;
            ++i;
        }
        // field:value (a letter run followed by a colon)
        qsizetype j = i;
        while (j < q.size() && q.at(j).isLetter())
            ++j;
        if (j > i && j < q.size() && q.at(j) == QLatin1Char(':') && j + 1 < q.size() && !q.at(j + 1).isSpace()) {
            item.field = canonicalField(q.mid(i, j - i).toLower());
            i = j + 1;
        }
        if (i < q.size() && q.at(i) == QLatin1Char('"')) {
            const qsizetype end = q.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype stop = end < 0 ? q.size() : end;
            item.text = q.mid(i + 1, stop - i - 1);
            item.quoted = true;
            i = end < 0 ? q.size() : end + 1;
        } else {
            qsizetype k = i;
            while (k < q.size() && !q.at(k).isSpace())
                ++k;
            item.text = q.mid(i, k - i);
            i = k;
        }
        // The operators in capitals, English or German: "Garage OR Carport", "Garage ODER Carport",
        // "Garage NICHT Carport" (= -Carport).
        if (!item.quoted && !item.negated && item.field.isEmpty()) {
            item.orKeyword = item.text == QLatin1String("OR") || item.text == QLatin1String("ODER");
            item.notKeyword = item.text == QLatin1String("NOT") || item.text == QLatin1String("NICHT");
        }
        items.append(item);
    }
    return items;
}

/** An FTS5 expression for one word, phrase or prefix; empty when it holds no word. */
QString ftsFor(const QString &text, bool quoted, QStringList *terms, QStringList *prefixes)
{
    QString body = text;
    bool prefix = false;
    if (!quoted && body.endsWith(QLatin1Char('*'))) {
        prefix = true;
        body.chop(1);
    }
    const QList<Token> tokens = split(body);
    if (tokens.isEmpty())
        return {};
    QStringList parts;
    for (qsizetype n = 0; n < tokens.size(); ++n) {
        const bool last = n == tokens.size() - 1;
        // The index holds stems: "garage*" must find "Garage" (stem "garag"), so a prefix is
        // stemmed too when its stem is a beginning of it and still three letters long.
        QString t = term(tokens.at(n).word);
        if (prefix && last) {
            const QString folded = fold(tokens.at(n).word);
            if (!(folded.startsWith(t) && t.size() >= 3))
                t = folded;
        }
        parts << t;
        if (terms && !(prefix && last))
            terms->append(t);
        if (prefixes && prefix && last)
            prefixes->append(t);
    }
    QString expr = QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (prefix)
        expr += QLatin1Char('*');
    return expr;
}

} // namespace

bool Query::hasFilters() const
{
    return !reference.isEmpty() || !type.isEmpty() || !department.isEmpty() || !status.isEmpty() || !sender.isEmpty()
        || from.isValid() || to.isValid();
}

bool Query::isEmpty() const
{
    return match.isEmpty() && !hasFilters();
}

Result<Query> Query::parse(const QString &text)
{
    Query q;
    QList<QStringList> groups; // AND of ORs
    QStringList excluded;
    bool pendingOr = false;
    bool pendingNot = false;
    for (Item item : lex(text)) {
        if (item.orKeyword) {
            pendingOr = !groups.isEmpty();
            continue;
        }
        if (item.notKeyword) {
            pendingNot = true;
            continue;
        }
        if (pendingNot) {
            item.negated = true;
            pendingNot = false;
        }
        QString expr;
        if (item.field.isEmpty() || item.field == QLatin1String("title")) {
            QString prefixText = item.text;
            if (!item.quoted && prefixText.endsWith(QLatin1Char('*'))) {
                prefixText.chop(1);
                if (fold(prefixText).size() < 3)
                    return fail(ErrorCode::InvalidArgument,
                                tr("A search for the beginning of a word needs at least three letters: %1").arg(item.text));
            }
            expr = ftsFor(item.text, item.quoted, item.negated ? nullptr : &q.terms,
                          item.negated ? nullptr : &q.prefixes);
            if (expr.isEmpty())
                continue;
            if (item.field == QLatin1String("title"))
                expr = QStringLiteral("title : ") + expr;
            else if (!item.negated)
                q.written << item.text.trimmed();
        } else if (item.negated) {
            return fail(ErrorCode::InvalidArgument, tr("A filter cannot be excluded: -%1:%2").arg(item.field, item.text));
        } else if (item.field == QLatin1String("az")) {
            q.reference = item.text.trimmed();
            continue;
        } else if (item.field == QLatin1String("type")) {
            q.type = item.text.trimmed();
            continue;
        } else if (item.field == QLatin1String("dept")) {
            q.department = item.text.trimmed();
            continue;
        } else if (item.field == QLatin1String("status")) {
            q.status = statusCode(item.text);
            continue;
        } else if (item.field == QLatin1String("year")) {
            bool ok = false;
            const int year = item.text.trimmed().toInt(&ok);
            if (!ok || year < 1000 || year > 9999)
                return fail(ErrorCode::InvalidArgument, tr("Write the year with four digits: %1").arg(item.text));
            q.from = QDate(year, 1, 1);
            q.to = QDate(year, 12, 31);
            continue;
        } else if (item.field == QLatin1String("sender")) {
            q.sender = item.text.trimmed();
            continue;
        } else if (item.field == QLatin1String("from") || item.field == QLatin1String("to")) {
            const QDate d = dateFrom(item.text);
            if (!d.isValid())
                return fail(
                    ErrorCode::InvalidArgument, tr("Write dates as DD.MM.YYYY or YYYY-MM-DD: %1").arg(item.text));
            (item.field == QLatin1String("from") ? q.from : q.to) = d;
            continue;
        } else {
            return fail(ErrorCode::InvalidArgument,
                tr("Unknown search field \"%1\". Known: az, titel, typ, fb, status, jahr, absender, von, "
                   "bis (or in English: title, type, dept, year, sender, from, to).")
                    .arg(item.field));
        }
        if (item.negated) {
            excluded << expr;
            pendingOr = false;
            continue;
        }
        if (pendingOr)
            groups.last() << expr;
        else
            groups << QStringList{expr};
        pendingOr = false;
    }
    QStringList conjunction;
    for (const QStringList &g : std::as_const(groups)) {
        conjunction << (g.size() == 1 ? g.first() : QLatin1Char('(') + g.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        q.phrases << g; // each expression is one phrase
    }
    if (conjunction.isEmpty() && !excluded.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Say what to look for, not only what to leave out."));
    q.match = conjunction.join(QStringLiteral(" AND "));
    for (const QString &e : std::as_const(excluded)) {
        q.match += QStringLiteral(" NOT ") + e;
        q.phrases << QString();
    }
    if (q.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Enter something to search for."));
    return q;
}

} // namespace Aktenwerk::Dms::Search
