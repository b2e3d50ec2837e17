#pragma once

#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"

#include <QCoreApplication>
#include <QString>

namespace Aktenwerk::Dms {

/**
 * Removing a file the server destroyed (issue 16: destruction; server schema 16): the one place
 * where a client deletes rows, not just marks them. removeFile() takes the file out of the local
 * index with everything in it — cases, sub-files, documents, versions, locks, working copies,
 * conflicts, field history, routes, resubmissions, record keeping, holds, search entries — inside
 * the caller's transaction; what is on disk (content no surviving version holds, its PDF/A
 * renditions, working copies) is queued in `purge_pending` and goes in finish(), after the commit:
 * a removal that rolls back has deleted nothing, one interrupted before finish() is completed at
 * the next.
 */
class Purge
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Purge)
public:
    /** Removes @p fileId (a no-op when it is not here) and notes @p removalId; the number of documents removed. */
    static Result<int> removeFile(Database &db, const QString &fileId, const QString &removalId, const QString &now);

    /**
     * Removes from disk what `purge_pending` names — content by hash (only where no version here
     * holds it by now), renditions kept under @p dataDir, working copies — and empties the queue.
     * Runs on the writer's connection @p db, in its own transaction.
     */
    static Status finish(Database &db, const ContentStore &content, const QString &dataDir);
};

} // namespace Aktenwerk::Dms
