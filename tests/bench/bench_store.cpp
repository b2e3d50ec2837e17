// Durable import and verification, against the plain tools doing the same work in the same run.
//
//   add:    aktenwerk-cli add (hash, temp file, fsync, rename, fsync dir, one SQLite commit with
//           operation log and audit event per document)
//           vs. `openssl dgst -sha256` over the corpus + `cp` into a folder + `sync` of that file system
//   verify: aktenwerk-cli verify (integrity check, every content hash, versions, audit chain)
//           vs. `openssl dgst -sha256` over the stored content files
//
// Prints CSV: operation, corpus, baseline_s, app_s, ratio (app / baseline; lower is better).

#include "../testsupport.h"
#include "dms/store/contentstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Aktenwerk;

namespace {

double timed(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))));
        std::exit(1);
    }
    return s;
}

void row(const char *op, const QString &corpus, double baseline, double app)
{
    std::printf("%s, %s, %.3f, %.3f, %.2f\n", op, qPrintable(corpus), baseline, app, app / baseline);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int small = args.size() > 1 ? args.at(1).toInt() : 400;  // files of 64 KB to 1 MB
    const int large = args.size() > 2 ? args.at(2).toInt() : 10;   // files of 16 MB

    QTemporaryDir dir;
    const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(corpusDir);
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < small + large; ++i) {
        const qsizetype size = i < small ? (64 + (i * 37) % 960) * 1024 : 16 * 1024 * 1024;
        const QString path = corpusDir + QStringLiteral("/doc-%1.pdf").arg(i, 4, 10, QLatin1Char('0'));
        Test::writeFile(path, Test::randomBytes(size, static_cast<quint32>(i)));
        files << path;
        bytes += size;
    }
    const QString corpus = QStringLiteral("%1 files %2 MB").arg(files.size()).arg(bytes / (1024 * 1024));
    std::printf("operation, corpus, baseline_s, app_s, ratio\n");

    // Baseline: hash everything, copy it into a folder, flush that file system.
    const QString copyDir = dir.filePath(QStringLiteral("copy"));
    QDir().mkpath(copyDir);
    timed(QStringLiteral("sync"), {}); // start both from a clean page cache state for writes
    double baseline = timed(QStringLiteral("openssl"), QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256")} + files);
    baseline += timed(QStringLiteral("cp"), files + QStringList{copyDir});
    baseline += timed(QStringLiteral("sync"), {QStringLiteral("-f"), copyDir});

    // Aktenwerk: a data folder with one case, then add.
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        auto e = Test::openEngine(data, Dms::Engine::osLogin());
        if (!e || !Test::importSmallPlan(**e))
            return 1;
        auto file = (*e)->apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Benchmark")));
        if (!file || !(*e)->apply(Dms::Commands::createCase(file->id, QStringLiteral("Import"))))
            return 1;
    }
    const QString caseRef = QStringLiteral("63.01.02-0001/%1-001").arg(QDate::currentDate().year());
    timed(QStringLiteral("sync"), {});
    const double appAdd = timed(Test::cliPath(), QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("add"),
                                                             QStringLiteral("--case"), caseRef}
                                                     + files);
    row("add", corpus, baseline, appAdd);

    // Verify: the stored content hashed by openssl, against the full verify.
    QStringList stored;
    const Dms::ContentStore store(data + QStringLiteral("/content"));
    for (const QString &sha : store.listAll())
        stored << store.pathFor(sha);
    if (stored.size() != files.size()) {
        std::fprintf(stderr, "expected %lld stored files, found %lld\n", static_cast<long long>(files.size()),
                     static_cast<long long>(stored.size()));
        return 1;
    }
    const double baseVerify = timed(QStringLiteral("openssl"), QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256")} + stored);
    const double appVerify = timed(Test::cliPath(), {QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
    row("verify", corpus, baseVerify, appVerify);
    return 0;
}
