// Routing against a real PostgreSQL (issue 15), next to plain work of the same size in the same run.
//
//   inbox open:     a team lead's "My tasks" with STEPS open steps (80 % addressed to her unit's
//                   lead, 20 % overdue steps of her team that escalate to her) among DOCUMENTS
//                   documents and as many other open steps of others: aktenwerk.inbox() (her own
//                   session, computed when read; the first page of 200 in list order, with the
//                   total) + the list drawn in the window (InboxPane)
//                   vs. the raw SELECT of the steps addressed to her unit's lead, with their titles
//   routing:        ROUTED documents through a 3-step route (Bearbeitung → Mitzeichnung → Zeichnung):
//                   route.start and three completions, each by its own person's session, one server
//                   transaction per act as the clients send them
//                   vs. the same number of plain title changes (fields.update) through the same
//                   command API, one transaction each
//
// Starts its own PostgreSQL (tests/support/pgfixture.sh, with fsync on) and prints CSV:
// operation, corpus, baseline_s, app_s, ratio (the inbox as p95 of 20 openings each)

#include "../testsupport.h"
#include "benchsupport.h"
#include "client/inboxpane.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/workflow/routing.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <type_traits>
#include <utility>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;
using namespace Aktenwerk::Bench;

namespace {

void row4(const char *op, const QString &corpus, double baseline, double app)
{
    row(op, corpus, baseline, app, 4);
}

double p95(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, static_cast<qsizetype>(samples.size() * 0.95)));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int documents = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int steps = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int routed = args.size() > 3 ? args.at(3).toInt() : 1000;

    QTemporaryDir dir;
    Test::PgServer pg;
    const QString admin = startRepository(pg);
    const QString dbName = QStringLiteral("bench");
    check(ServerAdmin::addUnit(
              admin, QStringLiteral("63.2"), QStringLiteral("Bauaufsicht"), QStringLiteral("63"), {}, {}),
        "unit");
    struct Person
    {
        QString login;
        Role role;
    };
    for (const Person &p :
        { Person { QStringLiteral("rita"), Role::RecordsOfficer }, Person { QStringLiteral("alice"), Role::Clerk },
            Person { QStringLiteral("conny"), Role::Clerk }, Person { QStringLiteral("lena"), Role::TeamLead } }) {
        check(ServerAdmin::addUser(
                  admin, p.login, {}, QStringLiteral("63"), { p.role }, p.login + QStringLiteral("-secret-1")),
            "user");
        ServerAdmin::UserChange change;
        change.unit = QStringLiteral("63.2");
        check(ServerAdmin::setUser(admin, p.login, change), "unit");
    }
    auto session = [&](const QString &login) {
        return check(PgConnection::connect(pg.userUrl(dbName), login, login + QStringLiteral("-secret-1")), "connect");
    };
    {
        auto rita = check(Test::openEngine(dir.filePath(QStringLiteral("rita")), QStringLiteral("rita")), "open");
        check(rita->apply(Commands::connectServer(pg.userUrl(dbName), QStringLiteral("rita"))), "connect");
        check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");
        check(PlanImporter::importFile(
                  *rita, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")),
            "plan");
        check(SyncEngine(*rita).sync(QStringLiteral("rita-secret-1")), "sync");
    }

    // The corpus: a file with 100 cases (Alice's commands), DOCUMENTS documents written by the
    // owner straight into the tables (one content each; the corpus is not what is measured).
    auto alice = session(QStringLiteral("alice"));
    const QString plan = check(check(PgConnection::connect(admin), "owner")
                                   .exec(QStringLiteral("SELECT id FROM aktenwerk.plan_unit WHERE code = '63.01.02'")),
        "plan")
                             .text(0, 0);
    const QString file = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QJsonObject> setup { op(QStringLiteral("file.create"), QStringLiteral("file"), file,
        { { QStringLiteral("plan_unit"), plan }, { QStringLiteral("title"), QStringLiteral("Bauakten") },
            { QStringLiteral("department"), QStringLiteral("63") } }) };
    for (int c = 0; c < 100; ++c)
        setup << op(QStringLiteral("case.create"), QStringLiteral("case"),
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            { { QStringLiteral("file_id"), file }, { QStringLiteral("title"), QStringLiteral("Vorgang %1").arg(c) } });
    submitAll(alice, setup, 2000, "setup");
    {
        auto owner = check(PgConnection::connect(admin), "owner");
        check(owner.script(QStringLiteral(
                  "BEGIN; SET LOCAL ROLE aktenwerk_owner;"
                  "INSERT INTO aktenwerk.content (sha256, size, chunk_size, chunk_count, complete) "
                  "SELECT encode(sha256(('Dokument ' || g)::bytea), 'hex'), 12, 1048576, 1, true "
                  "FROM generate_series(1, %1) g;"
                  "INSERT INTO aktenwerk.document (id, case_id, title, current_version, department_code, "
                  "confidentiality, file_id) SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, "
                  "(SELECT id FROM aktenwerk.case_record ORDER BY number OFFSET mod(g, 100) LIMIT 1), "
                  "'Schreiben ' || g || ' zur Baugenehmigung', 1, '63', '003', '%2' FROM generate_series(1, %1) g;"
                  "INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, author, "
                  "created_at, origin, department_code, confidentiality, file_id) "
                  "SELECT gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 1, "
                  "encode(sha256(('Dokument ' || g)::bytea), 'hex'), 12, 'text/plain', 'alice', now(), 'import', "
                  "'63', '003', '%2' FROM generate_series(1, %1) g;"
                  "COMMIT; ANALYZE;")
                               .arg(documents)
                               .arg(file)),
            "corpus");
    }
    auto docId = [](int g) {
        return QStringLiteral("00000000-0000-4000-8000-%1")
            .arg(QString::number(g, 16).rightJustified(12, QLatin1Char('0')));
    };

    // The lead's inbox: 80 % for lead:63.2, 20 % Conny's overdue steps; as many for others.
    {
        QList<QJsonObject> routes;
        const int direct = steps * 4 / 5;
        for (int i = 1; i <= steps * 2; ++i) {
            const QString addressee = i <= direct ? QStringLiteral("lead:63.2") : QStringLiteral("conny");
            routes << op(QStringLiteral("route.start"), QStringLiteral("route"),
                QUuid::createUuid().toString(QUuid::WithoutBraces),
                { { QStringLiteral("object_type"), QStringLiteral("document") },
                    { QStringLiteral("object_id"), docId(i) },
                    { QStringLiteral("steps"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("action"),
                                i <= direct ? QStringLiteral("zeichnung") : QStringLiteral("bearbeitung") },
                            { QStringLiteral("addressee"), addressee },
                            { QStringLiteral("deadline"), QStringLiteral("2030-01-01") } } } } });
        }
        submitAll(alice, routes, 2000, "routes");
        // Conny's first (steps / 5) steps are overdue past the grace period: they escalate to Lena.
        auto owner = check(PgConnection::connect(admin), "owner");
        check(owner.run(QStringLiteral(
                  "UPDATE aktenwerk.route_step SET deadline = current_date - 10 WHERE id IN (SELECT id FROM "
                  "aktenwerk.route_step WHERE addressee = 'conny' AND status = '002' ORDER BY id LIMIT %1)")
                            .arg(steps - direct)),
            "overdue");
        check(owner.run(QStringLiteral("ANALYZE")), "analyze");
    }

    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    auto lena = session(QStringLiteral("lena"));
    auto lenaEngine = check(Test::openEngine(dir.filePath(QStringLiteral("lena")), QStringLiteral("lena")), "open");
    check(lenaEngine->apply(Commands::connectServer(pg.userUrl(dbName), QStringLiteral("lena"))), "connect");
    // Her index is not synced here (it would download every document): the list's names are
    // looked up in it all the same, and come back as logins.
    std::shared_ptr<Engine> shared(std::move(lenaEngine));
    Client::InboxPane pane;
    pane.setEngine(shared, [&pg, &dbName]() {
        return PgConnection::connect(pg.userUrl(dbName), QStringLiteral("lena"), QStringLiteral("lena-secret-1"));
    });
    pane.resize(900, 400);
    pane.show();
    QList<double> appTimes, baseTimes;
    qsizetype listed = 0;
    for (int round = 0; round < 22; ++round) {
        QElapsedTimer t;
        t.start();
        // The raw query: the same first page of the steps addressed to her unit's lead, by
        // deadline, with their titles and the count (no deputies, no escalation, no rules).
        auto rawRows = lena.exec(QStringLiteral(
            "SELECT s.id, s.position, s.action, s.addressee, s.instruction, s.deadline, d.title, count(*) OVER () "
            "FROM aktenwerk.route_step s JOIN aktenwerk.route r ON r.id = s.route_id "
            "JOIN aktenwerk.document d ON d.id = r.entity_id WHERE s.status = '002' AND s.addressee = 'lead:63.2' "
            "ORDER BY s.deadline, s.id LIMIT %1")
                                     .arg(Client::InboxPane::pageSize));
        if (!rawRows)
            bail();
        const double base = t.nsecsElapsed() / 1e9;
        t.restart();
        // What the window does: the first page (the rest comes as the list is scrolled), drawn.
        auto first = check(Routing::inbox(lena, 0, Client::InboxPane::pageSize), "inbox");
        const double query = t.nsecsElapsed() / 1e9;
        pane.showPage(first);
        QCoreApplication::processEvents();
        const double appTime = t.nsecsElapsed() / 1e9;
        if (qEnvironmentVariableIntValue("AKTENWERK_BENCH_DETAIL") == 1)
            std::fprintf(stderr, "inbox: server query + parsing %.4f s, drawn %.4f s\n", query, appTime - query);
        listed = pane.total();
        if (round >= 2) { // the first two warm the caches
            baseTimes << base;
            appTimes << appTime;
        }
    }
    if (listed != steps) {
        std::fprintf(stderr, "the inbox lists %lld steps, expected %d\n", static_cast<long long>(listed), steps);
        bail();
    }
    row4("inbox open (p95)", QStringLiteral("%1 open steps among %2 documents").arg(steps).arg(documents),
        p95(baseTimes), p95(appTimes));
    // And the whole list at once (what scrolling to its end fetches, page by page), for the record.
    {
        QList<double> all, raw;
        for (int round = 0; round < 7; ++round) {
            QElapsedTimer t;
            t.start();
            if (!lena.exec(QStringLiteral("SELECT s.id, s.position, s.action, s.addressee, s.instruction, s.deadline, "
                                          "d.title FROM aktenwerk.route_step s JOIN aktenwerk.route r ON r.id = "
                                          "s.route_id JOIN aktenwerk.document d ON d.id = r.entity_id WHERE s.status "
                                          "= '002' AND s.addressee = 'lead:63.2' ORDER BY s.deadline, s.id")))
                bail();
            const double base = t.nsecsElapsed() / 1e9;
            t.restart();
            auto whole = check(Routing::inbox(lena), "inbox");
            if (whole.items.size() != steps)
                bail();
            if (round >= 2) {
                raw << base;
                all << t.nsecsElapsed() / 1e9;
            }
        }
        row4("inbox, whole list read (p95)", QStringLiteral("%1 open steps").arg(steps), p95(raw), p95(all));
    }

    // --- routing vs. title changes, one transaction per act as the clients send them ----------------
    auto conny = session(QStringLiteral("conny"));
    auto act = [](PgConnection &db, const QJsonObject &o) {
        auto r = db.exec(QStringLiteral("SELECT outcome, message_en FROM aktenwerk.submit($1::jsonb)"),
            { QString::fromUtf8(QJsonDocument(QJsonArray { o }).toJson(QJsonDocument::Compact)) });
        if (!r || r->text(0, 0) != QLatin1String("applied")) {
            std::fprintf(stderr, "act: %s\n", r ? qPrintable(r->text(0, 1)) : qPrintable(r.error().toString()));
            bail();
        }
    };
    const int first = steps * 2 + 1;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < routed; ++i) {
        QString title = QStringLiteral("Schreiben %1 zur Baugenehmigung").arg(first + i);
        for (int k = 0; k < 4; ++k) {
            const QString next = QStringLiteral("Schreiben %1, Fassung %2").arg(first + i).arg(k);
            act(alice,
                op(QStringLiteral("fields.update"), QStringLiteral("document"), docId(first + i),
                    { { QStringLiteral("changes"),
                        QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                            { QStringLiteral("old"), title }, { QStringLiteral("new"), next } } } } }));
            title = next;
        }
    }
    const double titles = t.nsecsElapsed() / 1e9;
    t.restart();
    for (int i = 0; i < routed; ++i) {
        const QString route = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString s1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString s2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString s3 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        act(alice,
            op(QStringLiteral("route.start"), QStringLiteral("route"), route,
                { { QStringLiteral("object_type"), QStringLiteral("document") },
                    { QStringLiteral("object_id"), docId(first + i) },
                    { QStringLiteral("steps"),
                        QJsonArray { QJsonObject { { QStringLiteral("id"), s1 }, { QStringLiteral("position"), 1 },
                                         { QStringLiteral("action"), QStringLiteral("bearbeitung") },
                                         { QStringLiteral("addressee"), QStringLiteral("alice") } },
                            QJsonObject { { QStringLiteral("id"), s2 }, { QStringLiteral("position"), 2 },
                                { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                                { QStringLiteral("addressee"), QStringLiteral("conny") } },
                            QJsonObject { { QStringLiteral("id"), s3 }, { QStringLiteral("position"), 3 },
                                { QStringLiteral("action"), QStringLiteral("zeichnung") },
                                { QStringLiteral("addressee"), QStringLiteral("lena") } } } } }));
        act(alice, op(QStringLiteral("step.complete"), QStringLiteral("step"), s1, {}));
        act(conny, op(QStringLiteral("step.complete"), QStringLiteral("step"), s2, {}));
        act(lena, op(QStringLiteral("step.complete"), QStringLiteral("step"), s3, {}));
    }
    const double routing = t.nsecsElapsed() / 1e9;
    row4("route through 3 steps (4 acts each)", QStringLiteral("%1 documents, %2 acts").arg(routed).arg(routed * 4),
        titles, routing);

    if (qEnvironmentVariableIntValue("AKTENWERK_BENCH_KEEP") == 1) {
        std::fprintf(stderr, "kept: %s\n", qPrintable(admin));
        return 0;
    }
    QProcess::execute(g_fixture, { QStringLiteral("stop"), std::exchange(g_pgDir, {}) });
    return 0;
}
