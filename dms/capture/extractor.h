#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QProcess;

namespace Aktenwerk::Dms {

/** A file attached to an e-mail, as the worker decoded it. */
struct MailAttachment
{
    QString fileName; ///< as the sender named it (decoded); may be empty
    QString mimeType;
    QByteArray data;  ///< empty when left out (see reason)
    qint64 size = 0;
    QString reason;   ///< why the bytes were left out or are doubtful, for the clerk
};

/** What the extraction worker found in one file. */
struct Extraction
{
    enum class Status {
        Ok,      ///< text (possibly empty), pages and metadata were read
        Failed,  ///< the worker says why (damaged, password, not a PDF)
        Limit,   ///< killed at its time or CPU limit
        Crashed, ///< the worker died (the parser crashed or ran out of memory)
    };
    Status status = Status::Failed;
    QString reason; ///< for everything but Ok: one line for the clerk
    int pages = 0;
    QString text;
    QString title, author, subject, keywords, created;
    QByteArray thumbnailPng;
    QString kind; ///< "pdf", "mail", "image"
    int width = 0, height = 0; ///< images: the first page in pixels

    // E-mail (kind "mail"): the header fields and the attachments; text is the body.
    QString mailFrom;
    QStringList mailTo, mailCc;
    QString mailDate; ///< ISO 8601 UTC, empty when missing
    QString mailMessageId;
    QList<MailAttachment> attachments;
    QStringList notes; ///< what the worker could not read fully (limits, damage), for the clerk

    static QString statusName(Status s);
};

/**
 * Runs the extraction worker (aktenwerk-extract) on one file, in its own process with a CPU
 * limit, an address-space limit, no network, and a wall-clock limit enforced from here.
 * Never fails because of the file: a bad file gives an Extraction with a reason. Fails only
 * when the worker cannot be started at all.
 */
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Extractor)
public:
    struct Limits
    {
        int wallSeconds = 30;
        int cpuSeconds = 20;
        int memoryMiB = 1024;
        qint64 maxTextBytes = 16 * 1024 * 1024;
        qint64 maxAttachmentBytes = 32 * 1024 * 1024; ///< e-mail attachments handed back, together
        bool attachments = true; ///< false: the mail's attachments are listed without their bytes
    };
    /** The kinds of content the worker reads. */
    static bool handles(const QString &mimeType);
    /** The worker's reader for a MIME type: "pdf", "mail", "image", or empty. */
    static QString readerFor(const QString &mimeType);
    /**
     * Reads @p path as @p mimeType says (a PDF where it says nothing the worker knows), in a
     * worker process started for this one file. Many files: ExtractionSession.
     */
    static Model::Result<Extraction> extract(const QString &path, const QString &mimeType, const Limits &limits,
                                             const std::atomic<bool> *cancel = nullptr);
    static Model::Result<Extraction> extract(const QString &path, const Limits &limits,
                                             const std::atomic<bool> *cancel = nullptr)
    {
        return extract(path, QStringLiteral("application/pdf"), limits, cancel);
    }
    static Model::Result<Extraction> extract(const QString &path) { return extract(path, Limits{}); }
    /** The worker program: $AKTENWERK_EXTRACT, next to this program, or ../libexec/aktenwerk/. */
    static QString workerPath();
    /**
     * One of our helper programs (@p name, e.g. aktenwerk-render): $@p envVariable, next to this
     * program, in ../libexec/aktenwerk/, or next to the extraction worker named by $AKTENWERK_EXTRACT.
     */
    static QString programPath(const QString &name, const char *envVariable);
};

/**
 * One serving extraction worker (aktenwerk-extract --serve) that reads file after file: the
 * program's start-up (≈ 25 ms of linking and set-up) is paid once, not per file. The limits
 * still hold per file — processor time through the worker's renewed soft limit, wall time from
 * here — and a file that crashes the worker, spins or hangs costs only its own result: the
 * process is restarted for the next file. The process is also renewed every recycleAfter files.
 * Use one session per thread; a session is not thread-safe.
 */
class ExtractionSession
{
public:
    static constexpr int recycleAfter = 200;
    ExtractionSession();
    ~ExtractionSession();
    ExtractionSession(const ExtractionSession &) = delete;
    ExtractionSession &operator=(const ExtractionSession &) = delete;

    Model::Result<Extraction> extract(const QString &path, const QString &mimeType, const Extractor::Limits &limits,
                                      const std::atomic<bool> *cancel = nullptr);
    /** How many worker processes this session has started (one, unless files killed them). */
    int processesStarted() const { return m_started; }

private:
    void stop();
    std::unique_ptr<QProcess> m_process;
    int m_served = 0;
    int m_started = 0;
    int m_cpuSeconds = 0;
    int m_memoryMiB = 0;
};

} // namespace Aktenwerk::Dms
