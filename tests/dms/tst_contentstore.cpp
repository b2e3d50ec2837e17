#include "../testsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/store/contentstore.h"
#include "dms/store/queries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using Model::ErrorCode;

class TstContentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storesByHash();
    void storesOnce();
    void largeContentIsStreamed();
    void damagedCopyIsReplaced();
    void everyReadVerifies();
    void badSources();
    void cancelAndWriteErrorsLeaveNothing();
    void contentIsDurableBeforeItsRowCommits();
    void rowWithoutContentIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString tmpFiles() const;
};

void TstContentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstContentStore::cleanup()
{
    FaultInjection::disarmAll();
}

QString TstContentStore::tmpFiles() const
{
    return QDir(m_dir->filePath(QStringLiteral("content/tmp"))).entryList(QDir::Files).join(QLatin1Char(','));
}

void TstContentStore::storesByHash()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QByteArray data("Bauantrag Lindenweg 12 – Müller, Straße");
    auto ref = store.putData(data);
    QVERIFY(ref.has_value());
    QCOMPARE(ref->sha256, Test::sha256Hex(data));
    QCOMPARE(ref->size, data.size());
    QVERIFY(!ref->deduplicated);
    const QString path = store.pathFor(ref->sha256);
    QCOMPARE(QFileInfo(path).absolutePath().section(QLatin1Char('/'), -1), ref->sha256.left(2));
    QCOMPARE(Test::readFile(path), data);
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0222, 0u); // stored content is read-only
    QVERIFY(store.contains(ref->sha256));
    QCOMPARE(tmpFiles(), QString());
}

void TstContentStore::storesOnce()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QByteArray data = Test::randomBytes(100000, 1);
    auto a = store.putData(data);
    auto b = store.putData(data);
    QVERIFY(a && b);
    QCOMPARE(a->sha256, b->sha256);
    QVERIFY(b->deduplicated);
    QCOMPARE(store.listAll(), QStringList{a->sha256});
    QCOMPARE(tmpFiles(), QString());
}

void TstContentStore::largeContentIsStreamed()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QByteArray data = Test::randomBytes(9 * 1024 * 1024 + 17, 2); // several 1 MiB chunks and a remainder
    const QString src = m_dir->filePath(QStringLiteral("big.bin"));
    QVERIFY(Test::writeFile(src, data));
    auto ref = store.putFile(src);
    QVERIFY(ref.has_value());
    QCOMPARE(ref->sha256, Test::sha256Hex(data));
    QCOMPARE(ref->size, data.size());
    QVERIFY(store.verify(ref->sha256, ref->size).has_value());
}

void TstContentStore::damagedCopyIsReplaced()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QByteArray data = Test::randomBytes(5000, 3);
    auto ref = store.putData(data);
    QVERIFY(ref.has_value());
    const QString path = store.pathFor(ref->sha256);
    ::chmod(QFile::encodeName(path).constData(), 0644);
    QByteArray damaged = data;
    damaged[100] = static_cast<char>(damaged[100] ^ 0x01);
    QVERIFY(Test::writeFile(path, damaged));
    QVERIFY(!store.verify(ref->sha256, ref->size).has_value());
    auto again = store.putData(data);
    QVERIFY(again.has_value());
    QVERIFY(!again->deduplicated); // the good bytes replaced the damaged copy
    QVERIFY(store.verify(ref->sha256, ref->size).has_value());
}

void TstContentStore::everyReadVerifies()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QByteArray data = Test::randomBytes(3 * 1024 * 1024, 4);
    auto ref = store.putData(data);
    QVERIFY(ref.has_value());
    const QString out = m_dir->filePath(QStringLiteral("out.bin"));
    QVERIFY(store.copyTo(ref->sha256, ref->size, out).has_value());
    QCOMPARE(Test::readFile(out), data);
    QVERIFY(store.read(ref->sha256, ref->size).has_value());

    // Flip one byte: every read path reports it, and nothing is written.
    const QString path = store.pathFor(ref->sha256);
    ::chmod(QFile::encodeName(path).constData(), 0644);
    QByteArray damaged = data;
    damaged[2 * 1024 * 1024] = static_cast<char>(damaged[2 * 1024 * 1024] ^ 0x80);
    QVERIFY(Test::writeFile(path, damaged));
    const QString out2 = m_dir->filePath(QStringLiteral("out2.bin"));
    auto copied = store.copyTo(ref->sha256, ref->size, out2);
    QVERIFY(!copied.has_value());
    QCOMPARE(copied.error().code, ErrorCode::Integrity);
    QVERIFY(!QFileInfo::exists(out2));
    QVERIFY(!QFileInfo::exists(out2 + QStringLiteral(".aktenwerk-part")));
    auto read = store.read(ref->sha256, ref->size);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().code, ErrorCode::Integrity);
    auto verified = store.verify(ref->sha256, ref->size);
    QVERIFY(!verified.has_value());
    QCOMPARE(verified.error().code, ErrorCode::Integrity);

    // A truncated file and a missing file too.
    QVERIFY(Test::writeFile(path, data.left(1000)));
    QVERIFY(!store.verify(ref->sha256, ref->size).has_value());
    QFile::remove(path);
    QCOMPARE(store.verify(ref->sha256, ref->size).error().code, ErrorCode::Integrity);
}

void TstContentStore::badSources()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    auto missing = store.putFile(m_dir->filePath(QStringLiteral("nope.pdf")));
    QVERIFY(!missing.has_value());
    auto folder = store.putFile(m_dir->path());
    QVERIFY(!folder.has_value());
    QCOMPARE(folder.error().code, ErrorCode::InvalidArgument);
    // /proc/self/mem opens, but reading at offset 0 fails with EIO: an unreadable file even for root.
    auto unreadable = store.putFile(QStringLiteral("/proc/self/mem"));
    QVERIFY(!unreadable.has_value());
    QCOMPARE(unreadable.error().code, ErrorCode::Io);
    QCOMPARE(tmpFiles(), QString());
    QCOMPARE(store.listAll(), QStringList());
}

void TstContentStore::cancelAndWriteErrorsLeaveNothing()
{
    ContentStore store(m_dir->filePath(QStringLiteral("content")));
    const QString src = m_dir->filePath(QStringLiteral("src.bin"));
    QVERIFY(Test::writeFile(src, Test::randomBytes(3 * 1024 * 1024, 5)));
    std::atomic<bool> cancel{true};
    auto cancelled = store.putFile(src, &cancel);
    QVERIFY(!cancelled.has_value());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    FaultInjection::arm(QStringLiteral("content.write"), FaultInjection::Action::Fail);
    auto full = store.putFile(src);
    QVERIFY(!full.has_value());
    QCOMPARE(full.error().code, ErrorCode::DiskFull);
    QCOMPARE(tmpFiles(), QString());
    QCOMPARE(store.listAll(), QStringList());
}

void TstContentStore::contentIsDurableBeforeItsRowCommits()
{
    auto engine = Test::openEngine(m_dir->path());
    QVERIFY(engine.has_value());
    QVERIFY(Test::importSmallPlan(**engine).has_value());
    auto file = (*engine)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    QVERIFY(file.has_value());
    auto cs = (*engine)->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    QVERIFY(cs.has_value());
    const QByteArray data = Test::randomBytes(200000, 6);
    const QString src = m_dir->filePath(QStringLiteral("brief.pdf"));
    QVERIFY(Test::writeFile(src, data));

    // The commit fails at its last moment: the content is already in the store, the row is not.
    FaultInjection::arm(QStringLiteral("commit.before"), FaultInjection::Action::Fail);
    auto r = Importer(**engine).addDocument(cs->id, src);
    QVERIFY(!r.has_value());
    QVERIFY((*engine)->content().contains(Test::sha256Hex(data)));
    QCOMPARE(Test::countRows(**engine, QStringLiteral("document")), 0);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("content")), 0);
    // The orphan is reported, not counted as damage.
    auto report = (*engine)->verify();
    QVERIFY(report.has_value());
    QVERIFY(report->ok());
    QCOMPARE(report->orphanContent, 1);

    // Done properly, both exist.
    FaultInjection::disarmAll();
    auto ok = Importer(**engine).addDocument(cs->id, src);
    QVERIFY(ok.has_value());
    QCOMPARE(Test::countRows(**engine, QStringLiteral("document")), 1);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("content")), 1);
}

void TstContentStore::rowWithoutContentIsRefused()
{
    auto engine = Test::openEngine(m_dir->path());
    QVERIFY(engine.has_value());
    QVERIFY(Test::importSmallPlan(**engine).has_value());
    auto file = (*engine)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = (*engine)->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    QVERIFY(cs.has_value());
    const qint64 auditBefore = Test::countRows(**engine, QStringLiteral("audit_event"));
    const ContentRef notStored{Test::sha256Hex("never stored"), 12, false};
    auto r = (*engine)->apply(Commands::createDocument(cs->id, QStringLiteral("Geist"), notStored,
                                                       QStringLiteral("text/plain"), QStringLiteral("geist.txt")));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("document")), 0);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("audit_event")), auditBefore);
}

QTEST_GUILESS_MAIN(TstContentStore)
#include "tst_contentstore.moc"
