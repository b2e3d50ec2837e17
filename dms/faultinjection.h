#pragma once

#include <QString>

namespace Aktenwerk::Dms {

/**
 * Named points in the write path where tests make the process fail or die.
 *
 * Crash-safety tests must kill the process at the exact moments that matter (after the
 * temporary content file is written, before the commit, ...), and a negative control must
 * show that the oracle catches a wrong order. Points are armed in-process with arm(), or for
 * a child process through the environment:
 *
 *   AKTENWERK_FAULT="content.before-rename=kill@3,commit.before=fail"
 *
 * "kill" raises SIGKILL, "fail" makes the step report an I/O error, "pauseMS" holds the step for
 * MS milliseconds (so that a test can disturb it mid-flight); "@N" fires on the N-th hit only,
 * without it every hit fires.
 * Unarmed points cost one relaxed atomic load.
 */
class FaultInjection
{
public:
    enum class Action { None, Fail, Kill, Pause };

    /** Returns the action for this hit of @p point (Kill never returns). */
    static Action hit(const char *point);
    static bool shouldFail(const char *point) { return hit(point) == Action::Fail; }

    static void arm(const QString &point, Action action, int onHit = 0);
    static void disarmAll();
};

} // namespace Aktenwerk::Dms
