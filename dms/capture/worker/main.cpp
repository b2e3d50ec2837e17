// aktenwerk-extract: reads untrusted files in a process of its own, under limits, and prints
// what it found as one JSON object per file on stdout. A crash, a hang or a limit here costs
// this process, never the client: the caller (dms/capture/extractor.cpp) turns it into a
// reason and stores the document anyway.
//
//   aktenwerk-extract [--cpu SECONDS] [--memory MIB] [--max-text BYTES] [--thumbnail PX]
//                     [--type pdf|mail|image] [--max-attachments BYTES] [--no-attachments] FILE
//   aktenwerk-extract --serve [--cpu SECONDS] [--memory MIB]
//
// --serve reads one request per line on stdin, {"path":"...","type":"pdf|mail|image",
// "max_text":N,"max_attachments":N,"attachments":true,"thumbnail":PX}, and answers each with
// one line. The processor-time limit then holds per file: before each file the soft limit is
// set to the time used so far plus --cpu seconds. The address-space limit holds for the whole
// process. Starting the program (dynamic linking, Poppler's and Qt's set-up) costs more than
// reading a small PDF, so the caller keeps one serving process per core.
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

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <unistd.h>

namespace {

/** What to read and how: from the command line, or one line of a --serve request. */
struct Request
{
    QString path;
    QByteArray type = "pdf";
    long maxText = 16 << 20;
    long thumbnail = 160;
    long maxAttachments = 32l << 20;
    bool attachments = true;
};

long memoryMiB = 1024;

QJsonObject failure(const char *code, const QString &detail = {})
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")},
                       {QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("detail"), detail}};
}

void write(const QJsonObject &o)
{
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact); // no raw line breaks
    json += '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
}

QString pngBase64(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

QString thumbnailOf(const QImage &image, long height)
{
    if (image.isNull() || height <= 0)
        return {};
    return pngBase64(image.height() > height ? image.scaledToHeight(static_cast<int>(height), Qt::SmoothTransformation)
                                             : image);
}

/** A scan or a photo: no text before OCR (issue 6), but the page count and a first-page thumbnail. */
QJsonObject readImage(const Request &r)
{
    // Qt refuses to decode an image whose pixels need more than this: a 60000 x 60000 PNG of
    // a few bytes must not take the worker's whole address space first.
    QImageReader::setAllocationLimit(static_cast<int>(std::max(16L, memoryMiB / 4)));
    QImageReader reader(r.path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return failure("image-damaged", reader.errorString());
    // The page count before anything else: after size(), Qt 6.4's TIFF handler counts from
    // the wrong place and says 1.
    const int count = reader.imageCount(); // TIFF: its pages; 0 where the format cannot tell
    const QSize size = reader.size();
    const QByteArray format = reader.format();
    const QImage first = reader.read();
    if (first.isNull()) {
        const bool tooLarge = size.isValid() && static_cast<qint64>(size.width()) * size.height() * 4
                                                    > (static_cast<qint64>(std::max(16L, memoryMiB / 4)) << 20);
        return failure(tooLarge ? "image-too-large" : "image-damaged", reader.errorString());
    }
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("kind"), QStringLiteral("image")},
                  {QStringLiteral("pages"), std::max(1, count)},
                  {QStringLiteral("width"), first.width()},
                  {QStringLiteral("height"), first.height()},
                  {QStringLiteral("format"), QString::fromLatin1(format)},
                  {QStringLiteral("text"), QString()}};
    const QString thumb = thumbnailOf(first, r.thumbnail);
    if (!thumb.isEmpty())
        o.insert(QStringLiteral("thumbnail"), thumb);
    return o;
}

/** An e-mail (RFC 5322 / MIME): header fields, body text and the attachments' bytes. */
QJsonObject readMail(QFile &f, const Request &r)
{
    // The whole message is held once; every part below is a view into it. Beyond this size a
    // message is stored, but not read.
    constexpr qint64 maxMail = 128ll << 20;
    if (f.size() > maxMail)
        return failure("mail-too-large", QString::number(f.size()));
    Aktenwerk::Dms::Mail::Limits limits;
    limits.maxTextChars = r.maxText;
    limits.maxAttachmentBytes = r.maxAttachments;
    limits.attachments = r.attachments;
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
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
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
                       {QStringLiteral("problems"), problems}};
}

QString text(const poppler::ustring &s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/**
 * A PDF through Poppler's C++ interface: the same text output as pdftotext (reading order),
 * without the per-page copy of the cross-reference table that Poppler's Qt binding makes.
 */
QJsonObject readPdf(const Request &r)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(r.path.toStdString()));
    if (!doc)
        return failure("damaged");
    if (doc->is_locked())
        return failure("password");
    const int pages = doc->pages();
    if (pages <= 0)
        return failure("no-pages");

    QString all;
    for (int i = 0; i < pages && all.size() < r.maxText; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        all += text(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
        all += QLatin1Char('\f');
    }
    all = Aktenwerk::Dms::Search::normalizeExtracted(all);
    if (all.size() > r.maxText)
        all.truncate(r.maxText);

    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("kind"), QStringLiteral("pdf")},
                  {QStringLiteral("pages"), pages},
                  {QStringLiteral("text"), all},
                  {QStringLiteral("title"), text(doc->info_key("Title"))},
                  {QStringLiteral("author"), text(doc->info_key("Author"))},
                  {QStringLiteral("subject"), text(doc->info_key("Subject"))},
                  {QStringLiteral("keywords"), text(doc->info_key("Keywords"))}};
    if (const time_t created = doc->get_creation_date_t(); created > 0)
        o.insert(QStringLiteral("created"),
                 QDateTime::fromSecsSinceEpoch(static_cast<qint64>(created), Qt::UTC).toString(Qt::ISODate));
    if (r.thumbnail > 0 && poppler::page_renderer::can_render()) {
        if (const std::unique_ptr<poppler::page> first(doc->create_page(0)); first) {
            const double height = first->page_rect(poppler::crop_box).height(); // points
            const double dpi = height > 0 ? 72.0 * static_cast<double>(r.thumbnail) / height : 20.0;
            poppler::page_renderer renderer;
            renderer.set_render_hint(poppler::page_renderer::antialiasing);
            renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
            renderer.set_image_format(poppler::image::format_argb32);
            const poppler::image img = renderer.render_page(first.get(), dpi, dpi);
            if (img.is_valid() && img.format() == poppler::image::format_argb32) {
                const QImage image(reinterpret_cast<const uchar *>(img.const_data()), img.width(), img.height(),
                                   img.bytes_per_row(), QImage::Format_ARGB32);
                o.insert(QStringLiteral("thumbnail"), pngBase64(image));
            }
        }
    }
    return o;
}

QJsonObject read(const Request &r)
{
    // Test hooks for faults no file here reliably causes: a parser that spins (the CPU limit
    // must stop it), one that hangs without using the processor (the caller's clock must), one
    // that crashes, and one that works hard (BURN_MS of processor time). SPIN, HANG and CRASH
    // hit every file when set to 1, else the files whose path contains their value.
    auto hook = [&r](const char *name) {
        const QString v = qEnvironmentVariable(name);
        return v == QLatin1String("1") || (!v.isEmpty() && r.path.contains(v));
    };
    if (hook("AKTENWERK_EXTRACT_TEST_SPIN")) {
        volatile unsigned long n = 0;
        for (;;)
            n = n + 1;
    }
    if (hook("AKTENWERK_EXTRACT_TEST_HANG"))
        ::pause();
    if (hook("AKTENWERK_EXTRACT_TEST_CRASH"))
        std::abort();
    if (const int burn = qEnvironmentVariableIntValue("AKTENWERK_EXTRACT_TEST_BURN_MS"); burn > 0) {
        const std::clock_t until = std::clock() + static_cast<std::clock_t>(burn) * CLOCKS_PER_SEC / 1000;
        volatile unsigned long n = 0;
        while (std::clock() < until)
            n = n + 1;
    }

    if (r.path.isEmpty())
        return failure("unreadable", QStringLiteral("no file given"));
    QFile f(r.path);
    if (!f.open(QIODevice::ReadOnly))
        return failure("unreadable", f.errorString());
    if (f.size() == 0)
        return failure("empty");
    if (r.type == "mail")
        return readMail(f, r);
    if (r.type == "image")
        return readImage(r);
    const QByteArray head = f.read(1024);
    if (!head.contains("%PDF-"))
        return failure("not-pdf");
    f.close();
    return readPdf(r);
}

void quiet(const std::string &, void *)
{
    // Poppler's complaints about a damaged file: the caller only needs the outcome.
}

} // namespace

int main(int argc, char **argv)
{
    // Limits first, before anything reads the file. No network: a network namespace of our
    // own where the kernel allows it (as root, or with unprivileged user namespaces).
    long cpu = 20;
    bool serve = false;
    Request request;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        auto next = [&]() -> long { return i + 1 < argc ? std::strtol(argv[++i], nullptr, 10) : 0; };
        if (a == "--cpu")
            cpu = next();
        else if (a == "--memory")
            memoryMiB = next();
        else if (a == "--max-text")
            request.maxText = next();
        else if (a == "--thumbnail")
            request.thumbnail = next();
        else if (a == "--max-attachments")
            request.maxAttachments = next();
        else if (a == "--no-attachments")
            request.attachments = false;
        else if (a == "--type" && i + 1 < argc)
            request.type = argv[++i];
        else if (a == "--serve")
            serve = true;
        else
            request.path = QString::fromLocal8Bit(a);
    }
    cpu = cpu > 0 ? cpu : 20;
    memoryMiB = memoryMiB > 0 ? memoryMiB : 1024;
    Aktenwerk::Dms::Sandbox::enter(cpu, memoryMiB, serve ? Aktenwerk::Dms::Sandbox::Cpu::PerTask
                                                         : Aktenwerk::Dms::Sandbox::Cpu::Whole);
    poppler::set_debug_error_function(quiet, nullptr);

    QCoreApplication app(argc, argv); // QImage needs no GUI application; no platform plugin to load
    if (!serve) {
        write(read(request));
        std::_Exit(0); // no teardown of what the file may have left half-built
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    while (true) {
        const QByteArray line = in.readLine();
        if (line.isEmpty())
            break; // the caller closed the pipe: done
        const QJsonObject q = QJsonDocument::fromJson(line).object();
        Request r;
        r.path = q.value(QLatin1String("path")).toString();
        r.type = q.value(QLatin1String("type")).toString(QStringLiteral("pdf")).toLatin1();
        r.maxText = static_cast<long>(q.value(QLatin1String("max_text")).toInteger(r.maxText));
        r.maxAttachments = static_cast<long>(q.value(QLatin1String("max_attachments")).toInteger(r.maxAttachments));
        r.attachments = q.value(QLatin1String("attachments")).toBool(true);
        r.thumbnail = static_cast<long>(q.value(QLatin1String("thumbnail")).toInteger(r.thumbnail));
        Aktenwerk::Dms::Sandbox::allowCpu(cpu);
        write(read(r));
    }
    std::_Exit(0);
}
