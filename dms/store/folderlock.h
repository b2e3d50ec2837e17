#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QString>

namespace Aktenwerk::Dms {

/**
 * The one-writer lock of a data folder: an open-file-description lock (fcntl F_OFD_SETLK) on
 * <data>/aktenwerk.lock.
 *
 * The kernel holds the lock for exactly as long as the holder's file descriptor is open, so it
 * is released when the process ends in any way — kill -9 included — and it is never judged by a
 * process id, which the system hands out again (a lock file that names a pid can look taken by
 * whatever process got that number next). It also refuses a second holder in the same process.
 * The file itself stays; while the lock is held it names the holder (pid, host, program) for the
 * message a second process shows.
 */
class FolderLock
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::FolderLock)
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString program;
    };

    FolderLock() = default;
    ~FolderLock();
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;
    FolderLock(FolderLock &&other) noexcept;
    FolderLock &operator=(FolderLock &&other) noexcept;

    /**
     * Takes the lock without waiting. Fails with ErrorCode::Locked when another holder has it
     * (its pid, host and program in holder() of the error's detail), ErrorCode::Io otherwise.
     */
    [[nodiscard]] static Model::Result<FolderLock> acquire(const QString &path, Holder *heldBy = nullptr);

    bool isHeld() const { return m_fd >= 0; }
    void release();

private:
    int m_fd = -1;
};

} // namespace Aktenwerk::Dms
