#include "xdomeawriter.h"

#include <QHash>

namespace Aktenwerk::Dms {

XdomeaXml::XdomeaXml(QIODevice &out)
    : w(&out)
{
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
}

void XdomeaXml::begin()
{
    w.writeStartDocument();
    w.writeNamespace(ns, QStringLiteral("xdomea"));
}

void XdomeaXml::text(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        w.writeTextElement(ns, name, value);
}

void XdomeaXml::code(const QString &name, const QString &value, const QString &list, const QString &version)
{
    start(name);
    if (!list.isEmpty()) {
        w.writeAttribute(QStringLiteral("listURI"), QStringLiteral("urn:xoev-de:xdomea:codeliste:") + list);
        w.writeAttribute(QStringLiteral("listVersionID"), version);
    }
    w.writeTextElement(QStringLiteral("code"), value);
    end();
}

void XdomeaXml::flag(const QString &name, bool value)
{
    w.writeTextElement(ns, name, value ? QStringLiteral("1") : QStringLiteral("0"));
}

void XdomeaXml::header(const QUuid &process, const QString &code, const XdomeaParties &parties, const QDateTime &now,
    Receipt receipt, bool transfer)
{
    start(QStringLiteral("Kopf"));
    text(QStringLiteral("ProzessID"), process.toString(QUuid::WithoutBraces));
    this->code(QStringLiteral("Nachrichtentyp"), code, QStringLiteral("nachrichtentyp"), QStringLiteral("2.0"));
    text(QStringLiteral("Erstellungszeitpunkt"), now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate));
    start(QStringLiteral("Absender"));
    start(QStringLiteral("Institution"));
    text(QStringLiteral("Name"), parties.sender);
    end();
    if (!parties.senderUnit.isEmpty()) {
        start(QStringLiteral("Organisationseinheit"));
        text(QStringLiteral("Name"), parties.senderUnit);
        end();
    }
    end();
    start(QStringLiteral("Empfaenger"));
    start(QStringLiteral("Institution"));
    text(QStringLiteral("Name"), parties.recipient);
    end();
    end();
    start(QStringLiteral("SendendesSystem"));
    text(QStringLiteral("Produktname"), QStringLiteral("Aktenwerk"));
    text(QStringLiteral("Version"), QStringLiteral(AKTENWERK_VERSION));
    end();
    if (transfer) { // the archive confirms the import, with its own reference for each object
        flag(QStringLiteral("Importbestaetigung"), true);
        flag(QStringLiteral("RueckmeldungArchivkennung"), true);
    }
    if (receipt != Receipt::None)
        flag(QStringLiteral("Empfangsbestaetigung"), receipt == Receipt::Asked);
    end();
}

QString XdomeaXml::rootName(const QString &code)
{
    static const QHash<QString, QString> names { { QStringLiteral("0301"), QStringLiteral("Aktenplan.Aktenplan.0301") },
        { QStringLiteral("0501"), QStringLiteral("Aussonderung.Anbieteverzeichnis.0501") },
        { QStringLiteral("0502"), QStringLiteral("Aussonderung.Bewertungsverzeichnis.0502") },
        { QStringLiteral("0503"), QStringLiteral("Aussonderung.Aussonderung.0503") },
        { QStringLiteral("0504"), QStringLiteral("Aussonderung.AnbietungEmpfangBestaetigen.0504") },
        { QStringLiteral("0505"), QStringLiteral("Aussonderung.BewertungEmpfangBestaetigen.0505") },
        { QStringLiteral("0506"), QStringLiteral("Aussonderung.AussonderungImportBestaetigen.0506") },
        { QStringLiteral("0507"), QStringLiteral("Aussonderung.AussonderungEmpfangBestaetigen.0507") } };
    return names.value(code);
}

} // namespace Aktenwerk::Dms
