#pragma once

#include <QStringList>

namespace Aktenwerk::Cli {

/** Exit codes of aktenwerk-cli. */
enum ExitCode {
    ExitOk = 0,
    ExitError = 1,     ///< the command failed; stderr says why in one line
    ExitUsage = 2,     ///< wrong arguments
    ExitLocked = 3,    ///< another process writes the data folder
    ExitVerifyFailed = 4,
};

/** Runs one command line (without the program name). */
int run(const QStringList &args);

} // namespace Aktenwerk::Cli
