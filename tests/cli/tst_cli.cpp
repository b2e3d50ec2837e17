#include "dms/demo/simplepdf.h"
#include "dms/engine.h"

#include "../testsupport.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Aktenwerk;

namespace {
QJsonDocument json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out);
}
} // namespace

/** aktenwerk-cli as a user runs it: the contract, JSON output, exit codes, one-line errors. */
class TstCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void usageErrors();
    void contract();
    void readCommandsNeedAnIndex();
    void badInputLeavesNothing();
    void lockedDataFolder();
    void germanMessages();
    void searchAndReindex();
    void importFoldersIntoTheIntakeAndCases();
    void fileIntoCaseAndLinkDuplicates();
    void watchedFolderKeepsWorkingAfterBadFiles();
    void mailWithAttachmentsIntoACase();
    void imagesAreStoredWithoutTextAndCounted();
    void checkOutCheckInAndRestore();
    void scannerDevicesAndScan();
    void scanIntoACaseWithTransferNote();
    void scannedLetterIsProposedForItsCase();
    void moveVolumeShareDeleteAndRestore();

private:
    Test::CliRun cli(QStringList args);
    /** A fresh data folder @p data with the example plan, one file and one case; returns the case reference. */
    QString folderWithCase(const QString &data, const QString &fileTitle);
    QTemporaryDir m_dir;
    QString m_data;
};

void TstCli::initTestCase()
{
    QVERIFY(QFile::exists(Test::cliPath()));
    m_data = m_dir.filePath(QStringLiteral("data"));
}

Test::CliRun TstCli::cli(QStringList args)
{
    args.prepend(m_data);
    args.prepend(QStringLiteral("--data-dir"));
    return Test::runCli(args);
}

void TstCli::version()
{
    const auto r = Test::runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("aktenwerk-cli " AKTENWERK_VERSION));
    const auto help = Test::runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *cmd : {"init", "plan import", "file create", "case create", "list", "set", "add", "show", "get",
                            "verify", "audit"})
        QVERIFY2(help.out.contains(cmd), cmd);
}

void TstCli::usageErrors()
{
    const QList<QStringList> wrong{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("ohne Plan")},
        {QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("rot")},
        {QStringLiteral("set"), QStringLiteral("x")},
        {QStringLiteral("get"), QStringLiteral("x")},
        {QStringLiteral("add"), QStringLiteral("--case")},
    };
    for (const QStringList &args : wrong) {
        const auto r = Test::runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(r.err.startsWith("aktenwerk-cli: "));
        QCOMPARE(r.out, QByteArray());
    }
}

void TstCli::contract()
{
    auto r = cli({QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("plan"), QStringLiteral("import"),
             Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("45 units created"), r.out.constData());

    r = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray plan = json(r.out).array();
    QCOMPARE(plan.size(), 45);
    QCOMPARE(plan.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("11"));

    // file create prints the new reference; --json gives it with the id.
    r = cli({QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01.02"),
             QStringLiteral("--title"), QStringLiteral("Neubau Einfamilienhaus, Lindenweg 12"),
             QStringLiteral("--department"), QStringLiteral("FB 63"), QStringLiteral("--type"),
             QStringLiteral("Bauakte"), QStringLiteral("Gemarkung=Musterstadt"), QStringLiteral("flur=7"),
             QStringLiteral("Flurstück=112/3"), QStringLiteral("bauherr=Familie Krüger")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString year = QString::number(QDate::currentDate().year());
    const QString fileRef = QString::fromUtf8(r.out.trimmed());
    QCOMPARE(fileRef, QStringLiteral("63.01.02-0001/") + year);
    r = cli({QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01.02"),
             QStringLiteral("--title"), QStringLiteral("Zweite"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r.out).object().value(QLatin1String("reference")).toString(), QStringLiteral("63.01.02-0002/") + year);

    r = cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), fileRef,
             QStringLiteral("--title"), QStringLiteral("Bauantrag"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString caseRef = json(r.out).object().value(QLatin1String("reference")).toString();
    QCOMPARE(caseRef, fileRef + QStringLiteral("-001"));

    // add stores files as documents and reports each one.
    const QByteArray a = Test::randomBytes(70000, 1);
    const QByteArray b("Sehr geehrte Frau Krüger,\nIhr Antrag ist eingegangen.\n");
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("Lageplan.pdf")), a));
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("Eingangsbestätigung.txt")), b));
    r = cli({QStringLiteral("add"), QStringLiteral("--case"), caseRef, m_dir.filePath(QStringLiteral("Lageplan.pdf")),
             m_dir.filePath(QStringLiteral("Eingangsbestätigung.txt")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray added = json(r.out).array();
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).toObject().value(QLatin1String("sha256")).toString(), Test::sha256Hex(a));
    const QString docId = added.at(1).toObject().value(QLatin1String("id")).toString();

    // list --file: cases and documents, each document with its current sha256.
    r = cli({QStringLiteral("list"), QStringLiteral("--file"), fileRef, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject listed = json(r.out).object();
    QCOMPARE(listed.value(QLatin1String("reference")).toString(), fileRef);
    QCOMPARE(listed.value(QLatin1String("metadata")).toObject().value(QLatin1String("flurstueck")).toString(),
             QStringLiteral("112/3"));
    const QJsonArray docs = listed.value(QLatin1String("cases")).toArray().at(0).toObject().value(QLatin1String("documents")).toArray();
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(1).toObject().value(QLatin1String("sha256")).toString(), Test::sha256Hex(b));
    QCOMPARE(docs.at(1).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Eingangsbestätigung"));

    r = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(r.out).array().size(), 2);

    // show a document: its versions with sha256.
    r = cli({QStringLiteral("show"), docId, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray versions = json(r.out).object().value(QLatin1String("versions")).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).toObject().value(QLatin1String("sha256")).toString(), Test::sha256Hex(b));
    QCOMPARE(versions.at(0).toObject().value(QLatin1String("mime_type")).toString(), QStringLiteral("text/plain"));
    // ... and its reference: the case's, and its running number there; the reference names it too.
    QCOMPARE(json(r.out).object().value(QLatin1String("reference")).toString(), caseRef + QStringLiteral("/2"));
    r = cli({ QStringLiteral("show"), caseRef + QStringLiteral("/2"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r.out).object().value(QLatin1String("id")).toString(), docId);
    r = cli({ QStringLiteral("versions"), caseRef + QStringLiteral("/1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(Test::sha256Hex(a).toUtf8()));
    r = cli({ QStringLiteral("show"), caseRef + QStringLiteral("/7") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("was found"), r.err.constData());

    // get writes the content, verified.
    const QString out = m_dir.filePath(QStringLiteral("out.txt"));
    r = cli({QStringLiteral("get"), docId, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(Test::readFile(out), b);

    // set changes title and typed metadata; bad values are refused with a one-line message.
    r = cli({QStringLiteral("set"), fileRef, QStringLiteral("title=Neubau EFH Lindenweg 12"), QStringLiteral("Flurstück=113")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("set"), fileRef, QStringLiteral("Flur=sieben")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("must be a number"), r.err.constData());
    r = cli({QStringLiteral("show"), fileRef, QStringLiteral("--json")});
    const QJsonObject shown = json(r.out).object();
    QCOMPARE(shown.value(QLatin1String("title")).toString(), QStringLiteral("Neubau EFH Lindenweg 12"));
    QCOMPARE(shown.value(QLatin1String("metadata")).toObject().value(QLatin1String("flur")).toString(), QStringLiteral("7"));
    r = cli({QStringLiteral("history"), fileRef, QStringLiteral("--json")});
    QCOMPARE(json(r.out).array().size(), 2);

    // settings: the reference template, as JSON too.
    r = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("reference.file_template"),
             QStringLiteral("--json")});
    QCOMPARE(json(r.out).object().value(QLatin1String("value")).toString(), QStringLiteral("{plan}-{seq:04}/{year}"));
    r = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("reference.file_template"),
             QStringLiteral("{plan}")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("{seq}"), r.err.constData());

    // verify and audit.
    r = cli({QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("ok   content: 2 checked"));
    r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray events = json(r.out).array();
    QVERIFY(events.size() > 50);
    const QJsonObject last = events.last().toObject();
    QCOMPARE(last.value(QLatin1String("action")).toString(), QStringLiteral("fields.update"));
    QCOMPARE(last.value(QLatin1String("seq")).toInt(), events.size());
    QCOMPARE(events.at(1).toObject().value(QLatin1String("prev_hash")).toString(),
             events.at(0).toObject().value(QLatin1String("hash")).toString());
    r = cli({QStringLiteral("audit"), QStringLiteral("--entity"), fileRef, QStringLiteral("--json")});
    QCOMPARE(json(r.out).array().size(), 2); // created, changed
}

void TstCli::readCommandsNeedAnIndex()
{
    const auto r = Test::runCli({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("nowhere")),
                                 QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("aktenwerk-cli init"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TstCli::badInputLeavesNothing()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("d"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("import"),
                  Test::testDataDir() + QStringLiteral("/plans/aktenplan-beispiel.csv")})
                 .exitCode,
             0);
    auto auditCount = [&] { return json(run({QStringLiteral("audit"), QStringLiteral("--json")}).out).array().size(); };
    const int before = static_cast<int>(auditCount());

    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("dup.csv")), "code;title;retention;disposal\n77;A;1;V\n77;B;1;V\n"));
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("plan"), QStringLiteral("import"), dir.filePath(QStringLiteral("dup.csv"))}, "appears twice"},
        {{QStringLiteral("plan"), QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv"))}, "does not exist"},
        {{QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("99.99"),
          QStringLiteral("--title"), QStringLiteral("x")},
         "does not exist in the file plan"},
        {{QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("36.09"),
          QStringLiteral("--title"), QStringLiteral("x")},
         "retired"},
        {{QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("36.01.01"),
          QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--type"), QStringLiteral("Anlagenakte"),
          QStringLiteral("anlage=Biogas")},
         "Operator is required"},
        {{QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), QStringLiteral("36.01.01-9999/2000"),
          QStringLiteral("--title"), QStringLiteral("x")},
         "was found"},
        {{QStringLiteral("add"), QStringLiteral("--case"), QStringLiteral("nichts"), dir.filePath(QStringLiteral("no.pdf"))},
         "does not exist"},
        {{QStringLiteral("add"), QStringLiteral("--case"), QStringLiteral("nichts"), dir.path()}, "is a folder"},
        {{QStringLiteral("show"), QStringLiteral("00000000-0000-0000-0000-000000000001")}, "was found"},
    };
    for (const Case &c : cases) {
        const auto r = run(c.args);
        QVERIFY2(r.exitCode == 1, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(c.message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
    // An unreadable file (reading /proc/self/mem fails with EIO even for root) aborts cleanly.
    auto file = run({QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("36.01.01"),
                     QStringLiteral("--title"), QStringLiteral("Anlage")});
    QCOMPARE(file.exitCode, 0);
    auto cs = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"),
                   QString::fromUtf8(file.out.trimmed()), QStringLiteral("--title"), QStringLiteral("Vorgang")});
    QCOMPARE(cs.exitCode, 0);
    const auto unreadable = run({QStringLiteral("add"), QStringLiteral("--case"), QString::fromUtf8(cs.out.trimmed()),
                                 QStringLiteral("/proc/self/mem")});
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.err.contains("Cannot read"), unreadable.err.constData());
    QCOMPARE(auditCount(), before + 2); // only the file and the case
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
}

void TstCli::lockedDataFolder()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("d"));
    QCOMPARE(Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("init")}).exitCode, 0);
    auto holder = Test::openEngine(data, Dms::Engine::osLogin()); // another process would hold it the same way
    QVERIFY(holder.has_value());
    QVERIFY(Test::importSmallPlan(**holder).has_value());

    const auto write = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("file"), QStringLiteral("create"),
                                     QStringLiteral("--plan"), QStringLiteral("63.01.02"), QStringLiteral("--title"),
                                     QStringLiteral("x")});
    QCOMPARE(write.exitCode, 3);
    QVERIFY2(write.err.contains("is in use by another Aktenwerk process"), write.err.constData());
    QCOMPARE(write.err.count('\n'), 1);
    // Reading is fine meanwhile.
    const auto read = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("plan"), QStringLiteral("list")});
    QCOMPARE(read.exitCode, 0);
    QVERIFY(read.out.contains("63.01.02"));
    QCOMPARE(Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("verify")}).exitCode, 0);
    holder->reset();
    QCOMPARE(Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("file"), QStringLiteral("create"),
                           QStringLiteral("--plan"), QStringLiteral("63.01.02"), QStringLiteral("--title"),
                           QStringLiteral("x")})
                 .exitCode,
             0);
}

void TstCli::searchAndReindex()
{
    // The demo data: letters and forms of FB 63 and FB 36, some of them text documents.
    const QString data = m_dir.filePath(QStringLiteral("search"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    auto r = run({QStringLiteral("demo")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("search"), QStringLiteral("bauantraege"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject found = QJsonDocument::fromJson(r.out).object();
    const QJsonArray hits = found.value(QLatin1String("hits")).toArray();
    QVERIFY(!hits.isEmpty());
    bool snippet = false;
    for (const QJsonValue &h : hits) {
        const QJsonObject o = h.toObject();
        QVERIFY(!QUuid::fromString(o.value(QLatin1String("id")).toString()).isNull());
        QVERIFY(o.value(QLatin1String("file_reference")).toString().startsWith(QLatin1String("63.")));
        QVERIFY(!o.value(QLatin1String("file_name")).toString().isEmpty());
        snippet = snippet || o.value(QLatin1String("snippet")).toString().contains(QLatin1String("[Bauantrag]"));
    }
    QVERIFY2(snippet, r.out.constData()); // the letter "Ihr Bauantrag ist ... eingegangen"
    r = run({QStringLiteral("search"), QStringLiteral("Baugenehmigungsgebuehr")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Nothing found."));
    r = run({QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("-Garage")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not only what to leave out"));
    r = run({QStringLiteral("search")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("reindex")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Search index rebuilt: 8 documents."), r.out.constData());
}

void TstCli::importFoldersIntoTheIntakeAndCases()
{
    const QString data = m_dir.filePath(QStringLiteral("import"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QVERIFY(run({QStringLiteral("demo")}).exitCode == 0);
    // A scanner's folder: a letter, the same letter again below, a note, junk named .pdf, a
    // hidden folder that must be left alone.
    const QString in = m_dir.filePath(QStringLiteral("mailroom"));
    for (const char *sub : {"/2026-11-26/nochmal", "/.thumbs"})
        QVERIFY(QDir().mkpath(in + QLatin1String(sub)));
    Dms::SimplePdf letter;
    letter.addHeading(QStringLiteral("Widerspruch"));
    letter.addParagraph(QStringLiteral("Gegen den Gebührenbescheid lege ich Widerspruch ein. Quittungsnummer 4711."));
    const QByteArray letterPdf = letter.toPdf(); // once: the PDF carries its creation time
    QVERIFY(Test::writeFile(in + QStringLiteral("/2026-11-26/brief.pdf"), letterPdf));
    QVERIFY(Test::writeFile(in + QStringLiteral("/2026-11-26/nochmal/brief-kopie.pdf"), letterPdf));
    QVERIFY(Test::writeFile(in + QStringLiteral("/notiz.txt"), "Rückruf erbeten"));
    QVERIFY(Test::writeFile(in + QStringLiteral("/kaputt.pdf"), QByteArray(3000, 'x')));
    QVERIFY(Test::writeFile(in + QStringLiteral("/.thumbs/x.txt"), "intern"));

    auto r = run({QStringLiteral("import"), in, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), 4); // the hidden folder is skipped
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &v : items)
        byName.insert(QFileInfo(v.toObject().value(QLatin1String("path")).toString()).fileName(), v.toObject());
    QCOMPARE(byName.value(QStringLiteral("brief.pdf")).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    const QJsonObject copy = byName.value(QStringLiteral("brief-kopie.pdf"));
    QCOMPARE(copy.value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(copy.value(QLatin1String("duplicate_of")).toString(),
             byName.value(QStringLiteral("brief.pdf")).value(QLatin1String("id")).toString());
    QCOMPARE(byName.value(QStringLiteral("notiz.txt")).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    const QJsonObject junk = byName.value(QStringLiteral("kaputt.pdf"));
    QCOMPARE(junk.value(QLatin1String("status")).toString(), QStringLiteral("stored-without-text"));
    QVERIFY(junk.value(QLatin1String("reason")).toString().contains(QLatin1String("not a PDF")));

    // In the intake, and found by the words of the letter.
    r = run({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    r = run({QStringLiteral("search"), QStringLiteral("Gebührenbescheid"), QStringLiteral("--json")});
    const QJsonArray hits = QJsonDocument::fromJson(r.out).object().value(QLatin1String("hits")).toArray();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(QLatin1String("file_name")).toString(), QStringLiteral("brief.pdf"));

    // Into a case; a missing path is refused before anything is stored.
    r = run({QStringLiteral("import"), QStringLiteral("--case"), QStringLiteral("63.01.02-0001/2026-002"),
             in + QStringLiteral("/notiz.txt"), m_dir.filePath(QStringLiteral("fehlt.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("does not exist"));
    Dms::SimplePdf reply;
    reply.addParagraph(QStringLiteral("Antwort zum Standsicherheitsnachweis, Nachtrag drei."));
    QVERIFY(Test::writeFile(in + QStringLiteral("/antwort.pdf"), reply.toPdf()));
    r = run({QStringLiteral("import"), QStringLiteral("--case"), QStringLiteral("63.01.02-0001/2026-002"),
             in + QStringLiteral("/antwort.pdf")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("ok\t"));
    r = run({QStringLiteral("search"), QStringLiteral("Nachtrag az:63.01.02-0001/2026-002"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("hits")).toArray().size(), 1);
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
}

void TstCli::fileIntoCaseAndLinkDuplicates()
{
    const QString data = m_dir.filePath(QStringLiteral("file-into"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QVERIFY(run({QStringLiteral("demo")}).exitCode == 0);
    const QString caseA = QStringLiteral("63.01.02-0001/%1-001").arg(QDate::currentDate().year());
    const QString caseB = QStringLiteral("63.01.02-0001/%1-002").arg(QDate::currentDate().year());
    const QString letter = m_dir.filePath(QStringLiteral("einwendung.txt"));
    QVERIFY(Test::writeFile(letter, "Einwendung gegen das Bauvorhaben Lindenweg 12, Abstandsflächen."));

    auto r = run({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--json")});
    const qsizetype intakeBefore = QJsonDocument::fromJson(r.out).array().size();
    r = run({QStringLiteral("import"), letter, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString docId =
        QJsonDocument::fromJson(r.out).array().first().toObject().value(QLatin1String("id")).toString();
    QVERIFY(!QUuid::fromString(docId).isNull());

    // Usage: the document and --case are both needed.
    QCOMPARE(run({QStringLiteral("file-into"), docId}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("file-into"), QStringLiteral("--case"), caseA}).exitCode, 2);
    QVERIFY(Test::runCli({QStringLiteral("--help")}).out.contains("file-into DOC --case"));

    r = run({QStringLiteral("file-into"), docId, QStringLiteral("--case"), caseA, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject filed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(filed.value(QLatin1String("id")).toString(), docId);
    QCOMPARE(filed.value(QLatin1String("case_reference")).toString(), caseA);
    r = run({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), intakeBefore);
    r = run({QStringLiteral("show"), docId, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString caseAId = QJsonDocument::fromJson(r.out).object().value(QLatin1String("case_id")).toString();
    QVERIFY(!caseAId.isEmpty());

    // Filed already: refused with one line that says why, nothing changed.
    r = run({QStringLiteral("file-into"), docId, QStringLiteral("--case"), caseB});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already filed"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);

    // The same letter into the other case: with --link-duplicates a reference, not a copy.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--link-duplicates"), letter}).exitCode, 2); // no --case
    r = run({QStringLiteral("import"), QStringLiteral("--case"), caseB, letter, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("duplicate"));
    r = run({QStringLiteral("import"), QStringLiteral("--case"), caseB, QStringLiteral("--link-duplicates"), letter,
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject linked = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(linked.value(QLatin1String("status")).toString(), QStringLiteral("linked"));
    QCOMPARE(linked.value(QLatin1String("duplicate_of")).toString(), docId);
    const QString refId = linked.value(QLatin1String("id")).toString();
    QVERIFY(!QUuid::fromString(refId).isNull() && refId != docId);
    r = run({QStringLiteral("show"), refId, QStringLiteral("--json")});
    const QJsonObject ref = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(ref.value(QLatin1String("type")).toString(), QStringLiteral("Verweis"));
    QCOMPARE(ref.value(QLatin1String("metadata")).toObject().value(QLatin1String("reference_to")).toString(), docId);
    QVERIFY(ref.value(QLatin1String("case_id")).toString() != caseAId);
    // Its own case already holds the original: nothing to refer to there.
    r = run({QStringLiteral("import"), QStringLiteral("--case"), caseA, QStringLiteral("--link-duplicates"), letter});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("duplicate\t"), r.out.constData());
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
}

void TstCli::watchedFolderKeepsWorkingAfterBadFiles()
{
    const QString data = m_dir.filePath(QStringLiteral("watch"));
    const QString scans = m_dir.filePath(QStringLiteral("scanner"));
    QVERIFY(QDir().mkpath(scans + QStringLiteral("/stapel")));
    auto cliIn = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QVERIFY(cliIn({QStringLiteral("init")}).exitCode == 0);
    auto pdf = [](const QString &text) {
        Dms::SimplePdf p;
        p.addParagraph(text);
        return p.toPdf();
    };
    // The scanner's first batch: a letter, a zero-byte file and junk named .pdf.
    const QByteArray first = pdf(QStringLiteral("Anzeige wegen Ruhestörung")); // byte for byte, for the copy below
    QVERIFY(Test::writeFile(scans + QStringLiteral("/scan-0001.pdf"), first));
    QVERIFY(Test::writeFile(scans + QStringLiteral("/stapel/scan-0002.pdf"), QByteArray()));
    QVERIFY(Test::writeFile(scans + QStringLiteral("/stapel/scan-0003.pdf"), QByteArray(5000, '\x07')));
    auto r = cliIn({QStringLiteral("watch"), scans, QStringLiteral("--once")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count("\n"), 3);
    QVERIFY(r.out.contains("ok\t"));
    QCOMPARE(r.out.count("stored-without-text"), 2);
    QVERIFY(r.out.contains("The file is empty."));
    const QString done = scans + QStringLiteral("/.aktenwerk/erledigt/") + QDate::currentDate().toString(Qt::ISODate);
    for (const char *name : {"scan-0001.pdf", "scan-0002.pdf", "scan-0003.pdf"})
        QVERIFY2(QFileInfo::exists(done + QLatin1Char('/') + QLatin1String(name)), name);
    QVERIFY(!QFileInfo::exists(scans + QStringLiteral("/scan-0001.pdf")));

    // The folder keeps working: the next scan, continuously watched, arrives and is found;
    // a copy of the first letter is recognised; SIGTERM ends the watch cleanly.
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    watch.setProcessEnvironment(env);
    watch.start(Test::cliPath(), {QStringLiteral("--data-dir"), data, QStringLiteral("watch"), scans});
    QVERIFY(watch.waitForStarted());
    QVERIFY(Test::writeFile(scans + QStringLiteral("/scan-0004.pdf"), pdf(QStringLiteral("Nachtrag zur Ruhestörung, Zeugin Frau Öztürk"))));
    QVERIFY(Test::writeFile(scans + QStringLiteral("/scan-0005.pdf"), first));
    QByteArray out;
    for (int i = 0; i < 150 && out.count("\n") < 3; ++i) { // the banner and two files; files settle for 2 s
        watch.waitForReadyRead(100);
        out += watch.readAllStandardOutput();
    }
    QVERIFY2(out.contains("scan-0004.pdf") && out.contains("scan-0005.pdf"), out.constData());
    QVERIFY2(out.contains("duplicate"), out.constData());
    ::kill(static_cast<pid_t>(watch.processId()), SIGTERM);
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);

    r = cliIn({QStringLiteral("search"), QStringLiteral("oeztuerk"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("hits")).toArray().size(), 1);
    r = cliIn({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4); // 0001-0004; 0005 is 0001 again
    QCOMPARE(cliIn({QStringLiteral("verify")}).exitCode, 0);
}

void TstCli::mailWithAttachmentsIntoACase()
{
    const QString data = m_dir.filePath(QStringLiteral("mail"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QVERIFY(run({QStringLiteral("demo")}).exitCode == 0);
    Dms::SimplePdf pdf;
    pdf.addParagraph(QStringLiteral("Statik der Dachgauben, geprüft vom Tragwerksplaner."));
    QByteArray pdfBase64;
    const QByteArray encoded = pdf.toPdf().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        pdfBase64 += encoded.mid(i, 76) + "\r\n";
    QByteArray mail = "From: =?UTF-8?Q?Fr=C3=B6hlich?= Architekten <buero@froehlich.example>\n"
                      "To: bauaufsicht@stadt.example\n"
                      "Subject: =?UTF-8?Q?Nachreichung_Standsicherheitsnachweis?=\n"
                      "Date: Wed, 25 Nov 2026 16:40:00 +0100\n"
                      "Message-ID: <nachreichung-1@froehlich.example>\n"
                      "MIME-Version: 1.0\n"
                      "Content-Type: multipart/mixed; boundary=\"teil\"\n"
                      "\n"
                      "--teil\n"
                      "Content-Type: text/plain; charset=utf-8\n"
                      "Content-Transfer-Encoding: quoted-printable\n"
                      "\n"
                      "Sehr geehrte Damen und Herren, anbei die Unterlagen zur Dachsanierung Gl=C3=BCckstra=C3=9Fe.\n"
                      "--teil\n"
                      "Content-Type: application/pdf\n"
                      "Content-Disposition: attachment; filename*=UTF-8''Statik%20Dachgauben.pdf\n"
                      "Content-Transfer-Encoding: base64\n"
                      "\n";
    mail.replace("\n", "\r\n");
    mail += pdfBase64 + "--teil--\r\n";
    const QString eml = m_dir.filePath(QStringLiteral("nachreichung.eml"));
    QVERIFY(Test::writeFile(eml, mail));

    const QString caseRef = QStringLiteral("63.01.02-0001/2026-002");
    auto r = run({QStringLiteral("import"), QStringLiteral("--case"), caseRef, eml, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), 2); // the mail, then its attachment as an item of its own
    const QJsonObject mailItem = items.at(0).toObject();
    const QJsonObject pdfItem = items.at(1).toObject();
    QCOMPARE(mailItem.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(pdfItem.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(pdfItem.value(QLatin1String("path")).toString(), eml + QStringLiteral(" \u203A Statik Dachgauben.pdf"));
    const QString mailId = mailItem.value(QLatin1String("id")).toString();
    const QString pdfId = pdfItem.value(QLatin1String("id")).toString();
    QVERIFY(!QUuid::fromString(mailId).isNull());
    QVERIFY(!QUuid::fromString(pdfId).isNull());
    QCOMPARE(pdfItem.value(QLatin1String("attachment_of")).toString(), mailId);
    QCOMPARE(pdfItem.value(QLatin1String("pages")).toInt(), 1);

    // Two documents in the case, linked both ways in their metadata.
    r = run({QStringLiteral("show"), mailId, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject shownMail = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shownMail.value(QLatin1String("title")).toString(), QStringLiteral("Nachreichung Standsicherheitsnachweis"));
    QCOMPARE(shownMail.value(QLatin1String("type")).toString(), QStringLiteral("E-Mail"));
    QCOMPARE(shownMail.value(QLatin1String("mime_type")).toString(), QStringLiteral("message/rfc822"));
    QCOMPARE(shownMail.value(QLatin1String("sha256")).toString(), Test::sha256Hex(mail)); // the .eml itself
    const QJsonObject md = shownMail.value(QLatin1String("metadata")).toObject();
    QCOMPARE(md.value(QLatin1String("sender")).toString(), QStringLiteral("Fröhlich Architekten <buero@froehlich.example>"));
    QCOMPARE(md.value(QLatin1String("recipients")).toString(), QStringLiteral("bauaufsicht@stadt.example"));
    QCOMPARE(md.value(QLatin1String("date")).toString(), QStringLiteral("2026-11-25T15:40:00Z"));
    QCOMPARE(md.value(QLatin1String("subject")).toString(), QStringLiteral("Nachreichung Standsicherheitsnachweis"));
    QCOMPARE(md.value(QLatin1String("attachments")).toString(), pdfId);
    r = run({QStringLiteral("show"), pdfId, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject shownPdf = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shownPdf.value(QLatin1String("metadata")).toObject().value(QLatin1String("attachment_of")).toString(), mailId);
    QCOMPARE(shownPdf.value(QLatin1String("mime_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(shownPdf.value(QLatin1String("title")).toString(), QStringLiteral("Statik Dachgauben"));
    QCOMPARE(shownPdf.value(QLatin1String("case_id")).toString(), shownMail.value(QLatin1String("case_id")).toString());
    QVERIFY(!shownMail.value(QLatin1String("case_id")).toString().isEmpty());

    auto hitIds = [&](const QString &query) {
        auto found = run({QStringLiteral("search"), query, QStringLiteral("--json")});
        QStringList ids;
        for (const QJsonValue &h : QJsonDocument::fromJson(found.out).object().value(QLatin1String("hits")).toArray())
            ids << h.toObject().value(QLatin1String("id")).toString();
        return ids;
    };
    QCOMPARE(hitIds(QStringLiteral("Glückstraße")), QStringList{mailId});   // a word of the body
    QCOMPARE(hitIds(QStringLiteral("Tragwerksplaner")), QStringList{pdfId}); // a word of the PDF attachment
    QCOMPARE(hitIds(QStringLiteral("sender:Fröhlich")), QStringList{mailId});

    // The same mail again: a duplicate, and nothing of it is stored twice.
    r = run({QStringLiteral("import"), QStringLiteral("--case"), caseRef, eml, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray again = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(again.at(0).toObject().value(QLatin1String("duplicate_of")).toString(), mailId);

    // A mail that is only text in a file named .eml, and one whose attachment is an existing
    // document: both are imported; the attachment is reported as the duplicate it is.
    QByteArray forward = "From: kollegin@stadt.example\r\nSubject: WG: Statik\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=w\r\n\r\n--w\r\nContent-Type: text/plain\r\n\r\n"
                         "Zur Kenntnis.\r\n--w\r\nContent-Type: application/pdf; name=\"kopie.pdf\"\r\n"
                         "Content-Transfer-Encoding: base64\r\n\r\n";
    forward += pdfBase64 + "--w--\r\n";
    const QString fwd = m_dir.filePath(QStringLiteral("weiterleitung.eml"));
    QVERIFY(Test::writeFile(fwd, forward));
    r = run({QStringLiteral("import"), fwd, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray fwdItems = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(fwdItems.size(), 2);
    QCOMPARE(fwdItems.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(fwdItems.at(1).toObject().value(QLatin1String("duplicate_of")).toString(), pdfId);
    r = run({QStringLiteral("show"), fwdItems.at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("metadata")).toObject()
                 .value(QLatin1String("attachments")).toString(),
             pdfId);

    // From a watched folder: the mail moves to the done folder as a whole; its attachment is
    // reported, but it is no file of the folder to move.
    const QString scans = m_dir.filePath(QStringLiteral("mailscans"));
    QVERIFY(QDir().mkpath(scans));
    QVERIFY(Test::writeFile(scans + QStringLiteral("/anfrage.eml"),
                            "From: buerger@example.org\r\nSubject: Anfrage Sperrmuell\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=s\r\n\r\n--s\r\nContent-Type: text/plain\r\n\r\n"
                            "Wann wird abgeholt?\r\n--s\r\nContent-Type: text/plain; name=liste.txt\r\n\r\n"
                            "Schrank, Sofa\r\n--s--\r\n"));
    r = run({QStringLiteral("watch"), scans, QStringLiteral("--once")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count("\n"), 2);
    QVERIFY2(r.out.contains("anfrage.eml \u203A liste.txt"), r.out.constData());
    QVERIFY2(!r.out.contains("could not be moved"), r.out.constData());
    QVERIFY(QFileInfo::exists(scans + QStringLiteral("/.aktenwerk/erledigt/") + QDate::currentDate().toString(Qt::ISODate)
                              + QStringLiteral("/anfrage.eml")));
    QVERIFY(!QFileInfo::exists(scans + QStringLiteral("/anfrage.eml")));
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
}

void TstCli::imagesAreStoredWithoutTextAndCounted()
{
    const QString data = m_dir.filePath(QStringLiteral("images"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    QVERIFY(run({QStringLiteral("init")}).exitCode == 0);
    const QString in = m_dir.filePath(QStringLiteral("bilder"));
    QVERIFY(QDir().mkpath(in));
    auto encoded = [](const char *format, Qt::GlobalColor colour) {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    };
    QVERIFY(Test::writeFile(in + QStringLiteral("/bauplan.tif"), Test::multiPageTiff(4, 200, 280)));
    QVERIFY(Test::writeFile(in + QStringLiteral("/foto.jpg"), encoded("JPEG", Qt::darkGreen)));
    QVERIFY(Test::writeFile(in + QStringLiteral("/skizze.png"), encoded("PNG", Qt::blue)));
    QVERIFY(Test::writeFile(in + QStringLiteral("/zerrissen.png"), encoded("PNG", Qt::red).left(70)));
    auto r = run({QStringLiteral("import"), in, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        byName.insert(QFileInfo(v.toObject().value(QLatin1String("path")).toString()).fileName(), v.toObject());
    QCOMPARE(byName.size(), 4);
    const QMap<QString, int> pages{{QStringLiteral("bauplan.tif"), 4}, {QStringLiteral("foto.jpg"), 1},
                                   {QStringLiteral("skizze.png"), 1}};
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        const QJsonObject item = byName.value(it.key());
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("stored-without-text"));
        QVERIFY2(item.value(QLatin1String("reason")).toString().contains(QLatin1String("OCR")), qPrintable(it.key()));
        QCOMPARE(item.value(QLatin1String("pages")).toInt(), it.value());
    }
    // A broken image is stored all the same, with what is wrong with it.
    const QJsonObject broken = byName.value(QStringLiteral("zerrissen.png"));
    QCOMPARE(broken.value(QLatin1String("status")).toString(), QStringLiteral("stored-without-text"));
    QVERIFY2(broken.value(QLatin1String("reason")).toString().contains(QLatin1String("damaged")),
             qPrintable(broken.value(QLatin1String("reason")).toString()));
    QVERIFY(!QUuid::fromString(broken.value(QLatin1String("id")).toString()).isNull());
    r = run({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
}

void TstCli::germanMessages()
{
    // German is the default on a German locale; AKTENWERK_LANG chooses explicitly.
    QProcessEnvironment de;
    de.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("de"));
    const auto r = Test::runCli({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("nirgends")),
                                 QStringLiteral("list")},
                                de);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Datenordner"), r.err.constData());
    QVERIFY(!r.err.contains("There is no"));
    const auto help = Test::runCli({QStringLiteral("--help")}, de);
    QVERIFY2(help.out.contains("Befehle"), help.out.constData());

    // What a German clerk reads at the console: status, times with the whole year, what was done.
    const QString data = m_dir.filePath(QStringLiteral("deutsch"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args, de);
    };
    QCOMPARE(run({ QStringLiteral("demo") }).exitCode, 0);
    const QString year = QString::number(QDate::currentDate().year());
    auto list = run({ QStringLiteral("list") });
    QVERIFY2(list.out.contains("\toffen") && !list.out.contains("\topen"), list.out.constData());
    auto show = run({ QStringLiteral("show"), QStringLiteral("63.01.02-0001/") + year });
    QVERIFY2(show.out.contains("Status: offen"), show.out.constData());
    const QByteArray today = QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")).toUtf8();
    auto versions
        = run({ QStringLiteral("versions"), QStringLiteral("63.01.02-0001/") + year + QStringLiteral("-001/1") });
    QVERIFY2(versions.out.contains(today) && versions.out.contains("\tImport\t"), versions.out.constData());
    auto audit = run({ QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5") });
    QVERIFY2(audit.out.contains(today) && audit.out.contains("Dokument") && !audit.out.contains("document.create"),
        audit.out.constData());
}

QString TstCli::folderWithCase(const QString &data, const QString &fileTitle)
{
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    if (run({QStringLiteral("init")}).exitCode != 0
        || run({QStringLiteral("plan"), QStringLiteral("import"),
                Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")})
                   .exitCode
            != 0)
        return {};
    auto r = run({QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("63.01.02"),
                  QStringLiteral("--title"), fileTitle});
    if (r.exitCode != 0)
        return {};
    const QString fileRef = QString::fromUtf8(r.out.trimmed());
    r = run({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), fileRef, QStringLiteral("--title"),
             QStringLiteral("Eingang"), QStringLiteral("--json")});
    return json(r.out).object().value(QLatin1String("reference")).toString();
}

void TstCli::checkOutCheckInAndRestore()
{
    const QString data = m_dir.filePath(QStringLiteral("versions"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    const QString caseRef = folderWithCase(data, QStringLiteral("Umbau Marktplatz 3"));
    QVERIFY(!caseRef.isEmpty());
    Test::CliRun r;
    const QByteArray v1("Anhörung nach § 28 VwVfG\nEntwurf\n");
    const QByteArray v2("Anhörung nach § 28 VwVfG\nFrist: zwei Wochen\n");
    const QByteArray v3("Anhörung nach § 28 VwVfG\nFrist: vier Wochen\n");
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("anhoerung.txt")), v1));
    r = run({QStringLiteral("add"), QStringLiteral("--case"), caseRef, m_dir.filePath(QStringLiteral("anhoerung.txt")),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString doc = json(r.out).array().at(0).toObject().value(QLatin1String("id")).toString();
    // People read the origin in their language; --json keeps the stable code.
    QProcessEnvironment de;
    de.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("de"));
    r = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("versions"), doc}, de);
    QVERIFY2(r.out.contains("\tImport\t"), r.out.constData());

    // checkout prints the working copy; checkin takes the saved file back as version 2.
    r = run({QStringLiteral("checkout"), doc, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString path = json(r.out).object().value(QLatin1String("path")).toString();
    QVERIFY2(path.startsWith(data + QStringLiteral("/working/")), qPrintable(path));
    QCOMPARE(Test::readFile(path), v1);
    QVERIFY(Test::writeFile(path, v2));
    r = run({QStringLiteral("checkin"), doc, QStringLiteral("--comment"), QStringLiteral("Frist ergänzt"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r.out).object().value(QLatin1String("version")).toInt(), 2);
    QVERIFY(!QFileInfo::exists(path));

    // A save without a change makes no version.
    r = run({QStringLiteral("checkout"), doc});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("checkin"), doc});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("no new version"), r.out.constData());

    // Check-in of another file; a cancelled check-out discards its working copy.
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("neu.txt")), v3));
    QCOMPARE(run({QStringLiteral("checkout"), doc}).exitCode, 0);
    r = run({QStringLiteral("checkin"), doc, m_dir.filePath(QStringLiteral("neu.txt"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("version 3"), r.out.constData());
    r = run({QStringLiteral("checkout"), doc});
    const QString again = QString::fromUtf8(r.out.trimmed());
    QVERIFY(QFileInfo::exists(again));
    r = run({QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonArray checkedOut = json(r.out).object().value(QLatin1String("checked_out")).toArray();
    QCOMPARE(checkedOut.size(), 1);
    QCOMPARE(checkedOut.at(0).toObject().value(QLatin1String("path")).toString(), again);
    r = run({QStringLiteral("show"), doc});
    QVERIFY2(r.out.contains("Checked out by"), r.out.constData());
    QCOMPARE(run({QStringLiteral("cancel-checkout"), doc}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(again));
    r = run({QStringLiteral("checkin"), doc});
    QCOMPARE(r.exitCode, 1); // nothing checked out any more
    QVERIFY2(r.err.contains("not checked out"), r.err.constData());

    // restore makes version 4 with version 1's hash.
    r = run({QStringLiteral("restore"), doc, QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r.out).object().value(QLatin1String("version")).toInt(), 4);
    r = run({QStringLiteral("versions"), doc, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray versions = json(r.out).object().value(QLatin1String("versions")).toArray();
    QCOMPARE(versions.size(), 4);
    QStringList origins;
    for (const QJsonValue &v : versions)
        origins << v.toObject().value(QLatin1String("origin")).toString();
    QCOMPARE(origins, QStringList({QStringLiteral("import"), QStringLiteral("edit"), QStringLiteral("edit"),
                                   QStringLiteral("restore")}));
    QCOMPARE(versions.at(3).toObject().value(QLatin1String("sha256")).toString(), Test::sha256Hex(v1));
    QCOMPARE(versions.at(1).toObject().value(QLatin1String("comment")).toString(), QStringLiteral("Frist ergänzt"));
    QVERIFY(versions.at(3).toObject().value(QLatin1String("current")).toBool());
    QCOMPARE(json(r.out).object().value(QLatin1String("current_version")).toInt(), 4);

    // get names the version; every read checks the hash.
    r = run({QStringLiteral("get"), doc, QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("v2.txt"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(Test::readFile(m_dir.filePath(QStringLiteral("v2.txt"))), v2);
    const QString sha3 = Test::sha256Hex(v3);
    const QString stored = data + QStringLiteral("/content/") + sha3.left(2) + QLatin1Char('/') + sha3;
    QVERIFY2(QFileInfo::exists(stored), qPrintable(stored));
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(Test::writeFile(stored, "Anhörung nach § 28 VwVfG\nFrist: acht Wochen\n"));
    r = run({QStringLiteral("get"), doc, QStringLiteral("--version"), QStringLiteral("3"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("v3.txt"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("v3.txt"))));
    r = run({QStringLiteral("restore"), doc, QStringLiteral("--version"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("checkout"), doc});
    QCOMPARE(r.exitCode, 0); // version 4 (= version 1's content) is whole
    QCOMPARE(run({QStringLiteral("cancel-checkout"), doc}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 4);
}

void TstCli::scannerDevicesAndScan()
{
    // SANE's test backend, configured through SANE_CONFIG_DIR by CTest (tests/data/sane).
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
        QSKIP("SANE_CONFIG_DIR is not set: run through CTest, which points it at tests/data/sane");
    const auto devices = Test::runCli({QStringLiteral("devices"), QStringLiteral("--json")});
    QVERIFY2(devices.exitCode == 0, devices.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(devices.out).array();
    QStringList names;
    for (const QJsonValue &d : list)
        names << d[QLatin1String("name")].toString();
    QVERIFY2(names.contains(QStringLiteral("test:0")) && names.contains(QStringLiteral("test:1")), devices.out.constData());
    QCOMPARE(list.first()[QLatin1String("vendor")].toString(), QStringLiteral("Noname"));

    // No scanner configured: a clear line, not an error.
    QTemporaryDir none;
    QVERIFY(Test::writeFile(none.filePath(QStringLiteral("dll.conf")), QByteArray()));
    QProcessEnvironment empty;
    empty.insert(QStringLiteral("SANE_CONFIG_DIR"), none.path());
    const auto nothing = Test::runCli({QStringLiteral("devices")}, empty);
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains("No scanner was found"), nothing.out.constData());

    // A feeder batch: the test feeder holds 10 sheets, then reports empty (the normal end).
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pages"));
    const auto scan = Test::runCli({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                    QStringLiteral("--source"), QStringLiteral("adf"), QStringLiteral("--mode"),
                                    QStringLiteral("bw"), QStringLiteral("--resolution"), QStringLiteral("75"),
                                    QStringLiteral("--out-dir"), out, QStringLiteral("--split-on-blank"),
                                    QStringLiteral("--json")});
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(scan.out).object();
    QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("ok"));
    const QJsonArray pages = result[QLatin1String("pages")].toArray();
    QCOMPARE(pages.size(), 10);
    for (const QJsonValue &p : pages) {
        QCOMPARE(p[QLatin1String("width")].toInt(), 620); // A4 at 75 dpi
        QCOMPARE(p[QLatin1String("height")].toInt(), 876);
        QCOMPARE(p[QLatin1String("blank")].toBool(), false); // the grid test picture
        QVERIFY(QFile::exists(p[QLatin1String("path")].toString()));
    }
    QCOMPARE(result[QLatin1String("documents")].toArray().size(), 1);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 10);

    // Text output: a line per page, and a jammed or unknown device is one clear line on stderr.
    const auto text = Test::runCli({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                    QStringLiteral("--resolution"), QStringLiteral("75"), QStringLiteral("--out-dir"),
                                    dir.filePath(QStringLiteral("flatbed"))});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Page 1: 620 x 876 pixels, 75 dpi, not blank"), text.out.constData());
    const auto gone = Test::runCli({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("nosuch:0"),
                                    QStringLiteral("--out-dir"), dir.filePath(QStringLiteral("gone"))});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.startsWith("aktenwerk-cli: The scanner cannot be found"), gone.err.constData());
    QCOMPARE(gone.err.count('\n'), 1);
    const auto wrong = Test::runCli({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                     QStringLiteral("--source"), QStringLiteral("tray")});
    QCOMPARE(wrong.exitCode, 2);
}

void TstCli::scanIntoACaseWithTransferNote()
{
    const QString data = m_dir.filePath(QStringLiteral("scanned"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    const QString caseRef = folderWithCase(data, QStringLiteral("Posteingang Bauaufsicht"));
    QVERIFY(!caseRef.isEmpty());
    Test::CliRun r;

    // Three pages from the feeder of SANE's test scanner into the case.
    r = run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test"), QStringLiteral("--source"),
             QStringLiteral("adf"), QStringLiteral("--max-pages"), QStringLiteral("3"), QStringLiteral("--case"), caseRef,
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray docs = json(r.out).object().value(QLatin1String("documents")).toArray();
    QCOMPARE(docs.size(), 1);
    const QString doc = docs.at(0).toObject().value(QLatin1String("id")).toString();
    QCOMPARE(docs.at(0).toObject().value(QLatin1String("pages")).toInt(), 3);

    // One document in the case, one version of origin scan, its transfer note bound to it.
    r = run({QStringLiteral("show"), caseRef, QStringLiteral("--json")});
    QCOMPARE(json(r.out).object().value(QLatin1String("documents")).toArray().size(), 1);
    r = run({QStringLiteral("versions"), doc, QStringLiteral("--json")});
    const QJsonObject v = json(r.out).object().value(QLatin1String("versions")).toArray().at(0).toObject();
    QCOMPARE(v.value(QLatin1String("origin")).toString(), QStringLiteral("scan"));
    const QJsonObject note = v.value(QLatin1String("transfer_note")).toObject();
    QCOMPARE(note.value(QLatin1String("page_count")).toInt(), 3);
    QCOMPARE(note.value(QLatin1String("product_sha256")).toString(), v.value(QLatin1String("sha256")).toString());
    QCOMPARE(note.value(QLatin1String("document_id")).toString(), doc);
    QCOMPARE(note.value(QLatin1String("device")).toObject().value(QLatin1String("source")).toString(),
             QStringLiteral("adf"));
    QVERIFY(!note.value(QLatin1String("captured_at")).toString().isEmpty());
    QCOMPARE(v.value(QLatin1String("ocr")).toArray().size(), 3);

    // The product is a PDF of three pages (counted by poppler-utils), and verify checks the note.
    const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
    QCOMPARE(run({QStringLiteral("get"), doc, QStringLiteral("--out"), pdf}).exitCode, 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(10000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))), qPrintable(infoText));
    r = run({QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("transfer notes: 1 checked"), r.out.constData());
    QVERIFY(!QFileInfo::exists(data + QStringLiteral("/scans")) || QDir(data + QStringLiteral("/scans")).isEmpty());

    // The scanner's driver dies after page 2 (the device went away): a clear message, nothing
    // filed, the two pages kept in the data folder for the clerk.
    QProcessEnvironment dies;
    dies.insert(QStringLiteral("AKTENWERK_SCAN_TEST_DIE_AFTER_PAGE"), QStringLiteral("2"));
    r = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("scan"), QStringLiteral("--device"),
                      QStringLiteral("test"), QStringLiteral("--source"), QStringLiteral("adf"),
                      QStringLiteral("--max-pages"), QStringLiteral("5"), QStringLiteral("--case"), caseRef},
                     dies);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.crashed);
    QVERIFY2(r.err.contains("kept in"), r.err.constData());
    const QStringList kept = QDir(data + QStringLiteral("/scans")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(QDir(data + QStringLiteral("/scans/") + kept.first()).entryList({QStringLiteral("*.png")}).size(), 2);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(data + QStringLiteral("/scans/") + kept.first()).toUtf8()),
             r.err.constData());
    r = run({QStringLiteral("show"), caseRef, QStringLiteral("--json")});
    QCOMPARE(json(r.out).object().value(QLatin1String("documents")).toArray().size(), 1); // still only the first
}

void TstCli::scannedLetterIsProposedForItsCase()
{
    // A letter printed by Poppler, "scanned" through SANE's PNM reader (tests/data/sane-pnm) into
    // the intake: OCR reads it, the title is its subject, its date and the case it names are
    // proposed for filing — and it stays in the intake until the clerk files it.
    const QString data = m_dir.filePath(QStringLiteral("proposed"));
    const QString caseRef = folderWithCase(data, QStringLiteral("Gartenstraße 3"));
    QVERIFY(!caseRef.isEmpty());
    Dms::SimplePdf letter;
    letter.addParagraph(QStringLiteral("Architekturbüro Weber, Lindenallee 5, 12345 Musterstadt"));
    letter.addParagraph(QStringLiteral("Musterstadt, den 14.03.2026"));
    letter.addParagraph(QStringLiteral("Ihr Zeichen: ") + caseRef);
    letter.addParagraph(QStringLiteral("Betreff: Nachreichung der Statik"));
    letter.addParagraph(QStringLiteral("Sehr geehrte Damen und Herren, anbei die Statik zum Bauantrag."));
    const QString pdf = m_dir.filePath(QStringLiteral("statik.pdf"));
    QVERIFY(Test::writeFile(pdf, letter.toPdf()));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                                              QStringLiteral("-singlefile"), pdf, m_dir.filePath(QStringLiteral("statik"))});
    QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);

    QProcessEnvironment pnm;
    pnm.insert(QStringLiteral("SANE_CONFIG_DIR"), Test::sourceDir() + QStringLiteral("/tests/data/sane-pnm"));
    const auto r = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("scan"), QStringLiteral("--device"),
                                 QStringLiteral("pnm:0"), QStringLiteral("--resolution"), QStringLiteral("300"),
                                 QStringLiteral("--device-option"),
                                 QStringLiteral("filename=") + m_dir.filePath(QStringLiteral("statik.pgm")),
                                 QStringLiteral("--json")},
                                pnm, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = json(r.out).object().value(QLatin1String("documents")).toArray().at(0).toObject();
    QCOMPARE(doc.value(QLatin1String("title")).toString(), QStringLiteral("Nachreichung der Statik"));
    const QJsonObject proposal = doc.value(QLatin1String("proposal")).toObject();
    QCOMPARE(proposal.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-14"));
    const QJsonArray targets = proposal.value(QLatin1String("targets")).toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.at(0).toObject().value(QLatin1String("reference")).toString(), caseRef);
    QCOMPARE(targets.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("case"));
    // Proposed, not filed: the case is still empty, the letter waits in the intake.
    const auto shown = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("show"), caseRef,
                                     QStringLiteral("--json")});
    QCOMPARE(json(shown.out).object().value(QLatin1String("documents")).toArray().size(), 0);
    // The same in words for the clerk at the console.
    const auto text = Test::runCli({QStringLiteral("--data-dir"), data, QStringLiteral("scan"), QStringLiteral("--device"),
                                    QStringLiteral("pnm:0"), QStringLiteral("--resolution"), QStringLiteral("300"),
                                    QStringLiteral("--device-option"),
                                    QStringLiteral("filename=") + m_dir.filePath(QStringLiteral("statik.pgm"))},
                                   pnm, 300000);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    // In the locale's words with the whole year (English here: 3/14/2026), ISO only in --json.
    QVERIFY2(text.out.contains("date in the letter: 3/14/2026"), text.out.constData());
    QVERIFY2(text.out.contains(QByteArray(QByteArray("named in the text: ") + caseRef.toUtf8())), text.out.constData());

    // A separator sheet to print: one page that Poppler reads.
    const QString sheet = m_dir.filePath(QStringLiteral("trennblatt.pdf"));
    const auto written = Test::runCli({QStringLiteral("separator-sheet"), QStringLiteral("--out"), sheet});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {sheet});
    QVERIFY(info.waitForFinished(10000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

void TstCli::moveVolumeShareDeleteAndRestore()
{
    const QString data = m_dir.filePath(QStringLiteral("daily"));
    auto run = [&](QStringList args) {
        args.prepend(data);
        args.prepend(QStringLiteral("--data-dir"));
        return Test::runCli(args);
    };
    auto object = [](const Test::CliRun &r) { return QJsonDocument::fromJson(r.out).object(); };
    QVERIFY(run({ QStringLiteral("demo") }).exitCode == 0);
    const QString year = QString::number(QDate::currentDate().year());
    const QString file = QStringLiteral("63.01.02-0001/") + year;
    const QString otherFile = QStringLiteral("63.03.02-0001/") + year;
    const QString caseA = file + QStringLiteral("-001");
    const QString caseB = file + QStringLiteral("-002");

    // A document by its reference into the other case: it takes the next number there.
    auto r = run({ QStringLiteral("show"), caseB, QStringLiteral("--json") });
    const qsizetype inB = object(r).value(QLatin1String("documents")).toArray().size();
    r = run({ QStringLiteral("show"), caseA + QStringLiteral("/1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString doc = object(r).value(QLatin1String("id")).toString();
    QCOMPARE(object(r).value(QLatin1String("reference")).toString(), caseA + QStringLiteral("/1"));
    QCOMPARE(run({ QStringLiteral("move"), doc }).exitCode, 2); // no --to
    r = run({ QStringLiteral("move"), caseA + QStringLiteral("/1"), QStringLiteral("--to"), caseB,
        QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString moved = caseB + QLatin1Char('/') + QString::number(inB + 1);
    QCOMPARE(object(r).value(QLatin1String("reference")).toString(), moved);
    r = run({ QStringLiteral("show"), moved, QStringLiteral("--json") });
    QCOMPARE(object(r).value(QLatin1String("id")).toString(), doc);

    // A case into another file of the department: new reference, the old one still finds it.
    r = run({ QStringLiteral("move"), caseB, QStringLiteral("--to"), otherFile, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString newCase = object(r).value(QLatin1String("reference")).toString();
    QVERIFY2(newCase.startsWith(otherFile + QLatin1Char('-')), qPrintable(newCase));
    r = run({ QStringLiteral("show"), caseB, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(object(r).value(QLatin1String("reference")).toString(), newCase);
    // Not into a personnel file.
    r = run({ QStringLiteral("move"), newCase, QStringLiteral("--to"), QStringLiteral("11.01.02-0001/") + year });
    QCOMPARE(r.exitCode, 1);

    // Volumes.
    QCOMPARE(run({ QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--file"), file }).exitCode, 2);
    r = run({ QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--file"), file,
        QStringLiteral("--title"), QStringLiteral("Band 2 (ab 2027)"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(
        { QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--file"), file, QStringLiteral("--json") });
    const QJsonArray volumes = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!volumes.isEmpty());
    QCOMPARE(volumes.last().toObject().value(QLatin1String("title")).toString(), QStringLiteral("Band 2 (ab 2027)"));

    // Shares: with a date, shown on the file, revoked.
    r = run({ QStringLiteral("share"), file, QStringLiteral("--department"), QStringLiteral("36"),
        QStringLiteral("--until"), QStringLiteral("gestern") });
    QCOMPARE(r.exitCode, 2);
    r = run({ QStringLiteral("share"), file, QStringLiteral("--department"), QStringLiteral("36"),
        QStringLiteral("--until"), QStringLiteral("31.12.2099") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("show"), file, QStringLiteral("--json") });
    const QJsonArray shares = object(r).value(QLatin1String("shares")).toArray();
    QCOMPARE(shares.size(), 1);
    QCOMPARE(shares.first().toObject().value(QLatin1String("department")).toString(), QStringLiteral("36"));
    QVERIFY(shares.first().toObject().value(QLatin1String("until")).toString().startsWith(QLatin1String("2099-12-31")));
    QCOMPARE(
        run({ QStringLiteral("unshare"), file, QStringLiteral("--department"), QStringLiteral("36") }).exitCode, 0);
    QCOMPARE(
        run({ QStringLiteral("unshare"), file, QStringLiteral("--department"), QStringLiteral("36") }).exitCode, 1);
    r = run({ QStringLiteral("show"), file, QStringLiteral("--json") });
    QVERIFY(object(r).value(QLatin1String("shares")).toArray().isEmpty());

    // Deleted, listed in the recycle bin, restored by its reference.
    QVERIFY(run({ QStringLiteral("delete"), moved, QStringLiteral("--reason"), QStringLiteral("Fehlablage") }).exitCode
        == 0);
    r = run({ QStringLiteral("deleted"), QStringLiteral("--json") });
    const QJsonArray bin = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(bin.size(), 1);
    QCOMPARE(bin.first().toObject().value(QLatin1String("id")).toString(), doc);
    const QString label = bin.first().toObject().value(QLatin1String("label")).toString();
    QVERIFY(!label.isEmpty());
    QCOMPARE(run({ QStringLiteral("restore"), label }).exitCode, 2); // a reason is needed
    r = run({ QStringLiteral("restore"), label, QStringLiteral("--reason"), QStringLiteral("doch richtig") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("deleted"), QStringLiteral("--json") });
    QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
    QCOMPARE(run({ QStringLiteral("verify") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
