#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QSizeF>

#include <deque>
#include <optional>

class QProcess;
class QTimer;

namespace Aktenwerk::Client {

/**
 * The viewer's side of the render worker (aktenwerk-render): opens one document in it, asks for
 * pages at a pixel width and for the words of a page, and keeps rendered pages in a cache
 * bounded by bytes. Fully asynchronous: nothing here waits for the worker, answers come as
 * signals. One request is in flight at a time (the worker is sequential anyway), so a request
 * for a visible page can overtake the thumbnails still queued.
 *
 * A worker that crashes or is killed is started again for the next request (the document is
 * opened in it again first) and the viewer hears about it once per document; a request that
 * takes longer than the timeout fails for that page, and the worker is killed and replaced.
 */
class RenderClient : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Pdf, Image };
    struct Word
    {
        QString text;
        QRectF box; ///< fractions of the page
    };

    explicit RenderClient(QObject *parent = nullptr);
    ~RenderClient() override;

    /** $AKTENWERK_RENDER, next to this program, ../libexec/aktenwerk/, or next to aktenwerk-extract. */
    static QString workerPath();

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setCacheBytes(qint64 bytes) { m_cache.setMaxCost(bytes); }

    /** Opens @p path in the worker (the worker reads it, never this process): opened() or openFailed(). */
    void open(const QString &path);
    void close();
    bool isOpen() const { return m_opened; }
    Kind kind() const { return m_kind; }
    int pageCount() const { return static_cast<int>(m_sizes.size()); }
    QSizeF pageSize(int page) const { return m_sizes.value(page); }

    /** A page rendered at @p width before and still cached; a null image otherwise. */
    QImage cachedPage(int page, int width) const;
    bool pageFailed(int page, int width) const { return m_failedPages.contains(key(page, width)); }
    /** Queues a page; @p urgent puts it before everything queued (a page that is on screen now). */
    void requestPage(int page, int width, bool urgent = false);
    /** Drops queued page renders (the request in flight still answers). */
    void cancelQueuedPages();

    void requestText(int page);
    bool hasText(int page) const { return m_texts.contains(page); }
    QList<Word> text(int page) const { return m_texts.value(page); }

    /** The running worker's process id, 0 if none runs (for tests and diagnostics). */
    qint64 workerPid() const;
    int workerStarts() const { return m_workerStarts; }

Q_SIGNALS:
    void opened();
    void openFailed(const QString &reason);
    void pageReady(int page, int width, const QImage &image);
    void pageError(int page, int width, const QString &reason);
    void textReady(int page);
    /** The worker died and was (or will be, at the next request) replaced; once per document. */
    void workerRestarted(const QString &message);

private:
    enum class Op { Open, Render, Text };
    struct Request
    {
        Op op = Op::Render;
        int page = 0;
        int width = 0;
        bool reopen = false; ///< opening again in a fresh worker: no opened() signal
        quint32 id = 0;
    };

    static quint64 key(int page, int width) { return (static_cast<quint64>(page) << 32) | static_cast<quint32>(width); }
    void pump();
    void startWorker();
    void stopWorker();
    void readAnswers();
    void handle(const QByteArray &payload);
    void requestFailed(const Request &request, const QString &reason);
    void timedOut();
    void workerDied();
    static QString reasonFor(const QString &code, Op op);

    QProcess *m_process = nullptr;
    QTimer *m_timer;
    QByteArray m_buffer;
    QString m_path;
    bool m_opened = false;
    bool m_workerHasDocument = false;
    bool m_restartReported = false;
    int m_reopenFailures = 0;
    int m_workerStarts = 0;
    int m_timeoutMs = 20000;
    quint32 m_nextId = 1;
    Kind m_kind = Kind::None;
    QList<QSizeF> m_sizes;
    std::deque<Request> m_queue;
    std::optional<Request> m_inFlight;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_failedPages;
    QHash<int, QList<Word>> m_texts;
};

} // namespace Aktenwerk::Client
