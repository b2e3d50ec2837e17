// The transfer to the archive (xdomea 0503) of a large corpus against a real PostgreSQL (issue 16),
// next to the plain tools on the same output in the same run.
//
//   transfer (0503): DOCUMENTS documents of MB MiB each (scans: already compressed bytes, filed as
//                    TIFF), in files of ten, closed, due and classed A, handed over by a records
//                    officer on the two-stage route — `aktenwerk-cli archive transfer FILE...
//                    --direct` as a child process: the server checks every file and records the
//                    process, the message is written from her index (metadata, the history of each
//                    object from the server's audit trail), validated against the official schema,
//                    every original is hashed and the container packed streaming
//                    vs. xmllint --noout --nonet --schema of the same message plus zip -r of the
//                    container's files (and plus zip -r -n .tif, which stores the scans as we do)
//
// Peak memory: the CLI's maximum resident set size (wait4 on exactly that child). No PDF in the
// corpus, so no PDF/A rendition is made (those are cached by content hash and measured apart).
// Starts its own PostgreSQL (tests/support/pgfixture.sh, fsync on) and prints CSV:
// operation, corpus, baseline_s, app_s, ratio. Usage: bench_transfer [DOCUMENTS] [MB]

#include "../testsupport.h"
#include "benchsupport.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;
using namespace Aktenwerk::Bench;

namespace {

/** Runs the CLI with @p args (stdin from @p input, stdout into @p output) and waits for exactly it: its exit code and
 * peak memory (KiB). */
std::pair<int, long> runMeasured(const QStringList &args, const QString &input, const QString &output)
{
    QList<QByteArray> storage { QFile::encodeName(Test::cliPath()) };
    for (const QString &a : args)
        storage << a.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, QFile::encodeName(input).constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, 1, QFile::encodeName(output).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    qputenv("AKTENWERK_LANG", "en");
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0)
        bail();
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        bail();
    return { WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss };
}

void runOrBail(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        bail();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int documents = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int megabytes = args.size() > 2 ? args.at(2).toInt() : 2;
    const int perFile = 10;
    const int files = (documents + perFile - 1) / perFile;

    QTemporaryDir dir;
    g_workDir = dir.path();
    Test::PgServer pg;
    const QString admin = startRepository(pg);
    const QString dbName = QStringLiteral("bench");
    const QString password = QStringLiteral("rita-secret-1");
    check(ServerAdmin::addUser(
              admin, QStringLiteral("rita"), {}, QStringLiteral("63"), { Role::RecordsOfficer }, password),
        "user");
    const QString ritaDir = dir.filePath(QStringLiteral("rita"));
    {
        auto rita = check(Test::openEngine(ritaDir, QStringLiteral("rita")), "open");
        check(rita->apply(Commands::connectServer(pg.userUrl(dbName), QStringLiteral("rita"))), "connect");
        check(SyncEngine(*rita).sync(password), "sync");
        check(PlanImporter::importFile(
                  *rita, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")),
            "plan");
        check(SyncEngine(*rita).sync(password), "sync");

        // The corpus (not measured): scans as the records officer files them, uploaded by her sync.
        QByteArray bytes(megabytes * 1024 * 1024, Qt::Uninitialized);
        const QString scan = dir.filePath(QStringLiteral("scan.tif"));
        int made = 0;
        for (int f = 0; f < files; ++f) {
            auto file = check(rita->apply(Commands::createFile(QStringLiteral("63.01.02"),
                                  QStringLiteral("Bauvorhaben Lindenstraße %1").arg(f + 1))),
                "file");
            auto cs = check(rita->apply(Commands::createCase(file.id, QStringLiteral("Baugenehmigung"))), "case");
            for (int d = 0; d < perFile && made < documents; ++d, ++made) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
                QFile out(scan);
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
                    bail();
                out.close();
                auto ref = check(rita->storeContent(scan), "content");
                check(rita->apply(Commands::createDocument(cs.id, QStringLiteral("Scan %1").arg(d + 1), ref,
                          QStringLiteral("image/tiff"), QStringLiteral("Scan %1.tif").arg(d + 1))),
                    "document");
            }
        }
        QFile::remove(scan);
        check(SyncEngine(*rita).sync(password), "upload");
    }
    // Years cannot pass in a benchmark: the owner dates the files back and classes their plan unit
    // A; then they are closed through the command API.
    auto owner = check(PgConnection::connect(admin), "owner");
    check(owner.run(QStringLiteral("UPDATE aktenwerk.file_record SET created_at = '1990-01-05'")), "date");
    check(owner.run(QStringLiteral("UPDATE aktenwerk.case_record SET created_at = '1990-01-05'")), "date");
    check(owner.run(QStringLiteral("UPDATE aktenwerk.plan_unit SET disposal_type = 'A' WHERE code = '63.01.02'")),
        "class");
    auto ritaDb = check(PgConnection::connect(pg.userUrl(dbName), QStringLiteral("rita"), password), "rita");
    auto ids = check(owner.exec(QStringLiteral("SELECT id::text FROM aktenwerk.file_record")), "ids");
    QList<QJsonObject> close;
    QStringList references; // the files by id (their references are the server's since the upload)
    for (int i = 0; i < ids.rows(); ++i)
        references << ids.text(i, 0);
    for (int i = 0; i < ids.rows(); ++i)
        close << op(QStringLiteral("record.close"), QStringLiteral("file"), ids.text(i, 0),
            { { QStringLiteral("date"), QStringLiteral("1992-06-30") },
                { QStringLiteral("reason"), QStringLiteral("erledigt") }, { QStringLiteral("with_cases"), true } });
    submitAll(ritaDb, close, 500, "close");
    {
        auto rita = check(Test::openEngine(ritaDir, QStringLiteral("rita")), "open");
        check(SyncEngine(*rita).sync(password), "sync");
    }

    // Measured: the CLI as a child, as a records officer runs it.
    const QString out = dir.filePath(QStringLiteral("an-das-archiv"));
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    const QString answer = dir.filePath(QStringLiteral("answer.json"));
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(password.toUtf8() + '\n') <= 0)
            bail();
    }
    std::pair<int, long> run;
    const double appS = timed([&] {
        run = runMeasured(
            QStringList { QStringLiteral("--data-dir"), ritaDir, QStringLiteral("archive"), QStringLiteral("transfer") }
                + references
                + QStringList { QStringLiteral("--direct"), QStringLiteral("--out"), out, QStringLiteral("--json"),
                    QStringLiteral("--password-stdin") },
            passwordFile, answer);
    });
    const long peakKb = run.second;
    QFile answered(answer);
    if (run.first != 0 || !answered.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "transfer failed (exit %d)\n", run.first);
        bail();
    }
    const QString container
        = QJsonDocument::fromJson(answered.readAll()).object().value(QLatin1String("container")).toString();

    // The baselines on the same files: the message's schema check, and zip -r of the files.
    const QString plain = dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(plain);
    auto unpacked = check(XdomeaContainer::unpack(container, plain), "unpack");
    const QString message = QDir(plain).filePath(unpacked.message);
    const QString xsd = Test::sourceDir() + QStringLiteral("/resources/xdomea/xsd/3.1.0/xdomea.xsd");
    const QString zipped = dir.filePath(QStringLiteral("plain.zip"));
    auto baseline = [&](const QStringList &zipOptions) {
        QFile::remove(zipped);
        return timed([&] {
            runOrBail(QStringLiteral("xmllint"),
                { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), xsd, message });
            runOrBail(QStringLiteral("zip"),
                QStringList { QStringLiteral("-r"), QStringLiteral("-q") } + zipOptions
                    + QStringList { zipped, QStringLiteral(".") },
                plain);
        });
    };
    const double deflated = baseline({});
    const double stored = baseline({ QStringLiteral("-n"), QStringLiteral(".tif") });
    const qint64 total = qint64(documents) * megabytes * 1024 * 1024;
    std::fprintf(stderr,
        "0503: %d files, %lld bytes of XML, container %lld bytes, content %lld bytes; peak memory of the CLI %ld MB\n",
        files, static_cast<long long>(QFileInfo(message).size()), static_cast<long long>(QFileInfo(container).size()),
        static_cast<long long>(total), peakKb / 1024);
    const QString corpus
        = QStringLiteral("%1 documents / %2 MB in %3 files").arg(documents).arg(total >> 20).arg(files);
    row("transfer (0503) vs xmllint + zip -r", corpus, deflated, appS);
    row("transfer (0503) vs xmllint + zip -r -n .tif", corpus, stored, appS);
    std::printf("transfer (0503) peak memory, %s, -, %ld MB, -\n", qPrintable(corpus), peakKb / 1024);
    QProcess::execute(g_fixture, { QStringLiteral("stop"), std::exchange(g_pgDir, {}) });
    QDir(std::exchange(g_workDir, {})).removeRecursively();
    return 0;
}
