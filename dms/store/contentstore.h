#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

class QIODevice;

namespace Aktenwerk::Dms {

using Model::Error;
using Model::Result;
using Model::Status;

struct ContentRef
{
    QString sha256;
    qint64 size = 0;
    bool deduplicated = false; ///< the content was already stored
};

/**
 * Content addressed by SHA-256, stored once, below <data>/content/ab/<sha256>.
 *
 * put*() makes the content durable before it returns — temporary file, fsync, rename, fsync
 * of the directory — so a database row that refers to it can commit afterwards and never
 * point at nothing, whatever moment the process dies. Every read verifies the hash.
 * Thread-safe: files are only ever created by rename and never changed.
 */
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::ContentStore)
public:
    explicit ContentStore(QString rootDir);

    QString rootDir() const { return m_root; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    Result<ContentRef> putFile(const QString &path, const std::atomic<bool> *cancel = nullptr) const;
    Result<ContentRef> putData(const QByteArray &data) const;
    Result<ContentRef> putDevice(QIODevice &device, const QString &sourceName,
                                 const std::atomic<bool> *cancel = nullptr) const;

    /** Re-reads the stored file and checks size and hash. */
    Status verify(const QString &sha256, qint64 expectedSize) const;
    /** Writes the content to @p target (atomically: temp file + rename) after checking the hash. */
    Status copyTo(const QString &sha256, qint64 expectedSize, const QString &target) const;
    /** Reads small content into memory, verified. */
    Result<QByteArray> read(const QString &sha256, qint64 expectedSize) const;

    /**
     * Takes over a temporary file written by the caller below rootDir()/tmp whose hash the
     * caller computed while writing (a download): fsync, rename into place, fsync the folder.
     */
    Status adoptTemporary(const QString &tmpPath, const QString &sha256) const;
    QString temporaryPath(const QString &name) const { return m_root + QStringLiteral("/tmp/") + name; }
    Status ensureTemporaryDir() const;

    /** Every stored hash (walks the folder): for orphan detection. */
    QStringList listAll() const;
    Status remove(const QString &sha256) const;
    /** Removes temporary files left by a process that died while writing. Returns the count. */
    int removeLeftovers();

private:
    Status ensureDir(const QString &dir) const;
    QString m_root;
};

/** fsync a directory, so a rename in it survives a crash. */
Status syncDirectory(const QString &dir);

} // namespace Aktenwerk::Dms
