#include "dms/store/contentstore.h"

#include "dms/faultinjection.h"
#include "dms/store/sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

namespace {

constexpr qint64 kChunk = 1 << 20;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error ioError(int err, const QString &message, const QString &path)
{
    if (err == ENOSPC || err == EDQUOT)
        return Error{ErrorCode::DiskFull,
                     QCoreApplication::translate("Aktenwerk::Dms::ContentStore",
                                                 "The disk is full. Free some space and try again."),
                     path + QStringLiteral(": ") + errnoText(err)};
    return Error{ErrorCode::Io, message, path + QStringLiteral(": ") + errnoText(err)};
}

/** Writes all of @p size bytes, retrying on EINTR and short writes. */
bool writeAll(int fd, const char *data, qint64 size, int *err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

/** Streams a file through SHA-256; returns hex and size. */
Result<std::pair<QString, qint64>> hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("Aktenwerk::Dms::ContentStore", "Cannot read %1.").arg(path),
                    f.errorString());
    Sha256 h;
    qint64 total = 0;
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("Aktenwerk::Dms::ContentStore", "Cannot read %1.").arg(path),
                        f.errorString());
        if (n == 0)
            break;
        h.update(buf.constData(), n);
        total += n;
    }
    return std::pair{h.finalHex(), total};
}

} // namespace

Status syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioError(errno, QCoreApplication::translate("Aktenwerk::Dms::ContentStore",
                                                                          "Cannot open the folder %1.").arg(dir),
                                       dir));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioError(err, QCoreApplication::translate("Aktenwerk::Dms::ContentStore",
                                                                        "Cannot flush the folder %1 to disk.").arg(dir),
                                       dir));
    return {};
}

ContentStore::ContentStore(QString rootDir)
    : m_root(std::move(rootDir))
{
}

QString ContentStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool ContentStore::contains(const QString &sha256) const
{
    return Sha256::isValidHex(sha256) && QFileInfo::exists(pathFor(sha256));
}

Status ContentStore::ensureDir(const QString &dir) const
{
    if (QFileInfo(dir).isDir())
        return {};
    if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0 && errno != EEXIST)
        return std::unexpected(ioError(errno, tr("Cannot create the folder %1.").arg(dir), dir));
    // The new directory entry must survive a crash too.
    return syncDirectory(QFileInfo(dir).absolutePath());
}

Result<ContentRef> ContentStore::putFile(const QString &path, const std::atomic<bool> *cancel) const
{
    QFile f(path);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorCode::InvalidArgument, tr("%1 is a folder, not a file.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the file %1.").arg(path), f.errorString());
    return putDevice(f, path, cancel);
}

Result<ContentRef> ContentStore::putData(const QByteArray &data) const
{
    QByteArray copy = data;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    return putDevice(buf, QStringLiteral("<memory>"));
}

Result<ContentRef> ContentStore::putDevice(QIODevice &device, const QString &sourceName,
                                           const std::atomic<bool> *cancel) const
{
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    if (auto s = ensureDir(m_root); !s)
        return std::unexpected(s.error());
    if (auto s = ensureDir(tmpDir); !s)
        return std::unexpected(s.error());

    const QString tmpPath = tmpDir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
        + QStringLiteral(".part");
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return std::unexpected(ioError(errno, tr("Cannot create a file in the content store."), tmpPath));

    auto abandon = [&](Error e) -> Result<ContentRef> {
        ::close(fd);
        ::unlink(tmpName.constData());
        return std::unexpected(std::move(e));
    };

    Sha256 hash;
    qint64 total = 0;
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return abandon(Error{ErrorCode::Cancelled, tr("Cancelled."), sourceName});
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0)
            return abandon(Error{ErrorCode::Io, tr("Cannot read %1.").arg(sourceName), device.errorString()});
        if (n == 0)
            break;
        hash.update(buf.constData(), n);
        int err = 0;
        if (FaultInjection::shouldFail("content.write"))
            return abandon(ioError(ENOSPC, {}, tmpPath));
        if (!writeAll(fd, buf.constData(), n, &err))
            return abandon(ioError(err, tr("Cannot write to the content store."), tmpPath));
        total += n;
    }
    FaultInjection::hit("content.before-fsync");
    if (::fsync(fd) != 0)
        return abandon(ioError(errno, tr("Cannot flush the content to disk."), tmpPath));
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return std::unexpected(ioError(err, tr("Cannot write to the content store."), tmpPath));
    }

    ContentRef ref{hash.finalHex(), total, false};
    const QString target = pathFor(ref.sha256);
    const QString targetDir = QFileInfo(target).absolutePath();
    if (auto s = ensureDir(targetDir); !s) {
        ::unlink(tmpName.constData());
        return std::unexpected(s.error());
    }

    // Stored once. An existing copy is trusted only if it still verifies; a damaged copy
    // is replaced by the good bytes we just wrote.
    if (QFileInfo::exists(target) && verify(ref.sha256, ref.size)) {
        ::unlink(tmpName.constData());
        ref.deduplicated = true;
        return ref;
    }

    ::chmod(tmpName.constData(), 0444);
    FaultInjection::hit("content.before-rename");
    if (::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return std::unexpected(ioError(err, tr("Cannot store the content."), target));
    }
    FaultInjection::hit("content.before-dirsync");
    if (auto s = syncDirectory(targetDir); !s)
        return std::unexpected(s.error());
    FaultInjection::hit("content.after-store");
    return ref;
}

Status ContentStore::verify(const QString &sha256, qint64 expectedSize) const
{
    const QString path = pathFor(sha256);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::Integrity, tr("The content %1 is missing from the content store.").arg(sha256.left(12)),
                    path);
    auto h = hashFile(path);
    if (!h)
        return std::unexpected(h.error());
    if (expectedSize >= 0 && h->second != expectedSize)
        return fail(ErrorCode::Integrity,
                    tr("The content %1 is damaged: its size is wrong.").arg(sha256.left(12)),
                    QStringLiteral("%1: %2 bytes, expected %3").arg(path).arg(h->second).arg(expectedSize));
    if (h->first != sha256)
        return fail(ErrorCode::Integrity, tr("The content %1 is damaged: its checksum is wrong.").arg(sha256.left(12)),
                    path + QStringLiteral(": sha256 ") + h->first);
    return {};
}

Status ContentStore::copyTo(const QString &sha256, qint64 expectedSize, const QString &target) const
{
    const QString path = pathFor(sha256);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Integrity, tr("The content %1 is missing from the content store.").arg(sha256.left(12)),
                    path + QStringLiteral(": ") + in.errorString());
    const QString tmp = target + QStringLiteral(".aktenwerk-part");
    QFile out(tmp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(target), out.errorString());
    Sha256 h;
    qint64 total = 0;
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0) {
            out.remove();
            return fail(ErrorCode::Io, tr("Cannot read %1.").arg(path), in.errorString());
        }
        if (n == 0)
            break;
        h.update(buf.constData(), n);
        total += n;
        if (out.write(buf.constData(), n) != n) {
            const QString why = out.errorString();
            out.remove();
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(target), why);
        }
    }
    const QString actual = h.finalHex();
    if (actual != sha256 || (expectedSize >= 0 && total != expectedSize)) {
        out.remove();
        return fail(ErrorCode::Integrity,
                    tr("The content %1 is damaged: its checksum is wrong. Nothing was written.").arg(sha256.left(12)),
                    path + QStringLiteral(": sha256 ") + actual);
    }
    if (!out.flush()) {
        out.remove();
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(target), out.errorString());
    }
    out.close();
    QFile::remove(target);
    if (!QFile::rename(tmp, target)) {
        QFile::remove(tmp);
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(target));
    }
    return {};
}

Result<QByteArray> ContentStore::read(const QString &sha256, qint64 expectedSize) const
{
    QFile in(pathFor(sha256));
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Integrity, tr("The content %1 is missing from the content store.").arg(sha256.left(12)),
                    in.errorString());
    const QByteArray data = in.readAll();
    if (Sha256::hex(data) != sha256 || (expectedSize >= 0 && data.size() != expectedSize))
        return fail(ErrorCode::Integrity, tr("The content %1 is damaged: its checksum is wrong.").arg(sha256.left(12)),
                    pathFor(sha256));
    return data;
}

Status ContentStore::ensureTemporaryDir() const
{
    if (auto s = ensureDir(m_root); !s)
        return s;
    return ensureDir(m_root + QStringLiteral("/tmp"));
}

Status ContentStore::adoptTemporary(const QString &tmpPath, const QString &sha256) const
{
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    const int fd = ::open(tmpName.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioError(errno, tr("Cannot store the content."), tmpPath));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioError(err, tr("Cannot flush the content to disk."), tmpPath));
    const QString target = pathFor(sha256);
    const QString targetDir = QFileInfo(target).absolutePath();
    if (auto s = ensureDir(targetDir); !s)
        return s;
    ::chmod(tmpName.constData(), 0444);
    if (::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0)
        return std::unexpected(ioError(errno, tr("Cannot store the content."), target));
    return syncDirectory(targetDir);
}

QStringList ContentStore::listAll() const
{
    QStringList out;
    const QDir root(m_root);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() != 2)
            continue;
        for (const QString &name : QDir(root.filePath(sub)).entryList(QDir::Files)) {
            if (Sha256::isValidHex(name) && name.startsWith(sub))
                out << name;
        }
    }
    return out;
}

Status ContentStore::remove(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return std::unexpected(ioError(errno, tr("Cannot remove %1.").arg(path), path));
    return {};
}

int ContentStore::removeLeftovers()
{
    int n = 0;
    QDir tmp(m_root + QStringLiteral("/tmp"));
    for (const QString &name : tmp.entryList({QStringLiteral("*.part")}, QDir::Files)) { // downloads (*.download) are resumed
        if (tmp.remove(name))
            ++n;
    }
    return n;
}

} // namespace Aktenwerk::Dms
