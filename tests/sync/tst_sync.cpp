#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/plan/planimport.h"
#include "dms/search/indexer.h"
#include "dms/search/searchindex.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"
#include "dms/sync/changelistener.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/versions/checkouts.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/** Several clients (data folders) against one real PostgreSQL. */
class TstSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void offlineWorkArrivesEverywhereWithTheSameContent();
    void differentFieldsMergeSameFieldConflicts();
    void personnelFilesStayInTheirDepartment();
    void anOperationIsAppliedOnce();
    void aRefusedOperationKeepsTheRestOfItsBatch();
    void aDuplicatePlanCodeDoesNotStopSync();
    void aLostDataFolderResyncsWithoutDeleting();
    void concurrentVersionsAreBothKept();
    void documentNumbersAreTheServers();
    void connectingKnowsWhoIAmAtOnce();
    void interruptedTransfersResume();
    void changeFeedMissesNothingUnderConcurrentTransactions();
    void liveUpdatesArriveWithinASecond();
    void filingFromTheIntakeSyncs();
    void checkOutIsExclusiveAcrossClients();
    void offlineEditsBecomeParallelVersions();
    void othersFieldChangesAreInTheHistory();
    void anExpiredCheckOutNoLongerBlocks();
    void aRefusedChangeCanBeSentAgainOnceFixed();
    void aFolderUsedWithoutAServerGoesToIt();
    void offlineWorkKeepsWhenItWasMade();
    void movesRestoresAndSharesAreDecidedByTheServer();

private:
    struct Client
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Engine> engine;
        QString password;
    };
    Client connect(const QString &login, const QString &password);
    Result<SyncReport> sync(Client &c);
    QUuid planUnit(Client &c, const QString &code);
    ContentRef store(Client &c, const QByteArray &data);
    QString fileCountOnServer();

    Test::PgServer m_pg;
    QString m_db;
    QString m_rita, m_alice, m_anna, m_bob, m_lead;
    /** Opens a real session for @p c (what the CLI and GUI do with the stored password). */
    ServerSession session(Client &c);
    /** A session that cannot reach the server: a real refused connection (nothing listens on port 1). */
    ServerSession unreachable(Client &c);
    QString serverValue(const QString &sql, const QVariantList &params = {});
    QUuid newDocument(Client &c, const QString &planCode, const QByteArray &content);
};

void TstSync::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("sync"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Fachbereich 63"), Confidentiality::Open).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("11"), QStringLiteral("Fachbereich 11"), Confidentiality::Confidential).has_value());
    m_rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_anna = Test::PgServer::uniqueName(QStringLiteral("anna"));
    m_bob = Test::PgServer::uniqueName(QStringLiteral("bob"));
    QVERIFY(ServerAdmin::addUser(url, m_rita, {}, QStringLiteral("63"), {Role::RecordsOfficer, Role::Clerk}, QStringLiteral("rita-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(url, m_alice, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("alice-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(url, m_anna, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("anna-secret-1")).has_value());
    QVERIFY(ServerAdmin::addUser(url, m_bob, {}, QStringLiteral("11"), {Role::Clerk}, QStringLiteral("bob-secret-1")).has_value());
    m_lead = Test::PgServer::uniqueName(QStringLiteral("lena"));
    QVERIFY(ServerAdmin::addUser(url, m_lead, {}, QStringLiteral("63"), {Role::TeamLead}, QStringLiteral("lena-secret-1")).has_value());

    // The records officer brings the file plan onto the server through her client.
    Client rita = connect(m_rita, QStringLiteral("rita-secret-1"));
    QVERIFY(rita.engine);
    QVERIFY(sync(rita).has_value());
    auto plan = PlanImporter::importFile(*rita.engine, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"));
    QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));
    auto r = sync(rita);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->pushed, 45);
    QCOMPARE(r->rejected, 0);
}

void TstSync::cleanup()
{
    FaultInjection::disarmAll();
}

TstSync::Client TstSync::connect(const QString &login, const QString &password)
{
    Client c;
    c.dir = std::make_unique<QTemporaryDir>();
    c.password = password;
    auto e = Test::openEngine(c.dir->path(), login);
    if (!e)
        return c;
    if (!(*e)->apply(Commands::connectServer(m_pg.userUrl(m_db), login)))
        return c;
    c.engine = std::move(*e);
    return c;
}

Result<SyncReport> TstSync::sync(Client &c)
{
    SyncEngine s(*c.engine);
    return s.sync(c.password);
}

QUuid TstSync::planUnit(Client &c, const QString &code)
{
    auto db = c.engine->openReader();
    auto u = Queries::planUnitByCode(*db, code);
    return u && *u ? (*u)->id : QUuid();
}

ContentRef TstSync::store(Client &c, const QByteArray &data)
{
    auto r = c.engine->content().putData(data);
    return r ? *r : ContentRef{};
}

ServerSession TstSync::session(Client &c)
{
    return [&c]() { return SyncEngine(*c.engine).connect(c.password); };
}

ServerSession TstSync::unreachable(Client &c)
{
    return [this, &c]() -> Result<PgConnection> {
        return PgConnection::connect(QStringLiteral("postgresql://127.0.0.1:1/%1?connect_timeout=2").arg(m_db),
                                     c.engine->user().login, c.password);
    };
}

QString TstSync::serverValue(const QString &sql, const QVariantList &params)
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    if (!db)
        return db.error().toString();
    auto r = db->exec(sql, params);
    if (!r)
        return r.error().toString();
    return r->rows() ? r->text(0, 0) : QString();
}

QUuid TstSync::newDocument(Client &c, const QString &planCode, const QByteArray &content)
{
    auto file = c.engine->apply(Commands::createFile(planCode, QStringLiteral("Bauvoranfrage Mühlenweg")));
    if (!file)
        return {};
    auto cs = c.engine->apply(Commands::createCase(file->id, QStringLiteral("Stellungnahme")));
    if (!cs)
        return {};
    auto doc = c.engine->apply(Commands::createDocument(cs->id, QStringLiteral("Stellungnahme"), store(c, content),
                                                        QStringLiteral("text/plain"), QStringLiteral("stellungnahme.txt")));
    return doc ? doc->id : QUuid();
}

QString TstSync::fileCountOnServer()
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    auto r = db->exec(QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM aktenwerk.case_record) || '/' || "
                                     "(SELECT count(*) FROM aktenwerk.document) || '/' || "
                                     "(SELECT count(*) FROM aktenwerk.version) FROM aktenwerk.file_record"));
    return r ? r->text(0, 0) : QString();
}

void TstSync::offlineWorkArrivesEverywhereWithTheSameContent()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(a.engine && b.engine);
    QVERIFY(sync(a).has_value()); // the plan arrives
    QVERIFY(planUnit(a, QStringLiteral("63.01.02")) != QUuid());

    // Offline: a file with metadata, a case, a small and a 3.5 MiB document.
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau Lindenweg 12"), {},
                                                     {}, QStringLiteral("Bauakte"),
                                                     {{QStringLiteral("gemarkung"), QStringLiteral("Musterstadt")},
                                                      {QStringLiteral("flur"), QStringLiteral("7")},
                                                      {QStringLiteral("flurstueck"), QStringLiteral("112/3")},
                                                      {QStringLiteral("bauherr"), QStringLiteral("Krüger")}}));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QVERIFY(file->reference.startsWith(QLatin1String("P-"))); // provisional, clearly marked
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    QVERIFY(cs.has_value());
    const QByteArray small("Sehr geehrte Frau Krüger, Ihr Antrag ist eingegangen.");
    const QByteArray big = Test::randomBytes(3 * 1024 * 1024 + 512 * 1024, 7);
    auto d1 = a.engine->apply(Commands::createDocument(cs->id, QStringLiteral("Eingangsbestätigung"), store(a, small),
                                                       QStringLiteral("text/plain"), QStringLiteral("e.txt")));
    auto d2 = a.engine->apply(Commands::createDocument(cs->id, QStringLiteral("Lageplan"), store(a, big),
                                                       QStringLiteral("application/pdf"), QStringLiteral("l.pdf")));
    QVERIFY(d1 && d2);

    auto pushed = sync(a);
    QVERIFY2(pushed.has_value(), qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(pushed->pushed, 4);
    QCOMPARE(pushed->rejected, 0);
    QCOMPARE(pushed->contentUp, 2);
    const QString expected = QStringLiteral("63.01.02-0001/%1").arg(QDate::currentDate().year());
    {
        auto db = a.engine->openReader();
        auto f = Queries::file(*db, file->id);
        QCOMPARE((*f)->reference, expected); // the server's number replaced the provisional one
        auto c = Queries::caseRecord(*db, cs->id);
        QCOMPARE((*c)->reference, expected + QStringLiteral("-001"));
        QCOMPARE((*c)->number, 1);
    }

    auto pulled = sync(b);
    QVERIFY2(pulled.has_value(), qPrintable(pulled ? QString() : pulled.error().toString()));
    QCOMPARE(pulled->contentDown, 2);
    auto db = b.engine->openReader();
    auto f = Queries::resolve(*db, expected);
    QVERIFY(f && *f);
    QCOMPARE((*f)->id, file->id); // the UUID is the identity throughout
    auto record = Queries::file(*db, file->id);
    QCOMPARE((*record)->metadata.value(QStringLiteral("flurstueck")), QStringLiteral("112/3"));
    auto docs = Queries::documents(*db, cs->id);
    QCOMPARE(docs->size(), 2);
    for (const Document &d : *docs) {
        auto readerA = a.engine->openReader();
        auto va = Queries::version(*readerA, d.meta.id);
        auto vb = Queries::version(*db, d.meta.id);
        QCOMPARE((*vb)->sha256, (*va)->sha256);
        auto bytes = b.engine->content().read((*vb)->sha256, (*vb)->size);
        QVERIFY(bytes.has_value());
        QCOMPARE(Test::sha256Hex(*bytes), (*va)->sha256);
    }
    QVERIFY(a.engine->verify()->ok());
    QVERIFY(b.engine->verify()->ok());

    // What arrives from the server is searchable there too, under the server's reference.
    auto indexed = Search::Indexer::update(*b.engine);
    QVERIFY2(indexed.has_value(), qPrintable(indexed ? QString() : indexed.error().toString()));
    auto hits = Search::SearchIndex::search(*b.engine, QStringLiteral("krueger"), 5);
    QVERIFY(hits.has_value());
    QCOMPARE(hits->hits.size(), 1);
    QCOMPARE(hits->hits.first().title, QStringLiteral("Eingangsbestätigung"));
    QCOMPARE(hits->hits.first().fileReference, expected);
}

void TstSync::differentFieldsMergeSameFieldConflicts()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.03"), QStringLiteral("Garage"), {}, {},
                                                     QStringLiteral("Bauakte"),
                                                     {{QStringLiteral("gemarkung"), QStringLiteral("Nord")},
                                                      {QStringLiteral("flur"), QStringLiteral("1")},
                                                      {QStringLiteral("flurstueck"), QStringLiteral("5")},
                                                      {QStringLiteral("bauherr"), QStringLiteral("Meier")}}));
    QVERIFY(file.has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());

    // Offline on both: different fields, and the same field.
    QVERIFY(a.engine->apply(Commands::updateFields(file->id, std::nullopt, {{QStringLiteral("flur"), QStringLiteral("2")}})).has_value());
    QVERIFY(b.engine->apply(Commands::updateFields(file->id, std::nullopt, {{QStringLiteral("bauherr"), QStringLiteral("Schulz")}})).has_value());
    QVERIFY(a.engine->apply(Commands::updateFields(file->id, QStringLiteral("Garage (A)"))).has_value());
    QVERIFY(b.engine->apply(Commands::updateFields(file->id, QStringLiteral("Garage (B)"))).has_value());
    QVERIFY(sync(a).has_value());
    auto rb = sync(b);
    QVERIFY(rb.has_value());
    QCOMPARE(rb->openConflicts, 1);
    auto ra = sync(a);
    QVERIFY(ra.has_value());
    QCOMPARE(ra->openConflicts, 1); // both see it

    for (Client *c : {&a, &b}) {
        auto db = c->engine->openReader();
        auto f = Queries::file(*db, file->id);
        QCOMPARE((*f)->metadata.value(QStringLiteral("flur")), QStringLiteral("2"));
        QCOMPARE((*f)->metadata.value(QStringLiteral("bauherr")), QStringLiteral("Schulz"));
        QCOMPARE((*f)->title, QStringLiteral("Garage (A)")); // the server's value stays
        auto mine = db->scalar(QStringLiteral("SELECT mine_value || '|' || theirs_value FROM conflict WHERE status = 'open'"));
        QCOMPARE(mine->toString(), QStringLiteral("Garage (B)|Garage (A)"));
    }
    // B keeps its own value; everyone ends with it and no open conflict.
    auto conflictId = b.engine->openReader()->scalar(QStringLiteral("SELECT id FROM conflict WHERE status = 'open'"))->toString();
    QVERIFY(b.engine->apply(Commands::resolveConflict(QUuid::fromString(conflictId), true)).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(sync(a).has_value());
    for (Client *c : {&a, &b}) {
        auto db = c->engine->openReader();
        QCOMPARE((*Queries::file(*db, file->id))->title, QStringLiteral("Garage (B)"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM conflict WHERE status = 'open'"))->toInt(), 0);
        QVERIFY(c->engine->verify()->ok());
    }
}

void TstSync::personnelFilesStayInTheirDepartment()
{
    Client bob = connect(m_bob, QStringLiteral("bob-secret-1"));
    Client alice = connect(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(sync(bob).has_value());
    QVERIFY(sync(alice).has_value());
    const qint64 aliceFiles = Test::countRows(*alice.engine, QStringLiteral("file_record"));
    QCOMPARE(Test::countRows(*bob.engine, QStringLiteral("file_record")), 0); // nothing of FB 63
    auto personnel = bob.engine->apply(Commands::createFile(QStringLiteral("11.01.02"), QStringLiteral("Personalakte Muster"),
                                                            {}, {}, QStringLiteral("Personalakte"),
                                                            {{QStringLiteral("personalnummer"), QStringLiteral("104233")},
                                                             {QStringLiteral("name"), QStringLiteral("Muster, Max")}}));
    QVERIFY(personnel.has_value());
    QVERIFY(sync(bob).has_value());
    QVERIFY(sync(alice).has_value());
    QCOMPARE(Test::countRows(*alice.engine, QStringLiteral("file_record")), aliceFiles);
    QCOMPARE(Test::countRows(*alice.engine, QStringLiteral("file_record"), QStringLiteral("department_code = '11'")), 0);
    QCOMPARE(Test::countRows(*bob.engine, QStringLiteral("file_record"), QStringLiteral("confidentiality = '005'")), 1);
    // A FB 63 user cannot slip a case into it, whatever her client claims.
    auto db = PgConnection::connect(m_pg.userUrl(m_db), m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(db.has_value());
    auto sneak = db->exec(QStringLiteral("INSERT INTO aktenwerk.case_record (id, file_id, number, reference, title, "
                                         "department_code, confidentiality) VALUES (gen_random_uuid(), $1, 99, 'x', 'x', "
                                         "'11', '005')"),
                          {personnel->id});
    QVERIFY(!sneak.has_value());

    // The same with the psql client and her own credentials, as a curious clerk would try it.
    auto psql = [&](const QString &sql, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alice-secret-1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
            { m_pg.userUrl(m_db), QStringLiteral("-U"), m_alice, QStringLiteral("-X"), QStringLiteral("-At"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql });
        if (!p.waitForFinished(30000))
            return QStringLiteral("psql did not finish");
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                                 : QStringLiteral("exit %1").arg(p.exitCode());
    };
    QString err;
    QCOMPARE(psql(QStringLiteral("SELECT current_user"), &err), m_alice); // really her login
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record WHERE confidentiality = '005' OR "
                                 "department_code = '11'"),
                 &err),
        QStringLiteral("0"));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM aktenwerk.file_record"), &err), QString::number(aliceFiles));
    QCOMPARE(psql(QStringLiteral(
                      "INSERT INTO aktenwerk.case_record (id, file_id, number, reference, title, department_code, "
                      "confidentiality) VALUES (gen_random_uuid(), '%1', 98, 'y', 'y', '11', '005')")
                      .arg(personnel->id.toString(QUuid::WithoutBraces)),
                 &err),
        QStringLiteral("exit 1"));
    QVERIFY2(err.contains(QLatin1String("permission denied for table case_record")), qPrintable(err));
    // Asked as a command, the server refuses it with its reason (and says nothing of the file).
    QCOMPARE(
        psql(QStringLiteral("SELECT outcome || ' ' || code FROM aktenwerk.submit(jsonb_build_array(jsonb_build_object("
                            "'op', gen_random_uuid(), 'cmd', 'case.create', 'type', 'case', 'id', gen_random_uuid(), "
                            "'args', jsonb_build_object('file_id', '%1', 'title', 'y'))))")
                 .arg(personnel->id.toString(QUuid::WithoutBraces)),
            &err),
        QStringLiteral("refused not_found"));
}

void TstSync::anOperationIsAppliedOnce()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.04"), QStringLiteral("Abbruch")));
    QVERIFY(file.has_value());
    QVERIFY(sync(a).has_value());
    const QString before = fileCountOnServer();
    // The answer to a push got lost: the client sends the operation again.
    {
        auto db = Database::open(a.dir->filePath(QStringLiteral("aktenwerk.sqlite")), Database::Mode::ReadWrite);
        QVERIFY(db->exec(QStringLiteral("UPDATE oplog SET push_state = 'pending' WHERE command = 'file.create'")).has_value());
    }
    auto again = sync(a);
    QVERIFY(again.has_value());
    QCOMPARE(again->pushed, 1);
    QCOMPARE(fileCountOnServer(), before); // applied once
    QCOMPARE(Test::countRows(*a.engine, QStringLiteral("oplog"), QStringLiteral("push_state = 'pending'")), 0);
}

void TstSync::aRefusedOperationKeepsTheRestOfItsBatch()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.03.01"), QStringLiteral("Nutzungsänderung")));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Voranfrage")));
    QVERIFY(cs.has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());

    // Offline: A deletes the (empty) case between two new files; B files a letter into it and
    // syncs first. The server refuses A's deletion; the files before and after it still land.
    auto x = a.engine->apply(Commands::createFile(QStringLiteral("63.03.01"), QStringLiteral("Vorher")));
    QVERIFY(a.engine->apply(Commands::tombstone(cs->id, QStringLiteral("versehentlich angelegt"))).has_value());
    auto y = a.engine->apply(Commands::createFile(QStringLiteral("63.03.01"), QStringLiteral("Nachher")));
    QVERIFY(x && y);
    QVERIFY(b.engine
                ->apply(Commands::createDocument(cs->id, QStringLiteral("Schreiben"), store(b, "Antwort"),
                    QStringLiteral("text/plain"), QStringLiteral("s.txt")))
                .has_value());
    QVERIFY(sync(b).has_value());

    auto r = sync(a);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->pushed, 2);
    QCOMPARE(r->rejected, 1);
    QCOMPARE(r->rejections.size(), 1);
    QVERIFY2(r->rejections.first().startsWith(QLatin1String("entity.tombstone")), qPrintable(r->rejections.first()));
    auto db = a.engine->openReader();
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM oplog WHERE push_state = 'rejected' AND command = "
                                       "'entity.tombstone' AND push_error <> ''"))
                 ->toInt(),
        1);
    for (const QUuid &id : { x->id, y->id }) {
        auto f = Queries::file(*db, id);
        QVERIFY(f && *f);
        QVERIFY2(
            !(*f)->reference.startsWith(QLatin1String("P-")), qPrintable((*f)->reference)); // numbered by the server
    }
    // The case stays on the server, and comes back to A with B's letter.
    auto owner = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(owner.has_value());
    auto deleted = owner->exec(QStringLiteral("SELECT deleted FROM aktenwerk.case_record WHERE id = $1"), { cs->id });
    QVERIFY(deleted.has_value());
    QCOMPARE(deleted->text(0, 0), QStringLiteral("f"));
    QCOMPARE(Test::countRows(*a.engine, QStringLiteral("case_record"),
                 QStringLiteral("id = '%1' AND deleted = 0").arg(cs->id.toString(QUuid::WithoutBraces))),
        1);
    QCOMPARE(Queries::documents(*db, cs->id)->size(), 1);
    QVERIFY(a.engine->verify()->ok());
}

void TstSync::aDuplicatePlanCodeDoesNotStopSync()
{
    // The records officer works on two machines and adds the same plan unit on both, offline.
    Client one = connect(m_rita, QStringLiteral("rita-secret-1"));
    Client two = connect(m_rita, QStringLiteral("rita-secret-1"));
    QVERIFY(sync(one).has_value());
    QVERIFY(sync(two).has_value());
    auto unit = [](const QString &title) {
        PlanUnit u;
        u.code = QStringLiteral("63.07");
        u.title = title;
        u.retention = Retention::ofYears(30);
        u.disposal = DisposalType::Archive;
        u.departmentCode = QStringLiteral("63");
        return u;
    };
    QVERIFY(one.engine->apply(Commands::createPlanUnit(unit(QStringLiteral("Denkmalschutz")), QStringLiteral("63"))).has_value());
    QVERIFY(two.engine->apply(Commands::createPlanUnit(unit(QStringLiteral("Denkmalpflege")), QStringLiteral("63"))).has_value());
    auto later = two.engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Danach angelegt")));
    QVERIFY(later.has_value());
    QVERIFY(sync(one).has_value());

    // The second machine's unit is refused with the server's reason; everything else goes on.
    auto r = sync(two);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rejected, 1);
    QVERIFY2(r->rejections.first().startsWith(QLatin1String("plan_unit.create")), qPrintable(r->rejections.first()));
    QCOMPARE(r->pushed, 1);
    auto again = sync(two);
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->pushed, 0);
    auto db = two.engine->openReader();
    auto f = Queries::file(*db, later->id);
    QVERIFY(f && *f);
    QVERIFY(!(*f)->reference.startsWith(QLatin1String("P-")));
    // The server's unit holds the code on both machines. Nothing is lost on the second: the
    // refused unit steps aside as a tombstone under a marked code, and the refused operation
    // keeps what was typed and the server's reason.
    for (Client *c : { &one, &two }) {
        auto cdb = c->engine->openReader();
        auto u = Queries::planUnitByCode(*cdb, QStringLiteral("63.07"));
        QVERIFY(u && *u);
        QCOMPARE((*u)->title, QStringLiteral("Denkmalschutz"));
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM plan_unit WHERE deleted = 1 AND code LIKE '63.07 (abgelehnt %'"))
                 ->toString(),
        QStringLiteral("Denkmalpflege"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM oplog WHERE push_state = 'rejected' AND "
                                       "command = 'plan_unit.create' AND payload LIKE '%Denkmalpflege%' AND "
                                       "push_code = 'duplicate_code' AND push_error <> ''"))
                 ->toInt(),
        1);
    QVERIFY(two.engine->verify()->ok());
}

void TstSync::aLostDataFolderResyncsWithoutDeleting()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(sync(a).has_value());
    const QString before = fileCountOnServer();
    const qint64 files = Test::countRows(*a.engine, QStringLiteral("file_record"));
    QVERIFY(files > 0);
    // The folder is gone; a new one is connected and synced.
    a.engine.reset();
    a.dir.reset();
    Client again = connect(m_alice, QStringLiteral("alice-secret-1"));
    auto r = sync(again);
    QVERIFY(r.has_value());
    QCOMPARE(r->pushed, 0);
    QCOMPARE(Test::countRows(*again.engine, QStringLiteral("file_record")), files);
    QCOMPARE(fileCountOnServer(), before); // nothing deleted on the server
    QVERIFY(again.engine->verify()->ok());
}

void TstSync::concurrentVersionsAreBothKept()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.02"), QStringLiteral("Abnahme")));
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Schlussabnahme")));
    auto doc = a.engine->apply(Commands::createDocument(cs->id, QStringLiteral("Protokoll"), store(a, "v1"),
                                                        QStringLiteral("text/plain"), QStringLiteral("p.txt")));
    QVERIFY(doc.has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(a.engine->apply(Commands::addVersion(doc->id, store(a, "v2 von A"), QStringLiteral("text/plain"),
                                                 QStringLiteral("p.txt"), VersionOrigin::Edit)).has_value());
    QVERIFY(b.engine->apply(Commands::addVersion(doc->id, store(b, "v2 von B"), QStringLiteral("text/plain"),
                                                 QStringLiteral("p.txt"), VersionOrigin::Edit)).has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(sync(a).has_value());
    QStringList shasA, shasB;
    auto readerA = a.engine->openReader();
    auto readerB = b.engine->openReader();
    const auto versionsA = Queries::versions(*readerA, doc->id);
    const auto versionsB = Queries::versions(*readerB, doc->id);
    QVERIFY(versionsA && versionsB);
    for (const Version &v : *versionsA)
        shasA << QString::number(v.number) + QLatin1Char(':') + v.sha256;
    for (const Version &v : *versionsB)
        shasB << QString::number(v.number) + QLatin1Char(':') + v.sha256;
    QCOMPARE(shasA.size(), 3);
    QCOMPARE(shasA, shasB);
    QVERIFY(shasA.at(1).endsWith(Test::sha256Hex("v2 von A"))); // first to reach the server is version 2
    QVERIFY(shasA.at(2).endsWith(Test::sha256Hex("v2 von B")));
    QVERIFY(a.engine->verify()->ok());
    QVERIFY(b.engine->verify()->ok());
}

// Two clerks file into the same case offline: each sees a provisional number ("…/P1"); the server
// numbers them in the order they arrive, and both clients end with the same numbers and references.
void TstSync::documentNumbersAreTheServers()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.02"), QStringLiteral("Nummern")));
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Zwei Eingänge")));
    QVERIFY(cs.has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    auto add = [&](Client &c, const char *title) {
        return c.engine->apply(Commands::createDocument(
            cs->id, QString::fromUtf8(title), store(c, title), QStringLiteral("text/plain"), QStringLiteral("t.txt")));
    };
    auto fromA = add(a, "Schreiben A");
    auto fromB1 = add(b, "Schreiben B1");
    auto fromB2 = add(b, "Schreiben B2");
    QVERIFY(fromA && fromB1 && fromB2);
    auto number = [](Client &c, const QUuid &id) {
        auto db = c.engine->openReader();
        auto d = Queries::document(*db, id);
        return d && *d ? std::make_pair((*d)->number, (*d)->reference) : std::make_pair(0, QString());
    };
    QVERIFY(number(a, fromA->id).first < 0); // provisional until the server has spoken
    QVERIFY2(number(a, fromA->id).second.endsWith(QStringLiteral("/P1")), qPrintable(number(a, fromA->id).second));
    QCOMPARE(number(b, fromB2->id).second.section(QLatin1Char('/'), -1), QStringLiteral("P2"));

    QVERIFY(sync(b).has_value());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    // B's came first: 1 and 2; A's third. The same on both clients and on the server.
    const QString caseRef = [&] {
        auto db = a.engine->openReader();
        return (*Queries::caseRecord(*db, cs->id))->reference;
    }();
    for (Client *c : { &a, &b }) {
        QCOMPARE(number(*c, fromB1->id), std::make_pair(1, QString(caseRef + QStringLiteral("/1"))));
        QCOMPARE(number(*c, fromB2->id), std::make_pair(2, QString(caseRef + QStringLiteral("/2"))));
        QCOMPARE(number(*c, fromA->id), std::make_pair(3, QString(caseRef + QStringLiteral("/3"))));
    }
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    auto r = db->exec(
        QStringLiteral("SELECT string_agg(number_in_case::text, ',' ORDER BY number_in_case) FROM aktenwerk.document "
                       "WHERE case_id = $1"),
        { cs->id.toString(QUuid::WithoutBraces) });
    QVERIFY(r.has_value());
    QCOMPARE(r->text(0, 0), QStringLiteral("1,2,3"));
    // A number once given stays, also when the document changes.
    QVERIFY(b.engine->apply(Commands::updateFields(fromB1->id, QStringLiteral("Schreiben B1, ergänzt"))));
    QVERIFY(sync(b).has_value());
    QVERIFY(sync(a).has_value());
    QCOMPARE(number(a, fromB1->id).first, 1);
}

// The case: a records officer connects a new folder and imports the plan before any sync.
void TstSync::connectingKnowsWhoIAmAtOnce()
{
    QTemporaryDir dir;
    auto e = Test::openEngine(dir.path(), m_rita);
    QVERIFY(e.has_value());
    QVERIFY((*e)->user().departmentCode.isEmpty()); // a new folder knows nothing of the server yet
    auto db = PgConnection::connect(m_pg.userUrl(m_db), m_rita, QStringLiteral("rita-secret-1"));
    QVERIFY(db.has_value());
    auto command = SyncEngine::connectCommand(*db, m_pg.userUrl(m_db), m_rita);
    QVERIFY2(command.has_value(), qPrintable(command ? QString() : command.error().toString()));
    QVERIFY((*e)->apply(*command).has_value());
    // No sync yet: the department and the roles are the server's.
    QCOMPARE((*e)->user().departmentCode, QStringLiteral("63"));
    QVERIFY((*e)->user().hasRole(Role::RecordsOfficer));
    QVERIFY((*e)->user().hasRole(Role::Clerk));
    {
        auto reader = (*e)->openReader();
        auto row = Queries::user(*reader, m_rita);
        QVERIFY(row.has_value() && row->has_value());
        QCOMPARE((**row).departmentCode, QStringLiteral("63"));
    }
    auto plan
        = PlanImporter::importFile(**e, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"));
    QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));
    // Reopened, the folder still knows.
    e->reset();
    auto again = Test::openEngine(dir.path(), m_rita);
    QVERIFY(again.has_value());
    QVERIFY((*again)->user().hasRole(Role::RecordsOfficer));
}

void TstSync::interruptedTransfersResume()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.03.01"), QStringLiteral("Baueinstellung")));
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Verfügung")));
    const QByteArray big = Test::randomBytes(40 * 1024 * 1024 + 100, 99);
    auto doc = a.engine->apply(Commands::createDocument(cs->id, QStringLiteral("Fotos"), store(a, big),
                                                        QStringLiteral("application/zip"), QStringLiteral("f.zip")));
    QVERIFY(doc.has_value());
    // The connection breaks after the 20th chunk of the upload: the first 16 (one committed
    // group of 16 MiB) are on the server, the 4 after them went with the connection.
    FaultInjection::arm(QStringLiteral("sync.upload.after-chunk"), FaultInjection::Action::Fail, 20);
    auto broken = sync(a);
    QVERIFY(!broken.has_value());
    QCOMPARE(broken.error().code, ErrorCode::Unavailable);
    FaultInjection::disarmAll();
    auto resumed = sync(a);
    QVERIFY2(resumed.has_value(), qPrintable(resumed ? QString() : resumed.error().toString()));
    QCOMPARE(resumed->bytesUp, big.size() - 16 * SyncEngine::chunkSize); // only what was missing
    // And the download breaks after the third chunk.
    FaultInjection::arm(QStringLiteral("sync.download.after-chunk"), FaultInjection::Action::Fail, 3);
    QVERIFY(!sync(b).has_value());
    FaultInjection::disarmAll();
    auto down = sync(b);
    QVERIFY2(down.has_value(), qPrintable(down ? QString() : down.error().toString()));
    QCOMPARE(down->bytesDown, big.size() - 3 * SyncEngine::chunkSize);
    auto readerB = b.engine->openReader();
    auto v = Queries::version(*readerB, doc->id);
    QVERIFY(v && *v);
    QCOMPARE(*b.engine->content().read((*v)->sha256, (*v)->size), big);
    QVERIFY(b.engine->verify()->ok());
}

void TstSync::changeFeedMissesNothingUnderConcurrentTransactions()
{
    Client reader = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(reader).has_value());
    const QString plan = planUnit(reader, QStringLiteral("63.05.02")).toString(QUuid::WithoutBraces);
    QVERIFY(!plan.isEmpty());
    // The writers are the repository's owner writing rows directly: what is tested here is the
    // pull under transactions that commit out of order, which clients' commands (serialised by
    // the audit trail from their call to their commit) never hold open this way.
    std::vector<PgConnection> writers;
    for (int i = 0; i < 3; ++i) {
        auto w = PgConnection::connect(m_pg.adminUrl(m_db));
        QVERIFY(w.has_value());
        QVERIFY(w->run(QStringLiteral("SET ROLE aktenwerk_owner")).has_value());
        writers.push_back(std::move(*w));
    }
    QRandomGenerator gen(4242);
    int written = 0;
    qint64 naiveCursor = -1;
    QSet<QString> naiveSeen;
    QSet<QString> expected;
    for (int round = 0; round < 15; ++round) {
        // Each writer opens a transaction and draws its change number (in order 0, 1, 2); then
        // they commit in a random order.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(writers[i].begin().has_value());
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto ins = writers[i].exec(QStringLiteral(
                "INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, department_code, "
                "confidentiality) VALUES ($1, $2, $3, $4, 2026, 'Race', '63', '003')"),
                {id, plan, QStringLiteral("race-%1").arg(written), written});
            QVERIFY2(ins.has_value(), qPrintable(ins ? QString() : ins.error().toString()));
            expected.insert(id);
            ++written;
        }
        QList<int> order{0, 1, 2};
        std::shuffle(order.begin(), order.end(), gen);
        for (int k = 0; k < 3; ++k) {
            QVERIFY(writers[order[k]].commit().has_value());
            // Poll after every commit: with the production pull, and with a naive max-id cursor.
            QVERIFY(sync(reader).has_value());
            auto naive = writers[order[k]].exec(QStringLiteral("SELECT id, change_seq FROM aktenwerk.file_record WHERE "
                                                               "title = 'Race' AND change_seq > $1"),
                                                {naiveCursor});
            QVERIFY(naive.has_value());
            for (int r = 0; r < naive->rows(); ++r) {
                naiveSeen.insert(naive->text(r, 0));
                naiveCursor = qMax(naiveCursor, naive->int64(r, 1));
            }
        }
    }
    QVERIFY(sync(reader).has_value());
    auto db = reader.engine->openReader();
    QSet<QString> got;
    auto st = db->prepare(QStringLiteral("SELECT id FROM file_record WHERE title = 'Race'"));
    while (*st->step())
        got.insert(st->text(0));
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    // The negative control: a cursor on the highest change number seen skips rows whose
    // transactions drew a lower number but committed later. This test would catch that.
    qInfo("naive cursor saw %lld of %lld rows; the xid8 watermark saw all", static_cast<long long>(naiveSeen.size()),
          static_cast<long long>(expected.size()));
    QVERIFY(naiveSeen.size() < expected.size());
}

void TstSync::liveUpdatesArriveWithinASecond()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    auto session = ChangeListener::connectAndListen(m_pg.userUrl(m_db), m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY2(session.has_value(), qPrintable(session ? QString() : session.error().toString()));
    ChangeListener listener;
    listener.watch(std::move(*session));
    // B pulls whenever the server says something changed.
    QElapsedTimer clock;
    qint64 arrivedAfter = -1;
    QUuid wanted;
    QObject::connect(&listener, &ChangeListener::changed, this, [&] {
        QVERIFY(sync(b).has_value());
        if (!wanted.isNull() && Test::countRows(*b.engine, QStringLiteral("file_record"),
                                                QStringLiteral("id = '%1'").arg(wanted.toString(QUuid::WithoutBraces))) == 1
            && arrivedAfter < 0)
            arrivedAfter = clock.elapsed();
    });
    for (int i = 0; i < 5; ++i) {
        auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.01"), QStringLiteral("Live %1").arg(i)));
        QVERIFY(file.has_value());
        wanted = file->id;
        arrivedAfter = -1;
        QVERIFY(sync(a).has_value());
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(arrivedAfter >= 0, 5000);
        qInfo("file %d arrived at the other client %lld ms after the sync that sent it", i, arrivedAfter);
        QVERIFY2(arrivedAfter < 1000, "a live update took longer than a second");
    }
}

void TstSync::filingFromTheIntakeSyncs()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    Client bob = connect(m_bob, QStringLiteral("bob-secret-1"));
    QVERIFY(a.engine && b.engine && bob.engine);
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(sync(bob).has_value());

    // A confidential file of FB 63 with three cases; a letter waits in the intake.
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.02"),
                                                     QStringLiteral("Nachbarstreit Ulmenweg"), {},
                                                     Confidentiality::Confidential));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    auto cs = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Beschwerde")));
    auto closing = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Altverfahren")));
    auto third = a.engine->apply(Commands::createCase(file->id, QStringLiteral("Ortstermin")));
    const QByteArray letter("Beschwerde über die Hecke am Ulmenweg 4, bitte um Ortstermin.");
    auto doc = a.engine->apply(Commands::createDocument({}, QStringLiteral("Beschwerde Hecke"), store(a, letter),
                                                        QStringLiteral("text/plain"), QStringLiteral("hecke.txt")));
    auto late = a.engine->apply(Commands::createDocument({}, QStringLiteral("Nachtrag"), store(a, "Nachtrag zur Hecke"),
                                                         QStringLiteral("text/plain"), QStringLiteral("nachtrag.txt")));
    QVERIFY(cs && closing && third && doc && late);
    auto pushed = sync(a);
    QVERIFY2(pushed.has_value() && pushed->rejected == 0,
             qPrintable(pushed ? pushed->rejections.join(u'\n') : pushed.error().toString()));
    QVERIFY(sync(b).has_value());
    {
        auto db = b.engine->openReader();
        auto intake = Queries::documents(*db, QUuid());
        QVERIFY(std::any_of(intake->cbegin(), intake->cend(), [&](const Document &d) { return d.meta.id == doc->id; }));
    }

    // Filed on A, pushed: the server moves it and its versions under the file's rules.
    QVERIFY(a.engine->apply(Commands::fileIntoCase(doc->id, cs->id)).has_value());
    pushed = sync(a);
    QVERIFY2(pushed.has_value(), qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(pushed->pushed, 1);
    QCOMPARE(pushed->rejected, 0);
    auto admin = PgConnection::connect(m_pg.adminUrl(m_db));
    QVERIFY(admin.has_value());
    auto row = admin->exec(QStringLiteral("SELECT d.case_id::text, d.file_id::text, d.confidentiality, "
                                          "(SELECT string_agg(DISTINCT v.confidentiality || '/' || v.file_id::text, "
                                          "',') FROM aktenwerk.version v WHERE v.document_id = d.id) "
                                          "FROM aktenwerk.document d WHERE d.id = $1"),
                           {doc->id});
    QVERIFY(row.has_value() && row->rows() == 1);
    QCOMPARE(row->text(0, 0), cs->id.toString(QUuid::WithoutBraces));
    QCOMPARE(row->text(0, 1), file->id.toString(QUuid::WithoutBraces));
    QCOMPARE(row->text(0, 2), QStringLiteral("005"));
    QCOMPARE(row->text(0, 3), QStringLiteral("005/") + file->id.toString(QUuid::WithoutBraces));

    // B (same department) pulls and finds it in the case, no longer in the intake.
    QVERIFY(sync(b).has_value());
    {
        auto db = b.engine->openReader();
        auto d = Queries::document(*db, doc->id);
        QVERIFY(d && *d);
        QCOMPARE((*d)->caseId, cs->id);
        QCOMPARE(Queries::documents(*db, cs->id)->size(), 1);
        auto intake = Queries::documents(*db, QUuid());
        QVERIFY(std::none_of(intake->cbegin(), intake->cend(),
                             [&](const Document &x) { return x.meta.id == doc->id; }));
    }
    QVERIFY(b.engine->verify()->ok());
    // Another department sees neither the document nor its content, and cannot file it.
    QVERIFY(sync(bob).has_value());
    QCOMPARE(Test::countRows(*bob.engine, QStringLiteral("document"),
                             QStringLiteral("id = '%1'").arg(doc->id.toString(QUuid::WithoutBraces))),
             0);
    {
        auto db = PgConnection::connect(m_pg.userUrl(m_db), m_bob, QStringLiteral("bob-secret-1"));
        QVERIFY(db.has_value());
        auto seen =
            db->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.version WHERE document_id = $1"), {doc->id});
        QVERIFY(seen.has_value());
        QCOMPARE(seen->text(0, 0), QStringLiteral("0"));
        auto sneak = db->exec(QStringLiteral("SELECT aktenwerk.file_document($1, $2)"), {late->id, third->id});
        QVERIFY(!sneak.has_value());
        QCOMPARE(sneak.error().code, ErrorCode::PermissionDenied);
    }

    // A case closed on the server meanwhile: the server refuses, the document stays in its intake.
    QVERIFY(admin->exec(QStringLiteral("UPDATE aktenwerk.case_record SET status = 'closed' WHERE id = $1"),
                        {closing->id})
                .has_value());
    QVERIFY(a.engine->apply(Commands::fileIntoCase(late->id, closing->id)).has_value()); // not pulled yet
    pushed = sync(a);
    QVERIFY(pushed.has_value());
    QCOMPARE(pushed->rejected, 1);
    QVERIFY2(pushed->rejections.join(u' ').contains(QLatin1String("closed")),
             qPrintable(pushed->rejections.join(u' ')));
    row = admin->exec(QStringLiteral("SELECT case_id IS NULL, revision FROM aktenwerk.document WHERE id = $1"),
                      {late->id});
    QCOMPARE(row->text(0, 0), QStringLiteral("t"));
    QCOMPARE(row->text(0, 1), QStringLiteral("1"));

    // A reference to the filed letter in another case syncs as well, its content stored once.
    auto link = a.engine->apply(Commands::linkDocument(doc->id, third->id));
    QVERIFY2(link.has_value(), qPrintable(link ? QString() : link.error().toString()));
    pushed = sync(a);
    QVERIFY2(pushed.has_value() && pushed->rejected == 0 && pushed->contentUp == 0,
             qPrintable(pushed ? pushed->rejections.join(u'\n') : pushed.error().toString()));
    QVERIFY(sync(b).has_value());
    {
        auto db = b.engine->openReader();
        auto ref = Queries::document(*db, link->id);
        QVERIFY(ref && *ref);
        QCOMPARE((*ref)->caseId, third->id);
        QCOMPARE((*ref)->metadata.value(QStringLiteral("reference_to")), doc->id.toString(QUuid::WithoutBraces));
        auto v = Queries::version(*db, link->id);
        QCOMPARE((*v)->sha256, Test::sha256Hex(letter));
        QVERIFY(b.engine->content().read((*v)->sha256, (*v)->size).has_value());
    }
    QVERIFY(a.engine->verify()->ok());
}

namespace {
bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

void TstSync::checkOutIsExclusiveAcrossClients()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    Client lead = connect(m_lead, QStringLiteral("lena-secret-1"));
    QVERIFY(sync(a).has_value());
    const QUuid doc = newDocument(a, QStringLiteral("63.02"), "Stellungnahme, Entwurf");
    QVERIFY(!doc.isNull());
    const QString docId = doc.toString(QUuid::WithoutBraces);
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(sync(lead).has_value());

    // A checks out: the lock is on the server, taken in the operation's own transaction.
    auto coA = CheckOuts(*a.engine).checkOut(doc, session(a));
    QVERIFY2(coA.has_value(), qPrintable(coA ? QString() : coA.error().toString()));
    QVERIFY(!coA->offline);
    QCOMPARE(serverValue(QStringLiteral("SELECT owner FROM aktenwerk.document_lock WHERE document_id = $1"), {docId}),
             m_alice);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'document.checkout' "
                                        "AND entity_id = $1 AND login = $2"),
                         {docId, m_alice}),
             QStringLiteral("1"));
    // Sent once: the push that follows does not send the check-out again.
    auto afterCheckOut = sync(a);
    QVERIFY(afterCheckOut.has_value());
    QCOMPARE(afterCheckOut->pushed, 0);

    // B is refused with who and since when; nothing is written on B's side; B can still read.
    const qint64 oplogB = Test::countRows(*b.engine, QStringLiteral("oplog"));
    auto coB = CheckOuts(*b.engine).checkOut(doc, session(b));
    QVERIFY(!coB.has_value());
    QCOMPARE(coB.error().code, ErrorCode::ReadOnly);
    QVERIFY2(coB.error().message.contains(m_alice), qPrintable(coB.error().message));
    QVERIFY2(coB.error().message.contains(QLatin1String(" since ")), qPrintable(coB.error().message));
    QCOMPARE(Test::countRows(*b.engine, QStringLiteral("oplog")), oplogB);
    QCOMPARE(Test::countRows(*b.engine, QStringLiteral("working_copy")), 0);
    QVERIFY(!QFileInfo::exists(CheckOuts::workingRoot(*b.engine) + QLatin1Char('/') + docId));
    {
        auto reader = b.engine->openReader();
        auto v1 = Queries::version(*reader, doc);
        QVERIFY(v1 && *v1);
        QVERIFY(b.engine->content().copyTo((*v1)->sha256, (*v1)->size, b.dir->filePath(QStringLiteral("lesen.txt"))));
        // B's client knows who holds it after a sync, also for showing it offline.
        QVERIFY(sync(b).has_value());
        auto lock = Queries::documentLock(*reader, doc);
        QVERIFY(lock && *lock);
        QCOMPARE((*lock)->owner, m_alice);
    }

    // A checks in; B has version 2 after its next sync, and the lock is free again.
    QVERIFY(writeFile(coA->path, "Stellungnahme, abgestimmt"));
    auto in = CheckOuts(*a.engine).checkIn(doc, {}, QStringLiteral("mit Amt 36 abgestimmt"));
    QVERIFY2(in.has_value(), qPrintable(in ? QString() : in.error().toString()));
    QCOMPARE(in->number, 2);
    QVERIFY(sync(a).has_value());
    QCOMPARE(serverValue(QStringLiteral("SELECT coalesce(owner, 'frei') FROM aktenwerk.document_lock WHERE document_id = $1"),
                         {docId}),
             QStringLiteral("frei"));
    QVERIFY(sync(b).has_value());
    {
        auto reader = b.engine->openReader();
        auto v2 = Queries::version(*reader, doc);
        QVERIFY(v2 && *v2);
        QCOMPARE((*v2)->number, 2);
        QCOMPARE((*v2)->sha256, Test::sha256Hex("Stellungnahme, abgestimmt"));
        QCOMPARE((*v2)->origin, VersionOrigin::Edit);
        QCOMPARE((*v2)->comment, QStringLiteral("mit Amt 36 abgestimmt"));
        auto lock = Queries::documentLock(*reader, doc);
        QVERIFY(lock && *lock && (*lock)->owner.isEmpty());
    }

    // A checks out again and goes home; a clerk may not break the lock (not even on the server
    // directly), the team lead may: audited, and A is told with the next sync.
    coA = CheckOuts(*a.engine).checkOut(doc, session(a));
    QVERIFY(coA.has_value());
    QVERIFY(!CheckOuts(*b.engine).breakLock(doc, session(b)).has_value());
    {
        auto db = SyncEngine(*b.engine).connect(b.password);
        QVERIFY(db.has_value());
        auto direct = SyncEngine(*b.engine).applyNow(*db, Commands::breakLock(doc, m_alice, QDateTime()));
        QVERIFY(!direct.has_value());
        QCOMPARE(direct.error().code, ErrorCode::PermissionDenied);
    }
    QVERIFY(sync(lead).has_value());
    auto broken = CheckOuts(*lead.engine).breakLock(doc, session(lead));
    QVERIFY2(broken.has_value(), qPrintable(broken ? QString() : broken.error().toString()));
    QCOMPARE(*broken, m_alice);
    QCOMPARE(serverValue(QStringLiteral("SELECT details->>'owner' FROM aktenwerk.audit_event WHERE action = 'lock.break' "
                                        "AND entity_id = $1 AND login = $2"),
                         {docId, m_lead}),
             m_alice);
    QCOMPARE(serverValue(QStringLiteral("SELECT coalesce(owner, 'frei') || '/' || broken_by || '/' || broken_owner FROM "
                                        "aktenwerk.document_lock WHERE document_id = $1"),
                         {docId}),
             QStringLiteral("frei/%1/%2").arg(m_lead, m_alice));
    auto told = sync(a);
    QVERIFY(told.has_value());
    QCOMPARE(told->brokenLocks.size(), 1);
    QVERIFY2(told->brokenLocks.first().contains(m_lead), qPrintable(told->brokenLocks.first()));
    QVERIFY(QFileInfo::exists(coA->path)); // the working copy is kept
    auto coB2 = CheckOuts(*b.engine).checkOut(doc, session(b));
    QVERIFY2(coB2.has_value(), qPrintable(coB2 ? QString() : coB2.error().toString()));
    QVERIFY(CheckOuts(*b.engine).cancel(doc).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(a.engine->verify()->ok());
    QVERIFY(b.engine->verify()->ok());
}

void TstSync::offlineEditsBecomeParallelVersions()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    const QUuid doc = newDocument(a, QStringLiteral("63.02"), "Gutachten, Stand 1");
    QVERIFY(!doc.isNull());
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());

    // Both are offline (the server refuses the connection) and edit version 1.
    auto coA = CheckOuts(*a.engine).checkOut(doc, unreachable(a));
    QVERIFY2(coA.has_value(), qPrintable(coA ? QString() : coA.error().toString()));
    QVERIFY(coA->offline);
    auto coB = CheckOuts(*b.engine).checkOut(doc, unreachable(b));
    QVERIFY2(coB.has_value(), qPrintable(coB ? QString() : coB.error().toString()));
    QVERIFY(coB->offline);
    QVERIFY(writeFile(coA->path, "Gutachten, Stand 2 (A)"));
    QVERIFY(writeFile(coB->path, "Gutachten, Stand 2 (B)"));
    auto inA = CheckOuts(*a.engine).checkIn(doc, {}, QStringLiteral("A unterwegs"));
    auto inB = CheckOuts(*b.engine).checkIn(doc, {}, QStringLiteral("B unterwegs"));
    QVERIFY(inA.has_value() && inB.has_value());
    QVERIFY(!inA->parallel && !inB->parallel); // neither knows of the other yet

    // A reaches the server first; B's edit, based on version 1 too, is kept as parallel to it.
    auto syncA = sync(a);
    QVERIFY2(syncA.has_value(), qPrintable(syncA ? QString() : syncA.error().toString()));
    QCOMPARE(syncA->rejected, 0);
    auto syncB = sync(b);
    QVERIFY2(syncB.has_value(), qPrintable(syncB ? QString() : syncB.error().toString()));
    QCOMPARE(syncB->rejected, 0);
    QVERIFY(sync(a).has_value());
    auto versionsOf = [&](Client &c) {
        QStringList out;
        auto reader = c.engine->openReader();
        const auto versions = Queries::versions(*reader, doc);
        for (const Version &v : *versions)
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(v.number)
                       .arg(versionOriginCode(v.origin))
                       .arg(v.parallelTo)
                       .arg(v.author, v.sha256.left(12));
        return out;
    };
    const QStringList onA = versionsOf(a);
    const QStringList onB = versionsOf(b);
    QCOMPARE(onA, onB);
    QCOMPARE(onA.size(), 3);
    QCOMPARE(onA.at(1), QStringLiteral("2 edit 0 %1 %2").arg(m_alice, Test::sha256Hex("Gutachten, Stand 2 (A)").left(12)));
    QCOMPARE(onA.at(2), QStringLiteral("3 parallel 1 %1 %2").arg(m_anna, Test::sha256Hex("Gutachten, Stand 2 (B)").left(12)));
    QCOMPARE(serverValue(QStringLiteral("SELECT origin || ' ' || parallel_to || ' ' || base_version FROM aktenwerk.version "
                                        "WHERE document_id = $1 AND number = 3"),
                         {doc.toString(QUuid::WithoutBraces)}),
             QStringLiteral("parallel 1 1"));
    QCOMPARE(serverValue(QStringLiteral("SELECT coalesce(owner, 'frei') FROM aktenwerk.document_lock WHERE document_id = $1"),
                         {doc.toString(QUuid::WithoutBraces)}),
             QStringLiteral("frei"));
    QVERIFY(a.engine->verify()->ok());
    QVERIFY(b.engine->verify()->ok());
}

void TstSync::othersFieldChangesAreInTheHistory()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    const QUuid doc = newDocument(a, QStringLiteral("63.02"), "Vermerk");
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    QVERIFY(b.engine->apply(Commands::updateFields(doc, QStringLiteral("Vermerk über die Ortsbesichtigung"))).has_value());
    QVERIFY(sync(b).has_value());
    auto pulled = sync(a);
    QVERIFY(pulled.has_value());
    auto reader = a.engine->openReader();
    auto history = Queries::fieldHistory(*reader, doc.toString(QUuid::WithoutBraces));
    QVERIFY(history.has_value());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().field, QStringLiteral("title"));
    QCOMPARE(history->first().oldValue, QStringLiteral("Stellungnahme"));
    QCOMPARE(history->first().newValue, QStringLiteral("Vermerk über die Ortsbesichtigung"));
    QCOMPARE(history->first().changedBy, m_anna);
    // B's own history has it once (written by B's command), not again from B's pull.
    auto readerB = b.engine->openReader();
    QCOMPARE(Queries::fieldHistory(*readerB, doc.toString(QUuid::WithoutBraces))->size(), 1);
    QVERIFY(a.engine->verify()->ok());
}

void TstSync::anExpiredCheckOutNoLongerBlocks()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    const QUuid doc = newDocument(a, QStringLiteral("63.02"), "Aktennotiz");
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    auto coA = CheckOuts(*a.engine).checkOut(doc, session(a));
    QVERIFY(coA.has_value());
    QVERIFY(!CheckOuts(*b.engine).checkOut(doc, session(b)).has_value());
    // A forgot it for longer than checkout.expiry_hours (168 by default).
    QCOMPARE(serverValue(QStringLiteral("UPDATE aktenwerk.document_lock SET expires = now() - interval '1 hour' "
                                        "WHERE document_id = $1 RETURNING owner"),
                         {doc.toString(QUuid::WithoutBraces)}),
             m_alice);
    auto coB = CheckOuts(*b.engine).checkOut(doc, session(b));
    QVERIFY2(coB.has_value(), qPrintable(coB ? QString() : coB.error().toString()));
    QCOMPARE(serverValue(QStringLiteral("SELECT owner FROM aktenwerk.document_lock WHERE document_id = $1"),
                         {doc.toString(QUuid::WithoutBraces)}),
             m_anna);
    // A's late check-in is kept, as parallel: the lock was B's by then.
    QVERIFY(Test::writeFile(coA->path, "Aktennotiz von A"));
    auto inA = CheckOuts(*a.engine).checkIn(doc);
    QVERIFY(inA.has_value());
    QVERIFY(sync(a).has_value());
    QCOMPARE(serverValue(QStringLiteral("SELECT origin || ' ' || parallel_to FROM aktenwerk.version WHERE document_id = $1 "
                                        "AND number = 2"),
                         {doc.toString(QUuid::WithoutBraces)}),
             QStringLiteral("parallel 1"));
    QVERIFY(CheckOuts(*b.engine).cancel(doc).has_value());
    QVERIFY(sync(b).has_value());
}

void TstSync::aRefusedChangeCanBeSentAgainOnceFixed()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(sync(a).has_value());
    auto file = a.engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Wird geschlossen")));
    QVERIFY(file.has_value());
    QVERIFY(sync(a).has_value());
    // Closed on the server, then reopened: in between, a change is refused with its reason.
    QVERIFY(
        serverValue(QStringLiteral("UPDATE aktenwerk.file_record SET status = 'closed' WHERE id = $1"), { file->id })
            .isEmpty());
    QVERIFY(a.engine->apply(Commands::updateFields(file->id, QStringLiteral("Anbau, wird geschlossen"))).has_value());
    auto r = sync(a);
    QVERIFY(r.has_value());
    QCOMPARE(r->rejected, 1);
    auto db = a.engine->openReader();
    auto refused = Queries::rejectedChanges(*db);
    QVERIFY(refused.has_value());
    QCOMPARE(refused->size(), 1);
    QCOMPARE(refused->first().code, QStringLiteral("closed"));
    QVERIFY(commandSummary(refused->first().command, refused->first().payload).contains(QLatin1String("Anbau")));
    QVERIFY(serverValue(QStringLiteral("UPDATE aktenwerk.file_record SET status = 'open' WHERE id = $1"), { file->id })
                .isEmpty());
    QVERIFY(sync(a).has_value()); // brings the reopened file
    auto again = a.engine->apply(Commands::resendRejected(refused->first().opId));
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().toString()));
    r = sync(a);
    QVERIFY(r.has_value());
    QCOMPARE(r->pushed, 1);
    QCOMPARE(r->rejected, 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT title FROM aktenwerk.file_record WHERE id = $1"), { file->id }),
        QStringLiteral("Anbau, wird geschlossen"));
    QVERIFY(Queries::rejectedChanges(*db)->isEmpty());
    // A decision is made once.
    QVERIFY(!a.engine->apply(Commands::discardRejected(refused->first().opId)).has_value());
    QVERIFY(a.engine->verify()->ok());
}

void TstSync::aFolderUsedWithoutAServerGoesToIt()
{
    // A pilot: a clerk works in a local data folder for a while — the example plan imported,
    // 50 files, 20 cases, 100 documents, some edits and second versions — then connects it.
    QTemporaryDir pilotDir;
    auto pilot = Test::openEngine(pilotDir.path(), QStringLiteral("pilot"));
    QVERIFY(pilot.has_value());
    Engine &p = **pilot;
    QVERIFY(PlanImporter::importFile(p, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"))
                .has_value());
    const QStringList units { QStringLiteral("63.01.01"), QStringLiteral("63.01.02"), QStringLiteral("63.01.03"),
        QStringLiteral("63.02") };
    QList<QUuid> files, cases, documents;
    QHash<QUuid, QString> oldReferences;
    for (int i = 0; i < 50; ++i) {
        auto f = p.apply(Commands::createFile(
            units.at(i % units.size()), QStringLiteral("Pilotakte %1").arg(i), QStringLiteral("63")));
        QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().toString()));
        files << f->id;
        oldReferences.insert(f->id, f->reference);
    }
    for (int i = 0; i < 20; ++i) {
        auto c = p.apply(Commands::createCase(files.at(i * 2), QStringLiteral("Pilotvorgang %1").arg(i)));
        QVERIFY(c.has_value());
        cases << c->id;
        oldReferences.insert(c->id, c->reference);
    }
    for (int i = 0; i < 100; ++i) {
        auto content = p.content().putData(QStringLiteral("Schreiben Nr. %1 im Pilotbetrieb").arg(i).toUtf8());
        QVERIFY(content.has_value());
        auto d = p.apply(Commands::createDocument(cases.at(i % 20), QStringLiteral("Schreiben %1").arg(i), *content,
            QStringLiteral("text/plain"), QStringLiteral("s%1.txt").arg(i)));
        QVERIFY2(d.has_value(), qPrintable(d ? QString() : d.error().toString()));
        documents << d->id;
    }
    QVERIFY(p.apply(Commands::updateFields(files.first(), QStringLiteral("Pilotakte 0, umbenannt"))).has_value());
    for (int i = 0; i < 5; ++i) {
        auto content = p.content().putData(QStringLiteral("Schreiben Nr. %1, zweite Fassung").arg(i).toUtf8());
        QVERIFY(content.has_value());
        QVERIFY(p.apply(Commands::addVersion(documents.at(i), *content, QStringLiteral("text/plain"),
                            QStringLiteral("s%1.txt").arg(i), VersionOrigin::Edit))
                    .has_value());
    }
    const QString oldReference = oldReferences.value(files.at(3));
    QVERIFY(!oldReference.startsWith(QLatin1String("P-")));

    // Connected as Alice: the plan units are the server's (matched by code), everything else goes up.
    auto server = PgConnection::connect(m_pg.userUrl(m_db), m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(server.has_value());
    auto command = SyncEngine::connectCommand(*server, m_pg.userUrl(m_db), m_alice);
    QVERIFY(command.has_value());
    auto connected = p.apply(*command);
    QVERIFY2(connected.has_value(), qPrintable(connected ? QString() : connected.error().toString()));
    QCOMPARE(connected->data.value(QLatin1String("files")).toInt(), 50);
    QVERIFY(connected->data.value(QLatin1String("plan_units_matched")).toInt() >= 45);
    auto r = SyncEngine(p).sync(QStringLiteral("alice-secret-1"));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QVERIFY2(r->rejected == 0, qPrintable(r->rejections.join(QLatin1Char('\n'))));
    QCOMPARE(r->pushed, 50 + 20 + 100 + 1 + 5);
    QCOMPARE(r->contentUp, 105);
    QVERIFY(p.verify()->ok());
    {
        auto db = p.openReader();
        auto f = Queries::file(*db, files.at(3));
        QVERIFY(f && *f);
        QVERIFY2((*f)->reference != oldReference && !(*f)->reference.startsWith(QLatin1String("P-")),
            qPrintable((*f)->reference)); // numbered by the server
    }

    // Another client sees all of it: server references, the same content, the old references.
    Client other = connect(m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(sync(other).has_value());
    auto db = other.engine->openReader();
    auto mine = p.openReader();
    for (const QUuid &id : std::as_const(files)) {
        auto there = Queries::file(*db, id);
        auto here = Queries::file(*mine, id);
        QVERIFY(there && *there && here && *here);
        QCOMPARE((*there)->reference, (*here)->reference);
        QCOMPARE((*there)->title, (*here)->title);
    }
    for (const QUuid &id : std::as_const(documents)) {
        auto there = Queries::versions(*db, id);
        auto here = Queries::versions(*mine, id);
        QVERIFY(there && here);
        QCOMPARE(there->size(), here->size());
        for (qsizetype v = 0; v < there->size(); ++v)
            QCOMPARE(there->at(v).sha256, here->at(v).sha256);
        QVERIFY(other.engine->content().contains(there->last().sha256));
    }
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE title LIKE 'Pilotvorgang %'"))->toInt(), 20);
    // The old reference still finds its file — there as here, and in the search. (The server
    // numbers anew, so an old reference may be another record's current one: "show" names both.)
    auto former = Queries::formerReferenceOf(*db, oldReference);
    QVERIFY(former.has_value());
    QCOMPARE(former->size(), 1);
    QCOMPARE(former->first().id, files.at(3));
    auto found = Queries::resolve(*db, oldReference);
    QVERIFY(found && *found);
    const auto shown = Test::runCli({ QStringLiteral("--data-dir"), other.dir->path(), QStringLiteral("show"),
        oldReference, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject shownJson = QJsonDocument::fromJson(shown.out).object();
    if ((*found)->id == files.at(3)) {
        QCOMPARE(shownJson.value(QLatin1String("former_reference")).toString(), oldReference);
    } else {
        const QJsonArray also = shownJson.value(QLatin1String("former_reference_of")).toArray();
        QCOMPARE(also.size(), 1);
        QCOMPARE(
            also.first().toObject().value(QLatin1String("id")).toString(), files.at(3).toString(QUuid::WithoutBraces));
    }
    const QString oldCase = oldReferences.value(cases.at(1));
    auto formerCase = Queries::formerReferenceOf(*db, oldCase);
    QVERIFY(formerCase && formerCase->size() == 1 && formerCase->first().id == cases.at(1));
    auto indexed = Search::Indexer::update(*other.engine);
    QVERIFY2(indexed.has_value(), qPrintable(indexed ? QString() : indexed.error().toString()));
    const auto hits = Search::SearchIndex::search(*other.engine, QStringLiteral("az:") + oldCase, 50);
    QVERIFY2(hits.has_value(), qPrintable(hits ? QString() : hits.error().toString()));
    QCOMPARE(std::count_if(
                 hits->hits.begin(), hits->hits.end(), [&](const Search::Hit &h) { return h.caseId == cases.at(1); }),
        5);
    QVERIFY(other.engine->verify()->ok());
}

void TstSync::offlineWorkKeepsWhenItWasMade()
{
    Client a = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client b = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(a).has_value());
    const QUuid doc = newDocument(a, QStringLiteral("63.01.02"), "Schreiben aus dem Außendienst");
    QVERIFY(!doc.isNull());
    // Three hours without a connection before it reaches the server (the outbox ages).
    const QDateTime made = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    {
        auto db = Database::open(a.dir->path() + QStringLiteral("/aktenwerk.sqlite"), Database::Mode::ReadWrite);
        QVERIFY(db.has_value());
        auto st = db->prepare(QStringLiteral("UPDATE oplog SET created_at = ? WHERE push_state = 'pending'"));
        QVERIFY(st.has_value());
        st->bind(1, made.toString(Qt::ISODateWithMs));
        QVERIFY(st->run().has_value());
    }
    QVERIFY(sync(a).has_value());
    QVERIFY(sync(b).has_value());
    // The server's time is when it took the change; the client's is kept, shown as such.
    auto db = b.engine->openReader();
    auto v = Queries::version(*db, doc);
    QVERIFY(v && *v);
    QVERIFY2((*v)->madeOffline(), qPrintable((*v)->recordedAt.toString(Qt::ISODate)));
    QVERIFY(qAbs((*v)->recordedAt.secsTo(made)) < 2);
    QVERIFY(qAbs((*v)->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE((*v)->author, m_alice);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE entity_id = $1 AND "
                                        "recorded_at < at - interval '2 hours'"),
                 { doc }),
        QStringLiteral("1"));
}

void TstSync::movesRestoresAndSharesAreDecidedByTheServer()
{
    Client alice = connect(m_alice, QStringLiteral("alice-secret-1"));
    Client anna = connect(m_anna, QStringLiteral("anna-secret-1"));
    QVERIFY(sync(alice).has_value());
    auto a = alice.engine->apply(Commands::createFile(QStringLiteral("63.02"), QStringLiteral("Umzug alt")));
    auto b = alice.engine->apply(Commands::createFile(QStringLiteral("63.02"), QStringLiteral("Umzug neu")));
    QVERIFY(a && b);
    auto x = alice.engine->apply(Commands::createCase(a->id, QStringLiteral("Antrag")));
    auto y = alice.engine->apply(Commands::createCase(a->id, QStringLiteral("Nachforderung")));
    QVERIFY(x && y);
    auto doc = alice.engine->apply(Commands::createDocument(x->id, QStringLiteral("Lageplan"), store(alice, "Lageplan"),
        QStringLiteral("text/plain"), QStringLiteral("l.txt")));
    QVERIFY(doc.has_value());
    QVERIFY(sync(alice).has_value());
    const QString ids = doc->id.toString(QUuid::WithoutBraces);
    const QString yId = y->id.toString(QUuid::WithoutBraces);
    const QString yOld
        = serverValue(QStringLiteral("SELECT reference FROM aktenwerk.case_record WHERE id = $1"), { yId });
    QVERIFY(!yOld.isEmpty());

    // The document moves into the other case, that case into the other file; the server numbers.
    QVERIFY(alice.engine->apply(Commands::moveDocument(doc->id, y->id)).has_value());
    QVERIFY(alice.engine->apply(Commands::moveCase(y->id, b->id)).has_value());
    auto r = sync(alice);
    QVERIFY2(r.has_value() && r->rejected == 0, qPrintable(r ? QString::number(r->rejected) : r.error().toString()));
    const QString bRef = serverValue(QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE id = $1"),
        { b->id.toString(QUuid::WithoutBraces) });
    const QString yNew
        = serverValue(QStringLiteral("SELECT reference FROM aktenwerk.case_record WHERE id = $1"), { yId });
    QVERIFY2(yNew.startsWith(bRef) && yNew != yOld, qPrintable(yNew));
    QCOMPARE(
        serverValue(QStringLiteral("SELECT former_reference FROM aktenwerk.case_record WHERE id = $1"), { yId }), yOld);
    QCOMPARE(serverValue(QStringLiteral("SELECT case_id::text || ' ' || file_id::text || ' ' || number_in_case FROM "
                                        "aktenwerk.document WHERE id = $1"),
                 { ids }),
        yId + QLatin1Char(' ') + b->id.toString(QUuid::WithoutBraces) + QStringLiteral(" 1"));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE entity_id = $1 AND action = "
                                        "'document.move'"),
                 { ids }),
        QStringLiteral("1"));
    QVERIFY(sync(anna).has_value());
    for (Client *c : { &alice, &anna }) {
        auto db = c->engine->openReader();
        auto d = **Queries::document(*db, doc->id);
        QCOMPARE(d.caseId, y->id);
        QCOMPARE(d.reference, yNew + QStringLiteral("/1"));
        auto cs = **Queries::caseRecord(*db, y->id);
        QCOMPARE(cs.fileId, b->id);
        QCOMPARE(cs.reference, yNew);
    }

    // Deleted and restored: both recorded, the document back where it was.
    QVERIFY(anna.engine->apply(Commands::tombstone(doc->id, QStringLiteral("falsch abgelegt"))).has_value());
    QVERIFY(sync(anna).has_value());
    QCOMPARE(serverValue(QStringLiteral("SELECT deleted FROM aktenwerk.document WHERE id = $1"), { ids }),
        QStringLiteral("t"));
    QVERIFY(sync(alice).has_value());
    QVERIFY(alice.engine->apply(Commands::undelete(doc->id, QStringLiteral("doch richtig"))).has_value());
    QVERIFY(sync(alice).has_value());
    QCOMPARE(serverValue(QStringLiteral("SELECT deleted FROM aktenwerk.document WHERE id = $1"), { ids }),
        QStringLiteral("f"));
    QCOMPARE(serverValue(QStringLiteral("SELECT login FROM aktenwerk.audit_event WHERE entity_id = $1 AND action = "
                                        "'entity.restore'"),
                 { ids }),
        m_alice);

    // A share lets FB 11 read the file, and only until it ends or is revoked.
    auto bob = PgConnection::connect(m_pg.userUrl(m_db), m_bob, QStringLiteral("bob-secret-1"));
    QVERIFY(bob.has_value());
    auto bobSees = [&] {
        auto q = bob->exec(QStringLiteral("SELECT (SELECT count(*) FROM aktenwerk.file_record WHERE id = $1) || '/' || "
                                          "(SELECT count(*) FROM aktenwerk.case_record WHERE file_id = $1)"),
            { a->id.toString(QUuid::WithoutBraces) });
        return q ? q->text(0, 0) : q.error().toString();
    };
    QCOMPARE(bobSees(), QStringLiteral("0/0"));
    QVERIFY(alice.engine
                ->apply(Commands::shareFile(a->id, QStringLiteral("11"), QDateTime::currentDateTimeUtc().addSecs(3)))
                .has_value());
    QVERIFY(sync(alice).has_value());
    QCOMPARE(bobSees(), QStringLiteral("1/1"));
    {
        auto db = alice.engine->openReader();
        QCOMPARE((*Queries::file(*db, a->id))->shares.size(), 1); // the server's word on it, pulled back
    }
    QTest::qWait(3500);
    QCOMPARE(bobSees(), QStringLiteral("0/0")); // ended: nothing is granted any more
    // A share whose end has passed is refused by the server too, whatever a client says.
    auto owner = PgConnection::connect(m_pg.userUrl(m_db), m_alice, QStringLiteral("alice-secret-1"));
    QVERIFY(owner.has_value());
    auto late = owner->exec(QStringLiteral("SELECT outcome || ' ' || code FROM aktenwerk.submit(jsonb_build_array("
                                           "jsonb_build_object('op', gen_random_uuid(), 'cmd', 'file.share', 'type', "
                                           "'file', 'id', $1::uuid, 'args', jsonb_build_object('department', '11', "
                                           "'until', (now() - interval '1 day')::text))))"),
        { a->id.toString(QUuid::WithoutBraces) });
    QVERIFY2(late.has_value(), qPrintable(late ? QString() : late.error().toString()));
    QCOMPARE(late->text(0, 0), QStringLiteral("refused invalid"));
    QCOMPARE(bobSees(), QStringLiteral("0/0"));

    QVERIFY(alice.engine->apply(Commands::shareFile(a->id, QStringLiteral("11"))).has_value());
    QVERIFY(sync(alice).has_value());
    QCOMPARE(bobSees(), QStringLiteral("1/1"));
    QVERIFY(alice.engine->apply(Commands::unshareFile(a->id, QStringLiteral("11"))).has_value());
    QVERIFY(sync(alice).has_value());
    QCOMPARE(bobSees(), QStringLiteral("0/0"));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE entity_id = $1 AND action IN "
                                        "('file.share', 'file.unshare')"),
                 { a->id.toString(QUuid::WithoutBraces) }),
        QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"
