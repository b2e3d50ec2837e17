#pragma once

#include "dms/engine.h"
#include "model/fileplan.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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
/**
 * Runs aktenwerk-cli with @p args and waits (English messages, no inherited fault injection);
 * @p input goes to its standard input (e.g. a password for --password-stdin).
 */
CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000,
    const QByteArray &input = {});

/** Someone with a data folder of their own who uses aktenwerk-cli (records management tests). */
struct CliPerson
{
    QString login;
    QString password;
    QString dir;
};
/**
 * A user made on the server at @p adminUrl — a unique login from @p name, password "NAME-secret-1",
 * @p role in @p department — with a data folder below @p parentDir connected to @p userUrl through
 * aktenwerk-cli. An empty login when that failed (why on stderr).
 */
CliPerson addCliPerson(const QString &adminUrl, const QString &userUrl, const QString &name, Model::Role role,
    const QString &department, const QString &parentDir);
/** aktenwerk-cli in @p p's data folder with the password on stdin: its output, or "exit N: stderr". */
QString cliAs(const CliPerson &p, QStringList args, const QProcessEnvironment &extraEnv = {});
/**
 * A message as the archive would send it: the validated skeleton of @p code from
 * tests/data/xdomea/3.1.0 for process @p process, with @p replace applied, packed as
 * `<@p named>_<Nachrichtenname>.zip` into @p outDir. Empty when it cannot be made.
 */
QString archiveMessage(const QString &code, const QString &process, const QString &named,
    const QList<QPair<QByteArray, QByteArray>> &replace, const QString &outDir);
/** The server's id of the file @p reference, read as the owner at @p adminUrl; empty when there is none. */
QString serverFileId(const QString &adminUrl, const QString &reference);

/**
 * For benchmarks: runs @p program to its end (stdout discarded, stderr passed on, stdin from
 * @p stdinFile if given) and returns the seconds it took; nothing when it failed.
 */
std::optional<double> timedRun(const QString &program, const QStringList &args, const QString &stdinFile = {},
                               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

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

/**
 * An uncompressed grey TIFF with @p pages pages (Qt writes single-page TIFFs only): each page
 * is @p width x @p height, page n filled with a different grey.
 */
QByteArray multiPageTiff(int pages, int width, int height);

/** Counts rows of a table through a fresh read connection. */
qint64 countRows(Dms::Engine &engine, const QString &table, const QString &where = {});

/**
 * The search oracle of tst_corpus and bench_import: for each text (pdftotext's output of a PDF,
 * not our own extraction) its rarest long word (8–24 letters, lower case, the first of them in
 * the text) if at most @p maxShared texts contain it, else an empty string.
 */
QStringList distinctiveWords(const QStringList &texts, int maxShared = 5);

} // namespace Aktenwerk::Test

namespace Aktenwerk::Test {

/**
 * The PostgreSQL started by the CTest fixture (tests/support/pgfixture.sh). Each test makes
 * its own database and its own login roles (roles are cluster-wide, so names get a prefix).
 */
class PgServer
{
public:
    /** Reads AKTENWERK_PG_ENV; false (with the reason in error()) when no server is there. */
    bool load();
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString dataDir() const { return m_pgData; }
    QString binDir() const { return m_pgBin; }
    /** Superuser over the Unix socket. */
    QString adminUrl(const QString &database = QStringLiteral("postgres")) const;
    /** What a clerk's client uses: TCP on 127.0.0.1 with a password. */
    QString userUrl(const QString &database) const;
    bool createDatabase(const QString &name);
    /** A unique prefix for role and database names of one test run. */
    static QString uniqueName(const QString &base);
    /** Runs a command as the server's owner (pg_ctl restart and the like). */
    bool serverCommand(const QStringList &args);

private:
    QString m_error;
    QString m_pgBin;
    QString m_pgData;
    QString m_socketDir;
    int m_port = 0;
};

} // namespace Aktenwerk::Test
