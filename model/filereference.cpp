#include "model/filereference.h"

#include <QRegularExpression>

namespace Aktenwerk::Model {

Result<ReferenceTemplate> ReferenceTemplate::parse(const QString &pattern, Kind kind)
{
    ReferenceTemplate t;
    t.m_pattern = pattern;
    t.m_kind = kind;
    if (pattern.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("The reference template is empty."));
    if (pattern.size() > 200)
        return fail(ErrorCode::Validation, tr("The reference template is too long."));

    int seqCount = 0, planCount = 0, fileCount = 0, caseCount = 0;
    qsizetype i = 0;
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            t.m_tokens.append(Token{Field::Literal, literal, 0});
            literal.clear();
        }
    };
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('}'))
            return fail(ErrorCode::Validation, tr("The reference template has a '}' without '{'."), pattern);
        if (c.category() == QChar::Other_Control)
            return fail(ErrorCode::Validation, tr("The reference template contains a control character."));
        if (c != QLatin1Char('{')) {
            literal.append(c);
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return fail(ErrorCode::Validation, tr("The reference template has a '{' without '}'."), pattern);
        const QString inner = pattern.mid(i + 1, close - i - 1);
        const QString name = inner.section(QLatin1Char(':'), 0, 0);
        const QString arg = inner.contains(QLatin1Char(':')) ? inner.section(QLatin1Char(':'), 1) : QString();
        int width = 0;
        if (!arg.isNull()) {
            bool ok = false;
            width = arg.toInt(&ok);
            if (!ok || width < 1 || width > 9)
                return fail(ErrorCode::Validation,
                            tr("The width in the placeholder {%1} must be a number from 1 to 9.").arg(inner));
        }
        Token tok;
        tok.width = width;
        if (name == QLatin1String("plan") && kind == Kind::File) {
            tok.field = Field::Plan;
            ++planCount;
        } else if (name == QLatin1String("dept") && kind == Kind::File) {
            tok.field = Field::Dept;
        } else if (name == QLatin1String("seq") && kind == Kind::File) {
            tok.field = Field::Seq;
            ++seqCount;
        } else if (name == QLatin1String("year")) {
            tok.field = Field::Year;
            if (width == 0)
                tok.width = 4;
            if (tok.width != 2 && tok.width != 4)
                return fail(ErrorCode::Validation, tr("The year can only be written with 2 or 4 digits."));
        } else if (name == QLatin1String("file") && kind == Kind::Case) {
            tok.field = Field::File;
            ++fileCount;
        } else if (name == QLatin1String("case") && kind == Kind::Case) {
            tok.field = Field::Case;
            ++caseCount;
        } else {
            return fail(ErrorCode::Validation, tr("Unknown placeholder {%1} in the reference template.").arg(inner));
        }
        if ((tok.field == Field::Plan || tok.field == Field::Dept || tok.field == Field::File) && width != 0)
            return fail(ErrorCode::Validation, tr("The placeholder {%1} takes no width.").arg(inner));
        flushLiteral();
        if (!t.m_tokens.isEmpty() && t.m_tokens.last().field != Field::Literal)
            return fail(ErrorCode::Validation,
                        tr("Two placeholders must be separated by literal text, e.g. \"{plan}-{seq}\"."), pattern);
        t.m_tokens.append(tok);
        i = close + 1;
    }
    flushLiteral();

    if (kind == Kind::File && (planCount != 1 || seqCount != 1))
        return fail(ErrorCode::Validation,
                    tr("A file reference template needs {plan} and {seq} exactly once each."), pattern);
    if (kind == Kind::Case && (fileCount != 1 || caseCount != 1))
        return fail(ErrorCode::Validation,
                    tr("A case reference template needs {file} and {case} exactly once each."), pattern);
    return t;
}

QString ReferenceTemplate::render(const Values &values, bool scopeOnly) const
{
    QString out;
    for (const Token &tok : m_tokens) {
        switch (tok.field) {
        case Field::Literal:
            out += tok.text;
            break;
        case Field::Plan:
            out += values.plan;
            break;
        case Field::Dept:
            out += values.dept;
            break;
        case Field::File:
            out += values.file;
            break;
        case Field::Year:
            out += tok.width == 2 ? QStringLiteral("%1").arg(values.year % 100, 2, 10, QLatin1Char('0'))
                                  : QString::number(values.year);
            break;
        case Field::Seq:
        case Field::Case: {
            if (scopeOnly) {
                out += QLatin1Char('#');
                break;
            }
            const int n = tok.field == Field::Seq ? values.seq : values.caseNo;
            out += QStringLiteral("%1").arg(n, tok.width, 10, QLatin1Char('0'));
            break;
        }
        }
    }
    return out;
}

QString ReferenceTemplate::format(const Values &values) const
{
    return render(values, false);
}

QString ReferenceTemplate::scopeKey(const Values &values) const
{
    return render(values, true);
}

std::optional<ReferenceTemplate::Values> ReferenceTemplate::match(const QString &reference) const
{
    // Built from the tokens: literals escaped, each field a non-greedy group of what it can hold.
    QString re = QStringLiteral("^");
    QList<Field> groups;
    for (const Token &tok : m_tokens) {
        switch (tok.field) {
        case Field::Literal:
            re += QRegularExpression::escape(tok.text);
            continue;
        case Field::Plan:
            re += QStringLiteral("([0-9]+(?:\\.[0-9]+)*?)");
            break;
        case Field::Dept:
            re += QStringLiteral("([^\\s]+?)");
            break;
        case Field::File:
            re += QStringLiteral("(.+)");
            break;
        case Field::Year:
            re += tok.width == 2 ? QStringLiteral("([0-9]{2})") : QStringLiteral("([0-9]{4})");
            break;
        case Field::Seq:
        case Field::Case:
            re += tok.width > 0 ? QStringLiteral("([0-9]{%1,})").arg(tok.width) : QStringLiteral("([0-9]+)");
            break;
        }
        groups.append(tok.field);
    }
    re += QLatin1Char('$');
    const QRegularExpression rx(re);
    const QRegularExpressionMatch m = rx.match(reference);
    if (!m.hasMatch())
        return std::nullopt;
    Values v;
    for (int g = 0; g < groups.size(); ++g) {
        const QString cap = m.captured(g + 1);
        switch (groups.at(g)) {
        case Field::Plan:
            v.plan = cap;
            break;
        case Field::Dept:
            v.dept = cap;
            break;
        case Field::File:
            v.file = cap;
            break;
        case Field::Year:
            v.year = cap.toInt();
            break;
        case Field::Seq:
            v.seq = cap.toInt();
            break;
        case Field::Case:
            v.caseNo = cap.toInt();
            break;
        case Field::Literal:
            break;
        }
    }
    return v;
}

QString ReferenceTemplate::fieldPattern(const ReferenceTemplate *fileTemplate) const
{
    QString re;
    for (const Token &tok : m_tokens) {
        switch (tok.field) {
        case Field::Literal:
            for (const QChar c : tok.text) {
                if (c.isSpace())
                    re += QStringLiteral("\\s+");
                else if (c.isLetterOrNumber())
                    re += QRegularExpression::escape(QString(c));
                else // OCR sets blanks around separators now and then
                    re += QStringLiteral("\\s?") + QRegularExpression::escape(QString(c)) + QStringLiteral("\\s?");
            }
            break;
        case Field::Plan:
            re += QStringLiteral("[0-9]+(?:\\.[0-9]+)*");
            break;
        case Field::Dept:
            re += QStringLiteral("[A-Za-z0-9]+");
            break;
        case Field::File:
            re += fileTemplate ? QStringLiteral("(?:") + fileTemplate->fieldPattern(nullptr) + QLatin1Char(')')
                               : QStringLiteral("\\S+");
            break;
        case Field::Year:
            re += digits(tok.width == 2 ? 2 : 4, true);
            break;
        case Field::Seq:
        case Field::Case:
            re += tok.width > 0 ? digits(tok.width, false) : QStringLiteral("[0-9]+");
            break;
        }
    }
    return re;
}

QString ReferenceTemplate::digits(int count, bool exact)
{
    // OCR reads "2026-00 1" now and then: a number of the field's width may have single blanks
    // inside; a longer one (no padding needed) is taken only without.
    return QStringLiteral("(?:[0-9]{%1%2}|[0-9](?: ?[0-9]){%3})")
        .arg(count)
        .arg(exact ? QString() : QStringLiteral(","))
        .arg(count - 1);
}

QString ReferenceTemplate::searchPattern(const ReferenceTemplate *fileTemplate) const
{
    // Not inside a longer number or word, and not the front part of a longer reference (a file's
    // reference at the start of one of its cases' references).
    return QStringLiteral("(?<![\\w./-])(") + fieldPattern(fileTemplate) + QStringLiteral(")(?![\\w]|[./-][0-9])");
}

QString ReferenceTemplate::normalizedFound(QString found)
{
    static const QRegularExpression around(QStringLiteral("\\s*([^\\w\\s])\\s*"));
    static const QRegularExpression insideNumber(QStringLiteral("(?<=[0-9]) (?=[0-9])"));
    found.replace(around, QStringLiteral("\\1"));
    found.remove(insideNumber);
    return found.simplified();
}

} // namespace Aktenwerk::Model
