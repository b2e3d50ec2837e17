#include "../testsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/store/queries.h"
#include "dms/versions/checkouts.h"
#include "dms/versions/workingcopywatcher.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * The editor round trip: a shell script stands in for the clerk's program and saves the working
 * copy the ways real editors do — in place, and by writing a new file and renaming it over the
 * old one. Each changed save is noticed and checked in; a save that leaves the content as it
 * was is no change and makes no version.
 */
class TstWorkingCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void inPlaceAndRenamingSavesAreCheckedIn();
    void unchangedSaveMakesNoVersion();

private:
    /** Runs @p script (sh) with the working copy's path, as an editor would be started. */
    bool edit(const QString &script, const QString &path);
    int versionCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    QUuid m_doc;
};

void TstWorkingCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto e = Test::openEngine(m_dir->filePath(QStringLiteral("data")));
    QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().toString()));
    m_engine = std::move(*e);
    QVERIFY(Test::importSmallPlan(*m_engine).has_value());
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    QVERIFY(cs.has_value());
    QVERIFY(Test::writeFile(m_dir->filePath(QStringLiteral("bescheid.txt")), "Bescheid\nEntwurf\n"));
    auto doc = Importer(*m_engine).addDocument(cs->id, m_dir->filePath(QStringLiteral("bescheid.txt")));
    QVERIFY(doc.has_value());
    m_doc = doc->id;
}

void TstWorkingCopy::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

bool TstWorkingCopy::edit(const QString &script, const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, QStringLiteral("editor"), path});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int TstWorkingCopy::versionCount()
{
    return static_cast<int>(Test::countRows(*m_engine, QStringLiteral("version"),
                                            QStringLiteral("document_id = '%1'").arg(m_doc.toString(QUuid::WithoutBraces))));
}

void TstWorkingCopy::inPlaceAndRenamingSavesAreCheckedIn()
{
    CheckOuts checkOuts(*m_engine);
    WorkingCopyWatcher watcher;
    watcher.setSettleTime(150);
    QSignalSpy changed(&watcher, &WorkingCopyWatcher::savedChanged);

    struct Editor
    {
        const char *how;
        QString script;
        QByteArray expected;
    };
    const QList<Editor> editors{
        // Writes into the file itself (truncate and write).
        {"in place", QStringLiteral("printf 'Bescheid\\nFrist: 14 Tage\\n' > \"$1\""), "Bescheid\nFrist: 14 Tage\n"},
        // Writes a new file next to it and renames it over the old one ("safe save").
        {"write and rename",
         QStringLiteral("printf 'Bescheid\\nFrist: 28 Tage\\n' > \"$1.tmp\" && mv -f \"$1.tmp\" \"$1\""),
         "Bescheid\nFrist: 28 Tage\n"},
        // Moves the old file to a backup, then writes a fresh one (vim's default "backupcopy=no").
        {"backup then write",
         QStringLiteral("mv -f \"$1\" \"$1~\" && printf 'Bescheid\\nFrist: 30 Tage\\n' > \"$1\" && rm -f \"$1~\""),
         "Bescheid\nFrist: 30 Tage\n"},
    };
    int expectedVersions = 1;
    for (const Editor &editor : editors) {
        auto co = checkOuts.checkOut(m_doc);
        QVERIFY2(co.has_value(), qPrintable(co ? QString() : co.error().toString()));
        auto db = m_engine->openReader();
        auto wc = Queries::workingCopy(*db, m_doc);
        QVERIFY(wc && *wc);
        watcher.watch(m_doc, co->path, (*wc)->baseSha256);
        changed.clear();
        QVERIFY(edit(editor.script, co->path));
        QVERIFY2(changed.wait(5000), editor.how);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toUuid(), m_doc);
        QCOMPARE(changed.first().at(2).toString(), Test::sha256Hex(editor.expected));
        // What the banner offers: check in as a new version.
        auto in = checkOuts.checkIn(m_doc, {}, QString::fromLatin1(editor.how));
        QVERIFY2(in.has_value(), qPrintable(in ? QString() : in.error().toString()));
        QVERIFY(!in->unchanged);
        ++expectedVersions;
        QCOMPARE(in->number, expectedVersions);
        QCOMPARE(versionCount(), expectedVersions);
        auto v = Queries::version(*db, m_doc);
        QCOMPARE((*v)->sha256, Test::sha256Hex(editor.expected));
        watcher.unwatch(m_doc);
    }
}

void TstWorkingCopy::unchangedSaveMakesNoVersion()
{
    CheckOuts checkOuts(*m_engine);
    WorkingCopyWatcher watcher;
    watcher.setSettleTime(150);
    QSignalSpy changed(&watcher, &WorkingCopyWatcher::savedChanged);
    QSignalSpy unchanged(&watcher, &WorkingCopyWatcher::savedUnchanged);
    auto co = checkOuts.checkOut(m_doc);
    QVERIFY(co.has_value());
    auto db = m_engine->openReader();
    watcher.watch(m_doc, co->path, (**Queries::workingCopy(*db, m_doc)).baseSha256);

    // Saved as it was, both ways: the file system reports events, the content is the same.
    QVERIFY(edit(QStringLiteral("cat \"$1\" > \"$1.tmp\" && mv -f \"$1.tmp\" \"$1\""), co->path));
    QVERIFY(edit(QStringLiteral("cat \"$1\" > \"$1.tmp\" && cat \"$1.tmp\" > \"$1\" && rm \"$1.tmp\""), co->path));
    QTest::qWait(1000);
    QCOMPARE(changed.count(), 0);

    // Changed and changed back: the watcher says so both times.
    QVERIFY(edit(QStringLiteral("printf 'anders' > \"$1\""), co->path));
    QVERIFY(changed.wait(5000));
    QVERIFY(edit(QStringLiteral("printf 'Bescheid\\nEntwurf\\n' > \"$1.tmp\" && mv -f \"$1.tmp\" \"$1\""), co->path));
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!*checkOuts.workingCopyChanged(m_doc));

    // Checking in the unchanged copy ends the check-out without a version.
    auto in = checkOuts.checkIn(m_doc);
    QVERIFY(in.has_value());
    QVERIFY(in->unchanged);
    QCOMPARE(versionCount(), 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("working_copy")), 0);
    QVERIFY(!QFileInfo::exists(co->path));
}

QTEST_GUILESS_MAIN(TstWorkingCopy)
#include "tst_workingcopy.moc"
