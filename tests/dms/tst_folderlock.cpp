// The data folder's one-writer lock: held by the kernel for as long as its holder lives, never
// judged by a process id that the system may have handed to someone else.
#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/store/folderlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

class TstFolderLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondHolderIsRefusedAndNamed();
    void releasedLockCanBeTakenAgain();
    void leftoverFileNamingALiveProcessHoldsNothing();
    void killedHolderLetsGoAtOnce();
};

void TstFolderLock::secondHolderIsRefusedAndNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aktenwerk.lock"));
    auto first = FolderLock::acquire(path);
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().toString()));
    FolderLock::Holder holder;
    auto second = FolderLock::acquire(path, &holder);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code, ErrorCode::Locked);
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QCOMPARE(holder.program, QStringLiteral("tst_folderlock"));
    QVERIFY(!holder.host.isEmpty());
}

void TstFolderLock::releasedLockCanBeTakenAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aktenwerk.lock"));
    auto first = FolderLock::acquire(path);
    QVERIFY(first.has_value());
    first->release();
    QVERIFY(!first->isHeld());
    auto again = FolderLock::acquire(path);
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
    {
        FolderLock moved = std::move(*again); // moving hands the lock on, it does not drop it
        QVERIFY(moved.isHeld());
        QVERIFY(!FolderLock::acquire(path).has_value());
    }
    QVERIFY(FolderLock::acquire(path).has_value());
}

// What broke a CI run: a process killed with its lock file left behind, and its process id given to
// another running Aktenwerk process — a lock file that names a pid then looks held for good.
void TstFolderLock::leftoverFileNamingALiveProcessHoldsNothing()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("d"));
    QCOMPARE(Test::runCli({ QStringLiteral("--data-dir"), data, QStringLiteral("init") }).exitCode, 0);
    QFile f(data + QStringLiteral("/aktenwerk.lock"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // A live process on this machine, named as it runs (QLockFile's layout: pid, program, host):
    // this very test process.
    f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QCoreApplication::applicationFilePath().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
    f.close();
    const auto create = Test::runCli({ QStringLiteral("--data-dir"), data, QStringLiteral("department"),
        QStringLiteral("add"), QStringLiteral("99"), QStringLiteral("--name"), QStringLiteral("Probe") });
    QVERIFY2(create.exitCode == 0, create.err.constData());
}

void TstFolderLock::killedHolderLetsGoAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aktenwerk.lock"));
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--hold"), path });
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));

    FolderLock::Holder named;
    auto refused = FolderLock::acquire(path, &named);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    QCOMPARE(named.pid, holder.processId());

    holder.kill(); // SIGKILL: no destructor, no unlock, the file stays
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFile::exists(path));
    auto taken = FolderLock::acquire(path);
    QVERIFY2(taken.has_value(), taken ? "" : qPrintable(taken.error().toString()));
}

// Run as "tst_folderlock --hold PATH": take the lock, say so, wait to be killed.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        auto lock = FolderLock::acquire(QString::fromLocal8Bit(argv[2]));
        if (!lock) {
            std::fprintf(stderr, "%s\n", qPrintable(lock.error().toString()));
            return 1;
        }
        std::printf("held\n");
        std::fflush(stdout);
        for (;;)
            ::pause();
    }
    TstFolderLock t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_folderlock.moc"
