#pragma once

#include "dms/engine.h"
#include "model/fileplan.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Aktenwerk::Test {

/** The source tree (for shipped resources and test data). */
QString sourceDir();
QString testDataDir();
/** The aktenwerk-cli binary built alongside the tests. */
QString cliPath();

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};
/** Runs aktenwerk-cli with @p args and waits (English messages, no inherited fault injection). */
CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000);

/** Opens (creating) a writable engine on @p dir. QVERIFY-style failures are the caller's. */
Model::Result<std::unique_ptr<Dms::Engine>> openEngine(const QString &dir, const QString &login = {});

/**
 * A small plan for tests: departments 63 and 11, units 63 → 63.01 → 63.01.02 and 11 → 11.01.02,
 * and a retired unit 63.01.09.
 */
Model::Status importSmallPlan(Dms::Engine &engine);

/** Deterministic pseudo-random bytes. */
QByteArray randomBytes(qsizetype size, quint32 seed);
QString sha256Hex(const QByteArray &data);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);

/** Counts rows of a table through a fresh read connection. */
qint64 countRows(Dms::Engine &engine, const QString &table, const QString &where = {});

} // namespace Aktenwerk::Test
