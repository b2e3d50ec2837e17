// OCR of real pages (the German LaTeX manuals installed with texlive-lang-german), next to the
// tools that do the same job, in the same run:
//
//   baseline 1: the tesseract command, one page per process, as many at a time as there are
//               cores (xargs -P), OMP_THREAD_LIMIT=1, `tesseract PAGE OUT -l deu+eng pdf`:
//               one searchable PDF per page (not joined)
//   baseline 2: ocrmypdf (the Debian package) on one PDF holding the same page images
//               (img2pdf: the PNGs' pixels unchanged, at their 300 dpi), `--force-ocr -l deu+eng
//               --output-type pdf -j CORES`: one joined searchable PDF
//   app:        Dms::Ocr on the same PNGs: one worker process per core under the sandbox, one
//               joined searchable PDF (grey pages as JPEG)
//
//   bench_ocr [PAGES=50]      prints: operation, corpus, baseline_s, app_s, ratio
//
// The pages are rendered (not timed) with `pdftoppm -r 300 -gray -png`: grey, as office scans are.
// Afterwards the app's PDF must have every page and, by pdftotext, at least 90 % of the words of
// the tesseract command's PDFs; else the benchmark fails.

#include "../testsupport.h"
#include "dms/capture/ocr.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { pdf });
    p.waitForFinished(60000);
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QSet<QString> words(const QStringList &pdfs)
{
    QSet<QString> all;
    for (const QString &pdf : pdfs) {
        QProcess p;
        p.start(
            QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        p.waitForFinished(60000);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &w : text.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            if (w.size() >= 4)
                all.insert(w);
    }
    return all;
}

void line(const char *operation, const QString &corpus, double baseline, double app)
{
    std::printf("%s, %s, %.2f, %.2f, %.2f\n", operation, qPrintable(corpus), baseline, app, app / baseline);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    const int cores = QThread::idealThreadCount();
    // The OCR worker is built next to the CLI (build/bin).
    if (qEnvironmentVariableIsEmpty("AKTENWERK_OCR"))
        qputenv("AKTENWERK_OCR",
            (QFileInfo(Aktenwerk::Test::cliPath()).absolutePath() + QStringLiteral("/aktenwerk-ocr")).toLocal8Bit());
    if (Aktenwerk::Dms::Ocr::workerPath().isEmpty()) {
        std::fprintf(stderr, "aktenwerk-ocr not found (set AKTENWERK_OCR)\n");
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // The corpus: the pages of the German manuals, in a fixed order, up to `wanted`.
    QStringList manuals;
    QDirIterator it(QStringLiteral("/usr/share/doc/texlive-doc"), { QStringLiteral("*.pdf") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("german")) || path.contains(QLatin1String("/de-")))
            manuals << path;
    }
    manuals.sort();
    if (manuals.isEmpty()) {
        std::fprintf(stderr, "no German manuals below /usr/share/doc/texlive-doc (install texlive-lang-german)\n");
        return 1;
    }
    QStringList pngs;
    for (const QString &pdf : std::as_const(manuals)) {
        const int n = pdfPages(pdf);
        for (int page = 1; page <= n && pngs.size() < wanted; ++page) {
            const QString base = dir.filePath(QStringLiteral("p%1").arg(pngs.size() + 1, 3, 10, QLatin1Char('0')));
            QProcess p;
            p.start(QStringLiteral("pdftoppm"),
                { QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                    QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, base });
            p.waitForFinished(120000);
            if (QFile::exists(base + QStringLiteral(".png")))
                pngs << base + QStringLiteral(".png");
        }
        if (pngs.size() >= wanted)
            break;
    }
    const QString corpus
        = QStringLiteral("%1 pages of %2 German TeX manuals, 300 dpi grey").arg(pngs.size()).arg(manuals.size());
    std::fprintf(stderr, "%s, %d cores\n", qPrintable(corpus), cores);

    // Baseline 1: the tesseract command, one process per page, `cores` at a time.
    const QString list = dir.filePath(QStringLiteral("pages.txt"));
    {
        QFile f(list);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(pngs.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    const auto tesseract = Aktenwerk::Test::timedRun(QStringLiteral("xargs"),
        { QStringLiteral("-P"), QString::number(cores), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("tesseract \"$0\" \"${0%.png}-tess\" -l deu+eng pdf 2>/dev/null") },
        list, env);
    if (!tesseract)
        return 1;

    // Baseline 2: ocrmypdf on one PDF of the same page images (made untimed, pixels unchanged).
    const QString input = dir.filePath(QStringLiteral("input.pdf"));
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
            QStringList { QStringLiteral("-c"),
                QStringLiteral("import img2pdf,sys; open(sys.argv[1],'wb').write(img2pdf.convert(sys.argv[2:]))"),
                input }
                + pngs);
        p.waitForFinished(600000);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "img2pdf failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
    }
    const auto ocrmypdf = Aktenwerk::Test::timedRun(QStringLiteral("ocrmypdf"),
        { QStringLiteral("--force-ocr"), QStringLiteral("-l"), QStringLiteral("deu+eng"),
            QStringLiteral("--output-type"), QStringLiteral("pdf"), QStringLiteral("-j"), QString::number(cores),
            QStringLiteral("-q"), input, dir.filePath(QStringLiteral("ocrmypdf.pdf")) });
    if (!ocrmypdf)
        return 1;

    // The app: Dms::Ocr on the PNGs into one joined PDF.
    QList<Aktenwerk::Dms::OcrSource> sources;
    for (const QString &png : std::as_const(pngs))
        sources << Aktenwerk::Dms::OcrSource { png, Aktenwerk::Dms::OcrSource::Kind::Image, 0, false };
    const QString joined = dir.filePath(QStringLiteral("app.pdf"));
    QElapsedTimer t;
    t.start();
    auto r = Aktenwerk::Dms::Ocr::run(sources, joined, Aktenwerk::Dms::Ocr::Options {});
    const double appSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (!r || !r->complete()) {
        std::fprintf(stderr, "Dms::Ocr failed: %s\n",
            r ? qPrintable(QStringLiteral("%1 pages failed").arg(r->failedPages())) : qPrintable(r.error().toString()));
        return 1;
    }

    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    line("ocr vs tesseract command (per core)", corpus, *tesseract, appSeconds);
    line("ocr vs ocrmypdf", corpus, *ocrmypdf, appSeconds);

    // Not timed: the app's PDF is whole and says what tesseract's say.
    QStringList tessPdfs;
    for (const QString &png : std::as_const(pngs))
        tessPdfs << png.chopped(4) + QStringLiteral("-tess.pdf");
    const QSet<QString> expected = words(tessPdfs);
    const QSet<QString> got = words({ joined });
    const qsizetype common = QSet<QString>(expected).intersect(got).size();
    int confidence = 0;
    for (const auto &p : std::as_const(r->pages))
        confidence += p.confidence;
    std::fprintf(
        stderr,
        "app: %d pages, mean confidence %d, %lld of %lld distinct words of the tesseract PDFs, %lld bytes "
        "(tesseract's PDFs %lld bytes, ocrmypdf %lld bytes)\n",
        pdfPages(joined), confidence / qMax<int>(1, static_cast<int>(r->pages.size())), static_cast<long long>(common),
        static_cast<long long>(expected.size()), static_cast<long long>(QFileInfo(joined).size()),
        [&] {
            long long s = 0;
            for (const QString &p : std::as_const(tessPdfs))
                s += QFileInfo(p).size();
            return s;
        }(),
        static_cast<long long>(QFileInfo(dir.filePath(QStringLiteral("ocrmypdf.pdf"))).size()));
    if (pdfPages(joined) != pngs.size() || common < expected.size() * 9 / 10) {
        std::fprintf(stderr, "the app's PDF misses pages or words\n");
        return 1;
    }
    return 0;
}
