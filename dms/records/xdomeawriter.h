#pragma once

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Aktenwerk::Dms {

/** Who writes to whom in an xdomea message's header. */
struct XdomeaParties
{
    QString sender = QStringLiteral("Stadtverwaltung"); ///< Absender: the authority
    QString senderUnit; ///< its unit (the records office), may be empty
    QString recipient = QStringLiteral("Stadtarchiv"); ///< Empfänger: the archive
};

/**
 * Writes an xdomea 3.1 message as the standard wants it: streamed, every element in the xdomea
 * namespace with the prefix `xdomea`, code-list values as unqualified `<code>`, booleans as 1/0.
 */
class XdomeaXml
{
public:
    static inline const QString ns = QStringLiteral("urn:xoev-de:xdomea:schema:3.1.0");

    explicit XdomeaXml(QIODevice &out);
    /** The XML declaration and the namespace prefix, before the root element. */
    void begin();
    void start(const QString &name) { w.writeStartElement(ns, name); }
    void end() { w.writeEndElement(); }
    /** A text element; nothing when @p value is empty (every optional element stays out). */
    void text(const QString &name, const QString &value);
    /** A code-list value: <xdomea:Name listURI=… listVersionID=…><code>…</code></xdomea:Name>. */
    void code(const QString &name, const QString &value, const QString &list = {}, const QString &version = {});
    void flag(const QString &name, bool value);
    /**
     * The header (Kopf): process, message type, time, sender, recipient, this program; with
     * @p transfer the archive is asked to confirm the import with its references.
     */
    /** Whether the header asks for a receipt (Empfangsbestaetigung 1 or 0), or has no such element. */
    enum class Receipt { Asked, NotAsked, None };
    void header(const QUuid &process, const QString &code, const XdomeaParties &parties, const QDateTime &now,
        Receipt receipt = Receipt::Asked, bool transfer = false);
    /** The element name of a message by its code ("0501" → "Aussonderung.Anbieteverzeichnis.0501"). */
    static QString rootName(const QString &code);

    QXmlStreamWriter w;
};

} // namespace Aktenwerk::Dms
