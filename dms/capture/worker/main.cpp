// aktenwerk-extract: reads one untrusted file in a process of its own, under limits, and
// prints what it found as one JSON object on stdout. A crash, a hang or a limit here costs
// this process, never the client: the caller (dms/capture/extractor.cpp) turns it into a
// reason and stores the document anyway.
//
//   aktenwerk-extract [--cpu SECONDS] [--memory MIB] [--max-text BYTES] [--thumbnail PX] FILE
//
// Output: {"status":"ok","pages":N,"text":"...","title":"...","author":"...","subject":"...",
//          "keywords":"...","created":"ISO","thumbnail":"<base64 PNG>"}
//      or {"status":"failed","code":"empty|unreadable|not-pdf|damaged|password|no-pages","detail":"..."}
//      (exit code 0 either way; the caller words the reason for the clerk)

#include "dms/search/germantext.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

void limit(int resource, rlim_t value)
{
    rlimit r{value, value};
    setrlimit(resource, &r);
}

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

} // namespace

int main(int argc, char **argv)
{
    // Limits first, before anything reads the file. No network: a network namespace of our
    // own where the kernel allows it (as root, or with unprivileged user namespaces).
    long cpu = 20, memory = 1024, maxText = 16 << 20, thumbnail = 160;
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
        else
            path = QString::fromLocal8Bit(a);
    }
    limit(RLIMIT_CPU, static_cast<rlim_t>(cpu > 0 ? cpu : 20));
    limit(RLIMIT_AS, static_cast<rlim_t>(memory > 0 ? memory : 1024) << 20);
    limit(RLIMIT_FSIZE, 0);   // writes no files
    limit(RLIMIT_CORE, 0);
    if (unshare(CLONE_NEWNET) != 0)
        (void)unshare(CLONE_NEWUSER | CLONE_NEWNET);

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
