#include "../testsupport.h"
#include "client/conflictsdialog.h"
#include "client/detailspane.h"
#include "client/firstrundialog.h"
#include "client/mainwindow.h"
#include "client/messagebanner.h"
#include "client/plantreemodel.h"
#include "client/recordtreemodel.h"
#include "client/rejecteddialog.h"
#include "client/synccontroller.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;
using namespace Aktenwerk::Model;
using Tester = QAbstractItemModelTester;

/** The GUI with the central repository: first run, live updates, conflicts, responsiveness. */
class TstSyncGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstRunCanStayLocal();
    void wrongPasswordStaysInTheDialog();
    void firstRunConnectsAndStaysInStep();
    void aRefusedChangeIsShownAndCanBeDiscarded();

private:
    /** Changes a row on the server as its owner would, without telling any client (no stamp, no notify). */
    bool changeQuietly(const QString &table, const QString &set, const QUuid &id);
    FirstRunDialog *waitForFirstRun(MainWindow &w);
    void fillLogin(FirstRunDialog *d, const QString &user, const QString &password);
    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_anna;
    QTemporaryDir m_dir;
};

void TstSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_syncgui"));
    QSettings().clear();
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("gui"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(Dms::ServerAdmin::init(url).has_value());
    QVERIFY(Dms::ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    const QString rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_anna = Test::PgServer::uniqueName(QStringLiteral("anna"));
    QVERIFY(Dms::ServerAdmin::addUser(url, rita, {}, QStringLiteral("63"), {Role::RecordsOfficer}, QStringLiteral("rita-secret-1")).has_value());
    QVERIFY(Dms::ServerAdmin::addUser(url, m_alice, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("alice-secret-1")).has_value());
    QVERIFY(Dms::ServerAdmin::addUser(url, m_anna, {}, QStringLiteral("63"), {Role::Clerk}, QStringLiteral("anna-secret-1")).has_value());
    // The plan, brought to the server by the records officer's client.
    auto e = Test::openEngine(m_dir.filePath(QStringLiteral("rita")), rita);
    QVERIFY(e.has_value());
    QVERIFY((*e)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), rita)).has_value());
    QVERIFY(Dms::SyncEngine(**e).sync(QStringLiteral("rita-secret-1")).has_value());
    QVERIFY(Dms::PlanImporter::importFile(**e, Test::sourceDir() + QStringLiteral("/resources/plan/aktenplan-beispiel.json")).has_value());
    QVERIFY(Dms::SyncEngine(**e).sync(QStringLiteral("rita-secret-1")).has_value());
}

FirstRunDialog *TstSyncGui::waitForFirstRun(MainWindow &w)
{
    FirstRunDialog *d = nullptr;
    for (int i = 0; i < 200 && !d; ++i) {
        QTest::qWait(25);
        d = w.findChild<FirstRunDialog *>();
    }
    return d;
}

void TstSyncGui::fillLogin(FirstRunDialog *d, const QString &user, const QString &password)
{
    d->serverChoice()->click();
    d->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    d->portEdit()->setValue(m_pg.port());
    d->databaseEdit()->setText(m_db);
    d->userEdit()->setText(user);
    d->passwordEdit()->clear();
    QTest::keyClicks(d->passwordEdit(), password);
}

void TstSyncGui::firstRunCanStayLocal()
{
    MainWindow w(MainWindow::Options{m_dir.filePath(QStringLiteral("local")), false});
    w.show();
    FirstRunDialog *d = waitForFirstRun(w);
    QVERIFY2(d, "a new data folder asks how to work");
    QVERIFY(d->localChoice()->isChecked());
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QVERIFY(!w.engine()->isConnected());
    QVERIFY(!w.syncNowAction()->isEnabled());
    QVERIFY(!w.syncStatus()->isVisible());
}

void TstSyncGui::wrongPasswordStaysInTheDialog()
{
    MainWindow w(MainWindow::Options{m_dir.filePath(QStringLiteral("wrong")), false});
    w.show();
    FirstRunDialog *d = waitForFirstRun(w);
    QVERIFY(d);
    fillLogin(d, m_alice, QStringLiteral("not-the-password"));
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(d->banner()->text().contains(QLatin1String("password is wrong")), 10000);
    QVERIFY(d->isVisible());
    QVERIFY(!w.isReady());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("wrong/aktenwerk.sqlite")))); // nothing stored
}

void TstSyncGui::firstRunConnectsAndStaysInStep()
{
    MainWindow w(MainWindow::Options{m_dir.filePath(QStringLiteral("alice")), false});
    Tester planTester(w.planModel(), Tester::FailureReportingMode::QtTest);
    Tester recordTester(w.recordModel(), Tester::FailureReportingMode::QtTest);
    w.show();
    FirstRunDialog *d = waitForFirstRun(w);
    QVERIFY(d);
    fillLogin(d, m_alice, QStringLiteral("alice-secret-1"));
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QVERIFY(w.engine()->isConnected());
    QVERIFY(w.syncStatus()->isVisible());
    // The first sync brings the plan from the server.
    QTRY_VERIFY_WITH_TIMEOUT(w.planModel()->indexOfCode(QStringLiteral("63.01.02")).isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.syncStatus()->text().startsWith(QLatin1String("Online")), 10000);
    QVERIFY(w.selectPlanUnit(QStringLiteral("63.01.02")));

    // Another clerk files something: it shows up here without anyone pressing a button.
    auto anna = Test::openEngine(m_dir.filePath(QStringLiteral("anna")), m_anna);
    QVERIFY(anna.has_value());
    QVERIFY((*anna)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), m_anna)).has_value());
    QVERIFY(Dms::SyncEngine(**anna).sync(QStringLiteral("anna-secret-1")).has_value());
    const int before = w.recordModel()->rowCount();
    auto file = (*anna)->apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Von Anna")));
    QVERIFY(file.has_value());
    QVERIFY(Dms::SyncEngine(**anna).sync(QStringLiteral("anna-secret-1")).has_value());
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(w.recordModel()->rowCount(), before + 1, 5000);
    qInfo("another client's file appeared in the window %lld ms after its sync", clock.elapsed());

    // Both change the title of the same file: the server keeps Anna's (first), Alice gets a
    // conflict, resolves it keeping hers, and Anna receives that.
    const QModelIndex row = w.recordModel()->indexOf(file->id);
    QVERIFY(row.isValid());
    w.recordView()->setCurrentIndex(row);
    QTRY_COMPARE(w.details()->titleEdit()->text(), QStringLiteral("Von Anna"));
    w.details()->titleEdit()->clear();
    QTest::keyClicks(w.details()->titleEdit(), QStringLiteral("Von Alice"));
    w.details()->saveButton()->click();
    QVERIFY((*anna)->apply(Dms::Commands::updateFields(file->id, QStringLiteral("Von Anna, geändert"))).has_value());
    QVERIFY(Dms::SyncEngine(**anna).sync(QStringLiteral("anna-secret-1")).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->openConflicts() == 1, 10000);
    QVERIFY(w.syncStatus()->text().contains(QLatin1String("conflict")));
    w.conflictsAction()->trigger();
    auto *dialog = w.findChild<ConflictsDialog *>();
    QVERIFY(dialog);
    Tester conflictTester(dialog->model(), Tester::FailureReportingMode::QtTest);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->data(dialog->model()->index(0, ConflictModel::MineColumn)).toString(), QStringLiteral("Von Alice"));
    QCOMPARE(dialog->model()->data(dialog->model()->index(0, ConflictModel::TheirsColumn)).toString(),
             QStringLiteral("Von Anna, geändert"));
    dialog->view()->selectRow(0);
    dialog->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
    QTRY_COMPARE(dialog->model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->openConflicts() == 0 && w.syncController()->pendingChanges() == 0, 10000);
    QVERIFY(Dms::SyncEngine(**anna).sync(QStringLiteral("anna-secret-1")).has_value());
    auto db = (*anna)->openReader();
    QCOMPARE((*Dms::Queries::file(*db, file->id))->title, QStringLiteral("Von Alice"));

    // A big upload never stalls the window: the event loop keeps turning while it syncs.
    const QString big = m_dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(Test::writeFile(big, Test::randomBytes(24 * 1024 * 1024, 3)));
    auto cs = w.engine()->submit({Dms::Commands::createCase(file->id, QStringLiteral("Pläne"))});
    cs.waitForFinished();
    QVERIFY(cs.result().has_value());
    QSignalSpy added(&w, &MainWindow::documentsAdded);
    qint64 worstGap = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        worstGap = qMax(worstGap, gap.restart());
    });
    ticker.start(10);
    w.addDocuments(cs.result()->first().id, {big});
    QVERIFY(added.wait(30000));
    w.syncController()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->state() == SyncController::State::Syncing, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->state() == SyncController::State::Idle
                                 && w.syncController()->pendingChanges() == 0,
                             60000);
    ticker.stop();
    qInfo("longest pause of the GUI event loop while adding and syncing 24 MiB: %lld ms", worstGap);
    QVERIFY2(worstGap < 300, "the GUI thread was blocked");
}

bool TstSyncGui::changeQuietly(const QString &table, const QString &set, const QUuid &id)
{
    auto db = Dms::PgConnection::connect(m_pg.adminUrl(m_db));
    if (!db)
        return false;
    return db
        ->script(QStringLiteral("BEGIN; ALTER TABLE aktenwerk.%1 DISABLE TRIGGER USER; "
                                "UPDATE aktenwerk.%1 SET %2 WHERE id = '%3'; "
                                "ALTER TABLE aktenwerk.%1 ENABLE TRIGGER USER; COMMIT;")
                     .arg(table, set, id.toString(QUuid::WithoutBraces)))
        .has_value();
}

void TstSyncGui::aRefusedChangeIsShownAndCanBeDiscarded()
{
    const QString folder = m_dir.filePath(QStringLiteral("refused"));
    MainWindow w(MainWindow::Options { folder, false });
    Tester recordTester(w.recordModel(), Tester::FailureReportingMode::QtTest);
    w.show();
    FirstRunDialog *d = waitForFirstRun(w);
    QVERIFY(d);
    fillLogin(d, m_alice, QStringLiteral("alice-secret-1"));
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.planModel()->indexOfCode(QStringLiteral("63.01.02")).isValid(), 10000);
    auto made = w.engine()->submit(
        { Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Anbau Mühlenweg")) });
    made.waitForFinished();
    QVERIFY(made.result().has_value());
    const QUuid file = made.result()->first().id;
    w.syncController()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        w.syncController()->state() == SyncController::State::Idle && w.syncController()->pendingChanges() == 0, 10000);

    // The records officer closes the file on the server; this client has not heard of it yet
    // when the clerk changes the title.
    QVERIFY(changeQuietly(QStringLiteral("file_record"), QStringLiteral("status = 'closed'"), file));
    QVERIFY(w.selectPlanUnit(QStringLiteral("63.01.02")));
    QTRY_VERIFY(w.recordModel()->indexOf(file).isValid());
    w.recordView()->setCurrentIndex(w.recordModel()->indexOf(file));
    QTRY_COMPARE(w.details()->titleEdit()->text(), QStringLiteral("Anbau Mühlenweg"));
    w.details()->titleEdit()->clear();
    QTest::keyClicks(w.details()->titleEdit(), QStringLiteral("Anbau und Umbau Muehlenweg"));
    w.details()->saveButton()->click();
    w.syncController()->syncNow();

    // Refused, with the server's reason, in the status bar and in "Rejected changes".
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->rejectedChanges() == 1, 10000);
    QTRY_VERIFY(w.syncStatus()->text().contains(QLatin1String("refused by the server")));
    w.rejectedAction()->trigger();
    auto *dialog = w.findChild<RejectedDialog *>();
    QVERIFY(dialog);
    Tester rejectedTester(dialog->model(), Tester::FailureReportingMode::QtTest);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    auto cell
        = [&](int row, int column) { return dialog->model()->data(dialog->model()->index(row, column)).toString(); };
    QVERIFY2(cell(0, RejectedModel::ReasonColumn).contains(QLatin1String("closed")),
        qPrintable(cell(0, RejectedModel::ReasonColumn)));
    QVERIFY2(cell(0, RejectedModel::ContentColumn).contains(QLatin1String("Anbau und Umbau Muehlenweg")),
        qPrintable(cell(0, RejectedModel::ContentColumn))); // what was typed is not lost
    QCOMPARE(cell(0, RejectedModel::ChangeColumn), QStringLiteral("change fields"));

    // The CLI lists the same.
    auto cli
        = Test::runCli({ QStringLiteral("--data-dir"), folder, QStringLiteral("rejected"), QStringLiteral("--json") });
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(cli.out).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("closed"));
    QCOMPARE(
        listed.first().toObject().value(QLatin1String("entity_id")).toString(), file.toString(QUuid::WithoutBraces));

    // Discarded: the record is as the server has it (the old title, closed), nothing waits.
    dialog->view()->selectRow(0);
    dialog->findChild<QPushButton *>(QStringLiteral("discardRejected"))->click();
    QTRY_COMPARE(dialog->model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        w.syncController()->rejectedChanges() == 0 && w.syncController()->state() == SyncController::State::Idle,
        10000);
    {
        auto db = w.engine()->openReader();
        auto f = Dms::Queries::file(*db, file);
        QVERIFY(f && *f);
        QCOMPARE((*f)->title, QStringLiteral("Anbau Mühlenweg"));
        QCOMPARE((*f)->status, RecordStatus::Closed);
    }
    dialog->close();

    // Something new the server refuses: a file below a plan unit retired meanwhile. Discarded,
    // it is taken back here; nothing of it stays as a local-only file.
    const QUuid retired = w.planModel()->indexOfCode(QStringLiteral("63.01.03")).data(PlanTreeModel::IdRole).toUuid();
    QVERIFY(!retired.isNull());
    QVERIFY(changeQuietly(QStringLiteral("plan_unit"), QStringLiteral("retired = true"), retired));
    auto refused
        = w.engine()->submit({ Dms::Commands::createFile(QStringLiteral("63.01.03"), QStringLiteral("Zu spät")) });
    refused.waitForFinished();
    QVERIFY(refused.result().has_value());
    const QUuid lateFile = refused.result()->first().id;
    w.syncController()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->rejectedChanges() == 1, 10000);
    w.rejectedAction()->trigger();
    auto *again = w.findChild<RejectedDialog *>();
    QVERIFY(again);
    QTRY_COMPARE(again->model()->rowCount(), 1);
    QVERIFY2(again->model()
                 ->data(again->model()->index(0, RejectedModel::ReasonColumn))
                 .toString()
                 .contains(QLatin1String("retired")),
        qPrintable(again->model()->data(again->model()->index(0, RejectedModel::ReasonColumn)).toString()));
    again->view()->selectRow(0);
    again->findChild<QPushButton *>(QStringLiteral("discardRejected"))->click();
    QTRY_COMPARE(again->model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.syncController()->rejectedChanges() == 0, 10000);
    QCOMPARE(Test::countRows(*w.engine(), QStringLiteral("file_record"),
                 QStringLiteral("id = '%1' AND deleted = 0").arg(lateFile.toString(QUuid::WithoutBraces))),
        0);
    QCOMPARE(Test::countRows(*w.engine(), QStringLiteral("oplog"),
                 QStringLiteral("entity_id = '%1' AND push_state = 'pending' AND resolution IS NULL")
                     .arg(lateFile.toString(QUuid::WithoutBraces))),
        0);
}

QTEST_MAIN(TstSyncGui)
#include "tst_syncgui.moc"
