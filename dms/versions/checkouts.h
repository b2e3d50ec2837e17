#pragma once

#include "dms/command.h"
#include "dms/sync/pg.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>

namespace Aktenwerk::Dms {

class Engine;

/** Opens a session with the central repository when one is needed (CLI: keychain; GUI: its sync controller). */
using ServerSession = std::function<Model::Result<PgConnection>()>;

/**
 * Check-out, check-in, restore: editing a document's content in the clerk's own program.
 *
 * Check-out writes the current version (hash-verified) as a working copy into the data folder,
 * <data>/working/<document>/<file name>, and records it with the lock. In a folder connected to
 * the central repository the server grants the lock first (who and since when is the answer
 * when someone else holds it); when the server cannot be reached the clerk edits offline and a
 * check-in that meets a newer version on the server becomes a parallel version. Check-in stores
 * the saved file as the next version — unless its content is the checked-out one (same
 * SHA-256): then no version is made and the check-out simply ends.
 *
 * Every change goes through the engine's commands; none of these run on the GUI thread.
 */
class CheckOuts
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::CheckOuts)
public:
    explicit CheckOuts(Engine &engine);

    struct CheckedOut
    {
        QString path;         ///< the working copy
        int version = 0;      ///< the version checked out
        bool offline = false; ///< the server could not be asked: an offline edit
        bool already = false; ///< it was checked out here already; nothing changed
        QString offlineReason;
    };
    /** @p session: asked for connected folders; unset, a connected folder checks out offline. */
    Model::Result<CheckedOut> checkOut(const QUuid &documentId, const ServerSession &session = {});

    struct CheckedIn
    {
        bool unchanged = false; ///< same content as the checked-out version: no version, check-out ended
        int number = 0;         ///< the new version
        bool parallel = false;  ///< a newer version came first: kept as parallel to the base
        QString sha256;
    };
    /** @p file empty: the working copy. Afterwards the working copy is removed. */
    Model::Result<CheckedIn> checkIn(const QUuid &documentId, const QString &file = {}, const QString &comment = {});
    /** Ends the check-out without a version and removes the working copy. */
    Model::Status cancel(const QUuid &documentId);
    /** Frees someone else's check-out (team leads, administrators); returns whose it was. */
    Model::Result<QString> breakLock(const QUuid &documentId, const ServerSession &session = {});
    /** Version @p number's content as the next version (origin "restore"); its hash is the old one's. */
    Model::Result<CommandResult> restore(const QUuid &documentId, int number, const QString &comment = {});
    /** Whether the working copy's content differs from what was checked out (hashes the file). */
    Model::Result<bool> workingCopyChanged(const QUuid &documentId) const;

    /** SHA-256 of a file on disk (lower-case hex). */
    static Model::Result<QString> hashFile(const QString &path);
    /** <data>/working: where working copies live. */
    static QString workingRoot(const Engine &engine);

private:
    /** Applies @p command on the server first when the folder is connected and the server answers. */
    Model::Result<bool> askServer(const Command &command, const ServerSession &session, QString *offlineReason);
    /** Applies @p command here; @p serverHasIt: applied there already (askServer), so marked as sent. */
    Model::Result<CommandResult> applyHere(const Command &command, bool serverHasIt);
    void removeWorkingCopy(const QString &path) const;

    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
