#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Aktenwerk::Dms {

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
    };
    /** The kinds of content the worker reads. */
    static bool handles(const QString &mimeType);
    static Model::Result<Extraction> extract(const QString &path, const Limits &limits,
                                             const std::atomic<bool> *cancel = nullptr);
    static Model::Result<Extraction> extract(const QString &path) { return extract(path, Limits{}); }
    /** The worker program: $AKTENWERK_EXTRACT, next to this program, or ../libexec/aktenwerk/. */
    static QString workerPath();
};

} // namespace Aktenwerk::Dms
