#pragma once

// The e-mail reader of the extraction worker. It is compiled into aktenwerk-extract only:
// MIME is untrusted input and is parsed where a crash or a limit costs the worker, never
// the engine or the client (DESIGN.md §3).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Dms::Mail {

/** Bounds that keep a hostile message (a nesting bomb, a huge header) from costing more. */
struct Limits
{
    int maxDepth = 10;                         ///< nested multipart / entity levels
    int maxParts = 1000;                       ///< MIME entities in all
    qint64 maxDecodedBytes = 96ll << 20;       ///< all parts decoded together
    qint64 maxAttachmentBytes = 32ll << 20;    ///< attachment bytes handed back, together
    qint64 maxTextChars = 16ll << 20;          ///< body text
    qint64 maxHeaderBytes = 1ll << 20;         ///< one entity's header block
    int maxHeaderFields = 1000;                ///< fields per header block
    int maxValueChars = 16 * 1024;             ///< one decoded header value
    bool attachments = true;                   ///< false: list them without their bytes
};

struct Attachment
{
    QString fileName; ///< from Content-Disposition / Content-Type (RFC 2231, RFC 2047); may be empty
    QString mimeType; ///< lower case, e.g. "application/pdf", "message/rfc822"
    QByteArray data;  ///< decoded bytes; empty when left out (see problem)
    qint64 size = 0;  ///< decoded size, also when the bytes were left out
    QString problem;  ///< a code when the bytes were left out or are doubtful: "too-large", "bad-base64"
};

/** A finding the caller words for the clerk: a code and a detail (a part name, a number). */
struct Problem
{
    QString code; ///< "depth-limit", "part-limit", "size-limit", "header-too-large", "bad-base64", "no-headers"
    QString detail;
};

struct Message
{
    QString from;
    QStringList to;
    QStringList cc;
    QString date; ///< ISO 8601 UTC ("2026-11-26T08:15:00Z"), empty when missing or unreadable
    QString subject;
    QString messageId;
    QString text; ///< body: the text/plain part, else text/html as text
    QList<Attachment> attachments;
    QList<Problem> problems;
};

/** Reads an RFC 5322 message with MIME parts. Never fails: what cannot be read becomes a problem. */
Message parse(const QByteArray &raw, const Limits &limits = {});

/** Helpers, public for the worker's own checks. */
QString decodeWords(const QByteArray &value);                  ///< RFC 2047 encoded words in a header value
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset); ///< with a Latin-1 fallback
QString htmlToText(const QString &html);

} // namespace Aktenwerk::Dms::Mail
