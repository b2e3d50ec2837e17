#include "client/renderclient.h"

#include "dms/capture/extractor.h"
#include "dms/capture/renderprotocol.h"

#include <QDataStream>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcRender, "aktenwerk.client.render")

namespace Aktenwerk::Client {

namespace Proto = Dms::RenderProtocol;

namespace {
constexpr qint64 defaultCacheBytes = 192ll << 20;
constexpr int maxPages = 100000;
constexpr qsizetype maxWords = 1000000;

/**
 * Reads a QList written by QDataStream, but with the element count checked first: Qt's own
 * operator reserves whatever count the stream claims, and a worker that a file took over could
 * claim billions and bring this process down with it.
 */
template<typename T> bool readList(QDataStream &in, QList<T> &list, qsizetype max)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > static_cast<quint32>(max))
        return false;
    list.clear();
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        T value;
        in >> value;
        list.append(value);
    }
    return in.status() == QDataStream::Ok;
}
} // namespace

RenderClient::RenderClient(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RenderClient::timedOut);
    m_cache.setMaxCost(defaultCacheBytes);
}

RenderClient::~RenderClient()
{
    stopWorker();
}

QString RenderClient::workerPath()
{
    return Dms::Extractor::programPath(QStringLiteral("aktenwerk-render"), "AKTENWERK_RENDER");
}

void RenderClient::open(const QString &path)
{
    close();
    m_path = path;
    m_queue.push_back(Request { Op::Open, 0, 0, false, 0 });
    pump();
}

void RenderClient::close()
{
    m_path.clear();
    m_opened = false;
    m_kind = Kind::None;
    m_sizes.clear();
    m_queue.clear();
    m_cache.clear();
    m_failedPages.clear();
    m_texts.clear();
    m_restartReported = false;
    m_reopenFailures = 0;
    // A worker busy with the previous document may be busy for long (a heavy page): it is
    // replaced rather than waited for. An idle one simply opens the next document.
    if (m_inFlight)
        stopWorker();
    m_inFlight.reset();
    m_timer->stop();
    m_workerHasDocument = false;
}

QImage RenderClient::cachedPage(int page, int width) const
{
    if (const QImage *image = m_cache.object(key(page, width)))
        return *image;
    return {};
}

void RenderClient::requestPage(int page, int width, bool urgent)
{
    if (!m_opened || page < 0 || page >= pageCount() || width <= 0)
        return;
    const quint64 k = key(page, width);
    if (m_cache.contains(k) || m_failedPages.contains(k))
        return;
    if (m_inFlight && m_inFlight->op == Op::Render && m_inFlight->page == page && m_inFlight->width == width)
        return;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->op == Op::Render && it->page == page && it->width == width) {
            if (!urgent)
                return;
            m_queue.erase(it);
            break;
        }
    }
    const Request r { Op::Render, page, width, false, 0 };
    if (urgent) {
        // After a pending (re)open, before everything else.
        auto at = m_queue.begin();
        while (at != m_queue.end() && at->op == Op::Open)
            ++at;
        m_queue.insert(at, r);
    } else {
        m_queue.push_back(r);
    }
    pump();
}

void RenderClient::cancelQueuedPages()
{
    std::erase_if(m_queue, [](const Request &r) { return r.op == Op::Render; });
}

void RenderClient::requestText(int page)
{
    if (!m_opened || page < 0 || page >= pageCount() || m_texts.contains(page))
        return;
    if (m_inFlight && m_inFlight->op == Op::Text && m_inFlight->page == page)
        return;
    for (const Request &r : m_queue) {
        if (r.op == Op::Text && r.page == page)
            return;
    }
    m_queue.push_back(Request { Op::Text, page, 0, false, 0 });
    pump();
}

qint64 RenderClient::workerPid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

void RenderClient::startWorker()
{
    const QString program = workerPath();
    if (program.isEmpty()) {
        m_queue.clear();
        m_opened = false;
        Q_EMIT openFailed(tr("The display program (aktenwerk-render) is not installed."));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel); // Poppler's complaints go to our log
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RenderClient::readAnswers);
    connect(m_process, &QProcess::started, this, &RenderClient::pump);
    connect(m_process, &QProcess::finished, this, &RenderClient::workerDied);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qCWarning(lcRender) << "cannot start" << m_process->program() << m_process->errorString();
        stopWorker();
        m_queue.clear();
        m_inFlight.reset();
        m_opened = false;
        Q_EMIT openFailed(tr("The display program (aktenwerk-render) could not be started."));
    });
    m_buffer.clear();
    m_workerHasDocument = false;
    ++m_workerStarts;
    m_process->start();
}

void RenderClient::stopWorker()
{
    if (!m_process)
        return;
    QProcess *p = std::exchange(m_process, nullptr);
    disconnect(p, nullptr, this, nullptr);
    p->setParent(nullptr);
    if (p->state() == QProcess::NotRunning) {
        p->deleteLater();
        return;
    }
    // Killed, then reaped when it is gone: nothing here waits for it.
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    p->kill();
}

void RenderClient::pump()
{
    if (m_inFlight || m_queue.empty())
        return;
    if (!m_process) {
        startWorker();
        return; // started() pumps again
    }
    if (m_process->state() != QProcess::Running)
        return;
    if (!m_workerHasDocument && m_queue.front().op != Op::Open) {
        if (m_path.isEmpty())
            return;
        m_queue.push_front(Request { Op::Open, 0, 0, true, 0 }); // a fresh worker: the document again
    }
    Request r = m_queue.front();
    m_queue.pop_front();
    r.id = m_nextId++;
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(Proto::streamVersion);
    switch (r.op) {
    case Op::Open:
        out << r.id << static_cast<quint8>(Proto::Op::Open) << m_path;
        m_workerHasDocument = true; // from here on the worker answers for this document
        break;
    case Op::Render:
        out << r.id << static_cast<quint8>(Proto::Op::Render) << static_cast<qint32>(r.page)
            << static_cast<qint32>(r.width);
        break;
    case Op::Text:
        out << r.id << static_cast<quint8>(Proto::Op::Text) << static_cast<qint32>(r.page);
        break;
    }
    m_inFlight = r;
    m_process->write(Proto::frame(payload));
    m_timer->start(m_timeoutMs);
}

void RenderClient::readAnswers()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    for (;;) {
        bool broken = false;
        const std::optional<QByteArray> payload = Proto::takeFrame(m_buffer, &broken);
        if (broken) {
            qCWarning(lcRender) << "the render worker sent a broken frame";
            const std::optional<Request> lost = std::exchange(m_inFlight, std::nullopt);
            m_timer->stop();
            stopWorker();
            if (lost) {
                requestFailed(*lost,
                    lost->op == Op::Open ? tr("The file is damaged and cannot be displayed.")
                                         : tr("The page could not be displayed."));
            }
            pump();
            return;
        }
        if (!payload)
            return;
        handle(*payload);
        if (!m_process)
            return;
    }
}

void RenderClient::handle(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(Proto::streamVersion);
    quint32 id = 0;
    quint8 op = 0, status = 0;
    in >> id >> op >> status;
    if (!m_inFlight || id != m_inFlight->id)
        return; // an answer for a document or request given up
    const Request r = *m_inFlight;
    m_inFlight.reset();
    m_timer->stop();

    if (status != 0) {
        QString code, detail;
        in >> code >> detail;
        qCInfo(lcRender) << "render worker:" << code << detail;
        requestFailed(r, reasonFor(code, r.op));
        pump();
        return;
    }
    switch (r.op) {
    case Op::Open: {
        quint8 kind = 0;
        QList<QSizeF> sizes;
        in >> kind;
        readList(in, sizes, maxPages);
        const bool sane = in.status() == QDataStream::Ok && !sizes.isEmpty() && sizes.size() <= maxPages
            && std::all_of(sizes.cbegin(), sizes.cend(), [](const QSizeF &s) {
                   return std::isfinite(s.width()) && std::isfinite(s.height()) && s.width() > 0 && s.height() > 0
                       && s.width() < 1e6 && s.height() < 1e6;
               });
        if (!sane
            || (kind != static_cast<quint8>(Proto::Kind::Pdf) && kind != static_cast<quint8>(Proto::Kind::Image))) {
            requestFailed(r, tr("The file is damaged and cannot be displayed."));
            break;
        }
        if (r.reopen) {
            m_reopenFailures = 0;
            break; // the same document in a fresh worker: the viewer knows it already
        }
        m_kind = kind == static_cast<quint8>(Proto::Kind::Pdf) ? Kind::Pdf : Kind::Image;
        m_sizes = sizes;
        m_opened = true;
        Q_EMIT opened();
        break;
    }
    case Op::Render: {
        qint32 width = 0, height = 0;
        QByteArray pixels;
        in >> width >> height >> pixels;
        if (in.status() != QDataStream::Ok || width != r.width || height <= 0 || height > Proto::maxSide
            || pixels.size() != static_cast<qsizetype>(width) * height * 4) {
            requestFailed(r, tr("The page could not be displayed."));
            break;
        }
        const QImage image = QImage(reinterpret_cast<const uchar *>(pixels.constData()), width, height, width * 4,
            QImage::Format_ARGB32_Premultiplied)
                                 .copy();
        m_cache.insert(key(r.page, r.width), new QImage(image), image.sizeInBytes());
        Q_EMIT pageReady(r.page, r.width, image);
        break;
    }
    case Op::Text: {
        QStringList words;
        QList<QRectF> boxes;
        if (!readList(in, words, maxWords) || !readList(in, boxes, maxWords)) {
            words.clear();
            boxes.clear();
        }
        QList<Word> text;
        if (in.status() == QDataStream::Ok && words.size() == boxes.size() && words.size() <= maxWords) {
            text.reserve(words.size());
            for (qsizetype i = 0; i < words.size(); ++i)
                text.append(Word { words.at(i), boxes.at(i) });
        }
        m_texts.insert(r.page, text);
        Q_EMIT textReady(r.page);
        break;
    }
    }
    pump();
}

void RenderClient::requestFailed(const Request &request, const QString &reason)
{
    switch (request.op) {
    case Op::Open:
        if (request.reopen && ++m_reopenFailures < 2) {
            m_workerHasDocument = false; // opened once more before the viewer gives up
            return;
        }
        m_queue.clear();
        m_opened = false;
        Q_EMIT openFailed(reason);
        return;
    case Op::Render:
        m_failedPages.insert(key(request.page, request.width));
        Q_EMIT pageError(request.page, request.width, reason);
        return;
    case Op::Text:
        m_texts.insert(request.page, {}); // no words: find skips the page
        Q_EMIT textReady(request.page);
        return;
    }
}

void RenderClient::timedOut()
{
    if (!m_inFlight)
        return;
    const Request lost = *m_inFlight;
    m_inFlight.reset();
    qCWarning(lcRender) << "render worker did not answer within" << m_timeoutMs << "ms; replacing it";
    stopWorker();
    requestFailed(lost,
        lost.op == Op::Open ? tr("Opening the file for display took too long; it was stopped.")
                            : tr("The page could not be displayed."));
    pump();
}

void RenderClient::workerDied()
{
    qCWarning(lcRender) << "render worker ended:" << m_process->exitStatus() << m_process->exitCode();
    const std::optional<Request> lost = std::exchange(m_inFlight, std::nullopt);
    m_timer->stop();
    stopWorker();
    if (!m_restartReported && m_opened) {
        m_restartReported = true;
        Q_EMIT workerRestarted(tr("The display program stopped unexpectedly; it is started again."));
    }
    if (lost) {
        // The request that was running when it died is most likely what killed it: not again.
        requestFailed(*lost,
            lost->op == Op::Open ? tr("The file made the display program stop.")
                                 : tr("The page could not be displayed."));
    }
    pump();
}

QString RenderClient::reasonFor(const QString &code, Op op)
{
    if (op != Op::Open)
        return tr("The page could not be displayed.");
    if (code == QLatin1String("empty"))
        return tr("The file is empty.");
    if (code == QLatin1String("unreadable"))
        return tr("The file cannot be read.");
    if (code == QLatin1String("unsupported"))
        return tr("No preview for this type of file.");
    if (code == QLatin1String("password"))
        return tr("The PDF is protected by a password and cannot be displayed.");
    if (code == QLatin1String("no-pages"))
        return tr("The PDF is damaged: it has no pages.");
    return tr("The file is damaged and cannot be displayed.");
}

} // namespace Aktenwerk::Client
