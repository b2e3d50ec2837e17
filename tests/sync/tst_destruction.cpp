#include "../testsupport.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/store/sha256.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * Destruction (issue 16) through aktenwerk-cli against the real server, three people with their
 * own data folders: two records officers of FB 63 and a clerk. What may be proposed follows the
 * archive's decision (V once the appraisal is confirmed, A once the archive confirmed the import,
 * V by the plan without an offer); a second records officer approves — the first cannot, not
 * through the client and not with psql; a hold set meanwhile stops it. Afterwards the files'
 * rows and content are gone from the server and from every data folder (index, content store,
 * search), content another file still holds stays, a deletion record is kept (and cannot be
 * changed, by the owner either), and `verify` and the server's audit check pass everywhere.
 */
class TstDestruction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void proposalsFollowTheArchivesDecision();
    void aSecondRecordsOfficerApproves();
    void destroyedEverywhere();
    void filesTakenOverByTheArchiveGoToo();
    void filesClassedVGoWithoutAnOffer();
    void deletionRecordsAreKept();

private:
    using Person = Test::CliPerson;
    QString cli(const Person &p, QStringList args);
    QJsonValue json(const Person &p, QStringList args);
    QString fromArchive(const QString &code, const QList<QPair<QByteArray, QByteArray>> &replace);
    QString fileId(const QString &reference);
    /** Whether a content file named @p sha is in @p p's content store. */
    bool holdsContent(const Person &p, const QString &sha);
    Result<PgConnection> owner();

    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    Person m_records, m_second, m_clerk;
    QString m_fileV, m_fileA, m_fileTwoStage, m_fileB, m_fileKept; // references
    QString m_fileVId, m_fileAId;
    QString m_letterSha, m_sharedSha;
    QString m_process, m_proposal;
    QString m_out;
};

QString TstDestruction::cli(const Person &p, QStringList args)
{
    return Test::cliAs(p, std::move(args));
}

QJsonValue TstDestruction::json(const Person &p, QStringList args)
{
    const QString answer = cli(p, args << QStringLiteral("--json"));
    const QJsonDocument doc = QJsonDocument::fromJson(answer.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(answer);
}

Result<PgConnection> TstDestruction::owner()
{
    return PgConnection::connect(m_pg.adminUrl(m_db));
}

QString TstDestruction::fileId(const QString &reference)
{
    return Test::serverFileId(m_pg.adminUrl(m_db), reference);
}

bool TstDestruction::holdsContent(const Person &p, const QString &sha)
{
    QDirIterator it(p.dir + QStringLiteral("/content"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(sha))
            return true;
    }
    return false;
}

QString TstDestruction::fromArchive(const QString &code, const QList<QPair<QByteArray, QByteArray>> &replace)
{
    return Test::archiveMessage(code, m_process, m_process, replace, m_dir.filePath(QStringLiteral("vom-archiv")));
}

void TstDestruction::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_db = Test::PgServer::uniqueName(QStringLiteral("destruction"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
                .has_value());
    for (auto [person, name, role] :
        { std::tuple { &m_records, "records", Role::RecordsOfficer },
            std::tuple { &m_second, "second", Role::RecordsOfficer }, std::tuple { &m_clerk, "clerk", Role::Clerk } }) {
        *person = Test::addCliPerson(
            url, m_pg.userUrl(m_db), QString::fromLatin1(name), role, QStringLiteral("63"), m_dir.path());
        QVERIFY(!person->login.isEmpty());
    }
    const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
    QVERIFY(Test::writeFile(plan,
        "Kennzeichen;Titel;Beschreibung;Aufbewahrung;Aussonderungsart;Stillgelegt;Fachbereich\n"
        "63;Bauordnung;;10;B;0;63\n63.01;Baugenehmigungen;;10;B;0;\n63.02;Bauvoranfragen;;5;V;0;\n"));
    QVERIFY(
        !cli(m_records, { QStringLiteral("plan"), QStringLiteral("import"), plan }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_records, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));

    // Five files with a case and letters each; the last stays open. The first and the last hold
    // the same leaflet (the same bytes: one content on the server and in each store).
    const QByteArray leaflet = "Merkblatt Bauordnungsamt: Hinweise zum Antragsverfahren.\n";
    struct Made
    {
        QString *reference;
        const char *plan;
        const char *title;
        const char *word;
        bool leaflet;
    };
    const Made files[] = { { &m_fileV, "63.01", "Abriss Scheune Feldweg 2", "Scheunenabriss", true },
        { &m_fileA, "63.01", "Neubau Kita Am Park", "Kitaneubau", false },
        { &m_fileTwoStage, "63.02", "Voranfrage Garage Birkenweg", "Garagenvoranfrage", false },
        { &m_fileB, "63.01", "Umbau Dachgeschoss Ulmenweg", "Dachgeschossumbau", false },
        { &m_fileKept, "63.01", "Anbau Wintergarten Lindenhof", "Wintergartenanbau", true } };
    for (const Made &m : files) {
        const QString title = QString::fromUtf8(m.title);
        QString answer = cli(m_clerk,
            { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QString::fromLatin1(m.plan),
                QStringLiteral("--title"), title });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        auto db = owner();
        QVERIFY(db.has_value());
        auto ref = db->exec(QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE title = $1"), { title });
        QVERIFY(ref.has_value() && ref->rows() == 1);
        *m.reference = ref->text(0, 0);
        answer = cli(m_clerk,
            { QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--file"), *m.reference,
                QStringLiteral("--title"), QStringLiteral("Antrag") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        const QString letter = m_dir.filePath(QString::fromLatin1(m.word) + QStringLiteral(".txt"));
        QVERIFY(Test::writeFile(
            letter, QStringLiteral("Antrag %1: %2\n").arg(title, QString::fromLatin1(m.word)).toUtf8()));
        QStringList add { QStringLiteral("add"), QStringLiteral("--case"), *m.reference + QStringLiteral("-001"),
            letter };
        if (m.leaflet) {
            const QString copy = m_dir.filePath(QString::fromLatin1(m.word) + QStringLiteral("-Merkblatt.txt"));
            QVERIFY(Test::writeFile(copy, leaflet));
            add << copy;
        }
        answer = cli(m_clerk, add);
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    }
    m_letterSha = Sha256::hex(QStringLiteral("Antrag %1: %2\n")
                                  .arg(QStringLiteral("Abriss Scheune Feldweg 2"), QStringLiteral("Scheunenabriss"))
                                  .toUtf8());
    m_sharedSha = Sha256::hex(leaflet);
    // Files of long ago (years cannot pass in a test): the owner dates four of them back.
    auto db = owner();
    QVERIFY(db.has_value());
    const QString old = QStringLiteral("{%1,%2,%3,%4}").arg(m_fileV, m_fileA, m_fileTwoStage, m_fileB);
    QVERIFY(db->run(QStringLiteral(
                        "UPDATE aktenwerk.file_record SET created_at = '2010-01-05' WHERE reference = ANY($1::text[])"),
                  { old })
                .has_value());
    QVERIFY(db->run(QStringLiteral("UPDATE aktenwerk.case_record SET created_at = '2010-01-05' "
                                   "WHERE left(reference, -4) = ANY($1::text[])"),
                  { old })
                .has_value());
    for (const QString &ref : { m_fileV, m_fileA, m_fileTwoStage, m_fileB }) {
        const QString answer = cli(m_clerk,
            { QStringLiteral("close"), ref, QStringLiteral("--with-cases"), QStringLiteral("--date"),
                QStringLiteral("2012-06-30"), QStringLiteral("--reason"), QStringLiteral("erledigt") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    }
    for (const Person *p : { &m_records, &m_second, &m_clerk })
        QVERIFY(!cli(*p, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
    m_fileVId = fileId(m_fileV);
    m_fileAId = fileId(m_fileA);
    QVERIFY(!m_fileVId.isEmpty() && !m_fileAId.isEmpty());
    // Before: every data folder holds the letter, and the clerk finds it.
    for (const Person *p : { &m_records, &m_second, &m_clerk })
        QVERIFY2(holdsContent(*p, m_letterSha), qPrintable(p->login));
    QVERIFY(cli(m_clerk, { QStringLiteral("search"), QStringLiteral("Scheunenabriss") })
                .contains(QLatin1String("Abriss Scheune")));
    m_out = m_dir.filePath(QStringLiteral("an-das-archiv"));
}

void TstDestruction::proposalsFollowTheArchivesDecision()
{
    const QJsonObject offered = json(m_records,
        { QStringLiteral("archive"), QStringLiteral("offer"), m_fileV, m_fileA, QStringLiteral("--out"), m_out })
                                    .toObject();
    m_process = offered.value(QLatin1String("process")).toString();
    QVERIFY2(!m_process.isEmpty(), QJsonDocument(offered).toJson().constData());

    // Before the archive decided: nothing may go, neither the process nor a file of it; a file
    // classed B never offered neither; a clerk proposes nothing.
    QString answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_process });
    QVERIFY2(
        answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("Nothing in this disposal process")),
        qPrintable(answer));
    answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileV });
    QVERIFY2(answer.contains(QLatin1String("not finally decided")), qPrintable(answer));
    answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileB });
    QVERIFY2(answer.contains(QLatin1String("to be offered to the archive first")), qPrintable(answer));
    answer = cli(m_clerk, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileV });
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("role")), qPrintable(answer));

    // The archive wants the Kita file (A) and not the barn (V); the appraisal is confirmed (0505).
    const QByteArray object = "0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    const QByteArray closing = "</xdomea:Aussonderung.Bewertungsverzeichnis.0502>";
    const QByteArray second = "  <xdomea:BewertetesObjekt>\n    <xdomea:ID>" + m_fileVId.toUtf8()
        + "</xdomea:ID>\n    <xdomea:Aussonderungsart>\n      <xdomea:Aussonderungsart "
          "listURI=\"urn:xoev-de:xdomea:codeliste:aussonderungsart\" listVersionID=\"1.0\"><code>V</code>"
          "</xdomea:Aussonderungsart>\n    </xdomea:Aussonderungsart>\n  </xdomea:BewertetesObjekt>\n"
        + closing;
    const QString appraisal
        = fromArchive(QStringLiteral("0502"), { { object, m_fileAId.toUtf8() }, { closing, second } });
    answer = cli(
        m_records, { QStringLiteral("archive"), QStringLiteral("import"), appraisal, QStringLiteral("--out"), m_out });
    QVERIFY2(answer.contains(QLatin1String("1 to the archive, 1 to be destroyed")), qPrintable(answer));

    // Now the process proposes exactly the V file.
    const QJsonObject proposal = json(m_records,
        { QStringLiteral("destroy"), QStringLiteral("propose"), m_process, QStringLiteral("--reason"),
            QStringLiteral("Aussonderung 2026") })
                                     .toObject();
    m_proposal = proposal.value(QLatin1String("id")).toString();
    QVERIFY2(!QUuid::fromString(m_proposal).isNull(), QJsonDocument(proposal).toJson().constData());
    const QJsonArray files = proposal.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().toObject().value(QLatin1String("reference")).toString(), m_fileV);
    QCOMPARE(files.first().toObject().value(QLatin1String("decision")).toString(), QStringLiteral("V"));
    // Not twice.
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileV });
    QVERIFY2(answer.contains(QLatin1String("proposed already")), qPrintable(answer));
    // The second records officer sees what waits for a decision.
    const QJsonArray waiting = json(m_second, { QStringLiteral("destroy"), QStringLiteral("list") }).toArray();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().toObject().value(QLatin1String("id")).toString(), m_proposal);
    QCOMPARE(waiting.first().toObject().value(QLatin1String("proposed_by")).toString(), m_records.login);
}

void TstDestruction::aSecondRecordsOfficerApproves()
{
    QVERIFY2(!m_proposal.isEmpty(), "the proposal is made by the test before");
    // Not the one who proposed: through the client …
    QString answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("approve"), m_proposal });
    QVERIFY2(answer.startsWith(QLatin1String("exit")) && answer.contains(QLatin1String("second person")),
        qPrintable(answer));
    // … nor with psql and her own credentials: the command is refused, the tables and the
    // internal functions are closed to her.
    auto own = PgConnection::connect(m_pg.userUrl(m_db), m_records.login, m_records.password);
    QVERIFY2(own.has_value(), qPrintable(own ? QString() : own.error().toString()));
    const QString op = QStringLiteral("[{\"op\":\"%1\",\"cmd\":\"destroy.decide\",\"type\":\"destruction_proposal\","
                                      "\"id\":\"%2\",\"args\":{\"decision\":\"approve\"}}]")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), m_proposal);
    auto submitted = own->exec(QStringLiteral("SELECT outcome, code FROM aktenwerk.submit($1::jsonb)"), { op });
    QVERIFY2(submitted.has_value(), qPrintable(submitted ? QString() : submitted.error().toString()));
    QCOMPARE(submitted->text(0, 0), QStringLiteral("refused"));
    QCOMPARE(submitted->text(0, 1), QStringLiteral("four_eyes"));
    for (const QString &sql :
        { QStringLiteral(
              "UPDATE aktenwerk.destruction_proposal SET state = 'approved', decided_by = 'x' WHERE id = '%1'")
                .arg(m_proposal),
            QStringLiteral("DELETE FROM aktenwerk.file_record WHERE id = '%1'").arg(m_fileVId),
            QStringLiteral("SELECT aktenwerk.destroy_file(p, '%1') FROM aktenwerk.destruction_proposal p")
                .arg(m_fileVId),
            QStringLiteral("SELECT aktenwerk.cmd_destroy_decide(NULL, '%1', '{}', NULL)").arg(m_proposal) }) {
        auto r = own->exec(sql);
        QVERIFY2(!r.has_value() && r.error().code == ErrorCode::PermissionDenied, qPrintable(sql));
    }
    QCOMPARE(fileId(m_fileV), m_fileVId); // still there

    // A hold set meanwhile stops the approval; lifted, the second records officer approves.
    answer = cli(
        m_second, { QStringLiteral("hold"), m_fileV, QStringLiteral("--reason"), QStringLiteral("Anfrage Gericht") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("approve"), m_proposal });
    QVERIFY2(answer.contains(QLatin1String("legal hold")), qPrintable(answer));
    answer = cli(m_second,
        { QStringLiteral("release-hold"), m_fileV, QStringLiteral("--reason"), QStringLiteral("Anfrage erledigt") });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("approve"), m_proposal });
    QVERIFY2(answer.contains(QLatin1String("Destroyed 1 file")), qPrintable(answer));
    // Decided once.
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("approve"), m_proposal });
    QVERIFY2(answer.contains(QLatin1String("decided already")), qPrintable(answer));
}

void TstDestruction::destroyedEverywhere()
{
    QVERIFY2(fileId(m_fileV).isEmpty(), "the approval is made by the test before");
    auto db = owner();
    QVERIFY(db.has_value());
    // The server: no row of the file, its cases, documents or versions; its letter's content is
    // gone, the leaflet the kept file holds too is not.
    auto count = [&](const QString &sql, const QVariantList &params) {
        auto r = db->exec(sql, params);
        return r ? r->text(0, 0).toInt() : -1;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.case_record WHERE file_id = $1"), { m_fileVId }), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.document WHERE file_id = $1"), { m_fileVId }), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.version WHERE file_id = $1"), { m_fileVId }), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM aktenwerk.record_keeping WHERE file_id = $1"), { m_fileVId }), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.content WHERE sha256 = $1"), { m_letterSha }), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM aktenwerk.content_chunk WHERE sha256 = $1"), { m_letterSha }), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.content WHERE sha256 = $1"), { m_sharedSha }), 1);
    QVERIFY(
        count(QStringLiteral("SELECT count(*) FROM aktenwerk.content_chunk WHERE sha256 = $1"), { m_sharedSha }) > 0);

    // The deletion record, in the audit trail, and not to be changed by anyone — the owner neither.
    auto record = db->exec(
        QStringLiteral("SELECT to_json(r)::text FROM aktenwerk.deletion_record r WHERE object_id = $1"), { m_fileVId });
    QVERIFY(record.has_value() && record->rows() == 1);
    const QJsonObject r = QJsonDocument::fromJson(record->text(0, 0).toUtf8()).object();
    QCOMPARE(r.value(QLatin1String("reference")).toString(), m_fileV);
    QCOMPARE(r.value(QLatin1String("title")).toString(), QStringLiteral("Abriss Scheune Feldweg 2"));
    QCOMPARE(r.value(QLatin1String("decision")).toString(), QStringLiteral("V"));
    QCOMPARE(r.value(QLatin1String("process_id")).toString(), m_process);
    QCOMPARE(r.value(QLatin1String("proposed_by")).toString(), m_records.login);
    QCOMPARE(r.value(QLatin1String("approved_by")).toString(), m_second.login);
    QCOMPARE(r.value(QLatin1String("runtime_from")).toString(), QStringLiteral("2010-01-05"));
    QCOMPARE(r.value(QLatin1String("runtime_to")).toString(), QStringLiteral("2012-06-30"));
    QCOMPARE(r.value(QLatin1String("retention_end")).toString(), QStringLiteral("2022-12-31"));
    QVERIFY(r.value(QLatin1String("legal_basis")).toString().contains(QLatin1String("63.01")));
    QCOMPARE(r.value(QLatin1String("documents")).toInt(), 2);
    QCOMPARE(r.value(QLatin1String("content_hashes")).toArray().size(), 2);
    QCOMPARE(r.value(QLatin1String("content_removed")).toArray(), QJsonArray { m_letterSha });
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'deletion_record.create' "
                                  "AND entity_id = $1 AND details->>'reference' = $2"),
                 { r.value(QLatin1String("id")).toString(), m_fileV }),
        1);
    for (const QString &sql : { QStringLiteral("UPDATE aktenwerk.deletion_record SET title = 'x'"),
             QStringLiteral("DELETE FROM aktenwerk.deletion_record"),
             QStringLiteral("TRUNCATE aktenwerk.deletion_record"),
             QStringLiteral("DELETE FROM aktenwerk.version WHERE file_id IS NOT NULL") }) {
        auto changed = db->exec(sql);
        QVERIFY2(!changed.has_value(), qPrintable(sql));
    }

    // Every data folder: the approving one at once, the others with their next sync. Its rows,
    // its letter in the content store, its search entry are gone; the leaflet stays.
    QVERIFY(!holdsContent(m_second, m_letterSha));
    for (const Person *p : { &m_records, &m_clerk }) {
        QVERIFY2(holdsContent(*p, m_letterSha), "not before its sync");
        const QString synced = cli(*p, { QStringLiteral("sync") });
        QVERIFY2(synced.contains(QLatin1String("1 file destroyed on the central repository")), qPrintable(synced));
    }
    for (const Person *p : { &m_records, &m_second, &m_clerk }) {
        QVERIFY2(!holdsContent(*p, m_letterSha), qPrintable(p->login));
        QVERIFY2(holdsContent(*p, m_sharedSha), qPrintable(p->login));
        const QString found = cli(*p, { QStringLiteral("search"), QStringLiteral("Scheunenabriss") });
        QVERIFY2(!found.startsWith(QLatin1String("exit")) && !found.contains(QLatin1String("Abriss Scheune")),
            qPrintable(found));
        QVERIFY(cli(*p, { QStringLiteral("search"), QStringLiteral("Wintergartenanbau") })
                    .contains(QLatin1String("Wintergarten")));
        const QString shown = cli(*p, { QStringLiteral("show"), m_fileV });
        QVERIFY2(shown.startsWith(QLatin1String("exit")), qPrintable(shown));
        const QString verified = cli(*p, { QStringLiteral("verify") });
        QVERIFY2(!verified.startsWith(QLatin1String("exit")), qPrintable(verified));
    }
    const Test::CliRun audit = Test::runCli(
        { QStringLiteral("server"), QStringLiteral("verify-audit"), QStringLiteral("--url"), m_pg.adminUrl(m_db) });
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    // The process says so.
    const QString status = cli(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process });
    QVERIFY2(status.contains(m_fileV) && status.contains(QLatin1String("destroyed here")), qPrintable(status));
}

void TstDestruction::filesTakenOverByTheArchiveGoToo()
{
    QVERIFY2(!m_process.isEmpty(), "the process is made by the test before");
    QString answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("transfer"), m_process, QStringLiteral("--out"), m_out });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    // Transferred, not yet confirmed: it stays.
    answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileA });
    QVERIFY2(answer.contains(QLatin1String("not finally decided")), qPrintable(answer));
    const QByteArray object = "0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    answer = cli(m_records,
        { QStringLiteral("archive"), QStringLiteral("import"),
            fromArchive(QStringLiteral("0506"), { { object, m_fileAId.toUtf8() } }) });
    QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    // Taken over: the second records officer proposes it this time, the first approves.
    const QJsonObject proposal
        = json(m_second, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileA }).toObject();
    const QString id = proposal.value(QLatin1String("id")).toString();
    QVERIFY2(!id.isEmpty(), QJsonDocument(proposal).toJson().constData());
    QCOMPARE(
        proposal.value(QLatin1String("files")).toArray().first().toObject().value(QLatin1String("decision")).toString(),
        QStringLiteral("A"));
    answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("approve"), id });
    QVERIFY2(answer.contains(QLatin1String("Destroyed 1 file")), qPrintable(answer));
    QVERIFY(fileId(m_fileA).isEmpty());
    // Every file of the process is gone: the process has ended.
    const QJsonObject process = json(m_records, { QStringLiteral("archive"), QStringLiteral("status"), m_process })
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(process.value(QLatin1String("state")).toString(), QStringLiteral("closed"));
}

void TstDestruction::filesClassedVGoWithoutAnOffer()
{
    // 63.02 says V: proposed without an offer. Rejected first (with a reason), then again.
    QJsonObject proposal
        = json(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileTwoStage }).toObject();
    QString id = proposal.value(QLatin1String("id")).toString();
    QVERIFY2(!id.isEmpty(), QJsonDocument(proposal).toJson().constData());
    QString answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("reject"), id });
    QVERIFY2(answer.startsWith(QLatin1String("exit 2")), qPrintable(answer)); // the remark is required
    answer = cli(m_second,
        { QStringLiteral("destroy"), QStringLiteral("reject"), id, QStringLiteral("--remark"),
            QStringLiteral("Erst Rücksprache mit dem Fachbereich") });
    QVERIFY2(answer.contains(QLatin1String("rejected")), qPrintable(answer));
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("approve"), id });
    QVERIFY2(answer.contains(QLatin1String("decided already")), qPrintable(answer));
    QVERIFY(!fileId(m_fileTwoStage).isEmpty());
    proposal = json(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileTwoStage }).toObject();
    id = proposal.value(QLatin1String("id")).toString();
    answer = cli(m_second, { QStringLiteral("destroy"), QStringLiteral("approve"), id });
    QVERIFY2(answer.contains(QLatin1String("Destroyed 1 file")), qPrintable(answer));
    QVERIFY(fileId(m_fileTwoStage).isEmpty());
    // The B file was never offered: it stays, and says why.
    answer = cli(m_records, { QStringLiteral("destroy"), QStringLiteral("propose"), m_fileB });
    QVERIFY2(answer.contains(QLatin1String("to be offered to the archive first")), qPrintable(answer));
}

void TstDestruction::deletionRecordsAreKept()
{
    const QJsonArray records = json(m_records, { QStringLiteral("deletion-records") }).toArray();
    QSet<QString> references;
    for (const QJsonValue &v : records)
        references.insert(v.toObject().value(QLatin1String("reference")).toString());
    QCOMPARE(references, (QSet<QString> { m_fileV, m_fileA, m_fileTwoStage }));
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("reference")).toString() == m_fileA) {
            QCOMPARE(r.value(QLatin1String("decision")).toString(), QStringLiteral("A"));
            QCOMPARE(r.value(QLatin1String("archive_reference")).toString(), QStringLiteral("StAM Best. 63 Nr. 4711"));
            QCOMPARE(r.value(QLatin1String("approved_by")).toString(), m_records.login);
        }
    }
    const QString listed = cli(m_second, { QStringLiteral("deletion-records") });
    QVERIFY2(
        listed.contains(m_fileTwoStage) && listed.contains(QLatin1String("Voranfrage Garage")), qPrintable(listed));
    // A clerk reads none.
    QCOMPARE(json(m_clerk, { QStringLiteral("deletion-records") }).toArray().size(), 0);
    // After all of it, every data folder still verifies.
    for (const Person *p : { &m_records, &m_second, &m_clerk }) {
        QVERIFY(!cli(*p, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        const QString verified = cli(*p, { QStringLiteral("verify") });
        QVERIFY2(!verified.startsWith(QLatin1String("exit")), qPrintable(verified));
    }
}

QTEST_GUILESS_MAIN(TstDestruction)
#include "tst_destruction.moc"
