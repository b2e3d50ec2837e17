#include "xdomeaschema.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <memory>
#include <mutex>

namespace Aktenwerk::Dms {

namespace {

// The shipped schemas answer to this scheme only; relative imports resolve within it.
constexpr char kScheme[] = "aktenwerk-xsd:/";
const char *const kResourceRoot = ":/aktenwerk/xdomea/xsd/";

/** The catalog's mappings: an official address → a path below the schema root. */
QHash<QByteArray, QByteArray> readCatalog()
{
    QHash<QByteArray, QByteArray> map;
    QFile f(QString::fromLatin1(kResourceRoot) + QStringLiteral("catalog.xml"));
    if (!f.open(QIODevice::ReadOnly))
        return map;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        const QString from = xml.name() == QLatin1String("uri") ? a.value(QLatin1String("name")).toString()
            : xml.name() == QLatin1String("system")             ? a.value(QLatin1String("systemId")).toString()
                                                                : QString();
        if (!from.isEmpty())
            map.insert(from.toUtf8(), a.value(QLatin1String("uri")).toUtf8());
    }
    return map;
}

/**
 * The one way libxml2 gets anything from outside the document in this process: the shipped
 * schemas (directly or through the catalog). Every other address — a file, http, an entity a
 * message names — is refused.
 */
xmlParserInputPtr shippedOnly(const char *url, const char *, xmlParserCtxtPtr context)
{
    static const QHash<QByteArray, QByteArray> catalog = readCatalog();
    QByteArray address(url ? url : "");
    if (catalog.contains(address))
        address = QByteArray(kScheme) + catalog.value(address);
    if (!address.startsWith(kScheme) || address.contains(".."))
        return nullptr;
    // Kept for the life of the process: libxml2 may read the bytes where they are, not copy them.
    static QMutex mutex;
    static QHash<QByteArray, QByteArray> kept;
    QByteArray data;
    {
        QMutexLocker lock(&mutex);
        auto it = kept.constFind(address);
        if (it == kept.constEnd()) {
            QFile f(QString::fromLatin1(kResourceRoot) + QString::fromUtf8(address.mid(int(sizeof(kScheme)) - 1)));
            if (!f.open(QIODevice::ReadOnly))
                return nullptr;
            it = kept.insert(address, f.readAll());
        }
        data = *it; // shares the kept bytes (NUL-terminated)
    }
    xmlParserInputPtr input = xmlNewStringInputStream(context, reinterpret_cast<const xmlChar *>(data.constData()));
    if (input)
        input->filename = reinterpret_cast<char *>(xmlStrdup(reinterpret_cast<const xmlChar *>(address.constData())));
    return input;
}

void quiet(void *, const char *, ...) { }

/** libxml2 once per process: the loader above, and the compiled schema (shared, read-only). */
struct Compiled
{
    xmlSchemaPtr schema = nullptr;
    QString error;
};

const Compiled &compiled()
{
    static Compiled c;
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(shippedOnly);
        xmlSetGenericErrorFunc(nullptr, quiet);
        const QByteArray main = QByteArray(kScheme) + "3.1.0/xdomea.xsd";
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(main.constData());
        if (!parser) {
            c.error = QStringLiteral("no schema parser");
            return;
        }
        QString *error = &c.error;
        xmlSchemaSetParserStructuredErrors(
            parser,
            [](void *target, xmlErrorPtr e) {
                auto *text = static_cast<QString *>(target);
                if (text->isEmpty() && e && e->message)
                    *text = QString::fromUtf8(e->message).trimmed();
            },
            error);
        c.schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
        if (c.schema)
            c.error.clear();
        else if (c.error.isEmpty())
            c.error = QStringLiteral("the schema could not be compiled");
    });
    return c;
}

struct Collector
{
    XdomeaSchema::Report *report;
    int max;
};

void collect(void *target, xmlErrorPtr e)
{
    auto *c = static_cast<Collector *>(target);
    if (!e || c->report->issues.size() >= c->max)
        return;
    c->report->issues.append({ e->line, QString::fromUtf8(e->message ? e->message : "").trimmed() });
}

using ReaderPtr = std::unique_ptr<xmlTextReader, decltype(&xmlFreeTextReader)>;

/**
 * The message's bytes on their way to libxml2, looked at first: a DTD before the root element
 * stops the read before libxml2 sees it (no entity is ever declared, let alone expanded), and
 * bytes that are not UTF-8 stop it too (libxml2 would quietly go on as Latin-1).
 */
struct Source
{
    QIODevice *device = nullptr;
    QStringDecoder utf8 { QStringDecoder::Utf8 };
    QByteArray head; ///< the start, until the root element begins
    bool headDone = false;
    bool dtd = false;
    bool notUtf8 = false;

    static int read(void *context, char *buffer, int len)
    {
        auto *s = static_cast<Source *>(context);
        const qint64 n = s->device->read(buffer, len);
        if (n <= 0)
            return int(n);
        if (!s->headDone) {
            s->head.append(buffer, n);
            s->lookAtHead();
            if (s->dtd)
                return -1;
        }
        const QString decoded = s->utf8(QByteArrayView(buffer, n)); // decoding happens on conversion
        Q_UNUSED(decoded);
        if (s->utf8.hasError()) {
            s->notUtf8 = true;
            return -1;
        }
        return int(n);
    }
    static int close(void *) { return 0; }

    void lookAtHead()
    {
        // Before the root element only the declaration, processing instructions, comments and
        // a document type can stand; the first '<' followed by a name is the root.
        for (qsizetype i = head.indexOf('<'); i >= 0 && i + 1 < head.size(); i = head.indexOf('<', i + 1)) {
            const char next = head.at(i + 1);
            if (next == '!' && head.mid(i, 9) == "<!DOCTYPE") {
                dtd = true;
                return;
            }
            if (next != '!' && next != '?') {
                headDone = true;
                head.clear();
                return;
            }
        }
        if (head.size() > (1 << 20)) // a megabyte of prolog is no message
            headDone = true;
    }
};
using ValidPtr = std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)>;

Result<XdomeaSchema::Report> run(ReaderPtr given, Source &source, int maxIssues)
{
    const Compiled &c = compiled();
    if (!c.schema)
        return fail(ErrorCode::Internal,
            XdomeaSchema::tr("The xdomea schema shipped with the program cannot be loaded."), c.error);
    XdomeaSchema::Report report;
    Collector collector { &report, std::max(1, maxIssues) };
    ValidPtr valid(xmlSchemaNewValidCtxt(c.schema), xmlSchemaFreeValidCtxt);
    ReaderPtr reader = std::move(given); // freed before the validation context it is plugged into
    if (!valid)
        return fail(
            ErrorCode::Internal, XdomeaSchema::tr("The xdomea schema shipped with the program cannot be loaded."));
    xmlTextReaderSetStructuredErrorHandler(reader.get(), collect, &collector);
    xmlSchemaSetValidStructuredErrors(valid.get(), collect, &collector);
    if (xmlTextReaderSchemaValidateCtxt(reader.get(), valid.get(), 0) != 0)
        return fail(
            ErrorCode::Internal, XdomeaSchema::tr("The xdomea schema shipped with the program cannot be loaded."));
    bool encodingChecked = false;
    int r = 0;
    while ((r = xmlTextReaderRead(reader.get())) == 1) {
        const int type = xmlTextReaderNodeType(reader.get());
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            // The one reason that counts (what the schema said of its content is beside the point).
            report.issues = { { xmlTextReaderGetParserLineNumber(reader.get()),
                XdomeaSchema::tr("The message declares a DTD; xdomea messages have none, and none is read.") } };
            return report;
        }
        if (!encodingChecked) {
            encodingChecked = true;
            const xmlChar *enc = xmlTextReaderConstEncoding(reader.get());
            const QByteArray encoding = enc ? QByteArray(reinterpret_cast<const char *>(enc)).toUpper() : "UTF-8";
            if (encoding != "UTF-8") {
                report.issues.append({ 1,
                    XdomeaSchema::tr("The message is encoded as %1; xdomea messages are UTF-8.")
                        .arg(QString::fromLatin1(encoding)) });
                return report;
            }
        }
        if (type == XML_READER_TYPE_ELEMENT && report.rootElement.isEmpty()) {
            const xmlChar *name = xmlTextReaderConstLocalName(reader.get());
            report.rootElement = QString::fromUtf8(reinterpret_cast<const char *>(name));
        }
        if (report.issues.size() >= collector.max)
            break;
    }
    if (source.dtd) {
        report.issues
            = { { 1, XdomeaSchema::tr("The message declares a DTD; xdomea messages have none, and none is read.") } };
        return report;
    }
    if (source.notUtf8) {
        report.issues = { { 0, XdomeaSchema::tr("The message is not valid UTF-8; xdomea messages are UTF-8.") } };
        return report;
    }
    if (r < 0 && report.issues.isEmpty())
        report.issues.append({ 0, XdomeaSchema::tr("The message is not well-formed XML.") });
    if (r == 0 && xmlTextReaderIsValid(reader.get()) != 1 && report.issues.isEmpty())
        report.issues.append({ 0, XdomeaSchema::tr("The message does not match the xdomea schema.") });
    if (report.rootElement.isEmpty() && report.issues.isEmpty())
        report.issues.append({ 0, XdomeaSchema::tr("The message is empty.") });
    return report;
}

// No network, no entity substitution, no DTD loading; nothing but the document itself. Errors
// and warnings go to the handler that collects them (never to stderr).
constexpr int kParseOptions = XML_PARSE_NONET;

} // namespace

QString XdomeaSchema::schemaRoot()
{
    return QString::fromLatin1(kResourceRoot);
}

namespace {

Result<XdomeaSchema::Report> validateDevice(QIODevice &device, const QString &name, int maxIssues)
{
    compiled(); // the loader is in place before any message is opened
    Source source;
    source.device = &device;
    ReaderPtr reader(xmlReaderForIO(Source::read, Source::close, &source, QFile::encodeName(name).constData(), nullptr,
                         kParseOptions),
        xmlFreeTextReader);
    if (!reader)
        return fail(ErrorCode::Internal, XdomeaSchema::tr("The message %1 cannot be read.").arg(name));
    return run(std::move(reader), source, maxIssues);
}

} // namespace

Result<XdomeaSchema::Report> XdomeaSchema::validateFile(const QString &path, int maxIssues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The message %1 cannot be read.").arg(path), file.errorString());
    return validateDevice(file, QFileInfo(path).fileName(), maxIssues);
}

Result<XdomeaSchema::Report> XdomeaSchema::validate(const QByteArray &xml, int maxIssues)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return validateDevice(buffer, QStringLiteral("message.xml"), maxIssues);
}

QString XdomeaSchema::describe(const Report &report, int max)
{
    QStringList lines;
    for (const Issue &i : report.issues) {
        if (lines.size() == max) {
            lines << tr("… and %n more.", nullptr, int(report.issues.size()) - max);
            break;
        }
        lines << (i.line > 0 ? tr("Line %1: %2").arg(i.line).arg(i.message) : i.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Aktenwerk::Dms
