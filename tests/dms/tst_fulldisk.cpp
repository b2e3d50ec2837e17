#include "../testsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/store/queries.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>
#include <unistd.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * A real full disk: the data folder lives on a small tmpfs (mounting needs root, as in CI).
 * Oracle: a clear error, nothing half-written, a clean verify once space is free again.
 */
class TstFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void contentStoreFillsUp();
    void indexFillsUp();
    void cliReportsFullDisk();

private:
    bool mountTmpfs(const QString &size);
    qint64 freeBytes() const;
    void fillUntil(qint64 leaveFree);
    std::unique_ptr<QTemporaryDir> m_mount;
    std::unique_ptr<QTemporaryDir> m_outside;
    bool m_mounted = false;
    QString m_data;
    QString m_filler;
};

bool TstFullDisk::mountTmpfs(const QString &size)
{
    if (::geteuid() != 0)
        return false;
    QProcess p;
    p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=") + size, QStringLiteral("aktenwerk-test"), m_mount->path()});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return false;
    m_mounted = true;
    m_data = m_mount->filePath(QStringLiteral("data"));
    m_filler = m_mount->filePath(QStringLiteral("filler.bin"));
    return true;
}

void TstFullDisk::init()
{
    m_mount = std::make_unique<QTemporaryDir>();
    m_outside = std::make_unique<QTemporaryDir>();
    if (!mountTmpfs(QStringLiteral("6m")))
        QSKIP("Mounting a small tmpfs needs root (CI runs as root); the full-disk tests did not run.");
}

void TstFullDisk::cleanup()
{
    if (m_mounted) {
        QProcess::execute(QStringLiteral("umount"), {m_mount->path()});
        m_mounted = false;
    }
    m_mount.reset();
    m_outside.reset();
}

qint64 TstFullDisk::freeBytes() const
{
    struct statvfs s{};
    if (::statvfs(QFile::encodeName(m_mount->path()).constData(), &s) != 0)
        return -1;
    return static_cast<qint64>(s.f_bavail) * static_cast<qint64>(s.f_frsize);
}

void TstFullDisk::fillUntil(qint64 leaveFree)
{
    QFile f(m_filler);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    const QByteArray block(4096, 'x');
    while (freeBytes() > leaveFree + 4096) {
        if (f.write(block) != block.size())
            break;
        f.flush();
    }
}

void TstFullDisk::contentStoreFillsUp()
{
    auto e = Test::openEngine(m_data);
    QVERIFY(e.has_value());
    QVERIFY(Test::importSmallPlan(**e).has_value());
    auto file = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = (*e)->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    QVERIFY(cs.has_value());
    const QString big = m_outside->filePath(QStringLiteral("scan.pdf"));
    QVERIFY(Test::writeFile(big, Test::randomBytes(8 * 1024 * 1024, 1))); // larger than the whole disk
    const qint64 docsBefore = Test::countRows(**e, QStringLiteral("document"));

    auto r = Importer(**e).addDocument(cs->id, big);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::DiskFull);
    QVERIFY2(r.error().message.contains(QLatin1String("disk is full")), qPrintable(r.error().message));
    QCOMPARE(Test::countRows(**e, QStringLiteral("document")), docsBefore);
    QCOMPARE(QDir(m_data + QStringLiteral("/content/tmp")).entryList(QDir::Files).size(), 0);

    // A small document still fits, and everything verifies.
    const QString small = m_outside->filePath(QStringLiteral("brief.txt"));
    QVERIFY(Test::writeFile(small, "Sehr geehrte Damen und Herren"));
    QVERIFY(Importer(**e).addDocument(cs->id, small).has_value());
    auto report = (*e)->verify();
    QVERIFY(report.has_value());
    QVERIFY(report->ok());
    QCOMPARE(report->orphanContent, 0);
}

void TstFullDisk::indexFillsUp()
{
    auto e = Test::openEngine(m_data);
    QVERIFY(e.has_value());
    QVERIFY(Test::importSmallPlan(**e).has_value());
    fillUntil(96 * 1024);
    // Write until the index cannot grow any more.
    int created = 0;
    Error last;
    const QString title = QString(400, QLatin1Char('A'));
    for (int i = 0; i < 5000; ++i) {
        auto r = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), title + QString::number(i)));
        if (!r) {
            last = r.error();
            break;
        }
        ++created;
    }
    QVERIFY2(created < 5000, "the disk never filled up");
    QCOMPARE(last.code, ErrorCode::DiskFull);
    QVERIFY2(last.message.contains(QLatin1String("disk is full")), qPrintable(last.toString()));
    QCOMPARE(Test::countRows(**e, QStringLiteral("file_record")), created);

    // Space freed: the same engine goes on, nothing half-written, the chain intact.
    QVERIFY(QFile::remove(m_filler));
    auto more = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Nach dem Aufräumen")));
    QVERIFY2(more.has_value(), qPrintable(more ? QString() : more.error().toString()));
    QCOMPARE(Test::countRows(**e, QStringLiteral("file_record")), created + 1);
    QCOMPARE(Test::countRows(**e, QStringLiteral("oplog"), QStringLiteral("command = 'file.create'")), created + 1);
    auto report = (*e)->verify();
    QVERIFY(report.has_value());
    for (const auto &c : report->checks)
        QVERIFY2(c.ok, qPrintable(c.name + QLatin1Char(' ') + c.problems.join(QLatin1Char(';'))));
}

void TstFullDisk::cliReportsFullDisk()
{
    QCOMPARE(Test::runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("init")}).exitCode, 0);
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        QVERIFY(Test::importSmallPlan(**e).has_value());
        auto file = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
        QVERIFY((*e)->apply(Commands::createCase(file->id, QStringLiteral("Vorgang"))).has_value());
    }
    const QString big = m_outside->filePath(QStringLiteral("scan.pdf"));
    QVERIFY(Test::writeFile(big, Test::randomBytes(8 * 1024 * 1024, 2)));
    const auto r = Test::runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("add"), QStringLiteral("--case"),
                                 QStringLiteral("63.01.02-0001/") + QString::number(QDate::currentDate().year())
                                     + QStringLiteral("-001"),
                                 big});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("aktenwerk-cli: The disk is full."), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(Test::runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TstFullDisk)
#include "tst_fulldisk.moc"
