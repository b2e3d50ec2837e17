#include "dms/store/folderlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

struct flock wholeFile(short type)
{
    struct flock l;
    std::memset(&l, 0, sizeof l);
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = 0;
    l.l_len = 0; // to the end, however long
    return l;
}

FolderLock::Holder readHolder(int fd)
{
    FolderLock::Holder h;
    char buf[1024];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return h;
    const QStringList lines = QString::fromUtf8(buf, static_cast<qsizetype>(n)).split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        h.pid = lines.at(0).trimmed().toLongLong();
    if (lines.size() > 1)
        h.host = lines.at(1).trimmed();
    if (lines.size() > 2)
        h.program = lines.at(2).trimmed();
    return h;
}

} // namespace

FolderLock::~FolderLock()
{
    release();
}

FolderLock::FolderLock(FolderLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{ }

FolderLock &FolderLock::operator=(FolderLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

Result<FolderLock> FolderLock::acquire(const QString &path, Holder *heldBy)
{
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return fail(ErrorCode::Io,
            tr("Cannot open the lock file %1: %2.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));

    struct flock l = wholeFile(F_WRLCK);
    int rc = -1;
    do {
        rc = ::fcntl(fd, F_OFD_SETLK, &l);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        const int err = errno;
        if (err == EAGAIN || err == EACCES) {
            const Holder h = readHolder(fd);
            ::close(fd);
            if (heldBy)
                *heldBy = h;
            return fail(ErrorCode::Locked, tr("The lock file %1 is held by another process.").arg(path),
                QStringLiteral("pid %1 host %2 program %3").arg(h.pid).arg(h.host, h.program));
        }
        ::close(fd);
        return fail(ErrorCode::Io,
            tr("Cannot lock %1: %2.").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(err))));
    }

    // Ours now: say who holds it, for the message another process shows. Best effort — the lock
    // itself is the kernel's, not the file's content.
    const QString program = QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    const QByteArray info = QByteArray::number(::getpid()) + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
        + QFileInfo(program).fileName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0) {
        const ssize_t written = ::pwrite(fd, info.constData(), static_cast<size_t>(info.size()), 0);
        Q_UNUSED(written);
    }
    FolderLock lock;
    lock.m_fd = fd;
    return lock;
}

void FolderLock::release()
{
    if (m_fd < 0)
        return;
    // Forget the holder's name first, then let go (closing the descriptor releases the lock).
    if (::ftruncate(m_fd, 0) != 0) {
        // Nothing to do: the name of a holder that is gone is never read while nobody holds it.
    }
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Aktenwerk::Dms
