#include "ocr.h"

#include "extractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QThread>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <csignal>
#include <memory>
#include <thread>
#include <vector>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;
using Model::Result;

bool OcrResult::complete() const
{
    return !pages.isEmpty() && failedPages() == 0;
}

int OcrResult::failedPages() const
{
    int n = 0;
    for (const OcrPage &p : pages)
        n += p.ok() ? 0 : 1;
    return n;
}

QString Ocr::workerPath()
{
    return Extractor::programPath(QStringLiteral("aktenwerk-ocr"), "AKTENWERK_OCR");
}

namespace {

/** The worker's failure codes, worded for the clerk. */
QString reasonFor(const QString &code, const QString &detail)
{
    if (code == QLatin1String("empty"))
        return Ocr::tr("The file is empty.");
    if (code == QLatin1String("unreadable"))
        return Ocr::tr("The file cannot be opened (%1).").arg(detail);
    if (code == QLatin1String("image-damaged"))
        return Ocr::tr("The page is not a readable image (PNG, TIFF, PNM or JPEG), or it is damaged.");
    if (code == QLatin1String("image-too-large"))
        return Ocr::tr("The page is too large to be recognised (more pixels than allowed).");
    if (code == QLatin1String("not-pdf"))
        return Ocr::tr("The file is not a PDF, although it is typed as one.");
    if (code == QLatin1String("damaged"))
        return Ocr::tr("The PDF is damaged and cannot be read.");
    if (code == QLatin1String("password"))
        return Ocr::tr("The PDF is protected by a password.");
    if (code == QLatin1String("no-page"))
        return Ocr::tr("The file has no page %1.").arg(detail);
    if (code == QLatin1String("no-language"))
        return Ocr::tr("The OCR languages %1 are not installed (tesseract-ocr-deu, tesseract-ocr-eng).").arg(detail);
    return Ocr::tr("The page could not be recognised (%1).").arg(code);
}

/**
 * One serving worker process, used from one thread. A page that kills it (crash, processor-time
 * limit) or outlasts the wall clock costs that page; the next page starts a new process.
 */
class WorkerProcess
{
public:
    explicit WorkerProcess(const Ocr::Options &options)
        : m_options(options)
    { }
    ~WorkerProcess() { stop(); }

    /** The answer, or (as an error) why this page got none. Cancel is ErrorCode::Cancelled. */
    Result<QJsonObject> ask(const QJsonObject &request, const std::atomic<bool> *cancel)
    {
        if (!m_process || m_process->state() != QProcess::Running) {
            if (auto s = start(); !s)
                return std::unexpected(s.error());
        }
        QProcess &p = *m_process;
        p.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (!out.contains('\n')) {
            if (p.state() == QProcess::NotRunning) {
                out += p.readAllStandardOutput();
                break;
            }
            if (cancel && cancel->load()) {
                stop();
                return fail(ErrorCode::Cancelled, Ocr::tr("Cancelled."));
            }
            if (clock.elapsed() > static_cast<qint64>(m_options.wallSecondsPerPage) * 1000) {
                stop();
                return fail(ErrorCode::Unavailable,
                    Ocr::tr("Recognising the page took longer than %n second(s); it was stopped.", nullptr,
                        m_options.wallSecondsPerPage));
            }
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        const qsizetype end = out.indexOf('\n');
        if (end < 0) {
            p.waitForFinished(5000);
            const bool cpu
                = p.exitStatus() == QProcess::CrashExit && (p.exitCode() == SIGXCPU || p.exitCode() == SIGKILL);
            const QString why = p.exitStatus() == QProcess::CrashExit ? QStringLiteral("signal %1").arg(p.exitCode())
                                                                      : QStringLiteral("exit %1").arg(p.exitCode());
            m_process.reset();
            if (cpu)
                return fail(ErrorCode::Unavailable,
                    Ocr::tr("Recognising the page used more than %n second(s) of processor time; it was stopped.",
                        nullptr, m_options.cpuSecondsPerPage),
                    why);
            return fail(ErrorCode::Internal, Ocr::tr("The page made the OCR program fail (%1).").arg(why), why);
        }
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(out.left(end), &err).object();
        if (err.error != QJsonParseError::NoError)
            return fail(ErrorCode::Internal, Ocr::tr("The OCR program gave no readable answer."), err.errorString());
        return o;
    }

private:
    Model::Status start()
    {
        const QString worker = Ocr::workerPath();
        if (worker.isEmpty())
            return fail(ErrorCode::Unsupported,
                QCoreApplication::translate(
                    "Aktenwerk::Dms::Ocr", "The OCR program (aktenwerk-ocr) is not installed."));
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // libgomp reads it when Tesseract loads: it must be in the environment the process starts with.
        env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        m_process->setProcessEnvironment(env);
        m_process->setProgram(worker);
        m_process->setArguments({ QStringLiteral("--serve"), QStringLiteral("--cpu"),
            QString::number(m_options.cpuSecondsPerPage), QStringLiteral("--memory"),
            QString::number(m_options.memoryMiB), QStringLiteral("--lang"), m_options.language });
        m_process->setStandardErrorFile(QProcess::nullDevice()); // Tesseract's and Leptonica's chatter
        m_process->start();
        if (!m_process->waitForStarted(10000)) {
            const QString why = m_process->errorString();
            m_process.reset();
            return fail(ErrorCode::Io,
                QCoreApplication::translate("Aktenwerk::Dms::Ocr", "The OCR program could not be started."), why);
        }
        return {};
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        if (m_process->state() != QProcess::NotRunning) {
            // A page being worked on is abandoned: no need to let it finish.
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    Ocr::Options m_options;
    std::unique_ptr<QProcess> m_process;
};

QJsonObject requestFor(const OcrSource &s, const Ocr::Options &o)
{
    QJsonObject q { { QStringLiteral("path"), s.path },
        { QStringLiteral("type"), s.kind == OcrSource::Kind::Pdf ? QStringLiteral("pdf") : QStringLiteral("image") },
        { QStringLiteral("page"), s.page }, { QStringLiteral("dpi"), o.dpi },
        { QStringLiteral("jpeg_quality"), o.jpegQuality } };
    if (s.copyOnly)
        q.insert(QStringLiteral("copy"), true);
    return q;
}

} // namespace

Result<OcrOrientation> Ocr::orientation(const QString &path, const Options &options)
{
    const QString worker = workerPath();
    if (worker.isEmpty())
        return fail(ErrorCode::Unsupported, tr("The OCR program (aktenwerk-ocr) is not installed."));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(worker, { QStringLiteral("--osd"), path, QStringLiteral("--cpu"), QString::number(options.cpuSecondsPerPage),
                        QStringLiteral("--memory"), QString::number(options.memoryMiB) });
    if (!p.waitForStarted(10000))
        return fail(ErrorCode::Io, tr("The OCR program could not be started."), p.errorString());
    if (!p.waitForFinished(options.wallSecondsPerPage * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        return fail(ErrorCode::Unavailable,
            tr("Recognising the page took longer than %n second(s); it was stopped.", nullptr,
                options.wallSecondsPerPage));
    }
    const QByteArray out = p.readAllStandardOutput();
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(out.left(out.indexOf('\n')), &err).object();
    if (err.error != QJsonParseError::NoError)
        return fail(ErrorCode::Internal, tr("The OCR program gave no readable answer."),
            QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err.errorString()));
    if (o.value(QLatin1String("status")).toString() != QLatin1String("ok")) {
        const QString code = o.value(QLatin1String("code")).toString();
        if (code == QLatin1String("no-text"))
            return fail(ErrorCode::InvalidArgument, tr("The page has too little text to tell how it stands."), code);
        return fail(ErrorCode::InvalidArgument, reasonFor(code, o.value(QLatin1String("detail")).toString()), code);
    }
    OcrOrientation r;
    r.rotate = o.value(QLatin1String("rotate")).toInt();
    r.confidence = o.value(QLatin1String("confidence")).toDouble();
    r.script = o.value(QLatin1String("script")).toString();
    return r;
}

Result<int> Ocr::pdfPageCount(const QString &path, const Options &options)
{
    WorkerProcess worker(options);
    auto a = worker.ask(QJsonObject { { QStringLiteral("path"), path },
                            { QStringLiteral("type"), QStringLiteral("pdf") }, { QStringLiteral("count"), true } },
        nullptr);
    if (!a)
        return std::unexpected(a.error());
    if (a->value(QLatin1String("status")).toString() != QLatin1String("ok"))
        return fail(ErrorCode::InvalidArgument,
            reasonFor(a->value(QLatin1String("code")).toString(), a->value(QLatin1String("detail")).toString()));
    return a->value(QLatin1String("pages")).toInt();
}

Result<OcrResult> Ocr::run(const QList<OcrSource> &sources, const QString &outputPdf, const Options &options,
    const std::atomic<bool> *cancel, const std::function<void(int, int)> &progress)
{
    if (workerPath().isEmpty())
        return fail(ErrorCode::Unsupported, tr("The OCR program (aktenwerk-ocr) is not installed."));
    OcrResult result;
    std::vector<OcrPage> pages(static_cast<size_t>(sources.size())); // one slot per page, each written by one thread
    const int total = static_cast<int>(sources.size());
    const int workers = qBound(1, options.workers > 0 ? options.workers : QThread::idealThreadCount(), qMax(1, total));
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> cancelled { false };

    // One thread per worker process; each thread takes the next page until none is left.
    auto work = [&]() {
        WorkerProcess worker(options);
        for (int i = next++; i < total; i = next++) {
            OcrPage &page = pages[static_cast<size_t>(i)];
            page.number = i + 1;
            if (cancelled.load())
                break;
            auto a = worker.ask(requestFor(sources.at(i), options), cancel);
            if (!a) {
                if (a.error().code == ErrorCode::Cancelled) {
                    cancelled = true;
                    break;
                }
                page.error = a.error().message;
            } else if (a->value(QLatin1String("status")).toString() != QLatin1String("ok")) {
                page.error = reasonFor(
                    a->value(QLatin1String("code")).toString(), a->value(QLatin1String("detail")).toString());
            } else {
                page.pdf = QByteArray::fromBase64(a->value(QLatin1String("pdf")).toString().toLatin1());
                if (!sources.at(i).copyOnly) {
                    page.text = a->value(QLatin1String("text")).toString();
                    page.confidence = a->value(QLatin1String("confidence")).toInt(-1);
                    page.lowConfidence = page.confidence < options.lowConfidenceBelow;
                }
            }
            const int n = ++done;
            if (progress)
                progress(n, total);
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(work);
    for (std::thread &t : threads)
        t.join();
    if (cancelled.load() || (cancel && cancel->load()))
        return fail(ErrorCode::Cancelled, tr("Cancelled."));
    result.pages = QList<OcrPage>(pages.begin(), pages.end());

    // A searchable PDF that silently misses a page would lose content: it is only written whole.
    if (result.complete() && !outputPdf.isEmpty()) {
        QList<QByteArray> pdfs;
        pdfs.reserve(result.pages.size());
        for (const OcrPage &p : std::as_const(result.pages))
            pdfs << p.pdf;
        if (auto s = join(pdfs, outputPdf); !s)
            return std::unexpected(s.error());
        result.pdfPath = outputPdf;
    }
    return result;
}

Model::Status Ocr::join(const QList<QByteArray> &pdfs, const QString &outputPdf)
{
    QByteArray joined;
    try {
        // The sources must outlive the writer: the pages copied keep referring to their objects.
        std::vector<std::unique_ptr<QPDF>> inputs;
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper target(out);
        for (const QByteArray &pdf : pdfs) {
            auto in = std::make_unique<QPDF>();
            in->setSuppressWarnings(true);
            in->processMemoryFile("page.pdf", pdf.constData(), static_cast<size_t>(pdf.size()));
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*in).getAllPages())
                target.addPage(page, false);
            inputs.push_back(std::move(in));
        }
        QPDFWriter w(out);
        w.setOutputMemory();
        // The images are already compressed as they should be (G4 or JPEG): copied, not re-encoded.
        w.setDecodeLevel(qpdf_dl_none);
        w.setCompressStreams(true);
        w.write();
        std::shared_ptr<Buffer> buf(w.getBufferSharedPointer());
        joined = QByteArray(reinterpret_cast<const char *>(buf->getBuffer()), static_cast<qsizetype>(buf->getSize()));
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal, tr("The recognised pages could not be joined into one PDF."),
            QString::fromLocal8Bit(e.what()));
    }
    QSaveFile f(outputPdf);
    if (!f.open(QIODevice::WriteOnly) || f.write(joined) != joined.size() || !f.commit())
        return fail(
            ErrorCode::Io, tr("The searchable PDF could not be written to %1.").arg(outputPdf), f.errorString());
    return {};
}

} // namespace Aktenwerk::Dms
