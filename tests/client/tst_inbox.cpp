#include "../testsupport.h"
#include "client/documentviewer.h"
#include "client/firstrundialog.h"
#include "client/inboxpane.h"
#include "client/mainwindow.h"
#include "client/notifier.h"
#include "client/plantreemodel.h"
#include "client/synccontroller.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/plan/planimport.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/workflow/routing.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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

private:
    Dms::ServerSession sessionOf(Dms::Engine &engine, const QString &password)
    {
        return [&engine, password]() { return Dms::SyncEngine(engine).connect(password); };
    }
    Test::PgServer m_pg;
    QString m_db;
    QString m_alice, m_uwe, m_lena;
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
    const QString rita = Test::PgServer::uniqueName(QStringLiteral("rita"));
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

void TstInbox::aStepArrivesIsPreviewedAndCompleted()
{
    // Uwe (FB 36) has the window open, connected through the first-run dialog.
    MainWindow w(MainWindow::Options { m_dir.filePath(QStringLiteral("uwe")), false });
    w.resize(1366, 768);
    w.show();
    FirstRunDialog *d = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((d = w.findChild<FirstRunDialog *>()), 5000);
    d->serverChoice()->click();
    d->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    d->portEdit()->setValue(m_pg.port());
    d->databaseEdit()->setText(m_db);
    d->userEdit()->setText(m_uwe);
    QTest::keyClicks(d->passwordEdit(), QStringLiteral("uwe-secret-1"));
    d->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
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

QTEST_MAIN(TstInbox)
#include "tst_inbox.moc"
