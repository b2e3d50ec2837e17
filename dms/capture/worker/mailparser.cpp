#include "mailparser.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

#include <utility>

namespace Aktenwerk::Dms::Mail {

namespace {

// Windows-1252 0x80..0x9F (the rest is Latin-1); Qt 6 without Core5Compat has no codec for it,
// and it is what German mail programs label "windows-1252" or mislabel "iso-8859-1".
constexpr char16_t cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray &bytes, bool latin9)
{
    QString s;
    s.reserve(bytes.size());
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        char16_t u = c;
        if (!latin9 && c >= 0x80 && c < 0xA0) {
            u = cp1252High[c - 0x80];
        } else if (latin9) {
            // ISO-8859-15 differs from Latin-1 in eight places, among them the euro sign.
            switch (c) {
            case 0xA4: u = 0x20AC; break;
            case 0xA6: u = 0x0160; break;
            case 0xA8: u = 0x0161; break;
            case 0xB4: u = 0x017D; break;
            case 0xB8: u = 0x017E; break;
            case 0xBC: u = 0x0152; break;
            case 0xBD: u = 0x0153; break;
            case 0xBE: u = 0x0178; break;
            default: break;
            }
        }
        s.append(QChar(u));
    }
    return s;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** Q encoding (RFC 2047) and quoted-printable (RFC 2045): =XX; Q also has _ for a space. */
QByteArray decodeQ(QByteArrayView in, bool header)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '_' && header) {
            out.append(' ');
        } else if (c == '=') {
            if (!header) {
                // Soft line break: "=" at a line end, perhaps after trailing blanks.
                qsizetype j = i + 1;
                while (j < in.size() && (in[j] == ' ' || in[j] == '\t'))
                    ++j;
                if (j < in.size() && (in[j] == '\n' || in[j] == '\r')) {
                    i = j;
                    if (in[j] == '\r' && j + 1 < in.size() && in[j + 1] == '\n')
                        i = j + 1;
                    continue;
                }
                if (j >= in.size())
                    break;
            }
            const int hi = i + 1 < in.size() ? hexValue(in[i + 1]) : -1;
            const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
            } else {
                out.append('='); // not an escape: kept as written (RFC 2045 asks for robustness)
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray percentDecode(QByteArrayView in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const int hi = in[i] == '%' && i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
        const int lo = hi >= 0 ? hexValue(in[i + 2]) : -1;
        if (hi >= 0 && lo >= 0) {
            out.append(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

/** Base64 with line breaks; @p damaged when it was not clean base64 (decoded as far as possible). */
QByteArray decodeBase64(QByteArrayView in, bool *damaged)
{
    QByteArray clean;
    clean.reserve(in.size());
    for (char c : in) {
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
            clean.append(c);
    }
    auto strict = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (strict.decodingStatus == QByteArray::Base64DecodingStatus::Ok && clean.size() % 4 != 1) {
        *damaged = false;
        return std::move(strict.decoded);
    }
    *damaged = true;
    return QByteArray::fromBase64(clean);
}

/** Header text outside encoded words: UTF-8 where it is valid (8-bit headers), else Latin-1. */
QString plainHeaderText(QByteArrayView bytes)
{
    return decodeCharset(bytes.toByteArray(), QByteArray());
}

struct Field
{
    QByteArray name; ///< lower case
    QByteArray value;
};

struct Fields
{
    QList<Field> list;
    QByteArray value(QByteArrayView name) const
    {
        for (const Field &f : list) {
            if (f.name == name)
                return f.value;
        }
        return {};
    }
};

/** A structured value such as Content-Type: "multipart/mixed; boundary=x; name*=UTF-8''a%C3%A4". */
struct Structured
{
    QByteArray value; ///< lower case ("multipart/mixed", "attachment")
    QHash<QByteArray, QString> params;
};

Structured parseStructured(QByteArrayView raw)
{
    // Split at semicolons outside quotes.
    QList<QByteArray> pieces;
    QByteArray cur;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (quoted && c == '\\' && i + 1 < raw.size()) {
            cur.append(c).append(raw[++i]);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces << cur;
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    pieces << cur;

    Structured s;
    s.value = pieces.takeFirst().trimmed().toLower();
    if (const qsizetype paren = s.value.indexOf('('); paren >= 0) // a comment after the type
        s.value = s.value.left(paren).trimmed();

    struct Section
    {
        bool encoded = false;
        QByteArray raw;
    };
    QMap<QByteArray, QMap<int, Section>> extended; // RFC 2231
    QHash<QByteArray, QByteArray> plain;
    for (const QByteArray &piece : std::as_const(pieces)) {
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray key = piece.left(eq).trimmed().toLower();
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            QByteArray unq;
            for (qsizetype i = 1; i + 1 < value.size(); ++i) {
                if (value[i] == '\\' && i + 2 < value.size())
                    ++i;
                unq.append(value[i]);
            }
            value = unq;
        }
        if (!key.contains('*')) {
            plain.insert(key, value);
            continue;
        }
        Section section;
        section.encoded = key.endsWith('*');
        if (section.encoded)
            key.chop(1);
        int number = 0;
        if (const qsizetype star = key.indexOf('*'); star >= 0) {
            bool ok = false;
            number = key.mid(star + 1).toInt(&ok);
            if (!ok || number < 0 || number > 999)
                continue;
            key = key.left(star);
        }
        section.raw = value;
        extended[key].insert(number, section);
    }
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        if (!extended.contains(it.key()))
            s.params.insert(it.key(), decodeWords(it.value()));
    }
    for (auto it = extended.cbegin(); it != extended.cend(); ++it) {
        QByteArray charset;
        QByteArray bytes;
        bool first = true;
        bool anyEncoded = false;
        for (const Section &section : it.value()) {
            QByteArrayView data = section.raw;
            if (section.encoded) {
                anyEncoded = true;
                if (first) {
                    // charset'language'value
                    const qsizetype q1 = section.raw.indexOf('\'');
                    const qsizetype q2 = q1 >= 0 ? section.raw.indexOf('\'', q1 + 1) : -1;
                    if (q2 >= 0) {
                        charset = section.raw.left(q1);
                        data = QByteArrayView(section.raw).sliced(q2 + 1);
                    }
                }
                bytes += percentDecode(data);
            } else {
                bytes += data.toByteArray();
            }
            first = false;
        }
        s.params.insert(it.key(), anyEncoded ? decodeCharset(bytes, charset) : decodeWords(bytes));
    }
    return s;
}

/** Splits "a@b, \"Doe, Jane\" <j@d>" at the commas between addresses. */
QStringList addressList(const QByteArray &raw)
{
    QStringList out;
    QByteArray cur;
    bool quoted = false;
    int angle = 0, paren = 0;
    auto flush = [&] {
        QString a = decodeWords(cur.trimmed()).simplified();
        if (a.endsWith(QLatin1String(":;"))) // an empty group: "undisclosed-recipients:;"
            a.clear();
        if (!a.isEmpty())
            out << a;
        cur.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && quoted && i + 1 < raw.size()) {
            cur.append(c).append(raw[++i]);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '<')
            ++angle;
        else if (!quoted && c == '>' && angle > 0)
            --angle;
        else if (!quoted && c == '(')
            ++paren;
        else if (!quoted && c == ')' && paren > 0)
            --paren;
        if (c == ',' && !quoted && angle == 0 && paren == 0)
            flush();
        else
            cur.append(c);
        if (out.size() >= 500) // a recipient list is for people, not a payload
            return out;
    }
    flush();
    return out;
}

QString isoDate(const QByteArray &raw)
{
    QString v = plainHeaderText(raw);
    v.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)"))); // comments such as "(CET)"
    v = v.simplified();
    static const QRegularExpression zone(QStringLiteral("\\s+(GMT|UTC|UT|Z)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    v.replace(zone, QStringLiteral(" +0000"));
    QDateTime d = QDateTime::fromString(v, Qt::RFC2822Date);
    if (!d.isValid())
        d = QDateTime::fromString(v, Qt::ISODate);
    if (!d.isValid() || d.date().year() < 1970 || d.date().year() > 2999)
        return {};
    return d.toUTC().toString(Qt::ISODate);
}

class Parser
{
public:
    Parser(const Limits &limits, Message &message)
        : m_limits(limits)
        , m_message(message)
    {
    }

    /** Header and body of one entity; false (and all of @p raw as body) when it has no header. */
    bool split(QByteArrayView raw, Fields &fields, QByteArrayView &body)
    {
        qsizetype pos = 0;
        qint64 headerBytes = 0;
        bool full = false;
        while (pos < raw.size()) {
            const qsizetype eol = raw.indexOf('\n', pos);
            const qsizetype lineEnd = eol < 0 ? raw.size() : eol;
            const qsizetype next = eol < 0 ? raw.size() : eol + 1;
            QByteArrayView line = raw.sliced(pos, lineEnd - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty()) {
                body = raw.sliced(next);
                return true;
            }
            headerBytes += line.size();
            if (!full && (headerBytes > m_limits.maxHeaderBytes || fields.list.size() >= m_limits.maxHeaderFields)) {
                full = true;
                problem(QStringLiteral("header-too-large"), QString::number(headerBytes));
            }
            if (line[0] == ' ' || line[0] == '\t') {
                if (fields.list.isEmpty() && pos == 0) {
                    body = raw;
                    return false;
                }
                if (!full && !fields.list.isEmpty() && fields.list.last().value.size() < m_limits.maxValueChars * 4)
                    fields.list.last().value += line.toByteArray(); // unfolding: the line break goes
            } else {
                const qsizetype colon = line.indexOf(':');
                bool valid = colon > 0;
                for (qsizetype i = 0; valid && i < colon; ++i)
                    valid = line[i] > 32 && line[i] < 127;
                if (!valid) {
                    if (pos == 0) {
                        body = raw;
                        return false;
                    }
                    body = raw.sliced(pos); // a broken header ends it; what follows is body
                    return true;
                }
                if (!full) {
                    QByteArrayView value = line.sliced(colon + 1);
                    if (value.size() > m_limits.maxValueChars * 4)
                        value = value.first(m_limits.maxValueChars * 4);
                    fields.list.append(Field{line.first(colon).toByteArray().trimmed().toLower(),
                                             value.toByteArray()});
                }
            }
            pos = next;
        }
        body = QByteArrayView();
        return pos > 0;
    }

    void problem(const QString &code, const QString &detail = {})
    {
        for (const Problem &p : std::as_const(m_message.problems)) {
            if (p.code == code && (code != QLatin1String("bad-base64") || p.detail == detail))
                return; // once is enough to explain it
        }
        m_message.problems.append(Problem{code, detail});
    }

    void top(QByteArrayView raw)
    {
        Fields fields;
        QByteArrayView body;
        if (!split(raw, fields, body)) {
            problem(QStringLiteral("no-headers"));
            ++m_parts;
            leaf(Structured{QByteArrayLiteral("text/plain"), {}}, {}, {}, raw, false);
            finish();
            return;
        }
        auto value = [&](const char *name) {
            QString v = decodeWords(fields.value(name).trimmed()).simplified();
            if (v.size() > m_limits.maxValueChars)
                v.truncate(m_limits.maxValueChars);
            return v;
        };
        m_message.from = value("from");
        if (m_message.from.isEmpty())
            m_message.from = value("sender");
        m_message.to = addressList(fields.value("to"));
        m_message.cc = addressList(fields.value("cc"));
        m_message.subject = value("subject");
        m_message.messageId = value("message-id");
        m_message.date = isoDate(fields.value("date"));
        entity(fields, body, 0, false);
        finish();
    }

    void entityFromRaw(QByteArrayView raw, int depth, bool inDigest)
    {
        Fields fields;
        QByteArrayView body;
        if (!split(raw, fields, body))
            body = raw; // a part without header lines: text/plain by default
        entity(fields, body, depth, inDigest);
    }

    void entity(const Fields &fields, QByteArrayView body, int depth, bool inDigest)
    {
        if (++m_parts > m_limits.maxParts) {
            problem(QStringLiteral("part-limit"), QString::number(m_limits.maxParts));
            return;
        }
        const QByteArray ctRaw = fields.value("content-type");
        Structured type = ctRaw.trimmed().isEmpty()
            ? Structured{inDigest ? QByteArrayLiteral("message/rfc822") : QByteArrayLiteral("text/plain"), {}}
            : parseStructured(ctRaw);
        if (!type.value.contains('/'))
            type.value = QByteArrayLiteral("text/plain"); // RFC 2045 §5.2: an invalid type is text/plain
        const Structured disposition = parseStructured(fields.value("content-disposition"));
        const QByteArray encoding = fields.value("content-transfer-encoding").trimmed().toLower();

        if (type.value.startsWith("multipart/")) {
            multipart(type, body, depth);
            return;
        }
        if (type.value == "message/rfc822" || type.value == "message/global") {
            // A forwarded message: an attachment of its own, imported (and read) as a mail.
            QString name = disposition.params.value("filename");
            if (name.isEmpty())
                name = type.params.value("name");
            if (name.isEmpty()) {
                Fields inner;
                QByteArrayView innerBody;
                bool damaged = false;
                const QByteArray decoded = decode(body, encoding, &damaged);
                if (split(decoded, inner, innerBody))
                    name = decodeWords(inner.value("subject").trimmed()).simplified().left(100);
                if (!name.isEmpty())
                    name += QStringLiteral(".eml");
            }
            attachment(type.value, name, body, encoding);
            return;
        }
        leaf(type, disposition, encoding, body, true);
    }

    void multipart(const Structured &type, QByteArrayView body, int depth)
    {
        if (depth + 1 > m_limits.maxDepth) {
            problem(QStringLiteral("depth-limit"), QString::number(m_limits.maxDepth));
            return;
        }
        const QByteArray boundary = type.params.value("boundary").toUtf8();
        if (boundary.isEmpty() || boundary.size() > 200) {
            leaf(Structured{QByteArrayLiteral("text/plain"), {}}, {}, {}, body, false);
            return;
        }
        const QList<QByteArrayView> parts = splitParts(body, "--" + boundary);
        const QByteArray sub = type.value.mid(10);
        if (sub == "alternative") {
            // The same content in several forms: plain text is what the index wants; else the
            // last (richest) form, which is read as HTML.
            qsizetype chosen = -1;
            QList<std::pair<Fields, QByteArrayView>> heads;
            for (const QByteArrayView part : parts) {
                Fields f;
                QByteArrayView b;
                if (!split(part, f, b))
                    b = part;
                heads.append({f, b});
            }
            for (qsizetype i = 0; i < heads.size() && chosen < 0; ++i) {
                const QByteArray ct = heads.at(i).first.value("content-type").trimmed().toLower();
                if (ct.isEmpty() || ct.startsWith("text/plain"))
                    chosen = i;
            }
            if (chosen < 0)
                chosen = heads.size() - 1;
            if (chosen >= 0)
                entity(heads.at(chosen).first, heads.at(chosen).second, depth + 1, false);
            return;
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (m_parts >= m_limits.maxParts) {
                problem(QStringLiteral("part-limit"), QString::number(m_limits.maxParts));
                return;
            }
            if (sub == "signed" && i > 0)
                break; // the signature: for a program, not a document for the clerk
            if (sub == "related" && i > 0) {
                // Pictures and styles the HTML refers to (cid:): part of the body's look, unless
                // the sender attached them as files.
                Fields f;
                QByteArrayView b;
                if (!split(parts.at(i), f, b) || !f.value("content-disposition").trimmed().toLower().startsWith("attachment")) {
                    ++m_parts;
                    continue;
                }
            }
            entityFromRaw(parts.at(i), depth + 1, sub == "digest");
        }
    }

    /** The parts between "--boundary" lines; the line break before a delimiter belongs to it. */
    static QList<QByteArrayView> splitParts(QByteArrayView body, const QByteArray &delimiter)
    {
        QList<QByteArrayView> parts;
        qsizetype pos = 0;
        qsizetype start = -1;
        while (pos < body.size()) {
            const qsizetype eol = body.indexOf('\n', pos);
            const qsizetype lineEnd = eol < 0 ? body.size() : eol;
            const qsizetype next = eol < 0 ? body.size() : eol + 1;
            QByteArrayView line = body.sliced(pos, lineEnd - pos);
            if (line.startsWith(delimiter)) {
                const QByteArrayView rest = line.sliced(delimiter.size());
                const bool close = rest.startsWith("--");
                if (close || rest.trimmed().isEmpty()) {
                    if (start >= 0) {
                        qsizetype end = pos;
                        if (end > start && body[end - 1] == '\n')
                            --end;
                        if (end > start && body[end - 1] == '\r')
                            --end;
                        parts.append(body.sliced(start, end - start));
                    }
                    if (close)
                        return parts;
                    start = next;
                }
            }
            pos = next;
        }
        if (start >= 0 && start < body.size())
            parts.append(body.sliced(start)); // no closing delimiter: the rest is the last part
        return parts;
    }

    QByteArray decode(QByteArrayView body, const QByteArray &encoding, bool *damaged)
    {
        *damaged = false;
        if (encoding == "base64")
            return decodeBase64(body, damaged);
        if (encoding == "quoted-printable")
            return decodeQ(body, false);
        return body.toByteArray(); // 7bit, 8bit, binary, or unknown: as it is
    }

    /** Whether @p estimate more decoded bytes fit; says so once when they do not. */
    bool budget(qint64 estimate)
    {
        if (m_decoded + estimate > m_limits.maxDecodedBytes) {
            problem(QStringLiteral("size-limit"), QString::number(m_limits.maxDecodedBytes >> 20));
            return false;
        }
        return true;
    }

    void attachment(const QByteArray &mime, const QString &fileName, QByteArrayView body, const QByteArray &encoding)
    {
        Attachment a;
        a.fileName = fileName;
        a.mimeType = QString::fromLatin1(mime);
        const qint64 estimate = encoding == "base64" ? body.size() * 3 / 4 : body.size();
        if (!budget(estimate) || m_attachmentBytes + estimate > m_limits.maxAttachmentBytes) {
            a.size = estimate;
            a.problem = QStringLiteral("too-large");
            m_message.attachments.append(a);
            return;
        }
        bool damaged = false;
        QByteArray data = decode(body, encoding, &damaged);
        m_decoded += data.size();
        a.size = data.size();
        if (damaged) {
            a.problem = QStringLiteral("bad-base64");
            problem(QStringLiteral("bad-base64"), fileName.isEmpty() ? a.mimeType : fileName);
        }
        if (m_limits.attachments) {
            m_attachmentBytes += data.size();
            a.data = std::move(data);
        }
        m_message.attachments.append(a);
    }

    void leaf(const Structured &type, const Structured &disposition, const QByteArray &encoding, QByteArrayView body,
              bool mayAttach)
    {
        QString name = disposition.params.value("filename");
        if (name.isEmpty())
            name = type.params.value("name");
        const bool text = type.value == "text/plain" || type.value == "text/html";
        const bool isAttachment = mayAttach && (disposition.value == "attachment" || !name.isEmpty() || !text);
        if (isAttachment) {
            attachment(type.value, name, body, encoding);
            return;
        }
        const qint64 estimate = encoding == "base64" ? body.size() * 3 / 4 : body.size();
        if (!budget(estimate))
            return;
        bool damaged = false;
        const QByteArray bytes = decode(body, encoding, &damaged);
        m_decoded += bytes.size();
        if (damaged)
            problem(QStringLiteral("bad-base64"), QString::fromLatin1(type.value));
        const QString s = decodeCharset(bytes, type.params.value("charset").toLatin1());
        (type.value == "text/html" ? m_html : m_plain).append(s);
    }

    void finish()
    {
        QStringList plain;
        for (const QString &p : std::as_const(m_plain)) {
            if (!p.trimmed().isEmpty())
                plain << p.trimmed();
        }
        QString text;
        if (!plain.isEmpty()) {
            text = plain.join(QStringLiteral("\n\n"));
        } else {
            QStringList html;
            for (const QString &h : std::as_const(m_html)) {
                const QString t = htmlToText(h);
                if (!t.isEmpty())
                    html << t;
            }
            text = html.join(QStringLiteral("\n\n"));
        }
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.size() > m_limits.maxTextChars)
            text.truncate(m_limits.maxTextChars);
        m_message.text = text;
    }

private:
    const Limits &m_limits;
    Message &m_message;
    int m_parts = 0;
    qint64 m_decoded = 0;
    qint64 m_attachmentBytes = 0;
    QStringList m_plain;
    QStringList m_html;
};

QString entity(QStringView name)
{
    static const QHash<QString, char16_t> named{
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},       {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},     {QStringLiteral("apos"), u'\''},    {QStringLiteral("nbsp"), u' '},
        {QStringLiteral("auml"), u'ä'},     {QStringLiteral("ouml"), u'ö'},     {QStringLiteral("uuml"), u'ü'},
        {QStringLiteral("Auml"), u'Ä'},     {QStringLiteral("Ouml"), u'Ö'},     {QStringLiteral("Uuml"), u'Ü'},
        {QStringLiteral("szlig"), u'ß'},    {QStringLiteral("euro"), u'€'},     {QStringLiteral("sect"), u'§'},
        {QStringLiteral("copy"), u'©'},     {QStringLiteral("reg"), u'®'},      {QStringLiteral("deg"), u'°'},
        {QStringLiteral("ndash"), u'–'},    {QStringLiteral("mdash"), u'—'},    {QStringLiteral("hellip"), u'…'},
        {QStringLiteral("laquo"), u'«'},    {QStringLiteral("raquo"), u'»'},    {QStringLiteral("bdquo"), u'„'},
        {QStringLiteral("ldquo"), u'“'},    {QStringLiteral("rdquo"), u'”'},    {QStringLiteral("lsquo"), u'‘'},
        {QStringLiteral("rsquo"), u'’'},    {QStringLiteral("sbquo"), u'‚'},    {QStringLiteral("shy"), u'\u00AD'},
        {QStringLiteral("eacute"), u'é'},   {QStringLiteral("egrave"), u'è'},   {QStringLiteral("aacute"), u'á'},
        {QStringLiteral("agrave"), u'à'},   {QStringLiteral("middot"), u'·'},   {QStringLiteral("bull"), u'•'},
        {QStringLiteral("times"), u'×'},    {QStringLiteral("para"), u'¶'},     {QStringLiteral("micro"), u'µ'},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                   : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    const auto it = named.constFind(name.toString());
    return it == named.cend() ? QString() : QString(QChar(*it));
}

} // namespace

QString decodeCharset(const QByteArray &bytes, const QByteArray &charsetIn)
{
    const QByteArray charset = charsetIn.trimmed().toLower();
    if (charset == "windows-1252" || charset == "cp1252" || charset == "x-cp1252")
        return decodeCp1252(bytes, false);
    if (charset == "iso-8859-15" || charset == "latin-9" || charset == "latin9" || charset == "iso8859-15")
        return decodeCp1252(bytes, true);
    if (!charset.isEmpty() && charset != "us-ascii" && charset != "ascii") {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            QString s = decoder(bytes);
            if (!decoder.hasError())
                return s;
            if (charset != "utf-8" && charset != "utf8")
                return s;
        }
    }
    // Unknown, missing or wrong: UTF-8 where it is valid, else Latin-1 (one byte, one character).
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString s = utf8(bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

QString decodeWords(const QByteArray &value)
{
    QString out;
    QByteArray pendingBytes; // consecutive encoded words of one charset: a character may span two
    QByteArray pendingCharset;
    auto flush = [&] {
        if (!pendingBytes.isEmpty() || !pendingCharset.isEmpty())
            out += decodeCharset(pendingBytes, pendingCharset);
        pendingBytes.clear();
        pendingCharset.clear();
    };
    qsizetype pos = 0;
    bool lastWasWord = false;
    const qsizetype n = value.size();
    while (pos < n) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            flush();
            out += plainHeaderText(QByteArrayView(value).sliced(pos));
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype end = q1 >= 0 && q1 + 3 < n && value[q1 + 2] == '?' ? value.indexOf("?=", q1 + 3) : -1;
        const QByteArray text = end >= 0 ? value.mid(q1 + 3, end - q1 - 3) : QByteArray();
        const char enc = q1 >= 0 && q1 + 1 < n ? value[q1 + 1] : 0;
        if (end < 0 || text.contains(' ') || (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q')) {
            // Not an encoded word after all: the "=?" is text.
            flush();
            out += plainHeaderText(QByteArrayView(value).sliced(pos, start + 2 - pos));
            pos = start + 2;
            lastWasWord = false;
            continue;
        }
        const QByteArray between = value.mid(pos, start - pos);
        if (!(lastWasWord && between.trimmed().isEmpty())) {
            flush();
            out += plainHeaderText(between);
        }
        QByteArray charset = value.mid(start + 2, q1 - start - 2).toLower();
        if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language: "utf-8*de"
            charset.truncate(star);
        bool damaged = false;
        const QByteArray bytes = (enc == 'B' || enc == 'b') ? decodeBase64(text, &damaged) : decodeQ(text, true);
        if (charset != pendingCharset)
            flush();
        pendingCharset = charset;
        pendingBytes += bytes;
        lastWasWord = true;
        pos = end + 2;
    }
    flush();
    return out;
}

QString htmlToText(const QString &html)
{
    QString s = html;
    using RE = QRegularExpression;
    const auto opts = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;
    static const RE dropped(QStringLiteral("<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"), opts);
    static const RE comment(QStringLiteral("<!--.*?-->"), opts);
    static const RE lineBreak(QStringLiteral("<br\\b[^>]*>|</?(p|div|tr|h[1-6]|ul|ol|table|blockquote|pre)\\b[^>]*>"),
                              opts);
    static const RE item(QStringLiteral("<li\\b[^>]*>"), opts);
    static const RE cell(QStringLiteral("</t[dh]\\s*>"), opts);
    static const RE tag(QStringLiteral("<[^>]*>"), opts);
    s.remove(comment);
    s.remove(dropped);
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(lineBreak, QStringLiteral("\n"));
    s.replace(item, QStringLiteral("\n- "));
    s.replace(cell, QStringLiteral(" "));
    s.remove(tag);

    // Entities: named, decimal and hexadecimal; an unknown one stays as written.
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'&') {
            const qsizetype semi = s.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 12) {
                const QString decoded = entity(QStringView(s).sliced(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semi;
                    continue;
                }
            }
        }
        out += s[i];
    }

    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n')))
        lines << line.simplified();
    QString text = lines.join(QLatin1Char('\n'));
    static const RE blankRuns(QStringLiteral("\n{3,}"));
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed();
}

Message parse(const QByteArray &raw, const Limits &limits)
{
    Message m;
    Parser p(limits, m);
    p.top(raw);
    return m;
}

} // namespace Aktenwerk::Dms::Mail
