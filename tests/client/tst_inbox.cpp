#include "../testsupport.h"
#include "client/detailspane.h"
#include "client/documentviewer.h"
#include "client/firstrundialog.h"
#include "client/inboxpane.h"
#include "client/mainwindow.h"
#include "client/notifier.h"
#include "client/plantreemodel.h"
#include "client/routingactions.h"
#include "client/routingdialogs.h"
#include "client/synccontroller.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/plan/planimport.h"
#include "dms/records/recordkeeping.h"
#include "dms/store/sqlite.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/workflow/routing.h"
#include "model/displaytime.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;
using namespace Aktenwerk::Model;

/**
 * "My tasks" in the window (issue 15), against the real server: a co-signer of FB 36 has the
 * window open; a clerk of FB 63 starts a route; the step arrives through LISTEN/NOTIFY and raises
 * a notification; the inbox lists it with its preview (the document of another department, read
 * from the server for the step); completing it moves the route on to the team lead.
 */
class TstInbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aStepArrivesIsPreviewedAndCompleted();
    void aClerkRoutesFromTheWindow();

private:
    /** Shows @p w and connects its new data folder to the server through the first-run dialog. */
    void connectWindow(MainWindow &w, const QString &login, const QString &password);
    Dms::ServerSession sessionOf(Dms::Engine &engine, const QString &password)
    {
        return [&engine, password]() { return Dms::SyncEngine(engine).connect(password); };
    }
    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_uwe, m_lena, m_rita;
    QUuid m_file, m_case, m_document; ///< Alice's, routed in the first test
    QTemporaryDir m_dir;
};

void TstInbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inbox"));
    QSettings().clear();
    Dms::installTranslators(*qApp); // AKTENWERK_LANG: English in the suite, German for the screenshot
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("inbox"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(Dms::ServerAdmin::init(url).has_value());
    QVERIFY(Dms::ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open)
                .has_value());
    QVERIFY(Dms::ServerAdmin::addDepartment(url, QStringLiteral("36"), QStringLiteral("FB 36"), Confidentiality::Open)
                .has_value());
    m_rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    const QString &rita = m_rita;
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_uwe = Test::PgServer::uniqueName(QStringLiteral("uwe"));
    m_lena = Test::PgServer::uniqueName(QStringLiteral("lena"));
    QVERIFY(Dms::ServerAdmin::addUser(
        url, rita, {}, QStringLiteral("63"), { Role::RecordsOfficer }, QStringLiteral("rita-secret-1"))
                .has_value());
    QVERIFY(Dms::ServerAdmin::addUser(
        url, m_alice, {}, QStringLiteral("63"), { Role::Clerk }, QStringLiteral("alice-secret-1"))
                .has_value());
    QVERIFY(
        Dms::ServerAdmin::addUser(url, m_uwe, {}, QStringLiteral("36"), { Role::Clerk }, QStringLiteral("uwe-secret-1"))
            .has_value());
    QVERIFY(Dms::ServerAdmin::addUser(
        url, m_lena, {}, QStringLiteral("63"), { Role::TeamLead }, QStringLiteral("lena-secret-1"))
                .has_value());
    auto e = Test::openEngine(m_dir.filePath(QStringLiteral("rita")), rita);
    QVERIFY(e.has_value());
    QVERIFY((*e)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), rita)).has_value());
    QVERIFY(Dms::SyncEngine(**e).sync(QStringLiteral("rita-secret-1")).has_value());
    QVERIFY(Dms::PlanImporter::importFile(
        **e, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json"))
                .has_value());
    QVERIFY(Dms::SyncEngine(**e).sync(QStringLiteral("rita-secret-1")).has_value());
}

void TstInbox::connectWindow(MainWindow &w, const QString &login, const QString &password)
{
    w.resize(1366, 768);
    w.show();
    FirstRunDialog *d = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((d = w.findChild<FirstRunDialog *>()), 5000);
    d->serverChoice()->click();
    d->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    d->portEdit()->setValue(m_pg.port());
    d->databaseEdit()->setText(m_db);
    d->userEdit()->setText(login);
    QTest::keyClicks(d->passwordEdit(), password);
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
}

void TstInbox::aStepArrivesIsPreviewedAndCompleted()
{
    // Uwe (FB 36) has the window open, connected through the first-run dialog.
    MainWindow w(MainWindow::Options { m_dir.filePath(QStringLiteral("uwe")), false });
    connectWindow(w, m_uwe, QStringLiteral("uwe-secret-1"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(w.inboxEntry()->isVisible());
    QVERIFY(w.showInboxAction()->isEnabled());
    // The first read after the first sync: nothing waits yet.
    QSignalSpy loaded(w.inbox(), &InboxPane::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
    QCOMPARE(w.inbox()->items().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(w.syncController()->state(), SyncController::State::Idle, 10000);
    const int notificationsBefore = w.notifier()->raisedCount();

    // Alice (FB 63) routes a letter: Mitzeichnung Uwe → Zeichnung Lena.
    auto alice = Test::openEngine(m_dir.filePath(QStringLiteral("alice")), m_alice);
    QVERIFY(alice.has_value());
    QVERIFY((*alice)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), m_alice)).has_value());
    QVERIFY(Dms::SyncEngine(**alice).sync(QStringLiteral("alice-secret-1")).has_value());
    auto file = (*alice)->apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Gartenweg 3")));
    QVERIFY(file.has_value());
    auto cs = (*alice)->apply(Dms::Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    QVERIFY(cs.has_value());
    const QString text = m_dir.filePath(QStringLiteral("stellungnahme.txt"));
    QVERIFY(Test::writeFile(text, "Bitte um Stellungnahme zum Grundwasser am Gartenweg 3\n"));
    auto doc = Dms::Importer(**alice).addDocument(cs->id, text);
    QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().toString()));
    m_file = file->id;
    m_case = cs->id;
    m_document = doc->id;
    QVERIFY(Dms::SyncEngine(**alice).sync(QStringLiteral("alice-secret-1")).has_value());
    auto steps
        = Dms::Routing::parseSteps({ QStringLiteral("mitzeichnung=") + m_uwe, QStringLiteral("zeichnung=") + m_lena });
    QVERIFY(steps.has_value());
    const QUuid route = QUuid::createUuid();
    auto started = Dms::Routing(**alice).act(sessionOf(**alice, QStringLiteral("alice-secret-1")),
        QStringLiteral("route.start"), QStringLiteral("route"), route,
        { { QStringLiteral("object_type"), QStringLiteral("document") },
            { QStringLiteral("object_id"), doc->id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("steps"), *steps } });
    QVERIFY2(started.has_value(), started ? "" : qPrintable(started.error().toString()));

    // The step arrives through LISTEN/NOTIFY (nobody syncs or presses anything) and is announced.
    QTRY_VERIFY_WITH_TIMEOUT(w.notifier()->raisedCount() > notificationsBefore, 15000);
    QVERIFY2(w.notifier()->lastSummary().contains(Dms::Routing::actionName(QStringLiteral("mitzeichnung"))),
        qPrintable(w.notifier()->lastSummary()));
    QCOMPARE(w.inbox()->items().size(), 1);
    QVERIFY(w.inboxEntry()->text().contains(QLatin1String("(1)")));

    // Opened with the keyboard: the step with its preview (read from the server: Uwe's index has
    // no FB 63 document).
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.inbox()->isVisible());
    QVERIFY(w.inboxEntry()->isChecked());
    const QAbstractItemModel *model = w.inbox()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("stellungnahme"));
    QCOMPARE(model->index(0, 1).data().toString(), Dms::Routing::actionName(QStringLiteral("mitzeichnung")));
    QCOMPARE(model->index(0, 4).data().toString(), m_alice); // who sent it
    const QString sha = Test::sha256Hex("Bitte um Stellungnahme zum Grundwasser am Gartenweg 3\n");
    QTRY_COMPARE_WITH_TIMEOUT(w.viewer()->source().sha256, sha, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.viewer()->textView()->toPlainText().contains(QLatin1String("Grundwasser")), 10000);
    QVERIFY(!QFile::exists(w.engine()->content().pathFor(sha))); // not in Uwe's store

    const QString shots = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(shots);
    w.grab().save(QDir(shots).filePath(
        QStringLiteral("inbox-%1.png").arg(qEnvironmentVariable("AKTENWERK_LANG", QStringLiteral("en")))));

    // Done with a remark and Ctrl+Return: the route moves on to Lena; Uwe's list is empty.
    w.inbox()->remarkField()->setFocus();
    QTest::keyClicks(w.inbox()->remarkField(), QStringLiteral("Keine Bedenken"));
    QTest::keyClick(w.inbox()->remarkField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.inbox()->items().size(), 0, 15000);
    QTRY_VERIFY(w.inbox()->messageLabel()->text().contains(QLatin1String("stellungnahme")));
    QVERIFY(Dms::SyncEngine(**alice).sync(QStringLiteral("alice-secret-1")).has_value());
    auto routes = Dms::Routing(**alice).routes(route);
    QVERIFY(routes.has_value() && routes->size() == 1);
    const auto &record = routes->first();
    QCOMPARE(record.steps.size(), 2);
    QCOMPARE(record.steps.at(0).status, QStringLiteral("003"));
    QCOMPARE(record.steps.at(0).actedBy, m_uwe);
    QCOMPARE(record.steps.at(0).remark, QStringLiteral("Keine Bedenken"));
    QCOMPARE(record.steps.at(0).sha256, sha);
    QCOMPARE(record.steps.at(1).status, QStringLiteral("002"));
    // A long list: the first page at once, with the total; the rest as the list is scrolled.
    {
        const int many = InboxPane::pageSize + 5;
        auto db = sessionOf(**alice, QStringLiteral("alice-secret-1"))();
        QVERIFY(db.has_value());
        QJsonArray ops;
        for (int i = 0; i < many; ++i) {
            const QString text = m_dir.filePath(QStringLiteral("anfrage-%1.txt").arg(i));
            QVERIFY(Test::writeFile(text, QByteArray("Anfrage Nr. ") + QByteArray::number(i)));
            auto more = Dms::Importer(**alice).addDocument(cs->id, text);
            QVERIFY(more.has_value());
            ops.append(QJsonObject { { QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("cmd"), QStringLiteral("route.start") },
                { QStringLiteral("type"), QStringLiteral("route") },
                { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("args"),
                    QJsonObject { { QStringLiteral("object_type"), QStringLiteral("document") },
                        { QStringLiteral("object_id"), more->id.toString(QUuid::WithoutBraces) },
                        { QStringLiteral("steps"),
                            QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("kenntnisnahme") },
                                { QStringLiteral("addressee"), m_uwe } } } } } } });
        }
        QVERIFY(Dms::SyncEngine(**alice).sync(QStringLiteral("alice-secret-1")).has_value());
        auto started = db->exec(QStringLiteral("SELECT count(*) FILTER (WHERE outcome = 'applied') "
                                               "FROM aktenwerk.submit($1::jsonb)"),
            { QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)) });
        QVERIFY(started.has_value());
        QCOMPARE(started->text(0, 0).toInt(), many);
        QTRY_COMPARE_WITH_TIMEOUT(w.inbox()->total(), qint64(many), 15000);
        QCOMPARE(w.inbox()->items().size(), InboxPane::pageSize);
        QVERIFY(w.inboxEntry()->text().contains(QString::number(many)));
        QVERIFY(w.inbox()->view()->model()->canFetchMore({}));
        w.inbox()->view()->model()->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(w.inbox()->items().size(), qsizetype(many), 10000);
        QCOMPARE(w.inbox()->view()->model()->rowCount(), many);
        QVERIFY(!w.inbox()->view()->model()->canFetchMore({}));
    }

    // Uwe's own client keeps the route's record too (after its sync), not the document.
    QTRY_VERIFY_WITH_TIMEOUT(
        Dms::Routing(*w.engine()).routes(route).value_or(QList<Dms::RouteRecord>()).size() == 1, 15000);
}

void TstInbox::aClerkRoutesFromTheWindow()
{
    QVERIFY2(!m_document.isNull(), "the first test makes and routes the document");
    const QString shots = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    const QString lang = qEnvironmentVariable("AKTENWERK_LANG", QStringLiteral("en"));
    QDir().mkpath(shots);
    // Lena, team lead of FB 63, keeps a template for her department (team leads edit templates).
    auto lena = Test::openEngine(m_dir.filePath(QStringLiteral("lena")), m_lena);
    QVERIFY(lena.has_value());
    QVERIFY((*lena)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), m_lena)).has_value());
    QVERIFY(Dms::SyncEngine(**lena).sync(QStringLiteral("lena-secret-1")).has_value());
    auto templateSteps = Dms::Routing::parseSteps(
        { QStringLiteral("kenntnisnahme=") + m_uwe + QStringLiteral("@+3"), QStringLiteral("zeichnung=lead:63") },
        true);
    QVERIFY(templateSteps.has_value());
    auto saved = Dms::Routing(**lena).act(sessionOf(**lena, QStringLiteral("lena-secret-1")),
        QStringLiteral("route_template.save"), QStringLiteral("route_template"), QUuid::createUuid(),
        { { QStringLiteral("name"), QStringLiteral("Stellungnahme") }, { QStringLiteral("steps"), *templateSteps } });
    QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));

    // Alice at a window of her own (a second client of hers).
    MainWindow w(MainWindow::Options { m_dir.filePath(QStringLiteral("alice-window")), false });
    connectWindow(w, m_alice, QStringLiteral("alice-secret-1"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(w.syncController()->state(), SyncController::State::Idle, 15000);
    RoutingActions *routing = w.routingActions();
    QSignalSpy acted(routing, &RoutingActions::acted);
    QTRY_VERIFY_WITH_TIMEOUT(w.selectPlanUnit(QStringLiteral("63.01.02")), 10000);
    w.selectRecordPath({ m_file, m_case, m_document });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), m_document, 10000);
    QTRY_VERIFY(routing->startAction()->isEnabled());
    // The routing history of the first test's route, in the details: Uwe's co-signature, done.
    QListWidget *history = w.details()->routeList();
    QTRY_VERIFY_WITH_TIMEOUT(history->count() == 3, 10000);
    QVERIFY2(history->item(1)->text().contains(QLatin1String("Keine Bedenken")), qPrintable(history->item(1)->text()));
    QVERIFY(history->item(2)->text().contains(Dms::Routing::actionName(QStringLiteral("zeichnung"))));

    // The document is in Lena's signature: a second route is refused by the server, and the dialog
    // keeps what Alice typed, with the reason.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    StartRouteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<StartRouteDialog *>()) && dialog->isVisible());
    dialog->addresseeEdit()->setText(m_uwe);
    dialog->startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QCOMPARE(acted.takeFirst().at(0).toBool(), false);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->addresseeEdit()->text(), m_uwe);
    dialog->reject();

    // The case instead: Mitzeichnung Uwe (FB 36) and Rita in parallel, then the team lead signs.
    w.selectRecordPath({ m_file, m_case });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), m_case, 10000);
    routing->startAction()->trigger();
    QTRY_VERIFY((dialog = w.findChild<StartRouteDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->templateBox()->count(), 2); // none, and Lena's template
    dialog->addresseeEdit()->setText(m_uwe);
    dialog->instructionEdit()->setText(QStringLiteral("Bitte Grundwasser prüfen"));
    dialog->addButton()->click();
    dialog->addresseeEdit()->setText(m_rita);
    dialog->parallelCheck()->setChecked(true);
    dialog->addButton()->click();
    dialog->actionBox()->setCurrentIndex(dialog->actionBox()->findData(QStringLiteral("zeichnung")));
    dialog->addButton()->click(); // a fourth, left without addressee: not started
    dialog->startButton()->click();
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->stepList()->currentItem(), dialog->stepList()->topLevelItem(2)); // the first without
    dialog->stepList()->setCurrentItem(dialog->stepList()->topLevelItem(3));
    dialog->removeButton()->click();
    QCOMPARE(dialog->stepList()->topLevelItemCount(), 3);
    dialog->stepList()->setCurrentItem(dialog->stepList()->topLevelItem(2));
    dialog->addresseeEdit()->setText(QStringLiteral("lead:63"));
    dialog->deadlineCheck()->setChecked(true);
    dialog->deadlineEdit()->setDate(QDate::currentDate().addDays(10));
    QCOMPARE(dialog->stepList()->topLevelItem(1)->text(0), QStringLiteral("1 ∥"));
    QCOMPARE(dialog->stepList()->topLevelItem(2)->text(0), QStringLiteral("2"));
    dialog->grab().save(QDir(shots).filePath(QStringLiteral("route-start-%1.png").arg(lang)));
    dialog->startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    QTRY_VERIFY(!w.findChild<StartRouteDialog *>());
    // Decided by the server, pulled into Alice's index, shown in the details.
    auto routes = Dms::Routing(*w.engine()).routes(m_case);
    QVERIFY(routes.has_value());
    QCOMPARE(routes->size(), 1);
    const Dms::RouteRecord &route = routes->first();
    QCOMPARE(route.startedBy, m_alice);
    QCOMPARE(route.steps.size(), 3);
    QCOMPARE(route.steps.at(0).position, 1);
    QCOMPARE(route.steps.at(1).position, 1);
    QCOMPARE(route.steps.at(2).position, 2);
    const auto &uweStep = route.steps.at(route.steps.at(0).addressee == m_uwe ? 0 : 1); // parallel: by name
    QCOMPARE(uweStep.addressee, m_uwe);
    QCOMPARE(uweStep.instruction, QStringLiteral("Bitte Grundwasser prüfen"));
    QCOMPARE(route.steps.at(0).status, QStringLiteral("002"));
    QCOMPARE(route.steps.at(1).status, QStringLiteral("002"));
    QCOMPARE(route.steps.at(2).addressee, QStringLiteral("lead:63"));
    QCOMPARE(route.steps.at(2).deadline, QDate::currentDate().addDays(10));
    QTRY_COMPARE_WITH_TIMEOUT(history->count(), 4, 10000);
    QVERIFY(history->item(1)->text().contains(QStringLiteral("Bitte Grundwasser prüfen"))
        || history->item(2)->text().contains(QStringLiteral("Bitte Grundwasser prüfen")));

    // A resubmission on the case, for in two weeks, weekly.
    routing->resubmitAction()->trigger();
    ResubmissionDialog *resubmission = nullptr;
    QTRY_VERIFY((resubmission = w.findChild<ResubmissionDialog *>()) && resubmission->isVisible());
    resubmission->okButton()->click(); // no reason: not sent
    QVERIFY(resubmission->errorLabel()->isVisible());
    QVERIFY(acted.isEmpty());
    resubmission->reasonEdit()->setText(QStringLiteral("Pläne nachgereicht?"));
    resubmission->repeatBox()->setCurrentIndex(resubmission->repeatBox()->findData(QStringLiteral("weekly")));
    resubmission->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    {
        auto db = w.engine()->openReader();
        QVERIFY(db.has_value());
        auto st
            = db->prepare(QStringLiteral("SELECT due, reason, owner, repeat FROM resubmission WHERE entity_id = ?"));
        QVERIFY(st.has_value());
        st->bind(1, m_case.toString(QUuid::WithoutBraces));
        auto row = st->step();
        QVERIFY(row.has_value() && *row);
        QCOMPARE(st->text(0), QDate::currentDate().addDays(14).toString(Qt::ISODate));
        QCOMPARE(st->text(1), QStringLiteral("Pläne nachgereicht?"));
        QCOMPARE(st->text(2), m_alice);
        QCOMPARE(st->text(3), QStringLiteral("weekly"));
    }

    // The routing slip of the case's route, as a PDF with the route's record.
    const QString slip = m_dir.filePath(QStringLiteral("laufzettel.pdf"));
    routing->setSaveTargetForTesting(slip);
    QSignalSpy slipSaved(routing, &RoutingActions::laufzettelSaved);
    routing->laufzettelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(slipSaved.size(), 1, 10000);
    QCOMPARE(slipSaved.first().at(0).toString(), slip);
    QFile pdf(slip);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 1000);

    // A template: a new case of Alice's; Lena's steps fill the list, and started unchanged the
    // route names its template.
    auto second = w.engine()->apply(Dms::Commands::createCase(m_file, QStringLiteral("Zweiter Antrag")));
    QVERIFY(second.has_value());
    QSignalSpy synced(w.syncController(), &SyncController::synced);
    w.syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 15000);
    w.selectRecordPath({ m_file, second->id });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), second->id, 10000);
    routing->startAction()->trigger();
    QTRY_VERIFY((dialog = w.findChild<StartRouteDialog *>()) && dialog->isVisible());
    dialog->templateBox()->setCurrentIndex(1);
    QCOMPARE(dialog->stepList()->topLevelItemCount(), 2);
    QCOMPARE(dialog->addresseeEdit()->text(), m_uwe);
    QCOMPARE(dialog->deadlineEdit()->date(), QDate::currentDate().addDays(3));
    QCOMPARE(dialog->routeArgs().value(QLatin1String("template")).toString(), QStringLiteral("Stellungnahme"));
    dialog->startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    routes = Dms::Routing(*w.engine()).routes(second->id);
    QVERIFY(routes.has_value() && routes->size() == 1);
    QCOMPARE(routes->first().templateName, QStringLiteral("Stellungnahme"));
    QCOMPARE(routes->first().steps.size(), 2);
    QCOMPARE(routes->first().steps.at(0).deadline, QDate::currentDate().addDays(3));

    // Away next week: Rita stands in; the dialog lists the absence, which can be withdrawn.
    routing->absenceAction()->trigger();
    AbsenceDialog *absence = nullptr;
    QTRY_VERIFY((absence = w.findChild<AbsenceDialog *>()) && absence->isVisible());
    QCOMPARE(absence->forEdit()->text(), m_alice);
    absence->fromEdit()->setDate(QDate::currentDate().addDays(7));
    absence->toEdit()->setDate(QDate::currentDate().addDays(11));
    absence->deputyEdit()->setText(m_rita);
    absence->grab().save(QDir(shots).filePath(QStringLiteral("absence-%1.png").arg(lang)));
    absence->setButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    QTRY_VERIFY(!w.findChild<AbsenceDialog *>());
    routing->absenceAction()->trigger();
    QTRY_VERIFY((absence = w.findChild<AbsenceDialog *>()) && absence->isVisible());
    QCOMPARE(absence->absenceList()->topLevelItemCount(), 1);
    QVERIFY(absence->absenceList()->topLevelItem(0)->text(1) == displayDate(QDate::currentDate().addDays(7)));
    QVERIFY(!absence->withdrawButton()->isEnabled());
    absence->absenceList()->setCurrentItem(absence->absenceList()->topLevelItem(0));
    QVERIFY(absence->withdrawButton()->isEnabled());
    absence->withdrawButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    auto reader = w.engine()->openReader();
    QVERIFY(reader.has_value());
    QCOMPARE(currentAbsences(*reader, m_alice).size(), 0);
    acted.clear();

    // Closing (z.d.A.): the routed case is refused by the server (a route runs in it), the dialog
    // stays with the reason typed; a third case closes, shows it, and is reopened with a reason.
    w.selectRecordPath({ m_file, m_case });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), m_case, 10000);
    QTRY_VERIFY(routing->closeAction()->isEnabled());
    QVERIFY(!routing->reopenAction()->isEnabled());
    routing->closeAction()->trigger();
    CloseDialog *closing = nullptr;
    QTRY_VERIFY((closing = w.findChild<CloseDialog *>()) && closing->isVisible());
    closing->reasonEdit()->setText(QStringLiteral("erledigt"));
    closing->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QCOMPARE(acted.takeFirst().at(0).toBool(), false); // a route runs in it
    QVERIFY(closing->isVisible());
    QVERIFY(closing->errorLabel()->isVisible());
    QCOMPARE(acted.isEmpty(), true);
    QVERIFY(!Dms::RecordKeeping(*w.engine()).state(m_case).value_or(Dms::KeepingState {}).closed);
    QCOMPARE(closing->reasonEdit()->text(), QStringLiteral("erledigt"));
    closing->reject();
    auto third = w.engine()->apply(Dms::Commands::createCase(m_file, QStringLiteral("Dritter Antrag")));
    QVERIFY(third.has_value());
    synced.clear();
    w.syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 15000);
    w.selectRecordPath({ m_file, third->id });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), third->id, 10000);
    routing->closeAction()->trigger();
    QTRY_VERIFY((closing = w.findChild<CloseDialog *>()) && closing->isVisible());
    QVERIFY(!closing->withCasesCheck()->isVisibleTo(closing)); // a case has no cases
    closing->reasonEdit()->setText(QStringLiteral("Antrag zurückgenommen"));
    closing->grab().save(QDir(shots).filePath(QStringLiteral("close-%1.png").arg(lang)));
    closing->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    const auto detailsSay = [&w](const QString &text) {
        const auto labels = w.details()->findChildren<QLabel *>();
        return std::any_of(
            labels.cbegin(), labels.cend(), [&text](const QLabel *l) { return l->text().contains(text); });
    };
    w.selectRecordPath({ m_file, third->id });
    QTRY_VERIFY_WITH_TIMEOUT(detailsSay(QStringLiteral("Antrag zurückgenommen")), 10000);
    QTRY_VERIFY(routing->reopenAction()->isEnabled());
    QVERIFY(!routing->closeAction()->isEnabled());
    routing->reopenAction()->trigger();
    ReopenDialog *reopening = nullptr;
    QTRY_VERIFY((reopening = w.findChild<ReopenDialog *>()) && reopening->isVisible());
    reopening->okButton()->click(); // no reason: not sent
    QVERIFY(reopening->errorLabel()->isVisible());
    QVERIFY(acted.isEmpty());
    reopening->reasonEdit()->setText(QStringLiteral("Antrag doch aufrechterhalten"));
    reopening->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    QVERIFY2(acted.first().at(0).toBool(), qPrintable(acted.first().at(1).toString()));
    acted.clear();
    QTRY_VERIFY_WITH_TIMEOUT(detailsSay(QStringLiteral("Antrag doch aufrechterhalten")), 10000);
    QTRY_VERIFY(routing->closeAction()->isEnabled());

    // The window with the case's routing history, for the screenshots.
    w.selectRecordPath({ m_file, m_case });
    QTRY_COMPARE_WITH_TIMEOUT(w.details()->currentId(), m_case, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(history->count(), 4, 10000);
    w.grab().save(QDir(shots).filePath(QStringLiteral("route-history-%1.png").arg(lang)));
}

QTEST_MAIN(TstInbox)
#include "tst_inbox.moc"
