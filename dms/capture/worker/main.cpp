// aktenwerk-extract: reads one untrusted file in a process of its own, under limits, and
// prints what it found as one JSON object on stdout. A crash, a hang or a limit here costs
// this process, never the client: the caller (dms/capture/extractor.cpp) turns it into a
// reason and stores the document anyway.
//
//   aktenwerk-extract [--cpu SECONDS] [--memory MIB] [--max-text BYTES] [--thumbnail PX]
//                     [--type pdf|mail|image] [--max-attachments BYTES] [--no-attachments] FILE
//
// Output (PDF):   {"status":"ok","kind":"pdf","pages":N,"text":"...","title":"...","author":"...",
//                  "subject":"...","keywords":"...","created":"ISO","thumbnail":"<base64 PNG>"}
// Output (mail):  {"status":"ok","kind":"mail","text":"<body>","mail":{"from":"...","to":[...],
//                  "cc":[...],"date":"ISO UTC","subject":"...","message_id":"..."},
//                  "attachments":[{"file_name":"...","mime_type":"...","size":N,"data":"<base64>",
//                  "problem":"too-large|bad-base64"}],"problems":[{"code":"...","detail":"..."}]}
// Output (image): {"status":"ok","kind":"image","pages":N,"width":W,"height":H,"format":"tiff",
//                  "thumbnail":"<base64 PNG>"}
//      or {"status":"failed","code":"empty|unreadable|not-pdf|damaged|password|no-pages|
//          image-damaged|image-too-large|mail-too-large","detail":"..."}
//      (exit code 0 either way; the caller words the reason for the clerk)

#include "dms/capture/worker/mailparser.h"
#include "dms/capture/worker/sandbox.h"
#include "dms/search/germantext.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace {

[[noreturn]] void answer(const QJsonObject &o)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    std::_Exit(0); // no teardown of what the file may have left half-built
}

[[noreturn]] void failed(const char *code, const QString &detail = {})
{
    answer(QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")},
                       {QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("detail"), detail}});
}

QString thumbnailOf(const QImage &image, long height)
{
    if (image.isNull() || height <= 0)
        return {};
    const QImage small = image.height() > height ? image.scaledToHeight(static_cast<int>(height), Qt::SmoothTransformation)
                                                 : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    small.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

/** A scan or a photo: no text before OCR (issue 5), but the page count and a first-page thumbnail. */
[[noreturn]] void readImage(const QString &path, long memoryMiB, long thumbnail)
{
    // Qt refuses to decode an image whose pixels need more than this: a 60000 x 60000 PNG of
    // a few bytes must not take the worker's whole address space first.
    QImageReader::setAllocationLimit(static_cast<int>(std::max(16L, memoryMiB / 4)));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        failed("image-damaged", reader.errorString());
    // The page count before anything else: after size(), Qt 6.4's TIFF handler counts from
    // the wrong place and says 1.
    const int count = reader.imageCount(); // TIFF: its pages; 0 where the format cannot tell
    const QSize size = reader.size();
    const QByteArray format = reader.format();
    const QImage first = reader.read();
    if (first.isNull()) {
        const bool tooLarge = size.isValid() && static_cast<qint64>(size.width()) * size.height() * 4
                                                    > (static_cast<qint64>(std::max(16L, memoryMiB / 4)) << 20);
        failed(tooLarge ? "image-too-large" : "image-damaged", reader.errorString());
    }
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("kind"), QStringLiteral("image")},
                  {QStringLiteral("pages"), std::max(1, count)},
                  {QStringLiteral("width"), first.width()},
                  {QStringLiteral("height"), first.height()},
                  {QStringLiteral("format"), QString::fromLatin1(format)},
                  {QStringLiteral("text"), QString()}};
    const QString thumb = thumbnailOf(first, thumbnail);
    if (!thumb.isEmpty())
        o.insert(QStringLiteral("thumbnail"), thumb);
    answer(o);
}

/** An e-mail (RFC 5322 / MIME): header fields, body text and the attachments' bytes. */
[[noreturn]] void readMail(QFile &f, const Aktenwerk::Dms::Mail::Limits &limits)
{
    // The whole message is held once; every part below is a view into it. Beyond this size a
    // message is stored, but not read.
    constexpr qint64 maxMail = 128ll << 20;
    if (f.size() > maxMail)
        failed("mail-too-large", QString::number(f.size()));
    const QByteArray raw = f.readAll();
    const Aktenwerk::Dms::Mail::Message m = Aktenwerk::Dms::Mail::parse(raw, limits);
    QJsonArray attachments;
    for (const Aktenwerk::Dms::Mail::Attachment &a : m.attachments) {
        QJsonObject o{{QStringLiteral("file_name"), a.fileName},
                      {QStringLiteral("mime_type"), a.mimeType},
                      {QStringLiteral("size"), a.size}};
        if (!a.data.isEmpty())
            o.insert(QStringLiteral("data"), QString::fromLatin1(a.data.toBase64()));
        if (!a.problem.isEmpty())
            o.insert(QStringLiteral("problem"), a.problem);
        attachments.append(o);
    }
    QJsonArray problems;
    for (const Aktenwerk::Dms::Mail::Problem &p : m.problems)
        problems.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("detail"), p.detail}});
    answer(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("kind"), QStringLiteral("mail")},
                       {QStringLiteral("text"), m.text},
                       {QStringLiteral("mail"),
                        QJsonObject{{QStringLiteral("from"), m.from},
                                    {QStringLiteral("to"), QJsonArray::fromStringList(m.to)},
                                    {QStringLiteral("cc"), QJsonArray::fromStringList(m.cc)},
                                    {QStringLiteral("date"), m.date},
                                    {QStringLiteral("subject"), m.subject},
                                    {QStringLiteral("message_id"), m.messageId}}},
                       {QStringLiteral("attachments"), attachments},
                       {QStringLiteral("problems"), problems}});
}

} // namespace

int main(int argc, char **argv)
{
    // Limits first, before anything reads the file. No network: a network namespace of our
    // own where the kernel allows it (as root, or with unprivileged user namespaces).
    long cpu = 20, memory = 1024, maxText = 16 << 20, thumbnail = 160;
    long maxAttachments = 32l << 20;
    bool attachments = true;
    QByteArray type = "pdf";
    QString path;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        auto next = [&]() -> long { return i + 1 < argc ? std::strtol(argv[++i], nullptr, 10) : 0; };
        if (a == "--cpu")
            cpu = next();
        else if (a == "--memory")
            memory = next();
        else if (a == "--max-text")
            maxText = next();
        else if (a == "--thumbnail")
            thumbnail = next();
        else if (a == "--max-attachments")
            maxAttachments = next();
        else if (a == "--no-attachments")
            attachments = false;
        else if (a == "--type" && i + 1 < argc)
            type = argv[++i];
        else
            path = QString::fromLocal8Bit(a);
    }
    Aktenwerk::Dms::Sandbox::enter(cpu > 0 ? cpu : 20, memory > 0 ? memory : 1024);

    // Test hooks for faults no file here reliably causes: a parser that spins (the CPU limit
    // must stop it) and one that hangs without using the processor (the caller's clock must).
    if (qEnvironmentVariableIsSet("AKTENWERK_EXTRACT_TEST_SPIN")) {
        volatile unsigned long n = 0;
        for (;;)
            n = n + 1;
    }
    if (qEnvironmentVariableIsSet("AKTENWERK_EXTRACT_TEST_HANG"))
        ::pause();

    QCoreApplication app(argc, argv); // QImage needs no GUI application; no platform plugin to load
    if (path.isEmpty())
        failed("unreadable", QStringLiteral("no file given"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failed("unreadable", f.errorString());
    if (f.size() == 0)
        failed("empty");
    if (type == "mail") {
        Aktenwerk::Dms::Mail::Limits limits;
        limits.maxTextChars = maxText;
        limits.maxAttachmentBytes = maxAttachments;
        limits.attachments = attachments;
        readMail(f, limits);
    }
    if (type == "image") {
        f.close();
        readImage(path, memory, thumbnail);
    }
    const QByteArray head = f.read(1024);
    if (!head.contains("%PDF-"))
        failed("not-pdf");
    f.close();

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        failed("damaged");
    if (doc->isLocked())
        failed("password");
    const int pages = doc->numPages();
    if (pages <= 0)
        failed("no-pages");

    QString text;
    for (int i = 0; i < pages && text.size() < maxText; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        text += page->text(QRectF());
        text += QLatin1Char('\f');
    }
    text = Aktenwerk::Dms::Search::normalizeExtracted(text);
    if (text.size() > maxText)
        text.truncate(maxText);

    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("kind"), QStringLiteral("pdf")},
                  {QStringLiteral("pages"), pages},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("title"), doc->info(QStringLiteral("Title"))},
                  {QStringLiteral("author"), doc->info(QStringLiteral("Author"))},
                  {QStringLiteral("subject"), doc->info(QStringLiteral("Subject"))},
                  {QStringLiteral("keywords"), doc->info(QStringLiteral("Keywords"))}};
    const QDateTime created = doc->date(QStringLiteral("CreationDate"));
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    if (thumbnail > 0) {
        if (std::unique_ptr<Poppler::Page> first = doc->page(0)) {
            const QSizeF size = first->pageSizeF(); // points
            const double dpi = size.height() > 0 ? 72.0 * static_cast<double>(thumbnail) / size.height() : 20.0;
            const QImage image = first->renderToImage(dpi, dpi);
            if (!image.isNull()) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG");
                o.insert(QStringLiteral("thumbnail"), QString::fromLatin1(png.toBase64()));
            }
        }
    }
    answer(o);
}
