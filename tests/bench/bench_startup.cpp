// Cold start of the GUI with a large index, next to an empty data folder, in the same run.
//
//   bench_startup [DOCS=1000000]
//
//   baseline: `aktenwerk --quit-when-ready` on a freshly initialised, empty data folder
//   app:      the same on the data folder of bench_search's synthetic corpus of DOCS documents
//             (built by `bench_search --generate DOCS` when it is not there yet)
//
// "Ready" is MainWindow::ready — the file plan is loaded and the first unit with files is
// selected — timed to the "ready" line the program prints then (the counts in the status bar
// follow in the background). Each start is a new process (offscreen platform), the
// operating system's file cache warm; median of five after one warm-up start. Resident memory is
// the process's peak (getrusage ru_maxrss).
//
// Prints: operation, corpus, baseline_s, app_s, ratio — and the difference in milliseconds.

#include "../testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Start
{
    double seconds = 0;
    long maxRssKiB = 0;
};

Start startOnce(const QString &program, const QString &dataDir)
{
    const QByteArray prog = program.toLocal8Bit();
    const QByteArray dir = dataDir.toLocal8Bit();
    int out[2];
    if (pipe(out) != 0)
        std::exit(1);
    timespec t0{}, t1{};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        dup2(out[1], STDOUT_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, STDERR_FILENO);
        execl(prog.constData(), prog.constData(), "--data-dir", dir.constData(), "--quit-when-ready",
              static_cast<char *>(nullptr));
        _exit(127);
    }
    close(out[1]);
    // The clock stops at the "ready" line, not at the exit (background reads may still finish then).
    QByteArray said;
    char buf[256];
    ssize_t n = 0;
    while (!said.contains("ready\n") && (n = ::read(out[0], buf, sizeof buf)) > 0)
        said.append(buf, n);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!said.contains("ready\n"))
        status = -1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_startup: %s on %s failed (status %d)\n", prog.constData(), dir.constData(), status);
        std::exit(1);
    }
    return {static_cast<double>(t1.tv_sec - t0.tv_sec) + static_cast<double>(t1.tv_nsec - t0.tv_nsec) / 1e9,
            usage.ru_maxrss};
}

Start median(const QString &program, const QString &dataDir)
{
    (void)startOnce(program, dataDir); // warm-up
    QList<Start> runs;
    for (int i = 0; i < 5; ++i)
        runs << startOnce(program, dataDir);
    std::sort(runs.begin(), runs.end(), [](const Start &a, const Start &b) { return a.seconds < b.seconds; });
    Start m = runs.at(2);
    m.maxRssKiB = std::max_element(runs.begin(), runs.end(), [](const Start &a, const Start &b) {
                      return a.maxRssKiB < b.maxRssKiB;
                  })->maxRssKiB;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 docs = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1000000;
    const QString binDir = QFileInfo(Aktenwerk::Test::cliPath()).absolutePath();
    const QString gui = binDir + QStringLiteral("/aktenwerk");
    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gen.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_search"),
              {QStringLiteral("--generate"), QString::number(docs)});
    gen.waitForFinished(-1);
    const QString full = QString::fromLocal8Bit(gen.readAllStandardOutput()).trimmed();
    if (gen.exitCode() != 0 || full.isEmpty()) {
        std::fprintf(stderr, "bench_startup: no corpus (bench_search --generate %lld failed)\n", static_cast<long long>(docs));
        return 1;
    }
    QTemporaryDir tmp;
    const QString empty = tmp.path() + QStringLiteral("/empty");
    if (Aktenwerk::Test::runCli({QStringLiteral("--data-dir"), empty, QStringLiteral("init")}).exitCode != 0) {
        std::fprintf(stderr, "bench_startup: init failed\n");
        return 1;
    }
    const Start base = median(gui, empty);
    const Start big = median(gui, full);
    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    std::printf("gui start until ready, empty vs %lld docs, %.3f, %.3f, %.2f\n", static_cast<long long>(docs),
                base.seconds, big.seconds, big.seconds / base.seconds);
    std::printf("gui peak resident MiB, empty vs %lld docs, %.1f, %.1f, %.2f\n", static_cast<long long>(docs),
                static_cast<double>(base.maxRssKiB) / 1024.0, static_cast<double>(big.maxRssKiB) / 1024.0,
                static_cast<double>(big.maxRssKiB) / static_cast<double>(base.maxRssKiB));
    std::printf("# start-up difference: %+.0f ms (goal <= +200 ms); peak resident %.0f MiB (goal <= 300 MiB)\n",
                (big.seconds - base.seconds) * 1000.0, static_cast<double>(big.maxRssKiB) / 1024.0);
    return 0;
}
