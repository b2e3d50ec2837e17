#pragma once

#include "dms/capture/importer.h"

#include <QCoreApplication>
#include <QString>

namespace Aktenwerk::Dms {

class Engine;

/**
 * A "digital mailroom" folder that a network scanner writes into. Each scan imports the
 * files that have stopped changing into the intake and moves them out of the way, into
 * `.aktenwerk/erledigt/<date>/` (imported, duplicate, or stored without text) or
 * `.aktenwerk/fehler/<date>/` with a `<name>.grund.txt` beside it (could not be imported). A
 * file is moved only after its document has committed: after a crash in between, the next
 * scan finds it again and recognises it as a duplicate. A bad file never stops the folder.
 */
class WatchFolder
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::WatchFolder)
public:
    /** Files younger than this are still being written (a scanner writes page by page). */
    static constexpr int settleMs = 2000;

    static Model::Result<QList<ImportItem>> scanOnce(
        Engine &engine, const QString &folder, int minAgeMs = settleMs, const std::atomic<bool> *cancel = nullptr);
};

} // namespace Aktenwerk::Dms
