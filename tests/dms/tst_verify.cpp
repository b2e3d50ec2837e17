#include "../testsupport.h"
#include "dms/audit/auditlog.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/store/queries.h"
#include "model/scantransfernote.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

class TstVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanFolderPasses();
    void flippedContentByteIsFound();
    void missingContentIsFound();
    void alteredAuditEventIsFound_data();
    void alteredAuditEventIsFound();
    void deletedAuditEventIsFound();
    void swappedAuditEventsAreFound();
    void cutTailIsFoundAgainstTheAnchor();
    void rewrittenChainIsFoundAgainstTheAnchor();
    void missingAnchorIsFound();
    void operationWithoutAuditEventIsFound();
    void brokenVersionChainIsFound();
    void transferNoteThatDoesNotMatchIsFound();
    void cliExitCodes();

private:
    VerifyReport::Check check(const QString &name);
    Database writable();
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_shas;
    qint64 m_events = 0;
};

namespace {
bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        if (it.fileInfo().isDir()) {
            QDir().mkpath(dst);
        } else if (!QFile::copy(src, dst)) {
            return false;
        }
    }
    return true;
}
} // namespace

void TstVerify::initTestCase()
{
    auto e = Test::openEngine(m_template.path());
    QVERIFY(e.has_value());
    QVERIFY(Test::importSmallPlan(**e).has_value());
    auto file = (*e)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau")));
    auto cs = (*e)->apply(Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    QVERIFY(cs.has_value());
    for (int i = 0; i < 4; ++i) {
        const QString src = m_template.filePath(QStringLiteral("doc%1.bin").arg(i));
        const QByteArray data = Test::randomBytes(50000 + i * 1000, static_cast<quint32>(i + 10));
        QVERIFY(Test::writeFile(src, data));
        QVERIFY(Importer(**e).addDocument(cs->id, src).has_value());
        m_shas << Test::sha256Hex(data);
        QFile::remove(src);
    }
    m_events = Test::countRows(**e, QStringLiteral("audit_event"));
    QVERIFY(m_events > 10);
}

void TstVerify::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(copyTree(m_template.path(), m_dir->path()));
    QFile::remove(m_dir->filePath(QStringLiteral("aktenwerk.lock")));
}

void TstVerify::cleanup()
{
    m_dir.reset();
}

Database TstVerify::writable()
{
    auto db = Database::open(m_dir->filePath(QStringLiteral("aktenwerk.sqlite")), Database::Mode::ReadWrite);
    return db ? std::move(*db) : Database();
}

VerifyReport::Check TstVerify::check(const QString &name)
{
    Engine::Options o;
    o.dataDir = m_dir->path();
    o.mode = Engine::Mode::ReadOnly;
    auto e = Engine::open(o);
    if (!e)
        return {QStringLiteral("open failed: ") + e.error().toString(), 0, false, {}};
    auto r = (*e)->verify();
    if (!r)
        return {QStringLiteral("verify failed: ") + r.error().toString(), 0, false, {}};
    for (const VerifyReport::Check &c : r->checks) {
        if (c.name == name)
            return c;
    }
    return {QStringLiteral("no check named ") + name, 0, false, {}};
}

void TstVerify::cleanFolderPasses()
{
    for (const char *name : { "database", "content", "versions", "operations", "removals", "audit" }) {
        const auto c = check(QLatin1String(name));
        QVERIFY2(c.ok, qPrintable(c.name + QLatin1Char(' ') + c.problems.join(QLatin1Char(';'))));
    }
    QCOMPARE(check(QStringLiteral("content")).count, 4);
    QCOMPARE(check(QStringLiteral("audit")).count, m_events);
}

void TstVerify::flippedContentByteIsFound()
{
    const QString path = m_dir->filePath(QStringLiteral("content/%1/%2").arg(m_shas.at(2).left(2), m_shas.at(2)));
    ::chmod(QFile::encodeName(path).constData(), 0644);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(1234);
    char c = 0;
    f.getChar(&c);
    f.seek(1234);
    f.putChar(static_cast<char>(c ^ 0x01));
    f.close();
    const auto result = check(QStringLiteral("content"));
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().contains(m_shas.at(2).left(12)), qPrintable(result.problems.first()));
    QVERIFY(check(QStringLiteral("audit")).ok); // the other checks are not confused
}

void TstVerify::missingContentIsFound()
{
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("content/%1/%2").arg(m_shas.at(0).left(2), m_shas.at(0)))));
    const auto result = check(QStringLiteral("content"));
    QVERIFY(!result.ok);
    QVERIFY(result.problems.first().contains(QLatin1String("missing")));
}

void TstVerify::alteredAuditEventIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("details") << "UPDATE audit_event SET details = '{\"title\":\"anders\"}' WHERE seq = 5";
    QTest::newRow("user") << "UPDATE audit_event SET user_login = 'mallory' WHERE seq = 5";
    QTest::newRow("time") << "UPDATE audit_event SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5";
    QTest::newRow("entity") << "UPDATE audit_event SET entity_id = 'x' WHERE seq = 5";
}

void TstVerify::alteredAuditEventIsFound()
{
    QFETCH(QString, sql);
    {
        Database db = writable();
        QVERIFY(db.exec(sql).has_value());
    }
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY2(result.problems.first().contains(QLatin1String("event 5 was altered")), qPrintable(result.problems.first()));
}

void TstVerify::deletedAuditEventIsFound()
{
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 7")).has_value());
    }
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY2(result.problems.first().contains(QLatin1String("event 7 is missing")), qPrintable(result.problems.first()));
}

void TstVerify::swappedAuditEventsAreFound()
{
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_event SET seq = -1 WHERE seq = 8; "
                                       "UPDATE audit_event SET seq = 8 WHERE seq = 9; "
                                       "UPDATE audit_event SET seq = 9 WHERE seq = -1"))
                    .has_value());
    }
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY2(result.problems.first().contains(QLatin1String("event 8")), qPrintable(result.problems.first()));
}

void TstVerify::cutTailIsFoundAgainstTheAnchor()
{
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq > %1").arg(m_events - 3)).has_value());
    }
    // The chain itself is consistent; only the anchor kept outside the database shows the cut.
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY2(result.problems.first().contains(QLatin1String("removed from the end")), qPrintable(result.problems.first()));
}

void TstVerify::rewrittenChainIsFoundAgainstTheAnchor()
{
    // An attacker with database access alters an event and recomputes every hash after it.
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_event SET user_login = 'mallory' WHERE seq = 3")).has_value());
        auto events = Queries::auditEvents(db);
        QVERIFY(events.has_value());
        QString prev = QString::fromLatin1(AuditLog::genesisHash);
        for (AuditEvent e : *events) {
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            auto st = db.prepare(QStringLiteral("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?"));
            st->bindAll(e.prevHash, e.hash, e.seq);
            QVERIFY(st->run().has_value());
            prev = e.hash;
        }
    }
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY2(result.problems.first().contains(QLatin1String("anchored head")), qPrintable(result.problems.first()));
}

void TstVerify::missingAnchorIsFound()
{
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("audit-anchor.json"))));
    const auto result = check(QStringLiteral("audit"));
    QVERIFY(!result.ok);
    QVERIFY(result.problems.join(QLatin1Char(' ')).contains(QLatin1String("anchor")));
}

void TstVerify::operationWithoutAuditEventIsFound()
{
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO oplog (op_id, command, entity_type, entity_id, base_revision, "
                                       "revision, payload, user_login, created_at) VALUES ('forged', 'file.create', "
                                       "'file', 'x', 0, 1, '{}', 'mallory', 't')"))
                    .has_value());
    }
    const auto result = check(QStringLiteral("operations"));
    QVERIFY(!result.ok);
    QVERIFY(result.problems.first().contains(QLatin1String("forged")));
}

void TstVerify::brokenVersionChainIsFound()
{
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("UPDATE document SET current_version = 3 WHERE rowid = 1")).has_value());
    }
    QVERIFY(!check(QStringLiteral("versions")).ok);
}

void TstVerify::transferNoteThatDoesNotMatchIsFound()
{
    const QUuid documentId = QUuid::createUuid();
    const QByteArray product("%PDF-1.7 scan product stand-in");
    ScanTransferNote note;
    {
        auto e = Test::openEngine(m_dir->path());
        QVERIFY(e.has_value());
        auto content = (*e)->content().putData(product);
        QVERIFY(content.has_value());
        auto db = (*e)->openReader();
        // The case of the template's documents.
        const QUuid caseId = QUuid::fromString(db->scalar(QStringLiteral("SELECT case_id FROM document LIMIT 1"))->toString());
        QVERIFY(!caseId.isNull());
        note.id = QUuid::createUuid();
        note.documentId = documentId;
        note.deviceName = QStringLiteral("test:0");
        note.source = QStringLiteral("adf");
        note.mode = QStringLiteral("gray");
        note.resolutionDpi = 300;
        note.scannedBy = QStringLiteral("tester");
        note.capturedAt = note.checkedAt = note.filedAt = QDateTime::currentDateTimeUtc();
        note.pageCount = 2;
        note.qualityCheckText = QStringLiteral("2 Seiten geprüft");
        note.qualityCheckPassed = true;
        note.productSha256 = content->sha256.toLatin1();
        Command c = Commands::createDocument(caseId, QStringLiteral("Scan"), *content, QStringLiteral("application/pdf"),
                                             QStringLiteral("scan.pdf"), VersionOrigin::Scan);
        c.args.insert(QStringLiteral("document_id"), documentId.toString(QUuid::WithoutBraces));
        c.args.insert(QStringLiteral("transfer_note"), QString::fromUtf8(note.toCanonicalJson()));
        auto r = (*e)->apply(c);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->id, documentId);
    }
    auto clean = check(QStringLiteral("transfer notes"));
    QVERIFY2(clean.ok, qPrintable(clean.problems.join(QLatin1Char(';'))));
    QCOMPARE(clean.count, 1);

    // The note is as immutable as its version; written around the trigger, the change is found.
    ScanTransferNote other = note;
    other.productSha256 = QByteArray(64, 'a');
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER version_is_immutable")).has_value());
        QVERIFY(db.exec(QStringLiteral("UPDATE version SET transfer_note = '%1' WHERE document_id = '%2'")
                            .arg(QString::fromUtf8(other.toCanonicalJson()), documentId.toString(QUuid::WithoutBraces)))
                    .has_value());
    }
    auto changed = check(QStringLiteral("transfer notes"));
    QVERIFY(!changed.ok);
    QVERIFY2(changed.problems.join(QLatin1Char(';')).contains(QLatin1String("SHA-256")),
             qPrintable(changed.problems.join(QLatin1Char(';'))));
    other = note;
    other.documentId = QUuid::createUuid();
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("UPDATE version SET transfer_note = '%1' WHERE document_id = '%2'")
                            .arg(QString::fromUtf8(other.toCanonicalJson()), documentId.toString(QUuid::WithoutBraces)))
                    .has_value());
    }
    auto moved = check(QStringLiteral("transfer notes"));
    QVERIFY(!moved.ok);
    QVERIFY2(moved.problems.join(QLatin1Char(';')).contains(QLatin1String("another document")),
             qPrintable(moved.problems.join(QLatin1Char(';'))));
}

void TstVerify::cliExitCodes()
{
    const auto ok = Test::runCli({QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("content: 4 checked"), ok.out.constData());
    QVERIFY(ok.out.contains("Everything holds."));
    {
        Database db = writable();
        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 2")).has_value());
    }
    const auto bad = Test::runCli({QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("verify")});
    QCOMPARE(bad.exitCode, 4);
    QVERIFY(bad.out.contains("FAIL audit"));
    QCOMPARE(bad.err.count('\n'), 1); // one line on stderr
    QVERIFY(bad.err.startsWith("aktenwerk-cli: verification failed: "));
    QVERIFY(bad.out.contains("Audit event 2 is missing."));
}

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"
