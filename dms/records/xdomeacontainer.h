#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Aktenwerk::Dms {

using Model::Error;
using Model::ErrorCode;
using Model::fail;
using Model::Result;
using Model::Status;

/**
 * An xdomea transport container: a flat ZIP named `<ProzessID>_<Nachrichtenname>.zip` holding
 * the message `<ProzessID>_<Nachrichtenname>.xml` and the primary files `UUID_name.ext` (libzip).
 *
 * Writing streams: files are read from disk while the archive is written, so a transfer of
 * any size is never held in memory; the ZIP appears under its name only when complete.
 *
 * Reading treats the container as hostile: every member name must be a plain file name (no
 * folder, no "..", no absolute or drive path, no control character, valid UTF-8), no symbolic
 * links, no encryption, no member twice (letter case ignored), and the sizes stay within limits
 * — declared and actually unpacked, so a ZIP bomb that lies in its headers is stopped while it
 * unpacks. Members are written only into the target folder, each as a new file.
 */
class XdomeaContainer
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::XdomeaContainer)
public:
    struct Limits
    {
        int maxMembers = 200000;
        qint64 maxMemberSize = qint64(16) << 30; ///< 16 GiB
        qint64 maxTotalSize = qint64(64) << 30; ///< 64 GiB unpacked
        qint64 maxMessageSize = qint64(512) << 20; ///< the XML message: 512 MiB
        double maxRatio = 200; ///< unpacked : packed, for members above 1 MiB
    };
    struct Member
    {
        QString name;
        qint64 size = 0;
        QString sha256; ///< hex, of the unpacked bytes (when unpacked)
    };
    struct Unpacked
    {
        QString message; ///< the message's member name
        QList<Member> members; ///< all members in container order, the message among them
        qint64 totalSize = 0;
    };

    /** Whether @p name is acceptable as a member name (a plain file name). */
    static bool isPlainName(const QString &name);

    /**
     * Checks the container @p zipPath and unpacks it into the existing, empty folder @p target.
     * The message is the one `.xml` member whose name is the container's name with `.xml`
     * (or, failing that, the only `.xml` member). On refusal nothing stays in @p target.
     */
    static Result<Unpacked> unpack(
        const QString &zipPath, const QString &target, const Limits &limits, const std::atomic<bool> *cancel = nullptr);
    static Result<Unpacked> unpack(const QString &zipPath, const QString &target);

    /** The member names of @p zipPath as they are, checked like unpack() but nothing written. */
    static Result<QList<Member>> list(const QString &zipPath, const Limits &limits);
    static Result<QList<Member>> list(const QString &zipPath);

    /** Writes a container: add members, then finish() (or the part file is removed). */
    class Writer
    {
    public:
        explicit Writer(QString zipPath);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;

        /** A member from a file on disk, read when the container is written. */
        Status addFile(const QString &name, const QString &sourcePath);
        /** A member from bytes (the message). */
        Status addData(const QString &name, const QByteArray &data);
        /** Writes the ZIP (to a part file, renamed at the end). @p progress: 0..1. */
        Status finish(const std::function<void(double)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
};

} // namespace Aktenwerk::Dms
