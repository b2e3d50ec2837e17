#include "../testsupport.h"
#include "client/comparedialog.h"
#include "client/detailspane.h"
#include "client/documentviewer.h"
#include "client/historypane.h"
#include "client/mainwindow.h"
#include "client/messagebanner.h"
#include "client/versioncommentdialog.h"
#include "dms/capture/importer.h"
#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/store/queries.h"
#include "dms/sync/pullmerge.h"
#include "dms/versions/checkouts.h"
#include "dms/versions/workingcopywatcher.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;

/**
 * The history tab: versions listed, opened read-only (and a damaged one refused), restored,
 * compared, and a document checked out into "the clerk's program" (a script that appends a
 * line), offered for check-in by the banner and checked in — through the GUI, against a real
 * data folder and the real extraction worker.
 */
class TstHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyListsEveryVersion();
    void restoreMakesTheNextVersionWithTheOldContent();
    void compareShowsTheTextDifference();
    void comparePdfVersionsThroughTheWorker();
    void checkOutEditAndCheckInThroughTheBanner();
    void cancelCheckOutDiscardsTheWorkingCopy();
    void copySavedWhileClosedIsOfferedAtStart();
    void someoneElsesCheckOutStopsEditing();
    void damagedVersionIsRefusedNotShown();
    void germanLabels(); // last: it installs the German catalogue for the rest of the run

private:
    /** Opens the window and selects the document; its history has arrived. */
    void openWindow(MainWindow &w);
    QList<Model::Version> versions(MainWindow &w);
    /** Whether a label of the details pane starts with @p text. */
    static bool detailsShow(MainWindow &w, const QString &text);
    /** Clicks OK in the history's open comment dialog after typing @p comment. */
    void confirmDialog(HistoryPane *history, const QString &objectName, const QString &comment);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QUuid m_document;
    QUuid m_case;
    QString m_sha1;
    QString m_sha2;
};

void TstHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
}

void TstHistory::init()
{
    QSettings().clear();
    qunsetenv("AKTENWERK_EDITOR");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_data = m_dir->filePath(QStringLiteral("data"));

    // A document with two versions of a small letter, made through the engine.
    auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
    QVERIFY(e.has_value());
    Dms::Engine &engine = **e;
    QVERIFY(Test::importSmallPlan(engine).has_value());
    auto file = engine.apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bauantrag Meier")));
    QVERIFY(file.has_value());
    auto caseRecord = engine.apply(Dms::Commands::createCase(file->id, QStringLiteral("Neubau Garage")));
    QVERIFY(caseRecord.has_value());
    m_case = caseRecord->id;

    const QString first = m_dir->filePath(QStringLiteral("brief.txt"));
    QVERIFY(Test::writeFile(
        first, "Sehr geehrte Damen und Herren,\nBauherr: Meier\nFlurstueck 12\nMit freundlichen Gruessen\n"));
    auto doc = Dms::Importer(engine).addDocument(caseRecord->id, first, QStringLiteral("Anschreiben"));
    QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().toString()));
    m_document = doc->id;

    const QString second = m_dir->filePath(QStringLiteral("brief-2.txt"));
    QVERIFY(Test::writeFile(second,
        "Sehr geehrte Damen und Herren,\nBauherr: Meier-Schulz\nFlurstueck 12\nAnlage: Lageplan\n"
        "Mit freundlichen Gruessen\n"));
    auto stored = engine.storeContent(second);
    QVERIFY(stored.has_value());
    auto v2 = engine.apply(Dms::Commands::addVersion(m_document, *stored, QStringLiteral("text/plain"),
        QStringLiteral("brief.txt"), Model::VersionOrigin::Edit, QStringLiteral("Bauherr ergänzt")));
    QVERIFY2(v2.has_value(), v2 ? "" : qPrintable(v2.error().toString()));

    auto db = engine.openReader();
    QVERIFY(db.has_value());
    auto vs = Dms::Queries::versions(*db, m_document);
    QVERIFY(vs.has_value());
    QCOMPARE(vs->size(), 2);
    QCOMPARE(vs->at(0).mimeType, QStringLiteral("text/plain"));
    m_sha1 = vs->at(0).sha256;
    m_sha2 = vs->at(1).sha256;
    QVERIFY(m_sha1 != m_sha2);
}

void TstHistory::cleanup()
{
    qunsetenv("AKTENWERK_EDITOR");
    m_dir.reset();
}

void TstHistory::openWindow(MainWindow &w)
{
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    w.showDocument(m_document);
    QTRY_VERIFY_WITH_TIMEOUT(w.history()->documentId() == m_document && w.history()->isLoaded(), 10000);
}

QList<Model::Version> TstHistory::versions(MainWindow &w)
{
    auto db = w.engine()->openReader();
    if (!db)
        return {};
    auto vs = Dms::Queries::versions(*db, m_document);
    return vs ? *vs : QList<Model::Version>();
}

bool TstHistory::detailsShow(MainWindow &w, const QString &text)
{
    const auto labels = w.details()->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text().startsWith(text); });
}

void TstHistory::confirmDialog(HistoryPane *history, const QString &objectName, const QString &comment)
{
    QTRY_VERIFY(history->commentDialog() && history->commentDialog()->isVisible());
    VersionCommentDialog *dialog = history->commentDialog();
    QCOMPARE(dialog->objectName(), objectName);
    dialog->commentField()->setText(comment); // keyClicks knows ASCII only; the comment has umlauts
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
}

void TstHistory::historyListsEveryVersion()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    QTableWidget *table = h->versionTable();
    QCOMPARE(table->rowCount(), 2);
    // Newest first, the current one marked.
    QCOMPARE(table->item(0, HistoryPane::NumberColumn)->text(), QStringLiteral("2 (current)"));
    QCOMPARE(table->item(1, HistoryPane::NumberColumn)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, HistoryPane::OriginColumn)->text(), QStringLiteral("Edit"));
    QCOMPARE(table->item(1, HistoryPane::OriginColumn)->text(), QStringLiteral("Import"));
    QCOMPARE(table->item(0, HistoryPane::CommentColumn)->text(), QStringLiteral("Bauherr ergänzt"));
    QCOMPARE(table->item(0, HistoryPane::AuthorColumn)->text(), w.engine()->user().login);
    // A short hash on screen, the full one in the tooltip and for screen readers.
    QCOMPARE(table->item(0, HistoryPane::HashColumn)->text(), m_sha2.left(12));
    QVERIFY(table->item(0, HistoryPane::HashColumn)->toolTip().contains(m_sha2));
    QVERIFY(table->item(1, HistoryPane::HashColumn)->data(Qt::AccessibleDescriptionRole).toString().contains(m_sha1));
    QVERIFY(!table->item(0, HistoryPane::SizeColumn)->text().isEmpty());
    // The current version is selected: opening and comparing work, restoring it would be pointless.
    QCOMPARE(h->selectedVersions().size(), 1);
    QCOMPARE(h->selectedVersions().first().number, 2);
    QVERIFY(h->openAction()->isEnabled());
    QVERIFY(h->compareAction()->isEnabled());
    QVERIFY(!h->restoreAction()->isEnabled());
    QVERIFY(h->checkOutAction()->isEnabled());
    QVERIFY(!h->checkInAction()->isEnabled());
    QVERIFY(!h->lockLabel()->isVisibleTo(h));
    // Every action has a keyboard shortcut but cancelling (a destructive one goes through the menu).
    for (QAction *a :
        { h->openAction(), h->compareAction(), h->restoreAction(), h->checkOutAction(), h->checkInAction() })
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));

    // The preview of the selected document says which version it shows.
    QTRY_VERIFY(w.viewer()->versionLabel()->isVisible());
    QCOMPARE(w.viewer()->versionLabel()->text(), QStringLiteral("Version 2 (current)"));
    // "Open read-only" of version 1 shows version 1, named as not the current one.
    h->selectVersions({ 1 });
    QVERIFY(h->restoreAction()->isEnabled());
    h->openAction()->trigger();
    QCOMPARE(w.sideTabs()->currentWidget(), w.viewer());
    QTRY_COMPARE(w.viewer()->source().version, 1);
    QCOMPARE(w.viewer()->source().sha256, m_sha1);
    QTRY_VERIFY(w.viewer()->textView()->toPlainText().contains(QStringLiteral("Bauherr: Meier\n")));
    QVERIFY(w.viewer()->versionLabel()->text().contains(QStringLiteral("Version 1 of 2")));
}

void TstHistory::restoreMakesTheNextVersionWithTheOldContent()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    h->selectVersions({ 1 });
    QVERIFY(h->restoreAction()->isEnabled());
    h->restoreAction()->trigger();
    confirmDialog(h, QStringLiteral("restoreDialog"), QStringLiteral("Fassung 1 gilt wieder"));

    QTRY_COMPARE_WITH_TIMEOUT(versions(w).size(), 3, 10000);
    const QList<Model::Version> vs = versions(w);
    QCOMPARE(vs.at(2).number, 3);
    QCOMPARE(vs.at(2).sha256, m_sha1);
    QCOMPARE(vs.at(2).origin, Model::VersionOrigin::Restore);
    QCOMPARE(vs.at(2).comment, QStringLiteral("Fassung 1 gilt wieder"));
    // The pane follows: three rows, the restored one current, and it says what happened.
    QTRY_COMPARE(h->versionTable()->rowCount(), 3);
    QTRY_COMPARE(h->versionTable()->item(0, HistoryPane::NumberColumn)->text(), QStringLiteral("3 (current)"));
    QCOMPARE(h->versionTable()->item(0, HistoryPane::OriginColumn)->text(), QStringLiteral("Restore"));
    QCOMPARE(h->banner()->kind(), MessageBanner::Kind::Positive);
    QVERIFY(h->banner()->text().contains(QStringLiteral("version 3")));
}

void TstHistory::compareShowsTheTextDifference()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    h->selectVersions({ 1, 2 });
    QCOMPARE(h->selectedVersions().size(), 2);
    h->compareAction()->trigger();
    QVERIFY(h->compareDialog());
    CompareDialog *d = h->compareDialog();
    QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded(), 20000);
    QVERIFY2(!d->banner()->isVisible(), qPrintable(d->banner()->text()));
    const QString diff = d->diffView()->toPlainText();
    // Changed and added lines carry a sign, not only a colour; unchanged ones are there as context.
    QVERIFY2(diff.contains(QStringLiteral("\u2212 Bauherr: Meier\n")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+ Bauherr: Meier-Schulz\n")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+ Anlage: Lageplan\n")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("  Flurstueck 12\n")), qPrintable(diff));
    QVERIFY(!diff.contains(QStringLiteral("+ Flurstueck 12")));
    QCOMPARE(d->diff().added, 2);
    QCOMPARE(d->diff().removed, 1);
    // Metadata side by side: the old version on the left.
    QTableWidget *meta = d->metadataTable();
    QCOMPARE(meta->columnCount(), 2);
    bool hashRow = false;
    for (int r = 0; r < meta->rowCount(); ++r) {
        if (meta->verticalHeaderItem(r)->text() == QLatin1String("SHA-256")) {
            hashRow = true;
            QCOMPARE(meta->item(r, 0)->text(), m_sha1);
            QCOMPARE(meta->item(r, 1)->text(), m_sha2);
            QVERIFY(meta->item(r, 1)->font().bold()); // differs
        }
        if (meta->verticalHeaderItem(r)->text() == QLatin1String("Comment"))
            QCOMPARE(meta->item(r, 1)->text(), QStringLiteral("Bauherr ergänzt"));
    }
    QVERIFY(hashRow);
    d->close();

    // One version selected: compared with the current one.
    h->selectVersions({ 1 });
    h->compareAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(h->compareDialog() && h->compareDialog()->isLoaded(), 20000);
    QCOMPARE(h->compareDialog()->diff().added, 2);
    QVERIFY(h->compareDialog()->windowTitle().contains(QStringLiteral("1 and 2")));
    h->compareDialog()->close();
}

void TstHistory::comparePdfVersionsThroughTheWorker()
{
    // Two PDFs not yet indexed: their text is not in the extraction table, so it comes from the
    // sandboxed worker (the comparison's own run on verified copies, or the window's indexer if
    // that is quicker) - never from parsing in this process.
    auto pdf = [](const QString &second) {
        Dms::SimplePdf p;
        p.addHeading(QStringLiteral("Bescheid"));
        p.addParagraph(QStringLiteral("Die Baugenehmigung wird erteilt."));
        p.addParagraph(second);
        return p.toPdf();
    };
    QUuid id;
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        const QString one = m_dir->filePath(QStringLiteral("bescheid.pdf"));
        QVERIFY(Test::writeFile(one, pdf(QStringLiteral("Auflage: Dachneigung 30 Grad."))));
        auto doc = Dms::Importer(**e).addDocument(m_case, one, QStringLiteral("Bescheid"));
        QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().toString()));
        id = doc->id;
        const QString two = m_dir->filePath(QStringLiteral("bescheid-2.pdf"));
        QVERIFY(Test::writeFile(two, pdf(QStringLiteral("Auflage: Dachneigung 45 Grad."))));
        auto stored = (*e)->storeContent(two);
        QVERIFY(stored.has_value());
        auto v2 = (*e)->apply(Dms::Commands::addVersion(id, *stored, QStringLiteral("application/pdf"),
            QStringLiteral("bescheid.pdf"), Model::VersionOrigin::Edit));
        QVERIFY(v2.has_value());
        QCOMPARE(Test::countRows(**e, QStringLiteral("extraction")), 0);
    }
    MainWindow w(MainWindow::Options { m_data, false });
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    w.showDocument(id);
    QTRY_VERIFY_WITH_TIMEOUT(w.history()->documentId() == id && w.history()->isLoaded(), 10000);
    HistoryPane *h = w.history();
    h->selectVersions({ 1 });
    h->compareAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(h->compareDialog() && h->compareDialog()->isLoaded(), 30000);
    CompareDialog *d = h->compareDialog();
    QVERIFY2(!d->banner()->isVisible(), qPrintable(d->banner()->text()));
    const QString diff = d->diffView()->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("\u2212 Auflage: Dachneigung 30 Grad.")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+ Auflage: Dachneigung 45 Grad.")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("  Die Baugenehmigung wird erteilt.")), qPrintable(diff));
}

void TstHistory::checkOutEditAndCheckInThroughTheBanner()
{
    // "The clerk's program": appends a line to the file it is given, as a save would.
    const QString script = m_dir->filePath(QStringLiteral("editor.sh"));
    // With an argument before the path, as "libreoffice --writer" would have.
    QVERIFY(Test::writeFile(script, "#!/bin/sh\n[ \"$1\" = --append ] || exit 3\nprintf 'Nachtrag vom Amt\\n' >> \"$2\"\n"));
    QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("AKTENWERK_EDITOR", (script + QStringLiteral(" --append")).toLocal8Bit());

    MainWindow w(MainWindow::Options { m_data, false });
    w.workingCopyWatcher()->setSettleTime(100);
    openWindow(w);
    HistoryPane *h = w.history();
    QVERIFY(h->checkOutAction()->isEnabled());
    h->checkOutAction()->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(h->workingCopy().has_value(), 10000);
    const QString path = h->workingCopy()->path;
    QVERIFY(path.startsWith(m_data));
    QVERIFY(w.workingCopyWatcher()->isWatching(m_document));
    QTRY_VERIFY(h->lockLabel()->isVisibleTo(h));
    QVERIFY2(h->lockLabel()->text().contains(QStringLiteral("Checked out by you")), qPrintable(h->lockLabel()->text()));
    QVERIFY(!h->checkOutAction()->isEnabled());
    QVERIFY(!h->restoreAction()->isEnabled());
    QVERIFY(h->checkInAction()->isEnabled());
    // The details say it too, once the window shows the document again after the change.
    QTRY_VERIFY(detailsShow(w, QStringLiteral("by you since")));

    // The script saved a change: the window's banner offers the check-in.
    QTRY_VERIFY_WITH_TIMEOUT(w.banner()->findChild<QPushButton *>(QStringLiteral("checkInFromBanner")), 10000);
    QVERIFY(w.banner()->isVisible());
    QVERIFY2(w.banner()->text().contains(QStringLiteral("was saved")), qPrintable(w.banner()->text()));
    QVERIFY(Test::readFile(path).endsWith("Nachtrag vom Amt\n"));
    w.banner()->findChild<QPushButton *>(QStringLiteral("checkInFromBanner"))->click();
    confirmDialog(h, QStringLiteral("checkInDialog"), QStringLiteral("Nachtrag eingefügt"));

    QTRY_COMPARE_WITH_TIMEOUT(versions(w).size(), 3, 10000);
    const Model::Version v3 = versions(w).at(2);
    QCOMPARE(v3.origin, Model::VersionOrigin::Edit);
    QCOMPARE(v3.comment, QStringLiteral("Nachtrag eingefügt"));
    QCOMPARE(v3.baseVersion, 2);
    auto content = w.engine()->content().read(v3.sha256, v3.size);
    QVERIFY(content.has_value());
    QVERIFY(content->endsWith("Nachtrag vom Amt\n"));
    QVERIFY(content->startsWith("Sehr geehrte Damen und Herren,\nBauherr: Meier-Schulz"));
    // The check-out is over: no working copy, nothing watched, the banner's offer answered.
    QTRY_VERIFY(!h->workingCopy().has_value() && h->versionTable()->rowCount() == 3);
    QVERIFY(!w.workingCopyWatcher()->isWatching(m_document));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!h->lockLabel()->isVisibleTo(h));
    QVERIFY(h->checkOutAction()->isEnabled());
}

void TstHistory::cancelCheckOutDiscardsTheWorkingCopy()
{
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    h->checkOutAction()->trigger(); // no AKTENWERK_EDITOR: the desktop is asked (offscreen: nothing opens)
    QTRY_VERIFY_WITH_TIMEOUT(h->workingCopy().has_value(), 10000);
    const QString path = h->workingCopy()->path;
    QVERIFY(QFile::exists(path));
    QVERIFY(h->cancelCheckOutAction()->isEnabled());
    h->cancelCheckOutAction()->trigger();
    QPushButton *discard = nullptr;
    QTRY_VERIFY((discard = h->findChild<QPushButton *>(QStringLiteral("discardWorkingCopy"))));
    discard->click();
    QTRY_VERIFY_WITH_TIMEOUT(!h->workingCopy().has_value() && h->isLoaded(), 10000);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(versions(w).size(), 2); // no version
    QVERIFY(h->checkOutAction()->isEnabled());
}

void TstHistory::copySavedWhileClosedIsOfferedAtStart()
{
    QString path;
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        auto c = Dms::CheckOuts(**e).checkOut(m_document);
        QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().toString()));
        path = c->path;
    }
    // Edited and saved while Aktenwerk was not running.
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("Nachtrag am Abend\n");
    f.close();

    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    QTRY_VERIFY_WITH_TIMEOUT(w.banner()->findChild<QPushButton *>(QStringLiteral("checkInFromBanner")), 10000);
    QVERIFY(w.workingCopyWatcher()->isWatching(m_document));
    QVERIFY(w.history()->workingCopy().has_value());
    w.banner()->findChild<QPushButton *>(QStringLiteral("checkInFromBanner"))->click();
    confirmDialog(w.history(), QStringLiteral("checkInDialog"), QStringLiteral("abends bearbeitet"));
    QTRY_COMPARE_WITH_TIMEOUT(versions(w).size(), 3, 10000);
    QCOMPARE(versions(w).at(2).comment, QStringLiteral("abends bearbeitet"));
}

void TstHistory::someoneElsesCheckOutStopsEditing()
{
    // A colleague's lock, as a pull from the central repository brings it.
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        const QJsonObject lock { { QStringLiteral("document_id"), Dms::Queries::uuidText(m_document) },
            { QStringLiteral("owner"), QStringLiteral("kollegin.schmidt") },
            { QStringLiteral("since"), QStringLiteral("2026-11-26 09:15:02.123456+00") },
            { QStringLiteral("revision"), QStringLiteral("1") } };
        const QJsonObject tables { { QStringLiteral("document_lock"), QJsonArray { lock } } };
        auto r = Dms::PullMerge::apply(**e, tables, {}, true);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    }
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    QVERIFY(h->lock().has_value());
    QCOMPARE(h->lock()->owner, QStringLiteral("kollegin.schmidt"));
    QVERIFY(h->lockLabel()->isVisibleTo(h));
    QVERIFY2(h->lockLabel()->text().contains(QStringLiteral("Checked out by kollegin.schmidt since")),
        qPrintable(h->lockLabel()->text()));
    QVERIFY(!h->checkOutAction()->isEnabled());
    QTRY_VERIFY(detailsShow(w, QStringLiteral("by kollegin.schmidt since")));
    h->selectVersions({ 1 });
    QVERIFY(!h->restoreAction()->isEnabled());
    // Looking is still allowed.
    QVERIFY(h->openAction()->isEnabled());
    QVERIFY(h->compareAction()->isEnabled());
    // A shortcut on a disabled action does nothing: no check-out, no working copy.
    h->checkOut();
    QTest::qWait(200);
    QVERIFY(!h->workingCopy().has_value());
    QCOMPARE(versions(w).size(), 2);
}

void TstHistory::damagedVersionIsRefusedNotShown()
{
    // Version 1's content file is overwritten on disk (it is stored read-only).
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        const QString file = (*e)->content().pathFor(m_sha1);
        QVERIFY(QFile::exists(file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(Test::writeFile(file, "Sehr geehrte Damen und Herren,\nBauherr: Faelscher\nFlurstueck 13\n"));
    }
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    h->selectVersions({ 1 });
    h->openAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.viewer()->banner()->isVisible(), 10000);
    QCOMPARE(w.viewer()->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(w.viewer()->banner()->text().contains(QStringLiteral("Version 1 cannot be shown")),
        qPrintable(w.viewer()->banner()->text()));
    QVERIFY(w.viewer()->messageLabel()->isVisible());
    QVERIFY(!w.viewer()->textView()->isVisible());
    QVERIFY(!w.viewer()->textView()->toPlainText().contains(QStringLiteral("Faelscher")));
    QVERIFY(!w.viewer()->openExternallyAction()->isEnabled());
    QCOMPARE(w.viewer()->source().version, 1);

    // The comparison refuses it too, with the reason, instead of a diff of the wrong text.
    h->compareAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(h->compareDialog() && h->compareDialog()->isLoaded(), 20000);
    QVERIFY(h->compareDialog()->banner()->isVisible());
    QCOMPARE(h->compareDialog()->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(!h->compareDialog()->diffView()->toPlainText().contains(QStringLiteral("Faelscher")));
    h->compareDialog()->close();

    // The intact current version still opens.
    h->selectVersions({ 2 });
    h->openAction()->trigger();
    QTRY_VERIFY(w.viewer()->textView()->toPlainText().contains(QStringLiteral("Meier-Schulz")));
    QVERIFY(!w.viewer()->banner()->isVisible());
}

void TstHistory::germanLabels()
{
    // Restore first, so that three origins are on screen.
    {
        auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
        QVERIFY(e.has_value());
        auto r = Dms::CheckOuts(**e).restore(m_document, 1);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
    }
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    MainWindow w(MainWindow::Options { m_data, false });
    openWindow(w);
    HistoryPane *h = w.history();
    QCOMPARE(w.sideTabs()->tabText(w.sideTabs()->indexOf(h)), QStringLiteral("Ver&lauf"));
    QTableWidget *table = h->versionTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, HistoryPane::NumberColumn)->text(), QStringLiteral("3 (aktuell)"));
    QCOMPARE(table->item(0, HistoryPane::OriginColumn)->text(), QStringLiteral("Wiederherstellung"));
    QCOMPARE(table->item(1, HistoryPane::OriginColumn)->text(), QStringLiteral("Bearbeitung"));
    QCOMPARE(table->item(2, HistoryPane::OriginColumn)->text(), QStringLiteral("Import"));
    QCOMPARE(h->checkOutAction()->text(), QStringLiteral("Auschecken und &bearbeiten"));
    QCOMPARE(h->checkInAction()->text(), QStringLiteral("&Einchecken…"));
    QCOMPARE(h->cancelCheckOutAction()->text(), QStringLiteral("Auschecken &abbrechen"));
    QCOMPARE(table->accessibleName(), QStringLiteral("Versionen"));
}

QTEST_MAIN(TstHistory)
#include "tst_history.moc"
