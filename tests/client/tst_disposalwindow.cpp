#include "../testsupport.h"
#include "client/disposalwindow.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "keyboardwalk.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;
using namespace Aktenwerk::Model;

/**
 * The records officer's window for disposal and destruction (issue 16), offscreen against the real
 * server: the due files from the index; an offer written into the folder shown; the archive's
 * appraisal read in and confirmed; the process with its state and what comes next; proposals for
 * destruction; the second records officer approving after a confirmation in the window (the first
 * is refused by the server, and the window says so); the deletion record listed. Screenshots of
 * each tab (German with AKTENWERK_LANG=de under Xvfb).
 */
class TstDisposalWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aRecordsOfficerOffersAndReadsTheAppraisal();
    void aSecondRecordsOfficerApprovesTheDestruction();

private:
    using Person = Test::CliPerson;
    QString cli(const Person &p, QStringList args);
    QString fileId(const QString &reference);
    /** The window on @p p's data folder, refreshed. */
    std::unique_ptr<DisposalWindow> openWindow(const Person &p, std::shared_ptr<Dms::Engine> &engine);
    void shoot(QWidget *w, const QString &name);
    static QTreeWidgetItem *row(QTreeWidget *tree, const QString &startsWith);

    Test::PgServer m_pg;
    QString m_db;
    QTemporaryDir m_dir;
    Person m_records, m_second, m_clerk;
    QString m_fileA, m_fileV, m_fileTwoStage, m_fileB;
};

QString TstDisposalWindow::cli(const Person &p, QStringList args)
{
    return Test::cliAs(p, std::move(args));
}

QString TstDisposalWindow::fileId(const QString &reference)
{
    return Test::serverFileId(m_pg.adminUrl(m_db), reference);
}

QTreeWidgetItem *TstDisposalWindow::row(QTreeWidget *tree, const QString &startsWith)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0).startsWith(startsWith))
            return top;
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->text(0).startsWith(startsWith))
                return top->child(c);
        }
    }
    return nullptr;
}

std::unique_ptr<DisposalWindow> TstDisposalWindow::openWindow(const Person &p, std::shared_ptr<Dms::Engine> &engine)
{
    auto opened = Test::openEngine(p.dir, p.login);
    if (!opened)
        return {};
    engine = std::shared_ptr<Dms::Engine>(std::move(*opened));
    Dms::Engine *e = engine.get();
    const QString password = p.password;
    auto w
        = std::make_unique<DisposalWindow>(engine, [e, password]() { return Dms::SyncEngine(*e).connect(password); });
    w->resize(1366, 700);
    w->setOutFolder(m_dir.filePath(QStringLiteral("an-das-archiv-") + p.login));
    w->show();
    return w;
}

void TstDisposalWindow::shoot(QWidget *w, const QString &name)
{
    const QString shots = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(shots);
    w->grab().save(QDir(shots).filePath(
        QStringLiteral("%1-%2.png").arg(name, qEnvironmentVariable("AKTENWERK_LANG", QStringLiteral("en")))));
}

void TstDisposalWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_disposalwindow"));
    QSettings().clear();
    Dms::installTranslators(*qApp); // AKTENWERK_LANG: English in the suite, German for the screenshots
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    QVERIFY(m_dir.isValid());
    m_db = Test::PgServer::uniqueName(QStringLiteral("disposalwindow"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(Dms::ServerAdmin::init(url).has_value());
    QVERIFY(
        Dms::ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
            .has_value());
    for (auto [person, name, role] : { std::tuple { &m_records, "rita", Role::RecordsOfficer },
             std::tuple { &m_second, "rolf", Role::RecordsOfficer }, std::tuple { &m_clerk, "clara", Role::Clerk } }) {
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
    struct Made
    {
        QString *reference;
        const char *plan;
        const char *title;
    };
    const Made files[] = { { &m_fileA, "63.01", "Neubau Kita Am Park" },
        { &m_fileV, "63.01", "Abriss Scheune Feldweg 2" }, { &m_fileTwoStage, "63.02", "Voranfrage Garage Birkenweg" },
        { &m_fileB, "63.01", "Umbau Dachgeschoss Ulmenweg" } };
    auto owner = Dms::PgConnection::connect(url);
    QVERIFY(owner.has_value());
    for (const Made &m : files) {
        const QString title = QString::fromUtf8(m.title);
        QString answer = cli(m_clerk,
            { QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QString::fromLatin1(m.plan),
                QStringLiteral("--title"), title });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
        QVERIFY(!cli(m_clerk, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
        auto ref
            = owner->exec(QStringLiteral("SELECT reference FROM aktenwerk.file_record WHERE title = $1"), { title });
        QVERIFY(ref.has_value() && ref->rows() == 1);
        *m.reference = ref->text(0, 0);
    }
    // Years cannot pass in a test: the owner dates the files back, the clerk closes them in 2012.
    QVERIFY(owner->run(QStringLiteral("UPDATE aktenwerk.file_record SET created_at = '2010-01-05'")).has_value());
    for (const QString &ref : { m_fileA, m_fileV, m_fileTwoStage, m_fileB }) {
        const QString answer = cli(m_clerk,
            { QStringLiteral("close"), ref, QStringLiteral("--date"), QStringLiteral("2012-06-30"),
                QStringLiteral("--reason"), QStringLiteral("erledigt") });
        QVERIFY2(!answer.startsWith(QLatin1String("exit")), qPrintable(answer));
    }
    for (const Person *p : { &m_records, &m_second })
        QVERIFY(!cli(*p, { QStringLiteral("sync") }).startsWith(QLatin1String("exit")));
}

void TstDisposalWindow::aRecordsOfficerOffersAndReadsTheAppraisal()
{
    std::shared_ptr<Dms::Engine> engine;
    auto w = openWindow(m_records, engine);
    QVERIFY(w);
    QSignalSpy refreshed(w.get(), &DisposalWindow::refreshed);
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!w->isBusy());
    // Every due file, with its disposal type.
    QCOMPARE(w->dueList()->topLevelItemCount(), 4);
    QVERIFY(row(w->dueList(), m_fileTwoStage)->text(5).endsWith(QLatin1String("(V)")));
    QVERIFY(row(w->dueList(), m_fileA)->text(5).endsWith(QLatin1String("(B)")));
    // Exported as shown: a PDF for the records, its text readable.
    const QString listPdf = m_dir.filePath(QStringLiteral("aussonderungsliste.pdf"));
    w->exportDueList(listPdf);
    QTRY_VERIFY_WITH_TIMEOUT(w->messageLabel()->text().contains(listPdf), 10000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { listPdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &ref : { m_fileA, m_fileV, m_fileTwoStage, m_fileB })
        QVERIFY2(pdfText.contains(ref), qPrintable(pdfText));

    // Offered: the two B files, into the folder shown.
    QSignalSpy acted(w.get(), &DisposalWindow::acted);
    row(w->dueList(), m_fileA)->setSelected(true);
    row(w->dueList(), m_fileV)->setSelected(true);
    QPushButton *offer = w->findChild<QPushButton *>(QStringLiteral("offerButton"));
    QVERIFY(offer->isEnabled());
    offer->click();
    QVERIFY2(acted.wait(30000), qPrintable(w->messageLabel()->text()));
    QVERIFY(refreshed.wait(10000));
    const QStringList written = QDir(w->outFolder()).entryList({ QStringLiteral("*.0501.zip") });
    QCOMPARE(written.size(), 1);
    const QString process = written.first().section(QLatin1Char('_'), 0, 0);
    QTreeWidgetItem *top = w->processList()->topLevelItem(0);
    QVERIFY(top);
    QCOMPARE(top->data(0, Qt::UserRole).toString(), process);
    QCOMPARE(top->data(1, Qt::UserRole).toString(), QStringLiteral("0501"));
    QCOMPARE(top->childCount(), 2);
    // The due list says which files are on their way.
    QVERIFY(!row(w->dueList(), m_fileA)->text(6).isEmpty());
    QVERIFY(row(w->dueList(), m_fileB)->text(6).isEmpty());

    // The archive's appraisal (Kita A, barn V), read in and confirmed (0505) into the folder.
    const QByteArray closing = "</xdomea:Aussonderung.Bewertungsverzeichnis.0502>";
    const QByteArray second = QByteArray("<xdomea:BewertetesObjekt><xdomea:ID>") + fileId(m_fileV).toUtf8()
        + QByteArray("</xdomea:ID><xdomea:Aussonderungsart><xdomea:Aussonderungsart "
                     "listURI=\"urn:xoev-de:xdomea:codeliste:aussonderungsart\" listVersionID=\"1.0\"><code>V</code>"
                     "</xdomea:Aussonderungsart></xdomea:Aussonderungsart></xdomea:BewertetesObjekt>")
        + closing;
    const QString zip = Test::archiveMessage(QStringLiteral("0502"), process, process,
        { { "0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4", fileId(m_fileA).toUtf8() }, { closing, second } },
        m_dir.filePath(QStringLiteral("vom-archiv")));
    QVERIFY(!zip.isEmpty());
    w->importContainer(zip);
    QVERIFY2(acted.wait(30000), qPrintable(w->messageLabel()->text()));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(QDir(w->outFolder()).entryList({ QStringLiteral("*.0505.zip") }).size(), 1);
    top = w->processList()->topLevelItem(0);
    QCOMPARE(top->data(1, Qt::UserRole).toString(), QStringLiteral("0505"));
    w->processList()->setCurrentItem(top);
    QVERIFY(w->findChild<QPushButton *>(QStringLiteral("transferButton"))->isEnabled());
    w->tabs()->setCurrentIndex(1);
    shoot(w.get(), QStringLiteral("disposal-processes"));

    // Proposed for destruction: the barn from the process, the V file of 63.02 from the due list.
    w->findChild<QPushButton *>(QStringLiteral("proposeProcessButton"))->click();
    QVERIFY2(acted.wait(30000), qPrintable(w->messageLabel()->text()));
    QVERIFY(refreshed.wait(10000));
    w->tabs()->setCurrentIndex(0);
    w->dueList()->clearSelection();
    row(w->dueList(), m_fileTwoStage)->setSelected(true);
    w->findChild<QPushButton *>(QStringLiteral("proposeDueButton"))->click();
    QVERIFY2(acted.wait(30000), qPrintable(w->messageLabel()->text()));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(w->proposalList()->topLevelItemCount(), 2);
    shoot(w.get(), QStringLiteral("disposal-due"));

    // Her own proposal she cannot approve: the server refuses, the window says so, nothing goes.
    w->tabs()->setCurrentIndex(2);
    w->proposalList()->setCurrentItem(w->proposalList()->topLevelItem(0));
    w->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
    QVERIFY(w->findChild<QWidget *>(QStringLiteral("confirmPanel"))->isVisible());
    const QString before = w->messageLabel()->text();
    w->findChild<QPushButton *>(QStringLiteral("confirmDestroy"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w->isBusy() && w->messageLabel()->text() != before, 30000);
    QVERIFY(!fileId(m_fileV).isEmpty() && !fileId(m_fileTwoStage).isEmpty());
    QVERIFY(w->messageLabel()->styleSheet().contains(QLatin1String("color")));
}

void TstDisposalWindow::aSecondRecordsOfficerApprovesTheDestruction()
{
    std::shared_ptr<Dms::Engine> engine;
    auto w = openWindow(m_second, engine);
    QVERIFY(w);
    QSignalSpy refreshed(w.get(), &DisposalWindow::refreshed);
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!w->isBusy());
    w->tabs()->setCurrentIndex(2);
    QCOMPARE(w->proposalList()->topLevelItemCount(), 2);
    QTreeWidgetItem *barn = row(w->proposalList(), m_fileV);
    QVERIFY(barn && barn->parent());
    // Rejecting needs a remark; the proposal stays.
    w->proposalList()->setCurrentItem(barn->parent());
    w->findChild<QPushButton *>(QStringLiteral("rejectButton"))->click();
    QVERIFY(!w->isBusy());
    QVERIFY(w->remarkField()->hasFocus() || !w->isActiveWindow());
    // Approved after the confirmation in the window.
    w->remarkField()->setText(QStringLiteral("Geprüft, Bewertung des Stadtarchivs liegt vor"));
    w->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
    QWidget *confirm = w->findChild<QWidget *>(QStringLiteral("confirmPanel"));
    QVERIFY(confirm->isVisible());
    shoot(w.get(), QStringLiteral("disposal-destruction-confirm"));
    QSignalSpy acted(w.get(), &DisposalWindow::acted);
    w->findChild<QPushButton *>(QStringLiteral("confirmDestroy"))->click();
    QVERIFY2(acted.wait(30000), qPrintable(w->messageLabel()->text()));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(fileId(m_fileV).isEmpty());
    QVERIFY(!fileId(m_fileTwoStage).isEmpty());
    QCOMPARE(w->proposalList()->topLevelItemCount(), 1);
    QCOMPARE(w->recordList()->topLevelItemCount(), 1);
    QCOMPARE(w->recordList()->topLevelItem(0)->text(0), m_fileV);
    QCOMPARE(w->recordList()->topLevelItem(0)->text(4), m_second.login);
    // Gone from her index too (approved here: pulled at once).
    auto reader = engine->openReader();
    QVERIFY(reader.has_value());
    auto left = reader->scalar(QStringLiteral("SELECT count(*) FROM file_record WHERE reference = '%1'").arg(m_fileV));
    QVERIFY(left.has_value());
    QCOMPARE(left->toInt(), 0);
    QCOMPARE(w->dueList()->topLevelItemCount(), 3);
    shoot(w.get(), QStringLiteral("disposal-destruction"));

    // By keyboard: every stop Tab reaches has a name a screen reader says, and Tab comes round.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->proposalList()->setCurrentItem(w->proposalList()->topLevelItem(0));
    QString problem;
    const QList<QWidget *> stops
        = Test::walkFocus(w->findChild<QLineEdit *>(QStringLiteral("outFolder")), Qt::Key_Tab, &problem);
    QVERIFY2(problem.isEmpty(),
        qPrintable(problem + QStringLiteral(": ") + Test::spokenNames(stops).join(QStringLiteral(", "))));
    for (QWidget *expected : { static_cast<QWidget *>(w->proposalList()), static_cast<QWidget *>(w->remarkField()),
             static_cast<QWidget *>(w->recordList()) })
        QVERIFY2(stops.contains(expected), qPrintable(Test::spokenNames(stops).join(QStringLiteral(", "))));
}

QTEST_MAIN(TstDisposalWindow)
#include "tst_disposalwindow.moc"
