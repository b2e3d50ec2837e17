#include "../testsupport.h"
#include "client/firstrundialog.h"
#include "client/historypane.h"
#include "client/mainwindow.h"
#include "client/plantreemodel.h"
#include "client/synccontroller.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;
using namespace Aktenwerk::Model;

/**
 * Check-out from the GUI in a folder connected to the central repository: the history pane
 * takes the lock on the server with the sync controller's credentials (not an offline edit),
 * and another clerk's client learns who has the document.
 */
class TstHistorySync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkOutTakesTheServerLock();

private:
    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_bob, m_lead;
    QTemporaryDir m_dir;
};

void TstHistorySync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historysync"));
    QSettings().clear();
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("hist"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(Dms::ServerAdmin::init(url).has_value());
    QVERIFY(Dms::ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open)
                .has_value());
    const QString rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
    m_lead = Test::PgServer::uniqueName(QStringLiteral("lena"));
    QVERIFY(Dms::ServerAdmin::addUser(
        url, m_lead, {}, QStringLiteral("63"), { Role::TeamLead }, QStringLiteral("lena-secret-1"))
                .has_value());
    m_alice = Test::PgServer::uniqueName(QStringLiteral("alice"));
    m_bob = Test::PgServer::uniqueName(QStringLiteral("bob"));
    QVERIFY(Dms::ServerAdmin::addUser(
        url, rita, {}, QStringLiteral("63"), { Role::RecordsOfficer }, QStringLiteral("rita-secret-1"))
                .has_value());
    QVERIFY(Dms::ServerAdmin::addUser(
        url, m_alice, {}, QStringLiteral("63"), { Role::Clerk }, QStringLiteral("alice-secret-1"))
                .has_value());
    QVERIFY(
        Dms::ServerAdmin::addUser(url, m_bob, {}, QStringLiteral("63"), { Role::Clerk }, QStringLiteral("bob-secret-1"))
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

void TstHistorySync::checkOutTakesTheServerLock()
{
    qputenv("AKTENWERK_EDITOR", "/bin/true"); // nothing to open on an offscreen desktop

    // Alice connects through the first-run dialog: the sync controller then has her password.
    MainWindow w(MainWindow::Options { m_dir.filePath(QStringLiteral("alice")), false });
    w.show();
    FirstRunDialog *d = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((d = w.findChild<FirstRunDialog *>()), 5000);
    d->serverChoice()->click();
    d->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    d->portEdit()->setValue(m_pg.port());
    d->databaseEdit()->setText(m_db);
    d->userEdit()->setText(m_alice);
    QTest::keyClicks(d->passwordEdit(), QStringLiteral("alice-secret-1"));
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QVERIFY(w.engine()->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(w.planModel()->indexOfCode(QStringLiteral("63.01.02")).isValid(), 10000); // first pull

    // A document of hers, on the server.
    auto file
        = w.engine()->submit({ Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Spielplatz")) });
    file.waitForFinished();
    QVERIFY2(file.result().has_value(), file.result() ? "" : qPrintable(file.result().error().toString()));
    auto cs = w.engine()->submit({ Dms::Commands::createCase(file.result()->first().id, QStringLiteral("Sanierung")) });
    cs.waitForFinished();
    QVERIFY(cs.result().has_value());
    const QString text = m_dir.filePath(QStringLiteral("vermerk.txt"));
    QVERIFY(Test::writeFile(text, "Vermerk zur Sanierung\n"));
    auto doc = Dms::Importer(*w.engine()).addDocument(cs.result()->first().id, text);
    QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().toString()));
    w.syncController()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        w.syncController()->state() == SyncController::State::Idle && w.syncController()->pendingChanges() == 0, 20000);

    w.showDocument(doc->id);
    QTRY_VERIFY_WITH_TIMEOUT(w.history()->documentId() == doc->id && w.history()->isLoaded(), 10000);
    QVERIFY(w.history()->checkOutAction()->isEnabled());
    w.history()->checkOutAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.history()->workingCopy().has_value(), 15000);
    // Without the server session it would be an offline edit.
    QVERIFY2(!w.history()->workingCopy()->offline, qPrintable(w.history()->banner()->text()));

    // Bob's client learns from the server that Alice has it.
    auto bob = Test::openEngine(m_dir.filePath(QStringLiteral("bob")), m_bob);
    QVERIFY(bob.has_value());
    QVERIFY((*bob)->apply(Dms::Commands::connectServer(m_pg.userUrl(m_db), m_bob)).has_value());
    QVERIFY(Dms::SyncEngine(**bob).sync(QStringLiteral("bob-secret-1")).has_value());
    auto db = (*bob)->openReader();
    QVERIFY(db.has_value());
    auto lock = Dms::Queries::documentLock(*db, doc->id);
    QVERIFY(lock.has_value());
    QVERIFY(lock->has_value());
    QCOMPARE((*lock)->owner, m_alice);
    QVERIFY((*lock)->isHeld(QDateTime::currentDateTimeUtc()));
    // A clerk has no "break" action for it.
    QVERIFY(!w.history()->breakLockAction()->isVisible());

    // The team lead breaks Alice's check-out in her own GUI (confirmation, server, audit) ...
    {
        MainWindow lead(MainWindow::Options { m_dir.filePath(QStringLiteral("lena")), false });
        lead.show();
        FirstRunDialog *ld = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ld = lead.findChild<FirstRunDialog *>()), 5000);
        ld->serverChoice()->click();
        ld->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        ld->portEdit()->setValue(m_pg.port());
        ld->databaseEdit()->setText(m_db);
        ld->userEdit()->setText(m_lead);
        QTest::keyClicks(ld->passwordEdit(), QStringLiteral("lena-secret-1"));
        ld->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(lead.isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            lead.syncController()->state() == SyncController::State::Idle && lead.syncController()->lastSync().isValid(),
            20000);
        lead.showDocument(doc->id);
        QTRY_VERIFY_WITH_TIMEOUT(lead.history()->documentId() == doc->id && lead.history()->isLoaded()
                && lead.history()->lock().has_value() && lead.history()->lock()->owner == m_alice,
            10000);
        QVERIFY(lead.history()->breakLockAction()->isVisible());
        QVERIFY(lead.history()->breakLockAction()->isEnabled());
        QVERIFY(!lead.history()->checkOutAction()->isEnabled());
        lead.history()->breakLockAction()->trigger();
        QPushButton *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = lead.history()->findChild<QPushButton *>(QStringLiteral("confirmBreakLock"))),
            5000);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(lead.history()->banner()->text().contains(m_alice), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(lead.history()->checkOutAction()->isEnabled(), 10000);
    }
    // ... and Alice is told with her next sync; her working copy stays.
    w.syncController()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(w.banner()->text().contains(m_lead), 20000);
    QVERIFY(QFileInfo::exists(w.history()->workingCopy()->path));
    qunsetenv("AKTENWERK_EDITOR");
}

QTEST_MAIN(TstHistorySync)
#include "tst_historysync.moc"
